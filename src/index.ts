/** netiquette: lint customer-service replies before they are sent. */
import './input/register-parsers.js'
import './register-detector.js'
import { rules } from '../rules/index.js'
import { createLinter, type Linter } from './linter.js'
import type { Config, LintOptions, LintResult, ReplyContext } from './types.js'
import type { RuleMeta } from './rule.js'

export { createLinter, type Linter, type EngineOptions } from './linter.js'
export { applyFixes } from './fix.js'
export { scoreReply } from './score.js'
export { findPlaceholders, type Placeholder, type Dialect } from './templates/placeholders.js'
export { UsageError } from './errors.js'
export { redactSecrets, SECRET_MASK } from './report/redact.js'
export type { RuleMeta, RuleModule } from './rule.js'
export * from './types.js'

/** Every rule id the package knows. */
export const ruleIds: readonly string[] = rules.map((r) => r.meta.id)

/** Each rule's metadata (description, default severity, fixable, docs url), by id. */
export const ruleMeta: Readonly<Record<string, RuleMeta>> = Object.fromEntries(rules.map((r) => [r.meta.id, r.meta]))

const CONTEXT_KEYS = ['customer', 'followup', 'format', 'path'] as const

function split(options: LintOptions = {}): [Config, ReplyContext] {
  const config: Record<string, unknown> = {}
  const context: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(options)) {
    if ((CONTEXT_KEYS as readonly string[]).includes(key)) context[key] = value
    else config[key] = value
  }
  if (options.channel) context.channel = options.channel
  if (options.language) context.language = options.language
  return [config as Config, context as ReplyContext]
}

const oneShot = new Map<string, Linter>()

function linterFor(config: Config): Linter {
  const key = JSON.stringify(config)
  let linter = oneShot.get(key)
  if (!linter) {
    if (oneShot.size > 20) oneShot.clear()
    linter = createLinter(config)
    oneShot.set(key, linter)
  }
  return linter
}

/** One-shot lint: `lint(text, { ...config, ...context })`. */
export async function lint(text: string, options: LintOptions = {}): Promise<LintResult> {
  const [config, context] = split(options)
  return linterFor(config).lint(text, context)
}

/** One-shot fix: applies every safe fix and returns the new text. */
export async function fix(text: string, options: LintOptions = {}): Promise<string> {
  const [config, context] = split(options)
  return linterFor(config).fix(text, context)
}
