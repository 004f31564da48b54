/**
 * `netiquette audit <export...>` and `netiquette audit merge <summary.json...>`: writes summary.json,
 * report.html, agents.csv, rules.csv (and messages.csv for a run) into the output folder and prints
 * a few lines of totals.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { UsageError } from '../errors.js'
import type { Config } from '../types.js'
import { mergeSummaries } from './aggregate.js'
import { parseShard } from './hash.js'
import { progressBar } from './progress.js'
import { agentsCsv, rulesCsv } from './report-csv.js'
import { duration, renderHtml } from './report-html.js'
import { runAudit } from './run.js'
import { runAuditIsolated } from './isolated.js'
import { tuneV8ForAudit } from '../v8-flags.js'
import { quantile } from './sketch.js'
import type { Summary } from './summary.js'

export interface AuditFlags {
  out: string
  workers?: number
  shard?: string
  redact: boolean
  title?: string
}

export interface AuditIO {
  stdout: (s: string) => void
  stderr: (s: string) => void
}

export async function runAuditCommand(paths: readonly string[], flags: AuditFlags, config: Config, io: AuditIO): Promise<number> {
  if (paths[0] === 'merge') return mergeCommand(paths.slice(1), flags, io)
  if (paths.length === 0) throw new UsageError('no exports given (netiquette audit <export...>)')
  const shard = flags.shard !== undefined ? parseShard(flags.shard) : undefined
  if (typeof shard === 'string') throw new UsageError(shard)
  await makeFolder(flags.out)
  const bytes = await totalSize(paths)
  const workers = flags.workers ?? defaultThreads(bytes, availableParallelism())
  tuneV8ForAudit()
  // With worker threads, or a large export, the run moves to a thread of its own with a capped heap:
  // on the main thread V8 lets garbage grow the heap far past what the audit keeps (memory).
  const run = await (workers > 1 || bytes >= SMALL_EXPORT_BYTES ? runAuditIsolated : runAudit)(paths, {
    config,
    workers,
    redact: flags.redact,
    ...(shard ? { shard } : {}),
    messagesCsv: join(flags.out, 'messages.csv'),
    progress: (total) => progressBar(total),
  })
  await writeReports(run.summary, flags)
  const seconds = run.elapsedMs / 1000
  io.stdout(totals(run.summary, flags.out))
  io.stderr(`netiquette audit: ${run.summary.replies.toLocaleString('en')} replies linted in ${seconds.toFixed(1)} s (${Math.round(run.summary.replies / seconds).toLocaleString('en')} replies/s, ${workers} thread${workers > 1 ? 's' : ''})\n`)
  return 0
}

/**
 * Below this much input a second thread costs more than it saves: every thread loads the rules and
 * V8 compiles their hot code once per thread (about 3 s of CPU, measured in scripts/bench-audit.mjs),
 * and on one thread V8 already compiles on the other core.
 */
export const SMALL_EXPORT_BYTES = 16_000_000

/** One thread per core, or one for a small export. */
export function defaultThreads(totalBytes: number, cores: number): number {
  return totalBytes < SMALL_EXPORT_BYTES ? 1 : Math.max(1, cores)
}

/** Bytes of the exports that exist (runAudit reports the others). */
async function totalSize(paths: readonly string[]): Promise<number> {
  const sizes = await Promise.all(
    paths.map((p) =>
      stat(p).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  )
  return sizes.reduce((a, b) => a + b, 0)
}

async function mergeCommand(files: readonly string[], flags: AuditFlags, io: AuditIO): Promise<number> {
  if (files.length === 0) throw new UsageError('no summaries given (netiquette audit merge <summary.json...>)')
  let merged: Summary | undefined
  for (const file of files) {
    const summary = await readSummary(file)
    try {
      merged = merged ? mergeSummaries(merged, summary) : summary
    } catch (error) {
      throw new UsageError(`${file}: ${(error as Error).message}`)
    }
  }
  await makeFolder(flags.out)
  await writeReports(merged!, flags)
  io.stdout(totals(merged!, flags.out))
  return 0
}

async function readSummary(file: string): Promise<Summary> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
  }
  let value: Partial<Summary>
  try {
    value = JSON.parse(text) as Partial<Summary>
  } catch {
    throw new UsageError(`${file}: not an audit summary (not JSON)`)
  }
  if (value?.format !== 'netiquette-audit-summary') throw new UsageError(`${file}: not an audit summary (write one with netiquette audit --out <folder>)`)
  if (value.version !== 1) throw new UsageError(`${file}: audit summary version ${String(value.version)} is not one this netiquette reads (1)`)
  return value as Summary
}

async function makeFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true })
  } catch (error) {
    throw new UsageError(`cannot create ${path}: ${(error as Error).message}`)
  }
}

async function writeReports(summary: Summary, flags: AuditFlags): Promise<void> {
  // After the run: the rules are loaded on the main thread only now, for their descriptions.
  const { ruleMeta } = await import('../index.js')
  const descriptions = Object.fromEntries(Object.entries(ruleMeta).map(([id, meta]) => [id, meta.description]))
  const files: Array<[string, string]> = [
    ['summary.json', JSON.stringify(summary, null, 1) + '\n'],
    ['agents.csv', agentsCsv(summary)],
    ['rules.csv', rulesCsv(summary)],
    ['report.html', renderHtml(summary, { descriptions, ...(flags.title ? { title: flags.title } : {}) })],
  ]
  for (const [name, text] of files) {
    try {
      await writeFile(join(flags.out, name), text)
    } catch (error) {
      throw new UsageError(`cannot write ${join(flags.out, name)}: ${(error as Error).message}`)
    }
  }
}

function totals(s: Summary, out: string): string {
  const mean = s.replies ? s.scoreSum / s.replies : 0
  const p90 = quantile(s.response.firstResponse, 0.9)
  const n = (count: number, word: string, words = `${word}s`) => `${count.toLocaleString('en')} ${count === 1 ? word : words}`
  const lines = [
    `${n(s.replies, 'agent reply', 'agent replies')} · ${n(s.conversations, 'conversation')} · mean score ${mean.toFixed(1)} · ${s.repliesWithErrors.toLocaleString('en')} with errors`,
    p90 !== null
      ? `first response p50 ${duration(quantile(s.response.firstResponse, 0.5))} · p90 ${duration(p90)} over ${n(s.response.firstResponse.count, 'conversation')}`
      : 'response times: skipped (the export has no timestamps for both the customer message and the reply)',
    ...(s.badRows.count > 0
      ? [
          `${n(s.badRows.count, 'bad row')} skipped (first: ${s.badRows.rows
            .slice(0, 5)
            .map((r) => `${r.file}:${r.line} ${r.reason}`)
            .join('; ')})`,
        ]
      : []),
    `report: ${join(out, 'report.html')}`,
  ]
  return lines.join('\n') + '\n'
}
