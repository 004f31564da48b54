/**
 * Presets, as in ESLint's shareable configs. `recommended` uses each rule's default severity;
 * `strict` turns every rule on and raises warnings to errors (for CI gates on canned text).
 */
import type { RuleMeta } from '../rule.js'
import type { RuleSetting, Severity } from '../types.js'

export const PRESETS = ['netiquette:recommended', 'netiquette:strict'] as const
export type PresetName = (typeof PRESETS)[number]

export function presetRules(name: PresetName, metas: readonly RuleMeta[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {}
  for (const meta of metas) {
    if (name === 'netiquette:recommended') rules[meta.id] = meta.severity
    else rules[meta.id] = meta.severity === 'info' ? 'info' : 'error'
  }
  return rules
}

export function normalizeSeverity(setting: unknown): Severity | 'off' {
  switch (setting) {
    case 'off':
    case 0:
      return 'off'
    case 'info':
      return 'info'
    case 'warn':
    case 'warning':
    case 1:
      return 'warning'
    default:
      return 'error'
  }
}
