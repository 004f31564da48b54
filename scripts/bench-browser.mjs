#!/usr/bin/env node
/**
 * `npm run bench` (last step): netiquette's browser entry in headless Chromium.
 *
 *   node scripts/bench-browser.mjs [--drafts <n>] [--loads <n>]
 *
 * Bundles `netiquette` for the browser with esbuild (as an app would: ESM, code splitting,
 * minified) and reports every chunk's size, minified and gzipped. Then, in Chromium (fresh
 * profile, files served from 127.0.0.1), per page load (`--loads`, default 5; median and fastest reported):
 * fetching the core chunks, then their import() from the HTTP cache (parse, compile, evaluate),
 * createLinter({ language: 'en' }), the first lint of a typical
 * reply, and the compromise chunk's import when a draft first needs it. Warm lint: every reply of
 * test/fixtures/bench/replies.jsonl once, then `--drafts` (default 1,000) timed one by one: p50, p95.
 *
 * Budgets (issue 12): English core ≤ 200 KB gzipped without compromise; evaluation ≤ 150 ms;
 * first lint ≤ 50 ms; warm lint ≤ 2 ms p50. Over budget: exit 1. No Chromium: sizes only.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundleForBrowser, findChromium, launchChromium, serveStatic } from './browser-kit.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(name)
  return i !== -1 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback
}
const DRAFTS = option('--drafts', 1000)
const LOADS = Math.max(1, option('--loads', 5))
const BUDGET = { coreGzip: 200 * 1024, evaluation: 150, firstLint: 50, warmP50: 2 }

const dir = mkdtempSync(join(tmpdir(), 'netiquette-bench-browser-'))

/** The entry chunk and every chunk it imports statically: what a page loads before its first lint. */
function coreOf(chunks, entry) {
  const byFile = new Map(chunks.map((c) => [c.file, c]))
  const seen = new Set()
  const visit = (file) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const next of byFile.get(file)?.imports ?? []) visit(next)
  }
  visit(entry)
  return chunks.filter((c) => seen.has(c.file))
}

