/** Test helpers: lint with one rule (or all) and look at exact diagnostics. */
import { createLinter } from '../src/linter.js'
import type { Config, Diagnostic, ReplyContext } from '../src/types.js'

/** Lint `text` with every default rule and return only `ruleId`'s findings. */
export function findings(ruleId: string, text: string, context: ReplyContext = {}, config: Config = {}): Diagnostic[] {
  const linter = createLinter(config)
  return linter.lintSync(text, context).messages.filter((m) => m.ruleId === ruleId)
}

/** Lint with only `ruleId` on (at its default or given severity). */
export function only(ruleId: string, text: string, context: ReplyContext = {}, options?: Record<string, unknown>, config: Config = {}): Diagnostic[] {
  const linter = createLinter({ ...config, extends: ['netiquette:recommended'], rules: { ...allOff(), [ruleId]: options ? ['warn', options] : 'warn' } })
  return linter.lintSync(text, context).messages
}

import { rules } from '../rules/index.js'
function allOff(): Record<string, 'off'> {
  return Object.fromEntries(rules.map((r) => [r.meta.id, 'off' as const]))
}
