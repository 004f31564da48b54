/**
 * Config discovery from the linted file's folder upward (lilconfig): `.netiquetterc`,
 * `.netiquetterc.json`, `.netiquetterc.yaml`/`.yml`, `netiquette.config.js`/`.mjs`,
 * `package.json#netiquette`. YAML is loaded lazily, only when a YAML config exists.
 *
 * The search is synchronous (lilconfigSync): a CLI run checks ~30 places, and awaiting each read
 * on the thread pool cost ~4 ms of its start. JavaScript configs need `import()`, so the search
 * only notes where one is and it is imported afterwards.
 */
import { dirname, resolve } from 'node:path'
import { existsSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { lilconfigSync, type LilconfigResult, type LoaderSync } from 'lilconfig'
import { rules } from '../../rules/index.js'
import { UsageError } from '../errors.js'
import { validateConfig } from './validate.js'
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

const explorer = lilconfigSync('netiquette', {
  searchPlaces: SEARCH_PLACES,
  loaders: { '.yaml': yamlLoader, '.yml': yamlLoader, '.json': jsonLoader, noExt: yamlLoader, '.js': jsLoader, '.mjs': jsLoader, '.cjs': jsLoader },
})

/** Import a JavaScript config the search found (the bundled CLI imports through its entry, see dynamic-import.ts). */
async function withJsConfig(result: LilconfigResult): Promise<LilconfigResult> {
  const config = result?.config as Record<symbol, string> | undefined
  if (!result || typeof config !== 'object' || config === null || !(JS_CONFIG in config)) return result
  const loaded = (await importModule(pathToFileURL(config[JS_CONFIG]!).href)) as { default?: unknown }
  return { ...result, config: loaded.default }
}

const knownRules = new Set(rules.map((r) => r.meta.id))

export interface LoadedConfig {
  config: Config
  filepath?: string
}

function finish(result: { config: unknown; filepath: string } | null): LoadedConfig {
  if (!result || result.config === undefined || result.config === null) return { config: {} }
  const config = validateConfig(result.config, result.filepath, knownRules)
  return { config: { ...config, cwd: config.cwd ?? dirname(result.filepath) }, filepath: result.filepath }
}

/** Find the config that applies to a file (or folder), searching upward. */
export async function findConfig(from: string): Promise<LoadedConfig> {
  try {
    return finish(await withJsConfig(explorer.search(from)))
  } catch (error) {
    throw asUsageError(error, from)
  }
}

/** Forget every config read so far (the language server calls it when a config file changes). */
export function clearConfigCache(): void {
  explorer.clearCaches()
}

/** Load an explicit `--config <file>`. */
export async function loadConfigFile(path: string): Promise<LoadedConfig> {
  const filepath = resolve(path)
  if (!existsSync(filepath)) throw new UsageError(`config file not found: ${path}`)
  try {
    return finish(await withJsConfig(explorer.load(filepath)))
  } catch (error) {
    throw asUsageError(error, filepath)
  }
}

function asUsageError(error: unknown, where: string): UsageError {
  if (error instanceof UsageError) return error
  return new UsageError(`invalid config near ${where}: ${(error as Error).message.split('\n')[0]}`)
}

export { validateConfig }
