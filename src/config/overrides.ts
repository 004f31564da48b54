/**
 * `overrides`, as in ESLint's eslintrc: `[{ files, excludedFiles?, ...config keys }]`. Globs are
 * relative to the config file's folder and matched with picomatch (`dot: true`; a glob without a
 * `/` matches the file's name in any folder, like ESLint's `matchBase`). Every override whose
 * `files` match (and `excludedFiles` do not) is merged over the base config in order, later ones
 * winning:
 *
 * - `rules` merge by rule id; a bare severity keeps the options the rule already has (ESLint's rule).
 * - `extends` inside an override applies the preset to the matching files over everything before it
 *   (severities reset to the preset's, options kept), then the override's own `rules`.
 * - `sla`, `budgets` merge by key; `allow` and `templates` add to the lists before them;
 *   `channel`, `language`, `format`, `followup`, `signature`, `readingGrade` replace.
 *
 * The merged config depends only on which overrides match, so it is keyed by their indexes
 * ("0,2") and built once per key: linting a folder of drafts builds a handful of linters, not one
 * per draft.
 */
import picomatch from 'picomatch'
import { cwd as workingFolder } from '#platform'
import { rules as allRules } from '../../rules/index.js'
import type { Config, Override, RuleSetting } from '../types.js'
import { presetRules, type PresetName } from './presets.js'
import { configSource } from './rule-options.js'

/** Which overrides apply to a path: their indexes joined by commas ('' when none, or no path). */
export type OverrideKey = string

export interface ConfigResolver {
  /** The base config has overrides (otherwise every path gets the base config). */
  readonly active: boolean
  keyFor(path: string | undefined): OverrideKey
  /** The base config with the overrides of `key` merged in, without `overrides` (memoized). */
  configFor(key: OverrideKey): Config
}

const toList = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

/** Options every override glob is compiled with. */
export const GLOB_OPTIONS = { dot: true, windows: false } as const

/**
 * ESLint's `matchBase`: a glob without a `/` matches the name in any folder, so it gets a leading
 * any-folder segment. By hand because picomatch's `basename` option also applies to globs with a `/`.
 */
export const globFor = (glob: string): string => (glob.includes('/') ? glob : `**/${glob}`)

export function createConfigResolver(base: Config): ConfigResolver {
  const overrides = base.overrides ?? []
  const { overrides: _dropped, ...withoutOverrides } = base
  // Object rest keeps symbol keys (the config file path, for error messages).
  const root: Config = withoutOverrides
  if (overrides.length === 0) return { active: false, keyFor: () => '', configFor: () => root }

  const folder = baseFolder(base)
  const tests = overrides.map((o) => {
    const include = picomatch(toList(o.files).map(globFor), GLOB_OPTIONS)
    const excluded = toList(o.excludedFiles).map(globFor)
    const exclude = excluded.length > 0 ? picomatch(excluded, GLOB_OPTIONS) : undefined
    return (rel: string): boolean => include(rel) && !(exclude && exclude(rel))
  })
  const keys = new Map<string, OverrideKey>()
  const configs = new Map<OverrideKey, Config>([['', root]])

  return {
    active: true,
    keyFor(path) {
      if (path === undefined || path === '') return ''
      let key = keys.get(path)
      if (key === undefined) {
        const rel = relativePath(folder, path)
        key = rel === undefined ? '' : tests.flatMap((test, i) => (test(rel) ? [i] : [])).join(',')
        // Bounded: a long-lived service may see a new path per request.
        if (keys.size >= 5000) keys.clear()
        keys.set(path, key)
      }
      return key
    },
    configFor(key) {
      let config = configs.get(key)
      if (!config) {
        config = key.split(',').reduce((merged, i) => mergeOverride(merged, overrides[Number(i)]!), root)
        configs.set(key, config)
      }
      return config
    },
  }
}

/** The config that applies to one file: the base with its matching overrides merged in. */
export function configForPath(config: Config, path: string | undefined): Config {
  const resolver = createConfigResolver(config)
  return resolver.configFor(resolver.keyFor(path))
}

function mergeRules(into: Record<string, RuleSetting>, from: Record<string, RuleSetting> | undefined): void {
  for (const [id, setting] of Object.entries(from ?? {})) {
    const previous = into[id]
    into[id] = Array.isArray(setting) ? setting : Array.isArray(previous) ? [setting, previous[1]] : setting
  }
}

const metas = allRules.map((r) => r.meta)

export function mergeOverride(base: Config, override: Override): Config {
  const { files: _files, excludedFiles: _excluded, extends: presets, rules, allow, templates, sla, budgets, ...replaced } = override
  const merged: Config = { ...base, ...replaced }
  if (presets !== undefined || rules !== undefined) {
    const settings: Record<string, RuleSetting> = {}
    // With a preset in the override every rule is written out: the base's presets first, so the
    // override preset's bare severities keep the options the base gave.
    if (presets !== undefined) for (const preset of base.extends ?? ['netiquette:recommended']) mergeRules(settings, presetRules(preset as PresetName, metas))
    mergeRules(settings, base.rules)
    for (const preset of presets ?? []) mergeRules(settings, presetRules(preset as PresetName, metas))
    mergeRules(settings, rules)
    merged.rules = settings
  }
  if (allow !== undefined) merged.allow = [...(base.allow ?? []), ...allow]
  if (templates !== undefined) merged.templates = [...(base.templates ?? []), ...templates]
  if (sla !== undefined) merged.sla = { ...base.sla, ...sla }
  if (budgets !== undefined) merged.budgets = { ...base.budgets, ...budgets }
  return merged
}

/** Globs are relative to the config file's folder; a config given in code uses its `cwd`, else the working folder. */
function baseFolder(config: Config): string {
  const source = configSource(config)
  if (source !== undefined) {
    const slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'))
    if (slash >= 0) return source.slice(0, slash) || '/'
  }
  return config.cwd ?? workingFolder()
}

/**
 * `path` relative to `folder`, with `/` separators, or undefined when it lies outside it (an
 * override never applies there, as in ESLint). Lexical, by hand: `node:path` is not available in
 * the browser build, and a relative path means relative to the working folder.
 */
export function relativePath(folder: string, path: string): string | undefined {
  const from = segments(folder)
  const to = segments(isAbsolutePath(path) ? path : `${workingFolder()}/${path}`)
  const windows = /^[a-z]:$/i.test(from[0] ?? '')
  const same = (a: string | undefined, b: string | undefined): boolean => (windows ? a?.toLowerCase() === b?.toLowerCase() : a === b)
  if (to.length <= from.length || !from.every((part, i) => same(part, to[i]))) return undefined
  return to.slice(from.length).join('/')
}

const isAbsolutePath = (path: string): boolean => path.startsWith('/') || path.startsWith('\\') || /^[a-z]:[\\/]/i.test(path)

function segments(path: string): string[] {
  const out: string[] = []
  for (const part of path.split(/[\\/]/)) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return out
}
