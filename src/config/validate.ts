/**
 * Config validation that names the file and the key at fault. Hand-written: the shape is
 * small, and a schema library would add start-up time and less helpful messages.
 */
import { UsageError } from '../errors.js'
import { CHANNELS, FORMATS, type Config } from '../types.js'
import { slaHours } from '../../rules/vague-promise/time.js'

const SEVERITIES = ['off', 'info', 'warn', 'warning', 'error', 0, 1, 2]
const KNOWN_KEYS = new Set(['channel', 'language', 'rules', 'extends', 'templates', 'allow', 'signature', 'sla', 'budgets', 'readingGrade', 'overrides', '$schema', 'format', 'followup', 'cwd'])
/** Keys an `overrides` entry may hold: its globs and the config keys that can differ per file. */
const OVERRIDE_KEYS = new Set([...KNOWN_KEYS, 'files', 'excludedFiles'].filter((k) => k !== 'overrides' && k !== '$schema' && k !== 'cwd'))
/** Reply-context keys: they change with every reply, so they have no place in a config. */
const CONTEXT_ONLY: Record<string, string> = {
  customer: 'is not a config key: the customer changes with every reply; give it in the reply context (lint(text, { customer }), --customer-name, --customer-message or front matter)',
  path: "is not a config key: give the draft's path in the reply context (lint(text, { path }))",
}

/**
 * Check a config (or, with `prefix` `overrides[1].`, one of its overrides), naming the file and
 * the key at fault. Normalises `extends` to a list in place.
 */
export function validateConfig(value: unknown, source: string, knownRules: ReadonlySet<string>, prefix = ''): Config {
  const fail = (key: string, why: string): never => {
    throw new UsageError(`invalid config in ${source}: "${key ? prefix + key : prefix.slice(0, -1) || '(root)'}" ${why}`)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail('', prefix ? 'must be an object like { files, rules }' : 'must be an object')
  const config = value as Record<string, unknown>
  const known = prefix ? OVERRIDE_KEYS : KNOWN_KEYS
  for (const key of Object.keys(config)) {
    if (key in CONTEXT_ONLY) fail(key, CONTEXT_ONLY[key]!)
    if (prefix && (key === 'overrides' || key === 'cwd')) fail(key, key === 'overrides' ? 'cannot be nested inside an override' : 'cannot be set in an override')
    if (!known.has(key)) fail(key, 'is not a known option')
  }
  if (prefix) validateGlobs(config, fail)
  if (config.format !== undefined && !(FORMATS as readonly string[]).includes(config.format as string)) fail('format', `must be one of ${FORMATS.join(', ')}`)
  if (config.followup !== undefined && typeof config.followup !== 'boolean') fail('followup', 'must be true or false')
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
  if (config.overrides !== undefined) {
    if (!Array.isArray(config.overrides)) fail('overrides', 'must be a list of { files, ...config } entries')
    ;(config.overrides as unknown[]).forEach((entry, i) => validateConfig(entry, source, knownRules, `overrides[${i}].`))
  }
  return config as Config
}

/** `files` (required) and `excludedFiles`: a glob or a non-empty list of globs, relative and inside the config's folder (as ESLint asks). */
function validateGlobs(override: Record<string, unknown>, fail: (key: string, why: string) => never): void {
  if (override.files === undefined) fail('files', 'is required: a glob or a list of globs, relative to the config file\'s folder (e.g. "macros/**")')
  for (const key of ['files', 'excludedFiles']) {
    const value = override[key]
    if (value === undefined) continue
    const list = Array.isArray(value) ? value : [value]
    if (list.length === 0) fail(key, 'must not be an empty list')
    list.forEach((glob, j) => {
      const at = Array.isArray(value) ? `${key}[${j}]` : key
      if (typeof glob !== 'string' || glob === '') fail(at, `must be a glob string (got ${glob === '' ? 'an empty string' : glob === null ? 'null' : Array.isArray(glob) ? 'an array' : typeof glob})`)
      const g = glob as string
      // Not compiled here: picomatch accepts any string, and validation must not pull it into the browser build.
      if (g.startsWith('/') || /^[a-z]:/i.test(g) || g.split(/[\\/]/).includes('..')) fail(at, `must be relative to the config file's folder, without a leading / or .. (got ${JSON.stringify(g)})`)
    })
  }
}
