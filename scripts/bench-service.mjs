#!/usr/bin/env node
/**
 * `npm run bench` (service part): `netiquette serve` under load on the loopback address, next to the
 * library called in-process on the same drafts.
 *
 *   node scripts/bench-service.mjs [--requests <n>] [--soak <n>] [--workers <n>]
 *
 * For 1, 8 and 64 concurrent clients (keep-alive connections, one request at a time each): replies per
 * second and p50/p99 latency over --requests requests (default 4,000). In-process: `linter.lintSync`
 * on the same drafts, one after another. Soak: --soak requests (default 100,000) at 8 clients, and the
 * service's RSS (from /proc) before and after. Every loop is bounded in count and in time (60 s per
 * row, 180 s for the soak), and talks only to 127.0.0.1.
 */
import { spawn } from 'node:child_process'
import { readFileSync, existsSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { join, dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const value = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback
}
const REQUESTS = value('--requests', 4000)
const SOAK = value('--soak', 100_000)
const WORKERS = value('--workers', undefined)

const drafts = readFileSync(join(repo, 'test', 'fixtures', 'bench', 'replies.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .map((r) => ({ text: r.reply, context: { channel: r.channel, ...(r.customer ? { customer: { message: r.customer } } : {}) } }))
const bodies = drafts.map((d) => JSON.stringify(d))

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const fmt = (ms) => ms.toFixed(2)

// --- in-process library ---------------------------------------------------------------------------
const { createLinter } = await import(pathToFileURL(join(repo, 'dist', 'src', 'index.js')).href)
const linter = createLinter({})
for (let i = 0; i < 2000; i++) linter.lintSync(drafts[i % drafts.length].text, drafts[i % drafts.length].context)
const local = []
const localStart = process.hrtime.bigint()
for (let i = 0; i < REQUESTS; i++) {
  const d = drafts[i % drafts.length]
  const t = process.hrtime.bigint()
  linter.lintSync(d.text, d.context)
  local.push(Number(process.hrtime.bigint() - t) / 1e6)
}
const localSeconds = Number(process.hrtime.bigint() - localStart) / 1e9
local.sort((a, b) => a - b)

// --- the service ----------------------------------------------------------------------------------
const bin = join(repo, 'bin', 'netiquette.cjs')
if (!existsSync(bin)) throw new Error('run `npm run build` first')
const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...(WORKERS ? ['--workers', String(WORKERS)] : [])], { stdio: ['ignore', 'ignore', 'pipe'] })
let err = ''
const base = await new Promise((resolveBase, reject) => {
  const timer = setTimeout(() => reject(new Error(`service did not start: ${err}`)), 30_000)
  child.stderr.on('data', (chunk) => {
    err += chunk
    const match = /listening on http:\/\/([\d.]+):(\d+)/.exec(err)
    if (match) {
      clearTimeout(timer)
      resolveBase({ host: match[1], port: Number(match[2]) })
    }
  })
})

function post(agent, body) {
  return new Promise((resolvePost, reject) => {
    const req = request({ host: base.host, port: base.port, path: '/v1/lint', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume()
      res.on('end', () => (res.statusCode === 200 ? resolvePost() : reject(new Error(`status ${res.statusCode}`))))
    })
    req.on('error', reject)
    req.end(body)
  })
}

async function load(clients, total, limitMs) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients })
  const latencies = []
  let next = 0
  const deadline = Date.now() + limitMs
  const started = process.hrtime.bigint()
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total && Date.now() < deadline) {
        const body = bodies[next++ % bodies.length]
        const t = process.hrtime.bigint()
        await post(agent, body)
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6)
      }
    }),
  )
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  agent.destroy()
  latencies.sort((a, b) => a - b)
  return { n: latencies.length, perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) }
}

const rss = () => {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024
}

await load(8, 2000, 30_000) // warm every worker
console.log(`netiquette serve on 127.0.0.1 (${WORKERS ?? 'one worker per core'}), ${drafts.length} synthetic replies (test/fixtures/bench)\n`)
console.log('clients  requests  replies/s   p50 ms   p99 ms')
console.log(`in-proc  ${String(REQUESTS).padStart(8)}  ${(REQUESTS / localSeconds).toFixed(0).padStart(9)}  ${fmt(percentile(local, 50)).padStart(7)}  ${fmt(percentile(local, 99)).padStart(7)}   (lintSync, one thread)`)
for (const clients of [1, 8, 64]) {
  const r = await load(clients, REQUESTS, 60_000)
  console.log(`${String(clients).padStart(7)}  ${String(r.n).padStart(8)}  ${r.perSecond.toFixed(0).padStart(9)}  ${fmt(r.p50).padStart(7)}  ${fmt(r.p99).padStart(7)}`)
}
const before = rss()
const soak = await load(8, SOAK, 180_000)
const after = rss()
console.log(`\nsoak: ${soak.n} requests at 8 clients, ${soak.perSecond.toFixed(0)}/s; service RSS ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after`)
child.kill('SIGTERM')
