// Issue 17: a generous ceiling that linear code never comes near, so the next exponential or
// cubic pattern fails CI instead of freezing a help desk. Every hostile input of
// scripts/hostile-inputs.mjs (long runs of each character class, repeated words, placeholders,
// e-mails, URLs, recheck's attack strings, the examples) lints at 16 KB in under 5 s in
// each format (linear code takes milliseconds), and `netiquette templates` checks a corpus of
// hostile templates in under 5 s a template. Each run is a child process killed at the ceiling,
// so a hang fails with the input's name rather than blocking the suite.
import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from './build.js'
import { FORMATS, PENDING_ELSEWHERE, hostileInputs } from '../scripts/hostile-inputs.mjs'

const CEILING_MS = 5000

/** Runs `args`, collecting stdout lines; kills the child when no line comes for `quietMs`. */
function run(args: string[], quietMs: number): Promise<{ lines: string[]; killed: boolean; code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    const lines: string[] = []
    let buffer = ''
    let stderr = ''
    let killed = false
    let timer: NodeJS.Timeout
    const arm = (): void => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        killed = true
        child.kill('SIGKILL')
      }, quietMs)
    }
    arm()
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const parts = buffer.split('\n')
      buffer = parts.pop()!
      lines.push(...parts.filter(Boolean))
      arm()
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ lines, killed, code, stderr })
    })
  })
}

const pending = Object.keys(PENDING_ELSEWHERE)
const checked = (): Array<{ name: string; make: (size: number) => string }> => hostileInputs().filter((i) => !pending.includes(i.name))

describe('hostile input: a generous ceiling', () => {
  for (const [name, where] of Object.entries(PENDING_ELSEWHERE)) it.todo(`${name} (16 KB) under 5 s: ${where}`)

  for (const format of FORMATS) {
    it(
      `every hostile 16 KB input lints in under 5 s (${format})`,
      async () => {
        // Start-up (imports, first-use word lists) gets its own allowance on top of the ceiling.
        const r = await run(['scripts/bench-hostile.mjs', '--ceiling', format, '--kb', '16', ...pending.flatMap((p) => ['--skip', p])], CEILING_MS + 10_000)
        const times = r.lines.map((l) => JSON.parse(l) as { name: string; ms: number })
        const names = checked().map((i) => i.name)
        const stuck = names[times.length]
        expect(r.killed ? `killed while linting "${stuck}" (over ${CEILING_MS} ms)` : r.stderr.trim()).toBe('')
        expect(times.map((t) => t.name)).toEqual(names)
        expect(times.filter((t) => t.ms >= CEILING_MS).map((t) => `${t.name}: ${Math.round(t.ms)} ms`)).toEqual([])
      },
      20 * 60_000,
    )
  }

  it(
    '`netiquette templates` checks a corpus of hostile 8 KB templates in under 5 s a template',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'netiquette-hostile-'))
      try {
        const inputs = checked()
        const file = join(dir, 'hostile.jsonl')
        // A greeting first: a body of only spaces would be skipped as empty.
        writeFileSync(file, inputs.map((input, i) => JSON.stringify({ id: `hostile-${i}`, body: `Hi {{first_name}},\n${input.make(8 * 1024)}` })).join('\n') + '\n')
        const started = Date.now()
        const r = await run(['bin/netiquette.cjs', 'templates', '--format', 'json', file], CEILING_MS * inputs.length)
        expect(r.killed ? `killed after ${Date.now() - started} ms` : '').toBe('')
        // 0: clean, 1: findings; 2 would be a usage error or a crash.
        expect([0, 1]).toContain(r.code)
        expect(r.stderr).not.toMatch(/^[ \t]+at /m) // no stack trace
        expect(r.stderr).toContain(`${inputs.length} templates checked`)
        expect(Date.now() - started).toBeLessThan(CEILING_MS * inputs.length)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
    20 * 60_000,
  )
})
