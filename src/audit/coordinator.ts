/**
 * Runs a whole audit (reading, context, aggregation, the per-message CSV, and linting what the
 * workers can't take) on a thread with a capped heap, while the main thread only draws the
 * progress bar. On the main thread V8 let the reader's garbage grow the heap by 100 MB+ before
 * collecting; the limits in pool.ts (COORDINATOR_HEAP, THREAD_HEAP) keep a 2-thread audit of a 2 GB export under
 * 300 MB RSS in all (see scripts/bench-audit.mjs).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { runAudit, type AuditOptions } from './run.js'
import type { Summary } from './summary.js'
import type { ThreadStats } from './thread-stats.js'

export type CoordinatorMessage = { type: 'progress'; totalBytes: number; bytes: number; replies: number } | { type: 'done'; summary: Summary; elapsedMs: number; threads?: ThreadStats[] } | { type: 'error'; message: string; usage: boolean }

export interface CoordinatorData {
  paths: string[]
  options: Omit<AuditOptions, 'progress'>
}

const { paths, options } = workerData as CoordinatorData
const post = (m: CoordinatorMessage) => parentPort!.postMessage(m)

try {
  const run = await runAudit(paths, {
    ...options,
    progress: (totalBytes) => ({ update: (bytes, replies) => post({ type: 'progress', totalBytes, bytes, replies }), done: () => {} }),
  })
  post({ type: 'done', summary: run.summary, elapsedMs: run.elapsedMs, ...(run.threads ? { threads: run.threads } : {}) })
} catch (error) {
  const e = error as Error
  post({ type: 'error', message: e?.message ?? String(error), usage: e?.name === 'UsageError' })
}
