// Bundles the browser entry (`npm run build` runs it after bundle-cli): dist/browser/netiquette.js
// and its chunks, ES modules that an app's bundler (esbuild, Vite, webpack) takes as they are.
// - `#platform` resolves to src/platform/browser.ts (the `browser` condition): no node: modules.
// - compromise, franc-min and the Markdown and HTML parsers are import()s: chunks of their own.
// - The rules' word lists are JSON strings parsed on first use (json-as-string.mjs): an English
//   linter never parses the Turkish lists, and V8 compiles a string far faster than the same data
//   as object literals, which is what a bundler would emit for the JSON files themselves.
import { build } from 'esbuild'
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { jsonAsString } from './json-as-string.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const outdir = fileURLToPath(new URL('../dist/browser', import.meta.url))

rmSync(outdir, { recursive: true, force: true })
await build({
  absWorkingDir: root,
  entryPoints: { netiquette: 'dist/src/browser.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [jsonAsString],
})
