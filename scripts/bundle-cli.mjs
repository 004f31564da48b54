// Bundles the CLI (dist/cli/index.mjs, plus lazily loaded chunks for Markdown/HTML/YAML): Node's ESM loader spends ~500 ms resolving and
// compiling the unified ecosystem's hundreds of small modules; one bundle halves cold start.
// compromise stays external: rules load it lazily (createRequire) only when a draft needs it.
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
await build({
  absWorkingDir: root,
  entryPoints: ['dist/src/cli.js'],
  outdir: 'dist/cli',
  entryNames: 'index',
  chunkNames: 'chunk-[hash]',
  splitting: true,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['compromise'],
  banner: { js: "import { createRequire as __netiquetteRequire } from 'node:module'; const require = __netiquetteRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
})
