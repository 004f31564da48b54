#!/usr/bin/env node
'use strict'
// The CLI entry. It runs dist/cli/index.cjs (the CLI bundled by `npm run build`) from V8's code
// cache when one was made by this very Node for this very bundle (./code-cache.cjs says why that
// takes more than V8's own checks), which saves compiling ~600 KB on every start. The cache is
// made on the first run (and by the build, for a checkout); it is not shipped in the package.
// NETIQUETTE_CODE_CACHE=off runs without it, =write ignores the old one and writes a new one.
// CommonJS on purpose: an ES module entry costs ~10 ms more to start.
const { readFileSync } = require('node:fs')
const { join } = require('node:path')
const Module = require('node:module')
const vm = require('node:vm')
const { cacheKey, readCodeCache, writeCodeCache } = require('./code-cache.cjs')

const file = join(__dirname, '..', 'dist', 'cli', 'index.cjs')
const cacheFile = `${file}.cache`
const mode = process.env.NETIQUETTE_CODE_CACHE

let bundle
try {
  bundle = readFileSync(file)
} catch {
  process.stderr.write('netiquette: dist/cli/index.cjs is missing; run `npm run build` first\n')
  process.exit(2)
}
const key = mode === 'off' ? '' : cacheKey(bundle)
const cachedData = mode === 'off' || mode === 'write' ? undefined : readCodeCache(cacheFile, key)
// UTF-8: regex literals keep their non-ASCII letters (`yazdı`, `“`).
const script = new vm.Script(Module.wrap(bundle.toString('utf8')), { filename: file, cachedData })
const cli = { exports: {} }
script.runInThisContext().call(cli.exports, cli.exports, Module.createRequire(file), cli, file, join(file, '..'))
// Code run from a cache can't call import() on Node 20 (the callback is lost): hand it ours, for
// netiquette.config.js files.
cli.exports.setModuleImporter((specifier) => import(specifier))

cli.exports.runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code
  // Written after the run, so it holds the functions linting compiled too.
  // Not after an audit: it changes V8's flags, which V8 keys its code cache on.
  if (mode !== 'off' && (cachedData === undefined || script.cachedDataRejected) && !cli.exports.v8FlagsChanged()) writeCodeCache(cacheFile, key, script.createCachedData())
})
