/**
 * Config discovery from the linted file's folder upward to the project root (see root.ts), with
 * lilconfig: `.netiquetterc`,
 * `.netiquetterc.json`, `.netiquetterc.yaml`/`.yml`, `netiquette.config.js`/`.mjs`,
 * `package.json#netiquette`. YAML is loaded lazily, only when a YAML config exists.
 *
 * The search is synchronous (lilconfigSync): a CLI run checks ~30 places, and awaiting each read
 * on the thread pool cost ~4 ms of its start. JavaScript configs need `import()`, so the search
 * only notes where one is and it is imported afterwards. A JavaScript config is executed: it is
 * only ever found inside the project root, or given with `--config`.
 */
import { dirname, resolve } from 'node:path'
import { existsSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { lilconfigSync, type LilconfigResult, type LoaderSync } from 'lilconfig'
import { rules } from '../../rules/index.js'
import { UsageError } from '../errors.js'
import { validateConfig } from './validate.js'
import { searchRoot } from './root.js'
import { CONFIG_SOURCE } from './rule-options.js'
import { importModule } from '../dynamic-import.js'
import { requireYaml } from '../yaml.js'
import type { Config } from '../types.js'

const SEARCH_PLACES = ['package.json', '.netiquetterc', '.netiquetterc.json', '.netiquetterc.yaml', '.netiquetterc.yml', 'netiquette.config.js', 'netiquette.config.mjs']

const yamlLoader: LoaderSync = (filepath, content) => {
  try {
    return requireYaml().parse(content) ?? {}
  } catch (error) {
    throw new UsageError(`invalid config in ${filepath}: ${(error as Error).message.split('\n')[0]}`)
  }
}

const jsonLoader: LoaderSync = (filepath, content) => {
  try {
    return JSON.parse(content)
  } catch (error) {
    throw new UsageError(`invalid config in ${filepath}: ${(error as Error).message.split('\n')[0]}`)
  }
}

/** Where the search found a JavaScript config, to import after it. */
const JS_CONFIG = Symbol('netiquette: JavaScript config')
const jsLoader: LoaderSync = (filepath) => ({ [JS_CONFIG]: filepath })

const LOADERS = { '.yaml': yamlLoader, '.yml': yamlLoader, '.json': jsonLoader, noExt: yamlLoader, '.js': jsLoader, '.mjs': jsLoader, '.cjs': jsLoader }

/** One explorer per stop folder (lilconfig caches its search per explorer). */
const explorers = new Map<string, ReturnType<typeof lilconfigSync>>()
function explorerFor(stopDir: string): ReturnType<typeof lilconfigSync> {
  let explorer = explorers.get(stopDir)
  if (!explorer) explorers.set(stopDir, (explorer = lilconfigSync('netiquette', { searchPlaces: SEARCH_PLACES, loaders: LOADERS, stopDir })))
  return explorer
}
const explicitExplorer = lilconfigSync('netiquette', { searchPlaces: SEARCH_PLACES, loaders: LOADERS })

/** A JavaScript config gets this long to finish loading (top-level await included). */
export const JS_CONFIG_TIMEOUT_MS = 10_000

/** Import a JavaScript config the search found (the bundled CLI imports through its entry, see dynamic-import.ts). */
async function withJsConfig(result: LilconfigResult): Promise<LilconfigResult> {
  const config = result?.config as Record<symbol, string> | undefined
  if (!result || typeof config !== 'object' || config === null || !(JS_CONFIG in config)) return result
  const filepath = config[JS_CONFIG]!
  const loaded = (await settleOrFail(importModule(pathToFileURL(filepath).href), filepath)) as { default?: unknown }
  // `export default Promise.resolve({...})` / an async factory's result: awaited like the module.
  const value = await settleOrFail(Promise.resolve(loaded.default), filepath)
  return { ...result, config: value }
}

/**
 * A config whose top-level `await` never settles would let Node exit 0 with nothing printed (a
 * false pass in CI): fail when the event loop runs dry while it is pending (`beforeExit`), or
 * after JS_CONFIG_TIMEOUT_MS when something else keeps the process alive.
 */
function settleOrFail<T>(pending: Promise<T>, filepath: string): Promise<T> {
  return new Promise<T>((resolvePromise, reject) => {
    const stuck = (why: string) => reject(new UsageError(`config ${filepath} did not finish loading (${why})`))
    const onBeforeExit = () => stuck('it awaits something that never settles')
    const timer = setTimeout(() => stuck(`still loading after ${JS_CONFIG_TIMEOUT_MS / 1000} s`), JS_CONFIG_TIMEOUT_MS)
    timer.unref()
    process.once('beforeExit', onBeforeExit)
    const done = () => {
      clearTimeout(timer)
      process.removeListener('beforeExit', onBeforeExit)
    }
    pending.then(
      (value) => {
        done()
        resolvePromise(value)
      },
      (error: unknown) => {
        done()
        reject(new UsageError(`config ${filepath} failed to load: ${firstLine(error)}`))
      },
    )
  })
}

const firstLine = (error: unknown): string => {
  const text = error instanceof Error ? error.message : String(error)
  const line = text.split('\n')[0] ?? ''
  return line.length > 200 ? `${line.slice(0, 200)}…` : line
}

const knownRules = new Set(rules.map((r) => r.meta.id))

export interface LoadedConfig {
  config: Config
  filepath?: string
}

function finish(result: { config: unknown; filepath: string } | null): LoadedConfig {
  if (!result || result.config === undefined || result.config === null) return { config: {} }
  const config = validateConfig(result.config, result.filepath, knownRules)
  return { config: { ...config, cwd: config.cwd ?? dirname(result.filepath), [CONFIG_SOURCE]: result.filepath } as Config, filepath: result.filepath }
}

/** Find the config that applies to a file (or folder), searching upward. */
export async function findConfig(from: string): Promise<LoadedConfig> {
  try {
    return finish(await withJsConfig(explorerFor(searchRoot(from)).search(from)))
  } catch (error) {
    throw asUsageError(error, from)
  }
}

/** Forget every config read so far (the language server calls it when a config file changes). */
export function clearConfigCache(): void {
  for (const explorer of explorers.values()) explorer.clearCaches()
  explicitExplorer.clearCaches()
}

/** Load an explicit `--config <file>`. */
export async function loadConfigFile(path: string): Promise<LoadedConfig> {
  const filepath = resolve(path)
  if (!existsSync(filepath)) throw new UsageError(`config file not found: ${path}`)
  try {
    return finish(await withJsConfig(explicitExplorer.load(filepath)))
  } catch (error) {
    throw asUsageError(error, filepath)
  }
}

function asUsageError(error: unknown, where: string): UsageError {
  if (error instanceof UsageError) return error
  return new UsageError(`invalid config near ${where}: ${firstLine(error)}`)
}

export { validateConfig }
