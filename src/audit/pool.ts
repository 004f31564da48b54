/**
 * Spreads lint batches over worker threads, or lints on this thread with `workers: 1` (no thread
 * start-up, the one-thread baseline). Results come back in submission order, so the per-message CSV
 * and the summary do not depend on thread timing.
 */
import { Worker } from 'node:worker_threads'
import type { Config } from '../types.js'
import { lintTask, type LintTask } from './lint.js'
import type { LintOutcome } from './types.js'
import type { BatchReply } from './worker.js'

/**
 * A worker's live heap is ~30 MB (the rules and their word lists); with V8's default limits it grows
 * to 150 MB+ of garbage before collecting, which made two threads peak at 420 MB RSS. Capped old
 * (64 MB) and young (16 MB) generations keep a 2-thread audit near 230 MB with room for a
 * 100,000-character reply (longer ones are not linted, see run.ts).
 */
const WORKER_HEAP_MB = 64
const WORKER_YOUNG_MB = 16

export interface Linting {
  run(tasks: LintTask[]): Promise<LintOutcome[]>
  close(): Promise<void>
}

export async function startLinting(config: Config, workers: number): Promise<Linting> {
  if (workers <= 1) {
    // Loaded here only: with worker threads the main thread never holds the rules (memory).
    const { createLinter } = await import('../index.js')
    const linter = createLinter(config)
    const run = async (tasks: LintTask[]) => {
      const outcomes: LintOutcome[] = []
      for (const task of tasks) outcomes.push(await lintTask(linter, task))
      return outcomes
    }
    return { run, close: async () => {} }
  }
  const threads = Array.from({ length: workers }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: { config }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } }))
  const load = threads.map(() => 0)
  const waiting = new Map<number, { resolve: (o: LintOutcome[]) => void; reject: (e: Error) => void }>()
  let nextId = 0
  let failure: Error | undefined
  threads.forEach((thread, index) => {
    thread.on('message', (reply: BatchReply) => {
      const job = waiting.get(reply.id)
      if (!job) return
      waiting.delete(reply.id)
      load[index]!--
      if ('error' in reply) job.reject(new Error(`lint failed in a worker: ${reply.error}`))
      else job.resolve(reply.outcomes)
    })
    thread.on('error', (error) => {
      failure = error
      for (const job of waiting.values()) job.reject(error)
      waiting.clear()
    })
  })
  return {
    run(tasks) {
      if (failure) return Promise.reject(failure)
      // The least busy thread: batches vary in length.
      let pick = 0
      for (let i = 1; i < threads.length; i++) if (load[i]! < load[pick]!) pick = i
      const id = nextId++
      load[pick]!++
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject })
        threads[pick]!.postMessage({ id, tasks })
      })
    },
    async close() {
      await Promise.all(threads.map((t) => t.terminate()))
    },
  }
}
