/**
 * A Linter that lints each draft with the config for its path (`context.path`): the base config
 * with the matching `overrides` merged in (see overrides.ts). One inner linter per distinct merged
 * config, built on first use and kept: building one costs milliseconds, linting a draft ~0.1 ms.
 * Without overrides it is the plain linter. (The config's `format`/`followup` defaults for a draft
 * whose context has none are createLinter's, like `channel` and `language`.)
 */
import { rules as allRules } from '../../rules/index.js'
import { createLinter, type EngineOptions, type Linter } from '../linter.js'
import type { Config, ReplyContext } from '../types.js'
import { createConfigResolver, type OverrideKey } from './overrides.js'
import { configSource, validateRuleOptions } from './rule-options.js'
import { validateConfig } from './validate.js'

export interface PathLinterOptions extends EngineOptions {
  /**
   * Applied to each merged config before its linter is built: the CLI's `--rule` flags and the
   * templates command's corpus dialect go on top of the overrides, as ESLint's `--rule` does.
   */
  prepare?: (config: Config) => Config
}

export interface PathLinter extends Linter {
  /** The config the draft at `path` is linted with (prepared, without `overrides`; the same object for the same overrides). */
  configFor(path: string | undefined): Config
  /** The linter for drafts at `path`, whatever path their context gives (templates linted from a copy). */
  forPath(path: string | undefined): Linter
}

export function createPathLinter(config: Config = {}, options: PathLinterOptions = {}): PathLinter {
  const { prepare = (c: Config) => c, ...engine } = options
  const resolver = createConfigResolver(config)
  const prepared = new Map<OverrideKey, Config>()
  const configOf = (key: OverrideKey): Config => {
    let c = prepared.get(key)
    if (!c) prepared.set(key, (c = prepare(resolver.configFor(key))))
    return c
  }
  const linters = new Map<OverrideKey, Linter>()
  const linterOf = (key: OverrideKey): Linter => {
    let linter = linters.get(key)
    if (!linter) linters.set(key, (linter = createLinter(configOf(key), engine)))
    return linter
  }
  // The overrides are taken out before createLinter sees the config: check them here, as it would.
  if (config.overrides !== undefined) validateConfig(config, configSource(config) ?? 'createLinter() options', knownRules)
  // Built now, as createLinter does: a bad base config fails at once, not at the first draft.
  const base = linterOf('')
  if (resolver.active) checkOverrideOptions(config)

  const keyOf = (context: ReplyContext | undefined): OverrideKey => {
    const path = typeof context === 'object' && context !== null ? (context as { path?: unknown }).path : undefined
    return typeof path === 'string' ? resolver.keyFor(path) : ''
  }
  const bound = (keyFor: (context: ReplyContext | undefined) => OverrideKey, inner: Linter): Linter => {
    const linterFor = (context: ReplyContext | undefined): Linter => linterOf(keyFor(context))
    return {
      lint: (text, context) => linterFor(context).lint(text, context),
      fix: (text, context) => linterFor(context).fix(text, context),
      lintSync: (text, context) => linterFor(context).lintSync(text, context),
      fixSync: (text, context) => linterFor(context).fixSync(text, context),
      config: inner.config,
      rules: inner.rules,
    }
  }

  return {
    ...bound(keyOf, base),
    // The config as given (overrides included) when it has overrides, else what the plain linter reports.
    config: resolver.active ? config : base.config,
    configFor: (path) => configOf(resolver.keyFor(path)),
    forPath: (path) => {
      const key = resolver.keyFor(path)
      return bound(() => key, linterOf(key))
    },
  }
}

const modules = new Map(allRules.map((r) => [r.meta.id, r]))
const knownRules: ReadonlySet<string> = new Set(modules.keys())

/** Each override's rule options against the rule's schema, up front, with the override's key in the error. */
function checkOverrideOptions(config: Config): void {
  config.overrides?.forEach((override, i) => {
    for (const [id, setting] of Object.entries(override.rules ?? {})) {
      const module = modules.get(id)
      if (module && Array.isArray(setting) && setting[1] !== undefined) validateRuleOptions(module, setting[1], configSource(config), `overrides[${i}].`)
    }
  })
}
