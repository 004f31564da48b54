/** Shapes shared by the audit's readers, workers and reports. */
import type { Channel, Format } from '../types.js'

/** One agent message to lint, with the context the export gave it. */
export interface AuditRecord {
  /** Export file and 1-based line (row for CSV) the message came from. */
  file: string
  line: number
  conversationId: string
  messageId: string
  /** Milliseconds since the epoch, when the export has a timestamp. */
  createdAt?: number
  channel?: Channel
  /** The channel as the export names it (`web`, `twitter`), for the report. */
  channelLabel: string
  agentName: string
  customerName?: string
  /** The customer's message this reply answers (context only). */
  customerMessage?: string
  followup: boolean
  body: string
  format?: Format
  /** Seconds from the customer's message to this reply, when both have timestamps. */
  responseSeconds?: number
  /** This reply is the conversation's first agent reply to a customer (first-response time). */
  firstResponse: boolean
}

/** A row the reader could not use: counted and listed, never fatal. */
export interface BadRow {
  file: string
  line: number
  reason: string
}

/** One finding, as the workers send it back (no text: the main thread has the reply). */
export interface Finding {
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  offset: number
  endOffset: number
  message: string
}

/** The lint result of one record. */
export interface LintOutcome {
  score: number
  findings: Finding[]
}
