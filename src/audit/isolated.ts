/**
 * `runAudit` on a coordinator thread with a capped heap (see coordinator.ts); the progress bar stays
 * here. The coordinator keeps the open conversations, and lints too when there are no workers (see coordinatorHeap).
 */
import { Worker } from 'node:worker_threads'
import { UsageError } from '../errors.js'
import type { AuditOptions, AuditRun } from './run.js'
import type { CoordinatorData, CoordinatorMessage } from './coordinator.js'
import { coordinatorHeap } from './pool.js'
import type { Progress } from './progress.js'

export function runAuditIsolated(paths: readonly string[], options: AuditOptions): Promise<AuditRun> {
  const { progress: makeProgress, ...rest } = options
  const data: CoordinatorData = { paths: [...paths], options: rest }
  const worker = new Worker(new URL('./coordinator.js', import.meta.url), { workerData: data, resourceLimits: coordinatorHeap(options.workers) })
  let progress: Progress | undefined
  return new Promise<AuditRun>((resolve, reject) => {
    worker.on('message', (m: CoordinatorMessage) => {
      if (m.type === 'progress') {
        progress ??= makeProgress?.(m.totalBytes)
        progress?.update(m.bytes, m.replies)
        return
      }
      progress?.done()
      if (m.type === 'done') resolve({ summary: m.summary, elapsedMs: m.elapsedMs, ...(m.threads ? { threads: m.threads } : {}) })
      else reject(m.usage ? new UsageError(m.message) : new Error(m.message))
      void worker.terminate()
    })
    worker.on('error', (error) => {
      progress?.done()
      reject(error)
    })
  })
}
