/** Turn config (presets, `rules`) into the list of rules to run, with severity and options. */
import { UsageError } from '../errors.js'
import type { RuleModule } from '../rule.js'
import type { Config, RuleSetting, Severity } from '../types.js'
import { normalizeSeverity, presetRules, type PresetName } from './presets.js'
import { configSource, validateRuleOptions } from './rule-options.js'

export interface ActiveRule {
  module: RuleModule
  severity: Severity
  options: Record<string, unknown>
}

export function resolveRules(config: Config, modules: readonly RuleModule[]): ActiveRule[] {
  const metas = modules.map((m) => m.meta)
  const settings: Record<string, RuleSetting> = {}
  for (const preset of config.extends ?? ['netiquette:recommended']) {
    if (preset !== 'netiquette:recommended' && preset !== 'netiquette:strict') throw new UsageError(`unknown preset "${preset}"`)
    Object.assign(settings, presetRules(preset as PresetName, metas))
  }
  const known = new Set(metas.map((m) => m.id))
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (!known.has(id)) throw new UsageError(`unknown rule id "${id}" (known: ${[...known].join(', ')})`)
    const previous = settings[id]
    // `[severity]` without options keeps the rule's options; a bare severity does too.
    settings[id] = Array.isArray(setting) ? setting : Array.isArray(previous) ? [setting, previous[1]] : setting
  }
  const active: ActiveRule[] = []
  for (const module of modules) {
    const setting = settings[module.meta.id] ?? 'off'
    const severity = normalizeSeverity(Array.isArray(setting) ? setting[0] : setting)
    if (severity === 'off') continue
    const given = Array.isArray(setting) ? setting[1] : undefined
    if (given !== undefined) validateRuleOptions(module, given, configSource(config))
    const options = given ?? {}
    active.push({ module, severity, options })
  }
  return active
}
