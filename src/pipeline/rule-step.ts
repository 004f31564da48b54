/**
 * One rule as a pipeline step, as remark-lint's `unified-lint-rule` wraps a rule: the rule runs
 * only for a language it has data for, and its messages get the configured severity the unified
 * way (`fatal: true` for errors, `false` for warnings, unset for info). A rule set to `off` is
 * never attached.
 */
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import type { ResolvedContext } from '../document.js'
import type { ActiveRule } from '../config/resolve.js'
import type { RuleMeta } from '../rule.js'
import type { Severity } from '../types.js'
import type { LinterResources } from './data.js'
import { timed, type Timing } from './timing.js'

export interface RuleStepOptions {
  resources: LinterResources
  timing?: Timing | undefined
}

/** `fatal` as vfile reads it: true is an error, false a warning, undefined an info. */
export function fatalOf(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}

/** The severity a message's `fatal` stands for (the inverse of `fatalOf`). */
export function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
}

/**
 * Language-independent rules (`'*'`) always run; the others only for a language they have data
 * for, or, when the draft's language has no rules, with the fallback language's data if the rule
 * asks for it (`unsupportedLanguages: 'fallback'`, safety checks).
 */
export function runsFor(meta: RuleMeta, context: ResolvedContext): boolean {
  if (meta.languages.includes('*')) return true
  const runs = context.languageSupported || meta.unsupportedLanguages === 'fallback'
  return runs && meta.languages.includes(context.language)
}

/**
 * The plugin of one enabled rule. A new function per rule, named after it (as unified-lint-rule
 * does): unified merges the options of a plugin used twice, so one shared attacher would keep
 * only the last rule.
 */
export function rulePlugin(rule: ActiveRule) {
  const { meta } = rule.module
  const fatal = fatalOf(rule.severity)
  const plugin = function (this: unknown, options: RuleStepOptions) {
    const { resources, timing } = options
    const transform = timed(timing, meta.id, () => rule.module.plugin.call(this, { ...rule.options, settings: resources }))
    return function (tree: Root, file: VFile): undefined {
      const doc = file.data.netiquette
      if (doc && !runsFor(meta, doc.context)) return undefined
      const messages = file.messages
      const from = messages.length
      // The document step's tree (the masked prose, parsed for the draft's language), not the host's.
      const prose = doc?.tree ?? tree
      // No closure per rule and draft unless timing: this runs on every keystroke pause.
      if (timing) timed(timing, meta.id, () => transform(prose, file))
      else transform(prose, file)
      for (let i = from; i < messages.length; i++) messages[i]!.fatal = fatal
      return undefined
    }
  }
  Object.defineProperty(plugin, 'name', { value: `netiquette:${meta.id}` })
  return plugin
}
