#!/usr/bin/env node
'use strict'
// The CLI entry. It runs dist/cli/index.cjs (the CLI bundled by `npm run build`) from V8's code
// cache when one matches this Node and this bundle, which saves compiling ~600 KB on every start;
// the cache is made at build time and remade here when missing or stale.
// CommonJS on purpose: an ES module entry costs ~10 ms more to start.
const { readFileSync, writeFileSync, renameSync, unlinkSync, statSync } = require('node:fs')
const { join } = require('node:path')
const Module = require('node:module')
const vm = require('node:vm')

const file = join(__dirname, '..', 'dist', 'cli', 'index.cjs')
const cacheFile = `${file}.cache`

let source
let stamp
try {
  source = readFileSync(file, 'utf8') // regex literals keep their non-ASCII letters (`yazdı`, `“`)
  const info = statSync(file)
  // V8 checks a cache against the source's length only: a cache of another build of the same
  // length would run the wrong code. The cache file starts with the bundle's size and mtime.
  stamp = `netiquette-code-cache ${info.size} ${info.mtimeMs}\n`
} catch {
  process.stderr.write('netiquette: dist/cli/index.cjs is missing; run `npm run build` first\n')
  process.exit(2)
}
const cachedData = process.env.NETIQUETTE_CODE_CACHE === 'write' ? undefined : readCodeCache()
const script = new vm.Script(Module.wrap(source), { filename: file, cachedData })
const cli = { exports: {} }
script.runInThisContext().call(cli.exports, cli.exports, Module.createRequire(file), cli, file, join(file, '..'))
// Code run from a cache can't call import() on Node 20 (the callback is lost): hand it ours, for
// netiquette.config.js files.
cli.exports.setModuleImporter((specifier) => import(specifier))

cli.exports.runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code
  if (cachedData === undefined || script.cachedDataRejected) saveCodeCache()
})

/** The cache for this very bundle, or undefined. */
function readCodeCache() {
  try {
    const data = readFileSync(cacheFile)
    const head = Buffer.from(stamp, 'latin1')
    return data.length > head.length && data.subarray(0, head.length).equals(head) ? data.subarray(head.length) : undefined
  } catch {
    return undefined // no cache yet
  }
}

/** Write the cache after the run, so it holds the functions linting compiled too. */
function saveCodeCache() {
  const temp = `${cacheFile}.${process.pid}.tmp`
  try {
    writeFileSync(temp, Buffer.concat([Buffer.from(stamp, 'latin1'), script.createCachedData()]))
    renameSync(temp, cacheFile)
  } catch {
    // A read-only install: run without a cache.
    try {
      unlinkSync(temp)
    } catch {}
  }
}
