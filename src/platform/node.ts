/**
 * What the engine needs from Node and cannot have in a browser, in one module that package.json's
 * `imports` swaps for `./browser.js` under the `browser` condition (`#platform`): bundlers for the
 * browser then never see `node:` modules, tinyglobby or `createRequire`.
 */
import { createRequire } from 'node:module'

export { readFileSync, readdirSync, statSync } from 'node:fs'
export { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
export { globSync, isDynamicPattern } from 'tinyglobby'
export { FileReadError, readRegularFile } from '../read-file.js'

const require = createRequire(import.meta.url)

/** The folder relative template paths start from. */
export function cwd(): string {
  return process.cwd()
}

/**
 * compromise's CommonJS `two` build (tokenizer + tagger), required synchronously on first use:
 * `lintSync` cannot await an `import()`.
 */
export function requireCompromise(): unknown {
  return require('compromise/two')
}

/** regexpp, scslre and regexp-ast-analysis: the checks of a config's own regular expressions (config/user-regex.ts). */
export function requireRegexTools(): unknown {
  return { regexpp: require('@eslint-community/regexpp'), scslre: require('scslre'), analysis: require('regexp-ast-analysis') }
}

/** The yaml package, required on first use (YAML configs and template files are the exception). */
export function requireYaml(): unknown {
  return require('yaml')
}

/** Language packs loaded with the engine in Node (synchronous `lintSync` on any draft); see kit/language-pack.ts. */
export { eagerLanguagePacks } from './node-packs.js'
