#!/usr/bin/env node
/**
 * Hostile-input benchmark (issue 17): does lint time stay linear in the draft's length whatever the
 * draft holds? Lints long runs of every character class, repeated words, placeholders, e-mail and
 * URL-like strings, the attack strings recheck reported and the issue's own examples, at 1, 2, 4, 8
 * and 16 KB, as plain text, Markdown, HTML and as the customer message a short reply answers.
 *
 *   node scripts/bench-hostile.mjs [--timeout <s>] [--only <substring>] [--dist <dir>] [--sizes 1,2,4,8,16]
 *
 * Each input × format runs in its own child process (every rule on, strict preset), sizes in
 * ascending order; a size that takes longer than --timeout seconds (default 20) kills the child and
 * prints ">20 s" for it and every larger size. Printed per input: ms at 1 KB and 16 KB, growth per
 * doubling (8 → 16 KB; the target is ≤ 2.2x) and ms per KB, next to an ordinary reply's ms per KB.
 * `--dist` points at another build (e.g. a copy of the unmodified code) to record a "before" table.
 * `--ceiling <format> [--kb 16] [--skip <name>]…` lints every input once at that size and prints one JSON line per
 * input as it finishes (test/hostile.test.ts runs it and kills it at a generous ceiling).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { hostileInputs, ORDINARY_REPLY, FORMATS, draftFor } from './hostile-inputs.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const self = fileURLToPath(import.meta.url)
const args = process.argv.slice(2)
const value = (name, fallback) => {
  const i = args.indexOf(name)
  return i !== -1 && args[i + 1] !== undefined ? args[i + 1] : fallback
}
const STRICT = { extends: ['netiquette:strict'] }
const distDir = resolve(value('--dist', join(repo, 'dist')))
const entry = join(distDir, 'src', 'index.js')
const SIZES = value('--sizes', '1,2,4,8,16').split(',').map(Number)

if (args.includes('--worker')) {
  await worker(value('--worker'), value('--format'))
  process.exit(0)
}
if (args.includes('--ceiling')) {
  await ceiling(value('--ceiling'), Number(value('--kb', 16)))
  process.exit(0)
}

if (!existsSync(entry)) {
  console.error(`netiquette bench-hostile: ${entry} is missing; run \`npm run build\` first.`)
  process.exit(2)
}
const timeoutMs = Number(value('--timeout', 20)) * 1000
const only = value('--only', '')
const inputs = hostileInputs().filter((input) => input.name.includes(only))

console.log(`\n## Hostile input (${inputs.length} inputs × ${FORMATS.length} formats, ${SIZES.join('/')} KB, every rule on; per-size timeout ${timeoutMs / 1000} s)\n`)
const ordinary = await runChild('(ordinary reply)', 'text')
const ordinaryPerKb = ordinary.ordinaryPerKb
console.log(`ordinary reply: ${ordinary.ordinaryMs.toFixed(2)} ms for ${(ORDINARY_REPLY.length / 1024).toFixed(2)} KB = ${ordinaryPerKb.toFixed(2)} ms/KB (warm, best of 20)\n`)

const header = ['input', 'format', ...SIZES.map((s) => `${s} KB ms`), 'growth 8→16', 'ms/KB at 16 KB', '× ordinary/KB']
const rows = []
let worst = { growth: 0 }
for (const input of inputs) {
  for (const format of FORMATS) {
    const r = await runChild(input.name, format)
    const times = SIZES.map((kb) => r.times[kb])
    const last = times[times.length - 1]
    const prev = times[times.length - 2]
    const growth = typeof last === 'number' && typeof prev === 'number' ? last / Math.max(prev, 0.05) : undefined
    const perKb = typeof last === 'number' ? last / SIZES[SIZES.length - 1] : undefined
    // Below ~5 ms a doubling ratio is timer noise, not growth: flag only measurable ones.
    const flagged = growth === undefined ? r.timedOut : growth > 2.2 && last >= 5
    if (growth !== undefined && last >= 5 && growth > worst.growth) worst = { growth, name: `${input.name} (${format})` }
    rows.push([
      input.name,
      format,
      ...times.map((t) => (typeof t === 'number' ? fmt(t) : (t ?? (r.timedOut ? `>${timeoutMs / 1000} s` : r.error ? 'error' : '')))),
      growth === undefined ? (r.timedOut ? 'timeout' : '') : `${growth.toFixed(2)}x${flagged ? ' !' : ''}`,
      perKb === undefined ? '' : perKb.toFixed(2),
      perKb === undefined ? '' : `${(perKb / ordinaryPerKb).toFixed(1)}x`,
    ])
    if (r.error) console.error(`  ${input.name} (${format}): ${r.error}`)
  }
}
printTable(header, rows)
const over = rows.filter((row) => row[header.length - 3].endsWith('!') || row[header.length - 3] === 'timeout')
console.log(
  `\n${over.length === 0 ? 'every input grows ≤ 2.2x per doubling' : `${over.length} input/format pairs grow > 2.2x per doubling or time out (marked !)`}; worst measurable growth ${worst.growth ? `${worst.growth.toFixed(2)}x (${worst.name})` : 'n/a'}.`,
)

// ---------------------------------------------------------------------------------------------

function fmt(ms) {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2)
}

function printTable(head, body) {
  console.log(`| ${head.join(' | ')} |`)
  console.log(`|${head.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`)
  for (const row of body) console.log(`| ${row.join(' | ')} |`)
}

/** Runs one input × format in a child; kills it when a size takes longer than the timeout. */
function runChild(name, format) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [self, '--worker', name, '--format', format, '--dist', distDir, '--sizes', SIZES.join(',')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const result = { times: {}, timedOut: false, error: undefined }
    let buffer = ''
    let stderr = ''
    let timer
    const arm = () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        result.timedOut = true
        child.kill('SIGKILL')
      }, timeoutMs + 3000) // + the child's load time
    }
    arm()
    child.stdout.on('data', (chunk) => {
      buffer += chunk
      let nl
      while ((nl = buffer.indexOf('\n')) !== -1) {
        const line = buffer.slice(0, nl)
        buffer = buffer.slice(nl + 1)
        if (!line.startsWith('{')) continue
        const msg = JSON.parse(line)
        if (msg.kb !== undefined) result.times[msg.kb] = msg.ms
        Object.assign(result, msg.extra ?? {})
        arm()
      }
    })
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code) => {
      clearTimeout(timer)
      if (!result.timedOut && code !== 0) result.error = stderr.trim().split('\n').slice(-1)[0] || `exit ${code}`
      done(result)
    })
  })
}

