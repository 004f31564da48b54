/**
 * Adds lint outcomes up into a Summary, and merges summaries. Everything is a count, a sum, a
 * sketch or a lowest-keys sample, so merging shard summaries gives exactly the single-run summary.
 */
import { SketchBuilder, mergeSketches } from './sketch.js'
import { fnv1a } from './hash.js'
import { maskName, maskSpans, segments } from './redact.js'
import type { AuditRecord, BadRow, LintOutcome } from './types.js'
import { BAD_ROWS_LISTED, EXAMPLES_PER_RULE, type Example, type GroupStats, type RuleStats, type Summary, type WeekStats } from './summary.js'

interface GroupBuilder {
  replies: number
  scoreSum: number
  repliesWithErrors: number
  findings: number
  rules: Map<string, number>
  first: SketchBuilder
  every: SketchBuilder
  firstBreaches: number
}

const newGroup = (): GroupBuilder => ({ replies: 0, scoreSum: 0, repliesWithErrors: 0, findings: 0, rules: new Map(), first: new SketchBuilder(), every: new SketchBuilder(), firstBreaches: 0 })

/** The Monday (UTC) of a timestamp's week. */
export function weekOf(ms: number): string {
  const d = new Date(ms)
  const back = (d.getUTCDay() + 6) % 7
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - back)).toISOString().slice(0, 10)
}

export interface AggregatorOptions {
  redact: boolean
  sla?: { firstResponse?: string; firstResponseSeconds?: number }
}

export class Aggregator {
  private replies = 0
  private followups = 0
  private withCustomerMessage = 0
  private withTimestamp = 0
  private readonly counts = { error: 0, warning: 0, info: 0 }
  private repliesWithErrors = 0
  private repliesWithoutFindings = 0
  private readonly scores = new Array<number>(101).fill(0)
  private scoreSum = 0
  private readonly rules = new Map<string, RuleStats>()
  private readonly agents = new Map<string, GroupBuilder>()
  private readonly channels = new Map<string, GroupBuilder>()
  private readonly weeks = new Map<string, WeekStats>()
  private readonly all = newGroup()
  private badCount = 0
  private readonly bad: BadRow[] = []
  private readonly inputs = new Map<string, string>()

  constructor(private readonly options: AggregatorOptions) {}

  input(file: string, format: string): void {
    this.inputs.set(file, format)
  }

  badRow(row: BadRow): void {
    this.badCount++
    // Keep the first rows by file and line whatever the reading order, as a merge of shards does.
    this.bad.push(row)
    if (this.bad.length > 2 * BAD_ROWS_LISTED) this.bad.splice(0, this.bad.length, ...this.bad.sort(byRow).slice(0, BAD_ROWS_LISTED))
  }

  add(record: AuditRecord, outcome: LintOutcome): void {
    this.replies++
    if (record.followup) this.followups++
    if (record.customerMessage !== undefined) this.withCustomerMessage++
    const hasError = outcome.findings.some((f) => f.severity === 'error')
    if (hasError) this.repliesWithErrors++
    if (outcome.findings.length === 0) this.repliesWithoutFindings++
    this.scores[outcome.score]!++
    this.scoreSum += outcome.score

    const perRule = new Map<string, number>()
    for (const f of outcome.findings) {
      this.counts[f.severity]++
      perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1)
      const stats = this.rule(f.ruleId)
      stats.findings++
      stats[f.severity]++
    }
    for (const ruleId of perRule.keys()) {
      const stats = this.rule(ruleId)
      stats.replies++
      this.sample(stats, ruleId, record, outcome)
    }

    for (const group of [this.group(this.agents, record.agentName), this.group(this.channels, record.channelLabel), this.all]) {
      group.replies++
      group.scoreSum += outcome.score
      group.findings += outcome.findings.length
      if (hasError) group.repliesWithErrors++
      for (const [ruleId, n] of perRule) group.rules.set(ruleId, (group.rules.get(ruleId) ?? 0) + n)
      if (record.responseSeconds !== undefined) {
        group.every.add(record.responseSeconds)
        if (record.firstResponse) {
          group.first.add(record.responseSeconds)
          const limit = this.options.sla?.firstResponseSeconds
          if (limit !== undefined && record.responseSeconds > limit) group.firstBreaches++
        }
      }
    }

