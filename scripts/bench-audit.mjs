// `netiquette audit` throughput and memory (part of `npm run bench`; needs `npm run build`):
// 1. the real replies of ../shared/data/cs-replies-twcs at 1 and 2 threads (when the data is there);
// 2. a generated corpus of BENCH_AUDIT_SCALE_REPLIES (default 100,000) replies at 1 and 2 threads:
//    each thread's fixed warm-up (loading the rules, V8 compiling the hot code: about the first
//    30,000 replies on two busy cores) still weighs on the end-to-end ratio here, not on the second half's;
// 3. a generated corpus of BENCH_AUDIT_REPLIES (default 1,000,000) at one thread per core, for
//    throughput and peak RSS on a large export (BENCH_AUDIT_KEEP=path keeps that file;
//    BENCH_AUDIT_LARGE_ONE_THREAD=1 runs it on one thread too, for the ratio at that scale).
// The generated corpora are in the generic JSONL shape, built from the real replies (customer
// message, reply, synthetic timestamps, channels and follow-ups), written to a temp folder,
// streamed through the audit, then deleted.
// Each run is a child process, so its peak RSS (main thread plus workers) is its own.
// Prints Markdown tables: per run (with the throughput of the run's second half: the rate a long
// audit keeps once every thread is warm), and per thread (replies linted, event-loop utilization: the
// share of its life the thread was busy, CPU time of that thread, start-up until its linter was
// ready). Throughput counts the whole run (thread start-up included). On a machine shared with
// other jobs, wall-time ratios mean little: CPU time per reply per thread and idle time
// (1 - ELU) still say whether the threads scale.
import { spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { once } from 'node:events'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const runModule = pathToFileURL(join(root, 'dist', 'src', 'audit', 'run.js')).href

// Child mode: run one audit and print its numbers as JSON.
if (process.argv[2] === '--child') {
  const [, , , workers, ...files] = process.argv
  // As the CLI runs it: with threads or a large export, on a coordinating thread of its own (capped heap).
  const { runAudit } = await import(runModule)
  const { runAuditIsolated } = await import(runModule.replace(/run\.js$/, 'isolated.js'))
  const { SMALL_EXPORT_BYTES } = await import(runModule.replace(/run\.js$/, 'command.js'))
  const { tuneV8ForAudit } = await import(runModule.replace(/audit\/run\.js$/, 'v8-flags.js'))
  tuneV8ForAudit()
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0)
  // Progress marks (time, replies linted): the throughput of the run's second half, once every
  // thread has loaded the rules and V8 has compiled the hot code, is the rate a long audit keeps.
  const started = performance.now()
  const marks = []
  const progress = () => ({ update: (_bytes, replies) => marks.push([performance.now() - started, replies]), done: () => {} })
  const run = await (Number(workers) > 1 || bytes >= SMALL_EXPORT_BYTES ? runAuditIsolated : runAudit)(files, { config: { sla: { firstResponse: '4 hours' } }, workers: Number(workers), redact: true, threadStats: true, progress })
  const usage = process.resourceUsage()
  const half = marks.find(([, replies]) => replies >= run.summary.replies / 2)
  const last = marks.at(-1)
  const secondHalfRate = half && last && last[1] > half[1] ? (1000 * (last[1] - half[1])) / (last[0] - half[0]) : undefined
  process.stdout.write(JSON.stringify({ replies: run.summary.replies, elapsedMs: run.elapsedMs, secondHalfRate, maxRssMb: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, threads: run.threads }) + '\n')
  process.exit(0)
}

if (!existsSync(runModule.replace('file://', ''))) {
  console.error('bench-audit: dist/ is missing; run `npm run build` first')
  process.exit(2)
}

function audit(workers, files) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', String(workers), ...files], { encoding: 'utf8', maxBuffer: 1 << 20 })
  if (r.status !== 0) throw new Error(`audit run failed: ${r.stderr}`)
  return JSON.parse(r.stdout.trim().split('\n').pop())
}

const rows = []
const threadRows = []
const fmt = (n) => n.toLocaleString('en')
const row = (what, workers, r, bytes) => {
  rows.push(
    `| ${what} | ${workers} | ${fmt(r.replies)} | ${(r.elapsedMs / 1000).toFixed(1)} s | ${fmt(Math.round((1000 * r.replies) / r.elapsedMs))} | ${r.secondHalfRate ? fmt(Math.round(r.secondHalfRate)) : 'n/a'} | ${(r.cpuMs / 1000).toFixed(1)} s | ${Math.round(r.maxRssMb)} MB | ${(bytes / 1e6).toFixed(0)} MB |`,
  )
  for (const t of r.threads ?? []) {
    threadRows.push(
      `| ${what} | ${workers} | ${t.thread} | ${fmt(t.replies)} | ${t.elu.toFixed(2)} | ${t.cpuMs !== undefined ? `${(t.cpuMs / 1000).toFixed(2)} s` : 'n/a'} | ${t.cpuMs !== undefined && t.replies ? (t.cpuMs / t.replies).toFixed(3) : 'n/a'} | ${Math.round(t.startupMs)} ms |`,
    )
  }
}
const ratio = (what, one, two) =>
  rows.push(
    `| ${what}: 2 threads vs 1 | | | ${(one.elapsedMs / two.elapsedMs).toFixed(2)}x | | ${one.secondHalfRate && two.secondHalfRate ? `${(two.secondHalfRate / one.secondHalfRate).toFixed(2)}x` : ''} | ${(two.cpuMs / one.cpuMs).toFixed(2)}x CPU | | |`,
  )
