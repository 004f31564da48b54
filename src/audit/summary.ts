/** The audit's JSON summary: everything the reports need, mergeable exactly across shards. */
import type { BadRow } from './types.js'
import type { SketchData } from './sketch.js'
import type { Segment } from './redact.js'

export interface Example {
  /** Sampling key: the examples kept are those with the lowest keys, so shards merge to the same set. */
  key: number
  messageId: string
  conversationId: string
  agent: string
  channel: string
  file: string
  line: number
  score: number
  message: string
  reply: Segment[]
  customer?: Segment[]
}

export interface RuleStats {
  findings: number
  /** Replies with at least one finding of the rule. */
  replies: number
  error: number
  warning: number
  info: number
  examples: Example[]
}

export interface ResponseStats {
  firstResponse: SketchData
  response: SketchData
  /** First responses slower than the SLA. */
  firstBreaches: number
}

export interface GroupStats extends ResponseStats {
  replies: number
  scoreSum: number
  repliesWithErrors: number
  findings: number
  rules: Record<string, number>
}

export interface WeekStats {
  replies: number
  findings: number
  repliesWithErrors: number
  scoreSum: number
}

export interface Summary {
  format: 'netiquette-audit-summary'
  version: 1
  inputs: Array<{ file: string; format: string }>
  /** Shards this summary covers (`1/4`); empty for a whole run. */
  shards: string[]
  redacted: boolean
  sla: { firstResponse?: string; firstResponseSeconds?: number }
  replies: number
  /** Conversations with an agent reply (first replies). */
  conversations: number
  followups: number
  /** Replies linted with the customer's message as context. */
  withCustomerMessage: number
  withTimestamp: number
  findings: { error: number; warning: number; info: number }
  repliesWithErrors: number
  repliesWithoutFindings: number
  /** Replies per score, index 0–100. */
  scores: number[]
  scoreSum: number
  rules: Record<string, RuleStats>
  agents: Record<string, GroupStats>
  channels: Record<string, GroupStats>
  /** By the Monday (UTC) of the reply's week, `YYYY-MM-DD`. */
  weeks: Record<string, WeekStats>
  response: ResponseStats & { measured: number }
  badRows: { count: number; rows: BadRow[] }
}

export const EXAMPLES_PER_RULE = 3
export const BAD_ROWS_LISTED = 100
