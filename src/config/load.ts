/**
 * Config discovery from the linted file's folder upward (lilconfig): `.netiquetterc`,
 * `.netiquetterc.json`, `.netiquetterc.yaml`/`.yml`, `netiquette.config.js`/`.mjs`,
 * `package.json#netiquette`. YAML is loaded lazily, only when a YAML config exists.
 */
import { dirname, resolve } from 'node:path'
import { readFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { lilconfig, type Loader } from 'lilconfig'
import { rules } from '../../rules/index.js'
import { UsageError } from '../errors.js'
import { validateConfig } from './validate.js'
import { importModule } from '../dynamic-import.js'
import type { Config } from '../types.js'

const SEARCH_PLACES = ['package.json', '.netiquetterc', '.netiquetterc.json', '.netiquetterc.yaml', '.netiquetterc.yml', 'netiquette.config.js', 'netiquette.config.mjs']

const yamlLoader: Loader = async (filepath, content) => {
  // Bundled, yaml's CommonJS build arrives as a default export; unbundled, as named exports.
  const yaml = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') }
  const parse = yaml.parse ?? yaml.default!.parse
  try {
    return parse(content) ?? {}
  } catch (error) {
    throw new UsageError(`invalid config in ${filepath}: ${(error as Error).message.split('\n')[0]}`)
  }
}

const jsonLoader: Loader = (filepath, content) => {
  try {
    return JSON.parse(content)
  } catch (error) {
    throw new UsageError(`invalid config in ${filepath}: ${(error as Error).message.split('\n')[0]}`)
  }
}

// lilconfig's own loader calls import() itself, which the bundled CLI can't (see dynamic-import.ts).
const jsLoader: Loader = async (filepath) => ((await importModule(pathToFileURL(filepath).href)) as { default?: unknown }).default

const explorer = lilconfig('netiquette', {
  searchPlaces: SEARCH_PLACES,
  loaders: { '.yaml': yamlLoader, '.yml': yamlLoader, '.json': jsonLoader, noExt: yamlLoader, '.js': jsLoader, '.mjs': jsLoader, '.cjs': jsLoader },
})

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
    return finish(await explorer.search(from))
  } catch (error) {
    throw asUsageError(error, from)
  }
}

/** Load an explicit `--config <file>`. */
export async function loadConfigFile(path: string): Promise<LoadedConfig> {
  const filepath = resolve(path)
  try {
    await readFile(filepath)
  } catch {
    throw new UsageError(`config file not found: ${path}`)
  }
  try {
    return finish(await explorer.load(filepath))
  } catch (error) {
    throw asUsageError(error, filepath)
  }
}

function asUsageError(error: unknown, where: string): UsageError {
  if (error instanceof UsageError) return error
  return new UsageError(`invalid config near ${where}: ${(error as Error).message.split('\n')[0]}`)
}

export { validateConfig }
