/**
 * The reply's quality score, 0–100, shaped like a support QA scorecard:
 * - any error is an auto-fail: score 0 (profanity, insults, unfilled placeholders, leaked secrets);
 * - otherwise start at 100; each rule with warnings costs 10 for its first warning and 3 for
 *   each further one (so one sloppy habit does not sink a reply), capped at 25 per rule;
 * - each info costs 1.
 */
import type { Diagnostic } from './types.js'

export function scoreReply(messages: readonly Diagnostic[]): number {
  if (messages.some((m) => m.severity === 'error')) return 0
  const perRule = new Map<string, number>()
  let infos = 0
  for (const m of messages) {
    if (m.severity === 'info') infos++
    else perRule.set(m.ruleId, (perRule.get(m.ruleId) ?? 0) + 1)
  }
  let penalty = infos
  for (const count of perRule.values()) penalty += Math.min(25, 10 + 3 * (count - 1))
  return Math.max(0, 100 - penalty)
}
