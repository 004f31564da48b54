#!/usr/bin/env node
/**
 * Whole-document scale (issues 17 and 18): does linting grow linearly with the size of the input?
 *
 *   node scripts/bench-large.mjs [--sizes 1,5] [--formats text,markdown,html] [--corpora 10000,20000,100000]
 *                                [--timeout 300] [--no-drafts] [--no-templates]
 *
 * Drafts: 1 MB and 5 MB drafts in text, Markdown and HTML built from the realistic replies in
 * test/fixtures/bench/replies.jsonl (paragraphs, headings, lists, quotes, links, a code fence now
 * and then), each linted by `lintSync` (recommended rules) in its own child process: lint time and
 * the child's peak RSS (`process.resourceUsage().maxRSS`). Targets: 5 MB within 6x the 1 MB time,
 * peak RSS under 1 GB at 5 MB.
 *
 * Template corpora: `netiquette templates` (the bundled CLI) on JSONL corpora of 10k, 20k and 100k
 * generated templates that share sentences as real macros do (a few greetings and closings, stock
 * paragraphs reused by hundreds of templates, plus a few sentences of their own; one in 20 is an
 * earlier template with a sentence added, a near-duplicate to report). Targets: 100k in
 * under 2 minutes, near-linear growth.
 *
 * Every input has its own timeout (default 300 s): a run that does not finish prints ">300 s".
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { mulberry32 as rng } from './seeded-random.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const self = fileURLToPath(import.meta.url)
const args = process.argv.slice(2)
const arg = (name, fallback) => {
  const i = args.indexOf(name)
  return i === -1 || args[i + 1] === undefined ? fallback : args[i + 1]
}
const MB = 1 << 20

// ---------------------------------------------------------------------------------------------
// Deterministic inputs

function replies() {
  return readFileSync(join(root, 'test/fixtures/bench/replies.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line).reply)
}

/** Sentences of the fixture replies (the pool both generators draw from). */
function sentences() {
  const out = []
  for (const reply of replies()) for (const s of reply.split(/(?<=[.!?])\s+/)) if (s.length > 20) out.push(s.replace(/\s+/g, ' '))
  return out
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A draft of about `bytes` UTF-8 bytes in `format`, made of reply paragraphs. */
export function largeDraft(format, bytes, seed = 1) {
  const r = rng(seed)
  const pool = replies()
  const pick = () => pool[Math.floor(r() * pool.length)]
  const parts = []
  let size = 0
  const push = (s) => {
    parts.push(s)
    size += Buffer.byteLength(s) + 2
  }
  if (format === 'html') push('<html><body>')
  for (let n = 0; size < bytes; n++) {
    const kind = n % 10
    if (format === 'text') {
      push(kind === 9 ? `> ${pick()}` : pick())
    } else if (format === 'markdown') {
      if (kind === 0) push(`## Update ${n / 10 + 1}`)
      else if (kind === 3) push(`- ${pick()}\n- ${pick()}\n- ${pick()}`)
      else if (kind === 5) push(`> ${pick()}`)
      else if (kind === 7) push(`See [the help centre](https://help.example.com/a/${n}) or **reply** to this _email_: ${pick()}`)
      else if (kind === 8 && n % 50 === 8) push('```\nerror 502: upstream timed out\nretry-after: 30\n```')
      else push(pick())
    } else {
      if (kind === 0) push(`<h2>Update ${n / 10 + 1}</h2>`)
      else if (kind === 3) push(`<ul><li>${esc(pick())}</li><li>${esc(pick())}</li></ul>`)
      else if (kind === 5) push(`<blockquote>${esc(pick())}</blockquote>`)
      else if (kind === 7) push(`<p>See <a href="https://help.example.com/a/${n}">the help centre</a> or <b>reply</b>:<br>${esc(pick())}</p>`)
      else push(`<p>${esc(pick())}</p>`)
    }
  }
  if (format === 'html') push('</body></html>')
  return parts.join('\n\n')
}

/**
 * `n` templates sharing sentences as a macro library does: 6 greetings, 8 openers, 6 closings and
 * 4 sign-offs; one or two of 400 stock paragraphs (each used by ~n/200 templates); and two or three
 * sentences of the template's own drawn from ~9,000 fixture sentences. One in 20 repeats an
 * earlier template with a sentence added (a near-duplicate).
 */
export function sharedSentenceCorpus(n, seed = 7) {
  const r = rng(seed)
  const pool = sentences()
  const pick = (list) => list[Math.floor(r() * list.length)]
  const greetings = ['Hi {{first_name}},', 'Hello {{ticket.requester.first_name}},', 'Hi {{first_name}}!', 'Hello,', 'Hi there,', 'Good morning {{first_name}},']
  const openers = [
    'Thanks for reaching out to us.',
    'Thank you for contacting our support team.',
    'Thanks for getting in touch about this.',
    'I am sorry to hear about the trouble you had.',
    'Thank you for your patience while we looked into this.',
    'Thanks for letting us know.',
    'Thanks for the details you sent.',
    'I appreciate you taking the time to write to us.',
  ]
  const closings = [
    'If you have any other questions, just reply to this email.',
    'Let us know if there is anything else we can help with.',
    'We are here if you need anything else.',
    'Please reply to this message if the problem comes back.',
    'Have a great rest of your day.',
    'Thanks again for your patience.',
  ]
  const signoffs = ['Best,\n{{current_user.first_name}}', 'Kind regards,\n{{current_user.name}}', 'Thanks,\nThe Support Team', 'Cheers,\n{{current_user.first_name}}']
  const stock = Array.from({ length: 400 }, () => `${pick(pool)} ${pick(pool)} ${pick(pool)}`)
  const out = []
  for (let i = 0; i < n; i++) {
    // One template in 20 is an earlier one with a sentence added: a near-duplicate to report.
    if (i % 20 === 19) {
      out.push({ id: `macro-${i + 1}`, title: `Macro ${i + 1}`, body: out[Math.floor(r() * i)].body.replace('\n\n', '\n\nThanks for your patience. ') })
      continue
    }
    const own = Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(pool)).join(' ')
    const paragraphs = [pick(stock)]
    if (r() < 0.5) paragraphs.push(pick(stock))
    const body = `${pick(greetings)}\n\n${pick(openers)} ${own}\n\n${paragraphs.join('\n\n')}\n\n${pick(closings)}\n\n${pick(signoffs)}`
    out.push({ id: `macro-${i + 1}`, title: `Macro ${i + 1}`, body })
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Children

async function childDraft(format, mb) {
  const { createLinter } = await import(pathToFileURL(join(root, 'dist/src/index.js')).href)
  const text = largeDraft(format, Math.round(mb * MB))
  const linter = createLinter({})
  linter.lintSync('Hi Maria, thanks for writing. Your order ships on Friday.', { format })
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const result = linter.lintSync(text, { format })
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, findings: result.messages.length, chars: text.length, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
}

function runChild(argv, timeoutS) {
  const t0 = performance.now()
  const run = spawnSync(process.execPath, argv, { encoding: 'utf8', timeout: timeoutS * 1000, killSignal: 'SIGKILL', maxBuffer: 1 << 26, cwd: root })
  const wallMs = performance.now() - t0
  if (run.error?.code === 'ETIMEDOUT' || run.signal === 'SIGKILL') return { timedOut: true, wallMs }
  return { run, wallMs }
}

// ---------------------------------------------------------------------------------------------
// Orchestrator

const isMain = process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url
if (!isMain) {
  // imported for its generators (test/scale.test.ts)
} else if (args[0] === '--child-draft') {
  await childDraft(args[1], Number(args[2]))
} else {
  if (!existsSync(join(root, 'dist/src/index.js')) || !existsSync(join(root, 'bin/netiquette.cjs'))) {
    console.error('bench-large: run `npm run build` first (dist/ or bin/ is missing)')
    process.exit(2)
  }
  const timeoutS = Number(arg('--timeout', '300'))
  const over = `>${timeoutS} s`
  const fmt = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`)
  console.log(`\n## Large inputs (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; each input in its own process, timeout ${timeoutS} s)`)

  if (!args.includes('--no-drafts')) {
    const sizes = String(arg('--sizes', '1,5')).split(',').map(Number)
    const formats = String(arg('--formats', 'text,markdown,html')).split(',')
    console.log('\n| draft | size | lint time (wall) | lint time (CPU) | peak RSS | findings | growth vs first size (CPU) |')
    console.log('|---|---:|---:|---:|---:|---:|---:|')
    for (const format of formats) {
      let first
      for (const mb of sizes) {
        const { run, timedOut } = runChild([self, '--child-draft', format, String(mb)], timeoutS)
        if (timedOut || run.status !== 0) {
          console.log(`| ${format} | ${mb} MB | ${timedOut ? over : `failed (${run.status}): ${run.stderr.trim().split('\n').at(-1)}`} | | | | |`)
          continue
        }
        const r = JSON.parse(run.stdout)
        first ??= { mb, cpuMs: r.cpuMs }
        const growth = mb === first.mb ? '' : `${(r.cpuMs / first.cpuMs).toFixed(1)}x for ${mb / first.mb}x the size`
        console.log(`| ${format} | ${mb} MB | ${fmt(r.ms)} | ${fmt(r.cpuMs)} | ${r.maxRssMb.toFixed(0)} MB | ${r.findings} | ${growth} |`)
      }
    }
    console.log('targets: 5 MB within 6x the 1 MB time; peak RSS < 1 GB at 5 MB')
  }

  if (!args.includes('--no-templates')) {
    const counts = String(arg('--corpora', '10000,20000,100000')).split(',').map(Number)
    const dir = mkdtempSync(join(tmpdir(), 'netiquette-bench-large-'))
    try {
      // The CLI's own peak RSS, written when it exits (spawnSync reports no rusage for the child).
      const preload = join(dir, 'rss.cjs')
      // The CLI's own peak RSS and CPU time, written when it exits (spawnSync reports no rusage).
      writeFileSync(preload, "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeFileSync(process.env.NETIQUETTE_BENCH_RSS, JSON.stringify({ rss: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1000 })) })\n")
      console.log('\n| `netiquette templates` | corpus size | wall time | CPU time | peak RSS | findings (near-duplicate) | CPU per 10k templates |')
      console.log('|---|---:|---:|---:|---:|---:|---:|')
      for (const n of counts) {
        const file = join(dir, `macros-${n}.jsonl`)
        writeFileSync(
          file,
          sharedSentenceCorpus(n)
            .map((t) => JSON.stringify(t))
            .join('\n') + '\n',
        )
        const size = readFileSync(file).length
        const rssFile = join(dir, `rss-${n}`)
        process.env.NETIQUETTE_BENCH_RSS = rssFile
        const report = join(dir, `report-${n}.json`)
        const { run, timedOut, wallMs } = runChild(['-r', preload, join(root, 'bin/netiquette.cjs'), 'templates', file, '--format', 'json', '--output', report], timeoutS)
        if (timedOut || (run.status !== 0 && run.status !== 1)) {
          console.log(`| shared sentences | ${n.toLocaleString('en')} (${(size / MB).toFixed(0)} MB) | ${timedOut ? over : `failed (${run.status}): ${run.stderr.trim().split('\n').at(-1)}`} | | | | |`)
          continue
        }
        const { files } = JSON.parse(readFileSync(report, 'utf8'))
        const messages = files.flatMap((f) => f.messages)
        const near = messages.filter((m) => m.ruleId === 'near-duplicate').length
        const usage = JSON.parse(readFileSync(rssFile, 'utf8'))
        console.log(`| shared sentences | ${n.toLocaleString('en')} (${(size / MB).toFixed(0)} MB) | ${fmt(wallMs)} | ${fmt(usage.cpu)} | ${(usage.rss / 1024).toFixed(0)} MB | ${messages.length} (${near}) | ${fmt((usage.cpu / n) * 10000)} |`)
      }
      console.log('targets: 100k templates < 2 minutes, CPU per 10k templates about constant (wall times include waiting for a busy CPU)')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