    if (record.createdAt !== undefined) {
      this.withTimestamp++
      const key = weekOf(record.createdAt)
      let week = this.weeks.get(key)
      if (!week) this.weeks.set(key, (week = { replies: 0, findings: 0, repliesWithErrors: 0, scoreSum: 0 }))
      week.replies++
      week.findings += outcome.findings.length
      week.scoreSum += outcome.score
      if (hasError) week.repliesWithErrors++
    }
  }

  private rule(id: string): RuleStats {
    let stats = this.rules.get(id)
    if (!stats) this.rules.set(id, (stats = { findings: 0, replies: 0, error: 0, warning: 0, info: 0, examples: [] }))
    return stats
  }

  private group(map: Map<string, GroupBuilder>, key: string): GroupBuilder {
    let g = map.get(key)
    if (!g) map.set(key, (g = newGroup()))
    return g
  }

  /** Keeps the example if its key is among the lowest: masking runs only for those. */
  private sample(stats: RuleStats, ruleId: string, record: AuditRecord, outcome: LintOutcome): void {
    const key = fnv1a(`${ruleId}\u0000${record.file}\u0000${record.line}\u0000${record.messageId}`)
    const list = stats.examples
    if (list.length >= EXAMPLES_PER_RULE && key >= list[list.length - 1]!.key) return
    const secrets = outcome.findings.filter((f) => f.ruleId === 'pii').map((f) => ({ start: f.offset, end: f.endOffset }))
    const mine = outcome.findings.filter((f) => f.ruleId === ruleId)
    const name = this.options.redact ? record.customerName : undefined
    const masks = maskSpans(record.body, secrets, this.options.redact, name)
    const example: Example = {
      key,
      messageId: record.messageId,
      conversationId: record.conversationId,
      agent: record.agentName,
      channel: record.channelLabel,
      file: record.file,
      line: record.line,
      score: outcome.score,
      message: maskName(mine[0]!.message, name),
      reply: segments(
        record.body,
        masks,
        mine.map((f) => ({ start: f.offset, end: f.endOffset })),
      ),
      ...(record.customerMessage !== undefined ? { customer: segments(record.customerMessage, maskSpans(record.customerMessage, [], this.options.redact, name), [], 280) } : {}),
    }
    list.push(example)
    list.sort((a, b) => a.key - b.key)
    if (list.length > EXAMPLES_PER_RULE) list.pop()
  }

  summary(): Summary {
    const seal = (g: GroupBuilder): GroupStats => ({
      replies: g.replies,
      scoreSum: g.scoreSum,
      repliesWithErrors: g.repliesWithErrors,
      findings: g.findings,
      rules: Object.fromEntries(g.rules),
      firstResponse: g.first.seal(),
      response: g.every.seal(),
      firstBreaches: g.firstBreaches,
    })
    const all = seal(this.all)
    return canonical({
      format: 'netiquette-audit-summary',
      version: 1,
      inputs: [...this.inputs].map(([file, format]) => ({ file, format })),
      shards: [],
      redacted: this.options.redact,
      sla: this.options.sla ?? {},
      replies: this.replies,
      conversations: this.replies - this.followups,
      followups: this.followups,
      withCustomerMessage: this.withCustomerMessage,
      withTimestamp: this.withTimestamp,
      findings: { ...this.counts },
      repliesWithErrors: this.repliesWithErrors,
      repliesWithoutFindings: this.repliesWithoutFindings,
      scores: [...this.scores],
      scoreSum: this.scoreSum,
      rules: Object.fromEntries(this.rules),
      agents: Object.fromEntries([...this.agents].map(([k, g]) => [k, seal(g)])),
      channels: Object.fromEntries([...this.channels].map(([k, g]) => [k, seal(g)])),
      weeks: Object.fromEntries(this.weeks),
      response: { measured: all.response.count, firstResponse: all.firstResponse, response: all.response, firstBreaches: all.firstBreaches },
      badRows: { count: this.badCount, rows: this.bad },
    })
  }
}

const sortKeys = <T>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))

const byRow = (a: BadRow, b: BadRow) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)