async function worker(name, format) {
  const { createLinter } = await import(pathToFileURL(entry).href)
  const linter = createLinter(STRICT)
  const time = async (text, context, rounds) => {
    let best = Infinity
    for (let i = 0; i < rounds; i++) {
      const start = process.hrtime.bigint()
      await linter.lint(text, context)
      best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6)
    }
    return best
  }
  // Warm up every lazily loaded part (parsers, NLP) on an ordinary reply in each format.
  for (const f of FORMATS) {
    const { text, context } = draftFor(ORDINARY_REPLY, f)
    for (let i = 0; i < 5; i++) await linter.lint(text, context)
  }
  if (name === '(ordinary reply)') {
    const { text, context } = draftFor(ORDINARY_REPLY, 'text')
    const ms = await time(text, context, 20)
    process.stdout.write(`${JSON.stringify({ extra: { ordinaryMs: ms, ordinaryPerKb: ms / (ORDINARY_REPLY.length / 1024) } })}\n`)
    return
  }
  const input = hostileInputs().find((i) => i.name === name)
  for (const kb of SIZES) {
    const { text, context } = draftFor(input.make(kb * 1024), format)
    const first = await time(text, context, 1)
    // Quick runs are noisy: keep the best of a few.
    const ms = first < 50 ? Math.min(first, await time(text, context, 3)) : first
    process.stdout.write(`${JSON.stringify({ kb, ms })}\n`)
  }
}

/** Every input once at `kb` KB in one format, one JSON line `{ name, ms }` each, as it finishes. */
async function ceiling(format, kb) {
  const { createLinter } = await import(pathToFileURL(entry).href)
  const linter = createLinter(STRICT)
  const skip = new Set(args.flatMap((a, i) => (a === '--skip' ? [args[i + 1]] : [])))
  for (const input of hostileInputs().filter((i) => !skip.has(i.name))) {
    const { text, context } = draftFor(input.make(kb * 1024), format)
    const start = process.hrtime.bigint()
    await linter.lint(text, context)
    process.stdout.write(`${JSON.stringify({ name: input.name, ms: Number(process.hrtime.bigint() - start) / 1e6 })}\n`)
  }
}
