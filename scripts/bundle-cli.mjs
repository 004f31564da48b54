// Bundles the CLI for a fast cold start (`npm run build` runs it after tsc):
// - dist/cli/index.cjs: the CLI and engine in one CommonJS file. Node's ESM loader spends ~500 ms
//   resolving and compiling the unified ecosystem's hundreds of small modules; one file avoids
//   that, and CommonJS lets bin/netiquette.cjs run it from V8's code cache (ESM can't on Node 20).
// - dist/cli/markdown-parser.cjs, html-parser.cjs: remark and rehype, required only when a
//   Markdown or HTML draft shows up; dist/cli/franc.cjs (language detection), when a draft's
//   words can't tell its language. YAML is required from node_modules when a YAML config exists.
//   The `templates` subcommand stays in index.cjs behind a dynamic import (its code runs only
//   for that command).
// - dist/cli/index.cjs.cache: V8's code cache for this checkout's Node, made by linting a sample
//   draft after bundling (bin/code-cache.cjs keys it; the package leaves it out, see `files`).
// compromise and yaml stay external: they are required lazily only when needed.
// scslre and its parser too: they check regular expressions in a config, only when it has some.
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { spawnSync } from 'node:child_process'
import { jsonAsString } from './json-as-string.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const outdir = fileURLToPath(new URL('../dist/cli', import.meta.url))

// commander requires node:child_process at load time for executable subcommands, which netiquette
// doesn't use; loading it (with net and dgram) costs ~8 ms of every run. Hand commander a stand-in
// that requires the real module only if it is ever called.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) => (args.importer.includes('commander') ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined))
    build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) }",
      loader: 'js',
    }))
  },
}

// The Markdown and HTML parsers and franc-min become files of their own, required on first use:
// every byte of index.cjs is read and decoded on every start.
const separateFiles = {
  name: 'separate-files',
  setup(build) {
    build.onResolve({ filter: /^\.\/(markdown|html)-parser\.js$/ }, (args) => (args.importer.endsWith('parsers.js') ? { path: args.path.replace(/\.js$/, '.cjs'), external: true } : undefined))
    build.onResolve({ filter: /^franc-min$/ }, () => ({ path: './franc.cjs', external: true }))
  },
}

// fdir (under tinyglobby) probes for picomatch with a runtime require at load time, which reads
// picomatch's files from node_modules on every start (~9 ms) though it is in the bundle already.
// Make it a plain require that esbuild resolves to the bundled copy.
const bundledPicomatch = {
  name: 'bundled-picomatch',
  setup(build) {
    build.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8')
      const probe = /__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);/
      return probe.test(source) ? { contents: source.replace(probe, 'pm = require("picomatch");'), loader: 'js' } : undefined
    })
  },
}

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['compromise', 'yaml', 'scslre', '@eslint-community/regexpp', 'regexp-ast-analysis'],
  // import.meta.url (package.json, createRequire) as the bundle's own URL.
  define: { 'import.meta.url': '__netiquetteUrl' },
  banner: { js: "const __netiquetteUrl = require('node:url').pathToFileURL(__filename).href;" },
  // import() of bundled code becomes a lazy init, of the parser files a require: code run from
  // the code cache can't call import() (user files go through setModuleImporter instead).
  supported: { 'dynamic-import': false },
  // Fewer bytes to read and compile on every start; messages never show stack traces.
  minify: true,
  logLevel: 'warning',
  legalComments: 'none',
}

rmSync(outdir, { recursive: true, force: true })
await build({ ...common, entryPoints: ['dist/src/cli.js'], outfile: 'dist/cli/index.cjs', plugins: [lazyChildProcess, separateFiles, jsonAsString, bundledPicomatch] })
for (const kind of ['markdown', 'html']) {
  await build({ ...common, entryPoints: [`dist/src/input/${kind}-parser.js`], outfile: `dist/cli/${kind}-parser.cjs` })
}
await build({ ...common, entryPoints: ['franc-min'], outfile: 'dist/cli/franc.cjs' })

// Train the code cache on the common case: plain-text English drafts, stylish output.
const train = spawnSync(process.execPath, ['bin/netiquette.cjs', 'examples/good-refund-email.txt', 'examples/bad-profanity-reply.txt', 'examples/bad-unfilled-template.txt'], {
  cwd: root,
  env: { ...process.env, NETIQUETTE_CODE_CACHE: 'write' },
  encoding: 'utf8',
})
if (train.status !== 0 && train.status !== 1) {
  console.error(`bundle-cli: training the code cache failed (exit ${train.status}):\n${train.stderr}`)
  process.exit(1)
}
