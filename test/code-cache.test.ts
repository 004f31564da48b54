// bin/netiquette.cjs runs the bundle from V8's code cache only when the cache was made by this
// Node (version, V8, arch, flags) for these bundle bytes, and its payload is intact. V8 itself
// accepts another Node 20 patch release's cache and dies on a corrupt payload, so every case
// below that reaches V8 with a wrong cache would crash the process (exit 133/139).
// Each test runs a private copy of bin/ and dist/cli/ so the shared build's cache is untouched.
import { beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from './build.js'

interface Runtime {
  version: string
  v8: string
  arch: string
  platform: string
  execArgv: readonly string[]
  nodeOptions: string
}
const codeCache = createRequire(import.meta.url)('../bin/code-cache.cjs') as {
  cacheKey: (bundle: Buffer, runtime?: Runtime) => string
  currentRuntime: () => Runtime
  encodeCache: (key: string, payload: Buffer) => Buffer
}

const DRAFT = 'Hi {{first_name}},\n\nSorry, that crap courier lost it.\n\nBest regards,\nSam\n'

/** A copy of the installed CLI (bin, dist/cli, package.json; node_modules linked). */
function install(): { dir: string; cache: string; bundle: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'netiquette-cache-'))
  mkdirSync(join(dir, 'bin'))
  for (const f of ['netiquette.cjs', 'code-cache.cjs']) copyFileSync(join(root, 'bin', f), join(dir, 'bin', f))
  cpSync(join(root, 'dist', 'cli'), join(dir, 'dist', 'cli'), { recursive: true })
  copyFileSync(join(root, 'package.json'), join(dir, 'package.json'))
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  const cache = join(dir, 'dist', 'cli', 'index.cjs.cache')
  rmSync(cache, { force: true })
  return { dir, cache, bundle: readFileSync(join(dir, 'dist', 'cli', 'index.cjs')) }
}

function run(dir: string, nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, join(dir, 'bin', 'netiquette.cjs'), '--format', 'json'], {
    cwd: dir,
    input: DRAFT,
    encoding: 'utf8',
    env: { ...process.env, NETIQUETTE_CODE_CACHE: '', NODE_OPTIONS: '' },
  })
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr }
}

const headerOf = (file: string) => readFileSync(file, 'latin1').slice(0, 200).split('\n')[0]!
/** The key field of a cache file's header (the payload hash differs from run to run). */
const keyOf = (file: string) => headerOf(file).split(' ')[2]
/** Whether a cache file's payload matches the hash in its header. */
function intact(file: string): boolean {
  const data = readFileSync(file)
  const payload = data.subarray(data.indexOf(10) + 1)
  return payload.length > 100_000 && createHash('sha256').update(payload).digest('hex') === headerOf(file).split(' ')[3]
}
/** The spawned CLI's runtime: this Node without the test runner's flags. */
const child = (): Runtime => ({ ...codeCache.currentRuntime(), execArgv: [], nodeOptions: '' })

describe('the CLI code cache', () => {
  let expected: ReturnType<typeof run>
  beforeAll(() => {
    expected = run(install().dir)
    expect(expected.code).toBe(1)
    expect(JSON.parse(expected.stdout).files[0].messages.length).toBeGreaterThan(0)
  }, 60_000)

  it('is written on the first run with a header keyed by this Node and these bundle bytes, then used as is', () => {
    const { dir, cache, bundle } = install()
    expect(run(dir)).toEqual(expected)
    const key = codeCache.cacheKey(bundle, child())
    expect(headerOf(cache)).toMatch(new RegExp(`^netiquette-code-cache 2 ${key} [0-9a-f]{64}$`))
    const written = readFileSync(cache)
    expect(run(dir)).toEqual(expected)
    expect(readFileSync(cache).equals(written)).toBe(true) // accepted: not rewritten
  }, 60_000)

  it('never hands V8 a cache made by another Node version, even one with a valid header', () => {
    const { dir, cache, bundle } = install()
    const other = { ...child(), version: 'v20.10.0', v8: '11.3.244.8-node.25' }
    // Garbage V8 would die on: only the key keeps it away.
    writeFileSync(cache, codeCache.encodeCache(codeCache.cacheKey(bundle, other), Buffer.alloc(4096, 0x5a)))
    expect(run(dir)).toEqual(expected)
    expect(keyOf(cache)).toBe(codeCache.cacheKey(bundle, child()))
    expect(intact(cache)).toBe(true)
  }, 60_000)

  it('keys the cache by V8 flags: another --stack-size writes a cache of its own key', () => {
    const { dir, cache, bundle } = install()
    run(dir)
    expect(run(dir, ['--stack-size=900'])).toEqual(expected)
    expect(keyOf(cache)).toBe(codeCache.cacheKey(bundle, { ...child(), execArgv: ['--stack-size=900'] }))
    expect(keyOf(cache)).not.toBe(codeCache.cacheKey(bundle, child()))
  }, 60_000)

  it('keys the cache by the bundle bytes, not by size or mtime', () => {
    const { dir, cache, bundle } = install()
    // A cache that claims another build of the same length: rejected by its key.
    const sameLength = Buffer.from(bundle)
    sameLength[sameLength.length - 2] = sameLength[sameLength.length - 2] === 0x20 ? 0x0a : 0x20
    writeFileSync(cache, codeCache.encodeCache(codeCache.cacheKey(sameLength, child()), Buffer.alloc(4096, 0x5a)))
    expect(run(dir)).toEqual(expected)
    expect(keyOf(cache)).toBe(codeCache.cacheKey(bundle, child()))
  }, 60_000)

  it.each([
    ['an empty file', () => Buffer.alloc(0)],
    ['text that is not a cache', () => Buffer.from('not a V8 code cache')],
    ['a header without a payload', (made: Buffer) => made.subarray(0, made.indexOf(10) + 1)],
    ['a truncated payload', (made: Buffer) => made.subarray(0, made.length >> 1)],
    [
      'flipped payload bytes under a valid header',
      (made: Buffer) => {
        const copy = Buffer.from(made)
        for (let i = made.indexOf(10) + 2000; i < copy.length; i += 997) copy[i]! ^= 0x5a
        return copy
      },
    ],
  ])(
    'falls back silently on %s and writes a good cache',
    (_, corrupt) => {
      const { dir, cache, bundle } = install()
      run(dir)
      writeFileSync(cache, corrupt(readFileSync(cache)))
      expect(run(dir)).toEqual(expected)
      expect(keyOf(cache)).toBe(codeCache.cacheKey(bundle, child()))
      expect(intact(cache)).toBe(true)
    },
    60_000,
  )

  it('runs without writing anything under NETIQUETTE_CODE_CACHE=off', () => {
    const { dir, cache } = install()
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'netiquette.cjs'), '--format', 'json'], { cwd: dir, input: DRAFT, encoding: 'utf8', env: { ...process.env, NETIQUETTE_CODE_CACHE: 'off' } })
    expect(r.stdout).toBe(expected.stdout)
    expect(existsSync(cache)).toBe(false)
  }, 60_000)

  it('is left out of the npm package', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] }
    expect(pkg.files).toContain('!dist/cli/*.cache')
  })
})