function sum(chunks, key) {
  return chunks.reduce((total, c) => total + c[key], 0)
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

/** A chunk's file name with what it holds (dist/browser's chunks are named after their entry module). */
function label(file) {
  const holds = [
    [/^netiquette\.js$/, 'engine, rules, word lists'],
    [/two-/, 'compromise'],
    [/franc-min-/, 'franc-min'],
    [/markdown-parser-/, 'remark-parse'],
    [/html-parser-/, 'rehype-parse, parse5'],
  ].find(([pattern]) => pattern.test(file.split('/').pop()))
  return holds ? holds[1] : 'shared'
}

function printSizes(chunks, core) {
  console.log('\n## Browser bundle (esbuild, ESM, splitting, minified)\n')
  console.log(`${'chunk'.padEnd(26)} ${'min'.padStart(9)} ${'gzip'.padStart(9)}  ${'loaded'.padEnd(13)}  file`)
  for (const c of chunks) {
    const when = core.includes(c) ? 'at import' : 'on first need'
    console.log(`${label(c.file).padEnd(26)} ${kb(c.bytes).padStart(9)} ${kb(c.gzip).padStart(9)}  ${when.padEnd(13)}  ${c.file}`)
  }
  const ok = sum(core, 'gzip') <= BUDGET.coreGzip
  console.log(`\ncore (loaded at import): ${kb(sum(core, 'bytes'))} min, ${kb(sum(core, 'gzip'))} gzip (budget ${kb(BUDGET.coreGzip)} gzip: ${ok ? 'ok' : 'OVER'})`)
}

async function measure(drafts, core) {
  const browser = await launchChromium()
  const server = await serveStatic(dir, { cache: true, isolated: true })
  try {
    const loads = []
    for (let i = 0; i < LOADS; i++) {
      const page = await browser.context.newPage()
      await page.goto(`${server.url}index.html`)
      await page.addScriptTag({ url: 'bench.js', type: 'module' })
      await page.waitForFunction(() => 'bench' in globalThis)
      loads.push(await page.evaluate(([drafts, count, warm, core]) => globalThis.bench(drafts, count, warm, core), [drafts, DRAFTS, i === LOADS - 1, core]))
      await page.close()
    }
    return { loads, userAgent: await browser.context.browser()?.version() }
  } finally {
    await server.close()
    await browser.close()
  }
}

// Runs in the page (cross-origin isolated: performance.now() to 5 µs).
const PAGE = `window.bench = async (drafts, count, warm, core) => {
  // Fetch the core chunks into the HTTP cache first (a fresh page each load, so V8 has no code
  // cache for them): import() then times parsing, compiling and evaluating, not the network.
  const fetchStart = performance.now()
  await Promise.all(core.map((file) => fetch('./' + file).then((r) => r.arrayBuffer())))
  const start = performance.now()
  const netiquette = await import('./netiquette.js')
  const imported = performance.now()
  const linter = netiquette.createLinter({ language: 'en' })
  const created = performance.now()
  await linter.lint(drafts[0].text, drafts[0].context)
  const firstLint = performance.now() - created
  const before = performance.now()
  await netiquette.loadCompromise()
  const compromise = performance.now() - before
  if (!crossOriginIsolated) throw new Error('bench page is not cross-origin isolated')
  const out = { fetchMs: start - fetchStart, evaluationMs: imported - start, createMs: created - imported, firstLintMs: firstLint, compromiseMs: compromise }
  if (!warm) return out
  for (const d of drafts) await linter.lint(d.text, d.context)
  const times = []
  for (let i = 0; i < count; i++) {
    const d = drafts[i % drafts.length]
    const t = performance.now()
    await linter.lint(d.text, d.context)
    times.push(performance.now() - t)
  }
  return { ...out, times }
}
`

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function report({ loads, userAgent }) {
  const ms = (n) => `${n.toFixed(n < 10 ? 2 : 1)} ms`
  const of = (key) => median(loads.map((l) => l[key]))
  const best = (key) => Math.min(...loads.map((l) => l[key]))
  const times = loads.at(-1).times
  // [name, median, fastest load (undefined: one sample), budget]
  const rows = [
    ['fetch core chunks (loopback)', of('fetchMs'), best('fetchMs'), undefined],
    ['import (parse + compile + evaluate)', of('evaluationMs'), best('evaluationMs'), BUDGET.evaluation],
    ['createLinter({ language: "en" })', of('createMs'), best('createMs'), undefined],
    ['first lint (typical reply)', of('firstLintMs'), best('firstLintMs'), BUDGET.firstLint],
    ['compromise chunk import (first need)', of('compromiseMs'), best('compromiseMs'), undefined],
    [`warm lint p50 (${times.length} replies)`, percentile(times, 50), undefined, BUDGET.warmP50],
    [`warm lint p95`, percentile(times, 95), undefined, undefined],
    [`warm lint mean`, times.reduce((a, b) => a + b, 0) / times.length, undefined, undefined],
  ]
  // The timings scale with how busy the machine is: say so next to them.
  console.log(`\n## Chromium ${userAgent ?? ''} (headless; ${loads.length} page loads; load average ${loadavg()[0].toFixed(1)})\n`)
  console.log(`${''.padEnd(40)} ${'median'.padStart(10)} ${'fastest'.padStart(10)}`)
  let over = false
  for (const [name, value, fastest, budget] of rows) {
    // Budgets hold for the median: one quiet page load is not the experience.
    const verdict = budget === undefined ? '' : value <= budget ? `budget ${budget} ms: ok` : `budget ${budget} ms: OVER`
    if (budget !== undefined && value > budget) over = true
    console.log(`${name.padEnd(40)} ${ms(value).padStart(10)} ${(fastest === undefined ? '' : ms(fastest)).padStart(10)}  ${verdict}`)
  }
  return over
}

// Last: the helpers and the page script above are initialised by now.
async function main() {
  try {
    const { chunks } = await bundleForBrowser({ absWorkingDir: root, entryPoints: { netiquette: 'netiquette' }, outdir: dir })
    const core = coreOf(chunks, 'netiquette.js')
    printSizes(chunks, core)
    let failed = sum(core, 'gzip') > BUDGET.coreGzip

    const chromium = findChromium()
    if (!chromium) {
      console.log('\nbench-browser: no Chromium found (apt-get install chromium, or set NETIQUETTE_CHROMIUM): timings skipped')
    } else {
      const drafts = readFileSync(join(root, 'test/fixtures/bench/replies.jsonl'), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line))
        .map((r) => ({ text: r.reply, context: { channel: r.channel, ...(r.customer ? { customer: { message: r.customer } } : {}) } }))
      writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>\n')
      writeFileSync(join(dir, 'bench.js'), PAGE)
      const timings = await measure(
        drafts,
        core.map((c) => c.file),
      )
      failed = report(timings) || failed
    }
    if (failed) {
      console.log('\nbench-browser: over budget')
      process.exitCode = 1
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
