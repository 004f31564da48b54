/**
 * Config validation that names the file and the key at fault. Hand-written: the shape is
 * small, and a schema library would add start-up time and less helpful messages.
 */
import { UsageError } from '../errors.js'
import { CHANNELS, type Config } from '../types.js'
import { slaHours } from '../../rules/vague-promise/time.js'

const SEVERITIES = ['off', 'info', 'warn', 'warning', 'error', 0, 1, 2]
const KNOWN_KEYS = new Set(['channel', 'language', 'rules', 'extends', 'templates', 'allow', 'signature', 'sla', 'budgets', 'readingGrade', 'overrides', '$schema', 'customer', 'followup', 'format', 'cwd'])

export function validateConfig(value: unknown, source: string, knownRules: ReadonlySet<string>): Config {
  const fail = (key: string, why: string): never => {
    throw new UsageError(`invalid config in ${source}: "${key}" ${why}`)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail('(root)', 'must be an object')
  const config = value as Record<string, unknown>
  for (const key of Object.keys(config)) if (!KNOWN_KEYS.has(key)) fail(key, 'is not a known option')
  if (config.channel !== undefined && !(CHANNELS as readonly string[]).includes(config.channel as string)) fail('channel', `must be one of ${CHANNELS.join(', ')}`)
  if (config.language !== undefined && !['en', 'tr', 'auto'].includes(config.language as string)) fail('language', 'must be en, tr or auto')
  if (config.extends !== undefined) {
    const list = Array.isArray(config.extends) ? config.extends : [config.extends]
    for (const preset of list) if (!['netiquette:recommended', 'netiquette:strict'].includes(preset as string)) fail('extends', `has unknown preset ${JSON.stringify(preset)}`)
    if (!Array.isArray(config.extends)) config.extends = list
  }
  for (const key of ['allow', 'templates'] as const) {
    const v = config[key]
    if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== 'string' && (key === 'allow' || typeof x !== 'object')))) fail(key, key === 'allow' ? 'must be a list of strings' : 'must be a list of paths')
  }
  if (config.signature !== undefined && typeof config.signature !== 'string') fail('signature', 'must be a string')
  if (config.readingGrade !== undefined && (typeof config.readingGrade !== 'number' || config.readingGrade <= 0)) fail('readingGrade', 'must be a positive number')
  if (config.budgets !== undefined) {
    if (typeof config.budgets !== 'object' || config.budgets === null) fail('budgets', 'must be an object')
    for (const [k, v] of Object.entries(config.budgets as object)) {
      if (!(CHANNELS as readonly string[]).includes(k)) fail(`budgets.${k}`, 'is not a channel')
      if (typeof v !== 'number' || v <= 0) fail(`budgets.${k}`, 'must be a positive number')
    }
  }
  if (config.sla !== undefined) {
    if (typeof config.sla !== 'object' || config.sla === null) fail('sla', 'must be an object')
    for (const [k, v] of Object.entries(config.sla as object)) {
      if (!['firstResponse', 'resolution'].includes(k)) fail(`sla.${k}`, 'is not a known SLA key')
      // Read by the rule's own parser, so whatever vague-promise understands (`2 iş günü`) is accepted.
      if (typeof v !== 'string' || slaHours(v) === undefined) fail(`sla.${k}`, 'must be a duration like "12 hours" or "2 business days"')
    }
  }
  if (config.rules !== undefined) {
    if (typeof config.rules !== 'object' || config.rules === null || Array.isArray(config.rules)) fail('rules', 'must be an object of rule ids')
    for (const [id, setting] of Object.entries(config.rules as object)) {
      if (!knownRules.has(id)) fail(`rules.${id}`, `is not a known rule (known: ${[...knownRules].join(', ')})`)
      const severity = Array.isArray(setting) ? setting[0] : setting
      if (!SEVERITIES.includes(severity)) fail(`rules.${id}`, 'must be off, info, warn or error, or [severity, options]')
      if (Array.isArray(setting) && setting[1] !== undefined && (typeof setting[1] !== 'object' || setting[1] === null)) fail(`rules.${id}[1]`, 'options must be an object')
    }
  }
  return config as Config
}