/** Sorted keys and lists, so equal summaries serialise to equal JSON. */
export function canonical(s: Summary): Summary {
  const inputs = new Map(s.inputs.map((i) => [i.file, i.format]))
  return {
    ...s,
    inputs: [...inputs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, format]) => ({ file, format })),
    shards: [...s.shards].sort(),
    rules: sortKeys(s.rules),
    agents: sortKeys(Object.fromEntries(Object.entries(s.agents).map(([k, g]) => [k, { ...g, rules: sortKeys(g.rules) }]))),
    channels: sortKeys(Object.fromEntries(Object.entries(s.channels).map(([k, g]) => [k, { ...g, rules: sortKeys(g.rules) }]))),
    weeks: sortKeys(s.weeks),
    badRows: { count: s.badRows.count, rows: [...s.badRows.rows].sort(byRow).slice(0, BAD_ROWS_LISTED) },
  }
}

function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, merge: (x: T, y: T) => T): Record<string, T> {
  const out: Record<string, T> = { ...a }
  for (const [k, v] of Object.entries(b)) out[k] = k in out ? merge(out[k]!, v) : v
  return out
}

const add = (a: Record<string, number>, b: Record<string, number>) => mergeRecords(a, b, (x, y) => x + y)

function mergeGroup(a: GroupStats, b: GroupStats): GroupStats {
  return {
    replies: a.replies + b.replies,
    scoreSum: a.scoreSum + b.scoreSum,
    repliesWithErrors: a.repliesWithErrors + b.repliesWithErrors,
    findings: a.findings + b.findings,
    rules: add(a.rules, b.rules),
    firstResponse: mergeSketches(a.firstResponse, b.firstResponse),
    response: mergeSketches(a.response, b.response),
    firstBreaches: a.firstBreaches + b.firstBreaches,
  }
}

/** Two partial summaries (shards of one export, or different exports) as one. */
export function mergeSummaries(a: Summary, b: Summary): Summary {
  if (a.sla.firstResponseSeconds !== b.sla.firstResponseSeconds) throw new Error(`the summaries were made with different SLAs (${a.sla.firstResponse ?? 'none'}, ${b.sla.firstResponse ?? 'none'})`)
  if (a.redacted !== b.redacted) throw new Error('one summary was made with --no-redact and the other without')
  const rule = (x: RuleStats, y: RuleStats): RuleStats => ({
    findings: x.findings + y.findings,
    replies: x.replies + y.replies,
    error: x.error + y.error,
    warning: x.warning + y.warning,
    info: x.info + y.info,
    examples: [...x.examples, ...y.examples].sort((p, q) => p.key - q.key).slice(0, EXAMPLES_PER_RULE),
  })
  const week = (x: WeekStats, y: WeekStats): WeekStats => ({
    replies: x.replies + y.replies,
    findings: x.findings + y.findings,
    repliesWithErrors: x.repliesWithErrors + y.repliesWithErrors,
    scoreSum: x.scoreSum + y.scoreSum,
  })
  return canonical({
    ...a,
    inputs: [...a.inputs, ...b.inputs],
    shards: [...a.shards, ...b.shards],
    replies: a.replies + b.replies,
    conversations: a.conversations + b.conversations,
    followups: a.followups + b.followups,
    withCustomerMessage: a.withCustomerMessage + b.withCustomerMessage,
    withTimestamp: a.withTimestamp + b.withTimestamp,
    findings: { error: a.findings.error + b.findings.error, warning: a.findings.warning + b.findings.warning, info: a.findings.info + b.findings.info },
    repliesWithErrors: a.repliesWithErrors + b.repliesWithErrors,
    repliesWithoutFindings: a.repliesWithoutFindings + b.repliesWithoutFindings,
    scores: a.scores.map((n, i) => n + (b.scores[i] ?? 0)),
    scoreSum: a.scoreSum + b.scoreSum,
    rules: mergeRecords(a.rules, b.rules, rule),
    agents: mergeRecords(a.agents, b.agents, mergeGroup),
    channels: mergeRecords(a.channels, b.channels, mergeGroup),
    weeks: mergeRecords(a.weeks, b.weeks, week),
    response: {
      measured: a.response.measured + b.response.measured,
      firstResponse: mergeSketches(a.response.firstResponse, b.response.firstResponse),
      response: mergeSketches(a.response.response, b.response.response),
      firstBreaches: a.response.firstBreaches + b.response.firstBreaches,
    },
    badRows: { count: a.badRows.count + b.badRows.count, rows: [...a.badRows.rows, ...b.badRows.rows] },
  })
}
