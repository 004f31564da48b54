/** The CSV reports: per message (written while the audit runs), per agent and per rule (from the summary). */
import type { AuditRecord, LintOutcome } from './types.js'
import type { Summary } from './summary.js'
import { quantile } from './sketch.js'

/**
 * One CSV field. Quoted when needed; a leading `=`, `+`, `-`, `@` is prefixed with `'` so a
 * spreadsheet never runs an agent name or message id as a formula.
 */
export function csvField(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvRow = (values: ReadonlyArray<string | number | boolean | undefined | null>): string => values.map(csvField).join(',') + '\n'

/** The per-message CSV holds no reply text: it is meant to be shared. */
export const MESSAGE_HEADER = csvRow(['file', 'line', 'conversation_id', 'message_id', 'created_at', 'channel', 'agent', 'followup', 'response_seconds', 'score', 'errors', 'warnings', 'infos', 'rules'])

export function messageRow(r: AuditRecord, o: LintOutcome): string {
  const counts = { error: 0, warning: 0, info: 0 }
  const rules = new Map<string, number>()
  for (const f of o.findings) {
    counts[f.severity]++
    rules.set(f.ruleId, (rules.get(f.ruleId) ?? 0) + 1)
  }
  return csvRow([
    r.file,
    r.line,
    r.conversationId,
    r.messageId,
    r.createdAt !== undefined ? new Date(r.createdAt).toISOString() : '',
    r.channelLabel,
    r.agentName,
    r.followup,
    r.responseSeconds,
    o.score,
    counts.error,
    counts.warning,
    counts.info,
    [...rules].map(([id, n]) => (n > 1 ? `${id}×${n}` : id)).join(' '),
  ])
}

const round = (n: number | null, digits = 0) => (n === null ? '' : Number(n.toFixed(digits)))
const topRules = (rules: Record<string, number>, n = 3) =>
  Object.entries(rules)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([id, k]) => `${id} (${k})`)
    .join('; ')

export function agentsCsv(s: Summary): string {
  let out = csvRow(['agent', 'replies', 'mean_score', 'replies_with_errors', 'findings_per_1000', 'first_response_p50_s', 'first_response_p90_s', 'response_p50_s', 'response_p90_s', 'first_response_sla_breaches', 'top_rules'])
  for (const [name, a] of Object.entries(s.agents).sort((x, y) => y[1].scoreSum / y[1].replies - x[1].scoreSum / x[1].replies || (x[0] < y[0] ? -1 : 1))) {
    out += csvRow([
      name,
      a.replies,
      round(a.scoreSum / a.replies, 1),
      a.repliesWithErrors,
      round((1000 * a.findings) / a.replies, 1),
      round(quantile(a.firstResponse, 0.5)),
      round(quantile(a.firstResponse, 0.9)),
      round(quantile(a.response, 0.5)),
      round(quantile(a.response, 0.9)),
      a.firstBreaches,
      topRules(a.rules),
    ])
  }
  return out
}

export function rulesCsv(s: Summary): string {
  let out = csvRow(['rule', 'findings', 'replies', 'replies_per_1000', 'findings_per_1000', 'errors', 'warnings', 'infos'])
  for (const [id, r] of Object.entries(s.rules).sort((x, y) => y[1].replies - x[1].replies || (x[0] < y[0] ? -1 : 1))) {
    out += csvRow([id, r.findings, r.replies, round((1000 * r.replies) / Math.max(1, s.replies), 1), round((1000 * r.findings) / Math.max(1, s.replies), 1), r.error, r.warning, r.info])
  }
  return out
}
