/**
 * The browser side of `#platform` (see `./node.ts`): no file system, and no synchronous
 * `require`. compromise then comes from a dynamic `import()` (a chunk of its own, see
 * `loadCompromise`), and templates are passed as `{ id, body }` records.
 */
import { UsageError } from '../errors.js'

function noFiles(): never {
  throw new UsageError('netiquette: template files need Node; in the browser pass templates as { id, body } records')
}

export const readFileSync = noFiles
export const readRegularFile = noFiles
/** Never thrown here (nothing reads files); corpus.ts tests for it. */
export class FileReadError extends Error {}
export const readdirSync = noFiles
export const statSync = noFiles
export const globSync = noFiles
export const isDynamicPattern = (): boolean => false
export const resolve = noFiles
export const relative = noFiles
export const join = noFiles
export const isAbsolute = (path: string): boolean => path.startsWith('/')
export const sep = '/'
/** No working directory in a page: a browser has no files. */
export const cwd = (): string => '/'

/** The last part of a path, as `node:path`'s `basename` (without its suffix argument). */
export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** The extension of a name, with its dot (`.md`), as `node:path`'s `extname`. */
export function extname(path: string): string {
  const name = basename(path)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot) : ''
}

/** No synchronous loader: the async `lint()` imports compromise and lints again. */
export function requireCompromise(): unknown {
  return undefined
}

/** The backtracking checks (scslre and its parser) are required synchronously, which only Node can do. */
export function requireRegexTools(): never {
  throw new UsageError('netiquette: regular expressions in config (pii.add.keys[].pattern) are checked in Node only; use them from the CLI or Node')
}

export function requireYaml(): never {
  throw new UsageError('netiquette: YAML needs Node; in the browser pass templates and config as objects')
}

/** No language pack but English at import: the others are chunks loaded on first need (kit/language-pack.ts). */
export function eagerLanguagePacks(): Readonly<Record<string, Readonly<Record<string, unknown>>>> {
  return {}
}
