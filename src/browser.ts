/**
 * netiquette in the browser (the `browser` condition of `netiquette`, or `netiquette/browser`).
 * Nothing heavy is loaded at import: the Markdown and HTML parsers, franc-min (language
 * detection) and compromise (a few courtesy rules) are dynamic `import()`s that bundlers split
 * into chunks of their own, fetched by the async `lint()` / `fix()` the first time a draft needs
 * them. With `language: 'en'` franc is never fetched. `lintSync` works once they are loaded
 * (`await linter.lint(...)` once first). Templates are `{ id, body }` records (no file system).
 */
export * from './api.js'
export { loadCompromise } from './nlp/compromise.js'
export { loadParsers } from './input/parsers.js'
export { loadLanguageDetector } from './language.js'
export { loadLanguagePack } from './kit/language-pack.js'
