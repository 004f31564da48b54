'use strict'
// V8's code cache for the bundled CLI (dist/cli/index.cjs), kept next to it in index.cjs.cache.
// It saves ~40 ms of a ~160 ms start (`npm run bench`), so it stays, but V8 trusts a cache far
// more than it checks it: it accepts a cache made by another Node 20 patch release (whose V8
// differs only in a suffix) and then segfaults or runs wrong code, and it does not checksum the
// payload (a flipped byte is a fatal error). So a cache file starts with one line:
//   netiquette-code-cache 2 <key> <sha256 of the payload>
// where the key hashes the Node version, V8 version, arch, platform, V8 flags (execArgv and
// NODE_OPTIONS) and the bundle's bytes. Anything else, or a payload that doesn't match its hash,
// is never handed to V8: the CLI compiles from source and writes a fresh cache.
const { createHash } = require('node:crypto')
const { readFileSync, writeFileSync, renameSync, unlinkSync } = require('node:fs')

const MAGIC = 'netiquette-code-cache 2'

/** @typedef {{ version: string, v8: string, arch: string, platform: string, execArgv: readonly string[], nodeOptions: string }} Runtime */

/** @returns {Runtime} the running Node, as far as a code cache depends on it */
function currentRuntime() {
  return {
    version: process.version,
    v8: process.versions.v8,
    arch: process.arch,
    platform: process.platform,
    execArgv: process.execArgv,
    nodeOptions: process.env.NODE_OPTIONS ?? '',
  }
}

/** The key a cache of `bundle` (its bytes) compiled under `runtime` carries. */
function cacheKey(bundle, runtime = currentRuntime()) {
  const { version, v8, arch, platform, execArgv, nodeOptions } = runtime
  return createHash('sha256')
    .update(JSON.stringify([version, v8, arch, platform, execArgv, nodeOptions]))
    .update(bundle)
    .digest('hex')
}

/** The bytes of a cache file: the header line, then V8's payload. */
function encodeCache(key, payload) {
  const sum = createHash('sha256').update(payload).digest('hex')
  return Buffer.concat([Buffer.from(`${MAGIC} ${key} ${sum}\n`, 'latin1'), payload])
}

/** The payload of `file` when it was made for `key` and is intact; otherwise undefined. */
function readCodeCache(file, key) {
  let data
  try {
    data = readFileSync(file)
  } catch {
    return undefined // no cache yet, or unreadable
  }
  const end = data.indexOf(10)
  if (end < 0 || end > 200) return undefined
  const [magic, version, fileKey, sum] = data.toString('latin1', 0, end).split(' ')
  if (`${magic} ${version}` !== MAGIC || fileKey !== key) return undefined
  const payload = data.subarray(end + 1)
  return payload.length > 0 && createHash('sha256').update(payload).digest('hex') === sum ? payload : undefined
}

/** Write the cache atomically; a read-only install just runs without one. */
function writeCodeCache(file, key, payload) {
  const temp = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(temp, encodeCache(key, payload))
    renameSync(temp, file)
  } catch {
    try {
      unlinkSync(temp)
    } catch {}
  }
}

module.exports = { cacheKey, currentRuntime, encodeCache, readCodeCache, writeCodeCache }
