/**
 * One audit run: streams the exports, lints every agent message in its context (on this thread, or
 * on the worker threads), adds the outcomes up and writes the per-message CSV as it goes. Memory stays
 * flat: at most a few batches are in flight, and reading waits for them. The files are read in the
 * order given, as one stream of conversations: a conversation may go on in a later file.
 */
import { createWriteStream, type WriteStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { once } from 'node:events'
import { UsageError } from '../errors.js'
import type { Config } from '../types.js'
import { Aggregator } from './aggregate.js'
import { ContextBuilder } from './context.js'
import { inShard } from './hash.js'
import { startLinting } from './pool.js'
import { taskOf } from './lint.js'
import { readExport } from './readers/index.js'
import { MESSAGE_HEADER, messageRow } from './report-csv.js'
import type { Progress } from './progress.js'
import type { Summary } from './summary.js'
import type { AuditRecord, LintOutcome } from './types.js'
import { slaSeconds } from './sla.js'
import type { ThreadStats } from './thread-stats.js'

/** Longer "replies" are whole quoted threads or attachments pasted in; they would need the worker's heap many times over. */
export const MAX_REPLY_CHARS = 100_000

export interface AuditOptions {
  config: Config
  /** Threads linting: this one alone when 1, else that many worker threads (this one reads and adds up). */
  workers: number
  shard?: { index: number; count: number }
  redact: boolean
  /** Where the per-message CSV goes (none when undefined). */
  messagesCsv?: string
  progress?: (totalBytes: number) => Progress
  batchSize?: number
  /** Collect per-thread figures (the benchmark's). */
  threadStats?: boolean
}

export interface AuditRun {
  summary: Summary
  elapsedMs: number
  threads?: ThreadStats[]
}

export async function runAudit(paths: readonly string[], options: AuditOptions): Promise<AuditRun> {
  const started = performance.now()
  // First: the workers' start-up (loading the rules) overlaps opening the files.
  const starting = startLinting(options.config, options.workers)
  starting.catch(() => {})
  let totalBytes = 0
  for (const path of paths) {
    const info = await stat(path).catch(async (error: NodeJS.ErrnoException) => {
      await (await starting).close()
      throw new UsageError(`cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`)
    })
    if (!info.isFile()) {
      await (await starting).close()
      throw new UsageError(`${path} is not a file`)
    }
    totalBytes += info.size
  }
  const sla = options.config.sla?.firstResponse
  const aggregator = new Aggregator({ redact: options.redact, sla: sla ? { firstResponse: sla, firstResponseSeconds: slaSeconds(sla) } : {} })
  const shard = options.shard
  const keep = shard ? (id: string) => inShard(id, shard.index, shard.count) : undefined
  const counter = { bytes: 0 }
  const progress = options.progress?.(totalBytes)
  const csv = options.messagesCsv ? createWriteStream(options.messagesCsv) : undefined
  const csvFailed = csv ? new Promise<never>((_, reject) => csv.on('error', (e) => reject(new UsageError(`cannot write ${options.messagesCsv}: ${e.message}`)))) : undefined
  csvFailed?.catch(() => {})
  if (csv) await write(csv, MESSAGE_HEADER)

  const linting = await starting
  const batchSize = options.batchSize ?? 200
  const inFlight: Array<{ records: AuditRecord[]; outcomes: Promise<LintOutcome[]> }> = []
  const context = new ContextBuilder()
  let replies = 0
  let batch: AuditRecord[] = []
  let threads: ThreadStats[] | undefined

  const settle = async () => {
    const { records, outcomes } = inFlight.shift()!
    const results = await outcomes
    let rows = ''
    for (let i = 0; i < records.length; i++) {
      aggregator.add(records[i]!, results[i]!)
      if (csv) rows += messageRow(records[i]!, results[i]!)
    }
    replies += records.length
    if (csv) await Promise.race([write(csv, rows), csvFailed!])
    progress?.update(counter.bytes, replies)
  }
  const flush = async () => {
    if (batch.length === 0) return
    const job = linting.run(batch.map(taskOf))
    // Awaited in order later; a failure must not count as unhandled meanwhile.
    job.outcomes.catch(() => {})
    inFlight.push({ records: batch, outcomes: job.outcomes })
    batch = []
    // Linted here: done before reading on (the workers have their queues meanwhile).
    if (job.here) await job.outcomes
    while (inFlight.length >= linting.maxInFlight) await settle()
  }

  try {
    for (const path of paths) {
      for await (const item of readExport(path, { ...(keep ? { keep } : {}), counter, context })) {
        if (item.kind === 'format') aggregator.input(fileName(path), item.format)
        else if (item.kind === 'bad') {
          // A bad row has no conversation: it goes to the shard its position hashes to, so shards never count it twice.
          if (!shard || inShard(`${item.bad.file}:${item.bad.line}`, shard.index, shard.count)) aggregator.badRow(item.bad)
        } else if (item.record.body.length > MAX_REPLY_CHARS) {
          aggregator.badRow({
            file: item.record.file,
            line: item.record.line,
            reason: `reply of ${item.record.body.length.toLocaleString('en')} characters not linted (more than ${MAX_REPLY_CHARS.toLocaleString('en')}: an export artefact, not a reply)`,
          })
        } else {
          batch.push(item.record)
          if (batch.length >= batchSize) await flush()
        }
      }
    }
    await flush()
    while (inFlight.length > 0) await settle()
    if (options.threadStats) threads = await linting.stats()
  } finally {
    progress?.done()
    await linting.close()
    if (csv) {
      csv.end()
      await Promise.race([once(csv, 'close'), csvFailed!]).catch(() => {})
    }
  }
  const summary = aggregator.summary()
  if (shard) summary.shards = [`${shard.index}/${shard.count}`]
  return { summary, elapsedMs: performance.now() - started, ...(threads ? { threads } : {}) }
}

const fileName = (path: string) => path.replace(/^.*[\\/]/, '')

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain')
}