const cores = availableParallelism()

const twcs = join(root, '..', 'shared', 'data', 'cs-replies-twcs', 'replies.jsonl')
const realFiles = [twcs, join(root, '..', 'shared', 'data', 'cs-replies-ibm-twitter-cdp', 'replies.jsonl')].filter((f) => existsSync(f))
if (existsSync(twcs)) {
  const one = audit(1, [twcs])
  const two = audit(2, [twcs])
  row('cs-replies-twcs (real)', 1, one, statSync(twcs).size)
  row('cs-replies-twcs (real)', 2, two, statSync(twcs).size)
  ratio('cs-replies-twcs', one, two)
} else {
  console.log('bench-audit: ../shared/data/cs-replies-twcs not found: real-data runs skipped')
}

// ---------- the generated corpora ----------
const pairs = []
for (const file of realFiles) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const r = JSON.parse(line)
    const company = r.metadata?.company ?? 'Support'
    const initials = /(?:^|\s)[/^*-] ?([A-Z]{2,4})\s?(?:https?:\/\/\S{1,40})?\s?$/.exec(r.reply.slice(-60))?.[1]
    pairs.push({ customer: r.customer, reply: r.reply, agent: initials ? `${company} /${initials}` : company })
  }
}
const customers = pairs.filter((p) => p.customer).map((p) => p.customer)

/** Writes `target` generated replies to `file`; the same corpus every time. */
async function generate(file, target) {
  const out = createWriteStream(file)
  const write = async (obj) => {
    if (!out.write(JSON.stringify(obj) + '\n')) await once(out, 'drain')
  }
  // Deterministic pseudo-random numbers (xorshift) so every run generates the same corpus.
  let seed = 20171031
  const rand = () => {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    return (seed >>> 0) / 4294967296
  }
  const channels = ['email', 'chat', 'social', 'web']
  let replies = 0
  let t = Date.parse('2026-01-05T08:00:00Z')
  for (let c = 0; replies < target; c++) {
    const id = `conv-${c}`
    const channel = channels[Math.floor(rand() * channels.length)]
    // One exchange, a third of conversations two. No customer names: the real replies greet real people,
    // and a made-up name would turn every greeting into a wrong-name finding.
    const turns = rand() < 0.33 ? 2 : 1
    t += Math.floor(rand() * 20_000)
    let at = t
    for (let k = 0; k < turns && replies < target; k++) {
      const p = pairs[(c * 7 + k) % pairs.length]
      await write({ conversation_id: id, message_id: `${id}-c${k}`, created_at: new Date(at).toISOString(), author_role: 'customer', channel, body: p.customer ?? customers[c % customers.length] })
      // Response delays from a minute to a day and a half, skewed short as real queues are.
      at += Math.floor(60_000 + 129_600_000 * rand() ** 4)
      await write({ conversation_id: id, message_id: `${id}-a${k}`, created_at: new Date(at).toISOString(), author_role: 'agent', author_name: p.agent, channel, body: p.reply })
      replies++
      at += Math.floor(rand() * 3_600_000)
    }
  }
  out.end()
  await once(out, 'close')
  return replies
}

const scaleTarget = Number(process.env.BENCH_AUDIT_SCALE_REPLIES ?? 100_000)
const target = Number(process.env.BENCH_AUDIT_REPLIES ?? 1_000_000)
if (pairs.length === 0) {
  console.log('bench-audit: no real replies to build the generated corpora from (../shared/data missing): skipped')
} else {
  const dir = mkdtempSync(join(tmpdir(), 'netiquette-bench-audit-'))
  try {
    if (scaleTarget > 0) {
      const file = join(dir, 'scale.jsonl')
      const replies = await generate(file, scaleTarget)
      const what = `generated, ${fmt(replies)} replies`
      const one = audit(1, [file])
      const two = audit(2, [file])
      row(what, 1, one, statSync(file).size)
      row(what, 2, two, statSync(file).size)
      ratio(what, one, two)
      rmSync(file)
    }
    if (target > 0) {
      const file = process.env.BENCH_AUDIT_KEEP || join(dir, 'conversations.jsonl')
      const started = performance.now()
      const replies = await generate(file, target)
      const bytes = statSync(file).size
      console.log(`bench-audit: generated ${fmt(replies)} replies (${(bytes / 1e6).toFixed(0)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`)
      const what = `generated corpus, ${fmt(replies)} replies`
      const all = audit(cores, [file])
      // BENCH_AUDIT_LARGE_ONE_THREAD=1 runs it on one thread too (about 4.5 minutes on a 2-core machine): the ratio at scale.
      const one = process.env.BENCH_AUDIT_LARGE_ONE_THREAD === '1' && cores > 1 ? audit(1, [file]) : undefined
      if (one) row(what, 1, one, bytes)
      row(what, cores, all, bytes)
      if (one) ratio(what, one, all)
    } else {
      console.log('bench-audit: BENCH_AUDIT_REPLIES=0: the large generated corpus skipped')
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

console.log(`\n## netiquette audit (${cores} cores, load average ${loadavg()[0].toFixed(1)} at the end)\n`)
console.log('| input | threads | replies | time | replies/s | replies/s, second half | CPU (all threads) | peak RSS | file |')
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
for (const r of rows) console.log(r)
console.log('\n| input | threads | thread | replies linted | ELU | thread CPU | CPU ms per reply | start-up |')
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
for (const r of threadRows) console.log(r)
