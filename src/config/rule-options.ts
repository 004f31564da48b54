/**
 * Rule options checked against the rule's schema (`meta.schema`) when a linter is created, so a
 * typo (`ignroe`) or a wrong type is one line naming the config file and the key, not a silent
 * default or a TypeError from inside the rule.
 */
import { UsageError } from '../errors.js'
import type { RuleModule } from '../rule.js'
import type { Config } from '../types.js'
import { check, type FormatCheck } from './schema.js'
import { patternProblem } from './user-regex.js'

/** Where a config came from (set by the loader, kept through `{ ...config }` spreads). */
export const CONFIG_SOURCE = Symbol.for('netiquette.configSource')

export function configSource(config: Config): string | undefined {
  return (config as { [CONFIG_SOURCE]?: string })[CONFIG_SOURCE]
}

const regexFormat: FormatCheck = (_format, value) => patternProblem(value, (p) => `(?:${p})`)

/** `prefix` places the key inside an override (`overrides[1].`). */
export function validateRuleOptions(module: RuleModule, options: unknown, source: string | undefined, prefix = ''): void {
  const where = `${prefix}rules.${module.meta.id}[1]`
  const problem = options !== null && typeof options === 'object' && !Array.isArray(options) ? check(options, module.meta.schema, where, regexFormat) : { path: where, message: 'must be an object' }
  if (problem) throw new UsageError(`invalid config${source ? ` in ${source}` : ''}: ${problem.path} ${problem.message}`)
}
