/**
 * Issue 18, code execution from config: discovery stops at the project root, so a JavaScript
 * config above it is never executed; a config module's default export may be a promise; one that
 * rejects or never settles is one line and exit 2.
 */
import { describe, expect, it, vi } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { searchRoot } from '../src/config/root.js'
import { findConfig, JS_CONFIG_TIMEOUT_MS } from '../src/config/load.js'
import { UsageError } from '../src/errors.js'
import { root } from './build.js'

const bin = join(root, 'bin', 'netiquette.cjs')
const run = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const GOOD = 'Hi Maria,\n\nThank you for your patience. Your refund was sent today.\n\nBest regards,\nSam\n'
const BAD = 'Hi Maria,\n\nSorry, that crap courier lost it.\n\nBest regards,\nSam\n'
/** A config that leaves a file behind when it is executed, and turns profanity off. */
const MARKING_CONFIG = "import { writeFileSync } from 'node:fs'\nwriteFileSync(new URL('./EXECUTED', import.meta.url), 'yes')\nexport default { rules: { profanity: 'off' } }\n"

const tempDir = () => mkdtempSync(join(tmpdir(), 'netiquette-config-'))

describe('where the config search stops', () => {
  it.each(['.git', 'package.json'])('a project root marked by %s: a config above it is not executed, one inside it is', (marker) => {
    const outer = tempDir()
    const project = join(outer, 'project')
    mkdirSync(join(project, 'drafts'), { recursive: true })
    if (marker === '.git') mkdirSync(join(project, '.git'))
    else writeFileSync(join(project, 'package.json'), '{}')
    writeFileSync(join(outer, 'netiquette.config.mjs'), MARKING_CONFIG)
    writeFileSync(join(project, 'drafts', 'a.txt'), BAD)
    const r = run(['drafts/a.txt', '--format', 'json'], project)
    expect(existsSync(join(outer, 'EXECUTED'))).toBe(false)
    expect(JSON.parse(r.stdout).files[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['profanity'])
    expect(r.code).toBe(1)

    writeFileSync(join(project, 'netiquette.config.mjs'), MARKING_CONFIG)
    expect(run(['drafts/a.txt'], project).code).toBe(0)
    expect(existsSync(join(project, 'EXECUTED'))).toBe(true)
  })

  it('without a marker: the current folder when the file is inside it, else the file’s own folder only', () => {
    const outer = tempDir()
    const inner = join(outer, 'shared', 'drafts')
    mkdirSync(inner, { recursive: true })
    writeFileSync(join(outer, 'netiquette.config.mjs'), MARKING_CONFIG)
    writeFileSync(join(inner, 'a.txt'), BAD)
    // Run from elsewhere (the repository): the search looks in drafts/ only.
    expect(run([join(inner, 'a.txt')], root).code).toBe(1)
    expect(existsSync(join(outer, 'EXECUTED'))).toBe(false)
    expect(searchRoot(inner, root)).toBe(inner)
    // Run from the folder holding the config: it is the stop, and the config applies.
    expect(searchRoot(inner, outer)).toBe(outer)
    expect(run(['shared/drafts/a.txt'], outer).code).toBe(0)
    expect(existsSync(join(outer, 'EXECUTED'))).toBe(true)
  })

  it('--config runs a JavaScript config wherever it is', () => {
    const outer = tempDir()
    writeFileSync(join(outer, 'netiquette.config.mjs'), MARKING_CONFIG)
    const project = join(outer, 'project')
    mkdirSync(join(project, '.git'), { recursive: true })
    writeFileSync(join(project, 'a.txt'), BAD)
    expect(run(['a.txt', '--config', join(outer, 'netiquette.config.mjs')], project).code).toBe(0)
    expect(existsSync(join(outer, 'EXECUTED'))).toBe(true)
  })
})

describe('config modules that export a promise', () => {
  const project = (config: string): string => {
    const dir = tempDir()
    writeFileSync(join(dir, 'package.json'), '{}')
    writeFileSync(join(dir, 'netiquette.config.mjs'), config)
    writeFileSync(join(dir, 'a.txt'), BAD)
    return dir
  }

  it('a resolved promise is awaited and used', () => {
    const dir = project("export default Promise.resolve({ rules: { profanity: 'off' } })\n")
    const r = run(['a.txt'], dir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
  })

  it('a rejected promise is one line and exit 2', () => {
    const dir = project("export default Promise.reject(new Error('vault unreachable\\n    at somewhere'))\n")
    const r = run(['a.txt'], dir)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(`netiquette: config ${join(dir, 'netiquette.config.mjs')} failed to load: vault unreachable\n`)
  })

  it('a top-level await that never settles is one line and exit 2, not a silent pass', () => {
    const dir = project('await new Promise(() => {})\nexport default {}\n')
    const r = run(['a.txt'], dir)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(`netiquette: config ${join(dir, 'netiquette.config.mjs')} did not finish loading (it awaits something that never settles)\n`)
  })

  it('a config still pending after the time limit (the process kept alive by something else) is an error', async () => {
    // In-process: the test runner keeps the event loop alive, as a live handle in a config would.
    // Only setTimeout is faked, so the config is found and imported for real; the clock then runs
    // past the limit in steps instead of the test waiting ten seconds.
    const dir = project('await new Promise(() => {})\nexport default {}\n')
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      let settled = false
      const loading = findConfig(dir).finally(() => (settled = true))
      const outcome = expect(loading).rejects.toThrow(new UsageError(`config ${join(dir, 'netiquette.config.mjs')} did not finish loading (still loading after ${JS_CONFIG_TIMEOUT_MS / 1000} s)`))
      for (let step = 0; step < 2_000 && !settled; step++) {
        await new Promise((resolve) => setImmediate(resolve))
        await vi.advanceTimersByTimeAsync(50)
      }
      await outcome
    } finally {
      vi.useRealTimers()
    }
  })

  it('a clean draft under a good JavaScript config still passes', () => {
    const dir = project("export default { rules: { profanity: 'off' } }\n")
    writeFileSync(join(dir, 'good.txt'), GOOD)
    expect(run(['good.txt'], dir).code).toBe(0)
  })
})
