/**
 * Lints batches on `threads` threads. With one thread, this thread lints. With more, `threads`
 * worker threads lint and this thread (which also reads the exports, keeps the open conversations
 * and adds the outcomes up) lints nothing. Its heap holds the conversations and the batches in
 * flight, so when it linted too it promoted 2.6 times the bytes per reply a worker promotes, and
 * every mark-compact re-marked the rules' 30 MB beside the conversations. Reading costs about
 * 35 µs of CPU a reply against 350 µs to lint it, so the extra thread takes little from the
 * workers: on 2 cores, two workers and this thread ran 1,000,000 replies 1.86x as fast as one
 * thread, where this thread and one worker managed 1.67-1.71x. Results come back in submission
 * order, so the per-message CSV and the summary do not depend on thread timing.
 */
import { performance } from 'node:perf_hooks'
import { isMainThread, Worker } from 'node:worker_threads'
import type { Linter } from '../linter.js'
import type { Config } from '../types.js'
import { lintTask, type LintTask } from './lint.js'
import { threadCpuMs, type ThreadStats } from './thread-stats.js'
import type { LintOutcome } from './types.js'
import type { WorkerReply } from './worker.js'

/**
 * Heap limits of the audit threads. Uncapped, V8 grows a heap to 150 MB+ of garbage before collecting,
 * which made two threads peak at 420 MB RSS. Too tight, and V8 marks the whole live heap over and over.
 * A worker keeps only the rules and word lists (~30 MB) and the batch in hand: 96 MB old generation.
 * With pretenuring off (src/v8-flags.ts) the young generations hold more; each worker's costs RSS:
 * 1,000,000 generated replies on two workers peaked at 314 MB with 16 MB young generations and at
 * 281 MB with 12 MB (and a 80 MB reader below), so a worker keeps 12 MB. A 100,000-character reply
 * still lints (longer ones are not linted, see run.ts).
 */
export const THREAD_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 12 }
/**
 * The coordinator's heap when it lints (one thread): a worker's plus room for the open conversations
 * and the tallies. At 96 MB it collected without end (100,000 replies: 51.7 s against 26.5 s at 128 MB).
 */
export const COORDINATOR_HEAP = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 }
/**
 * The coordinator's heap when workers lint: up to 50,000 open conversations (about 1 KB each with
 * their customer messages), the batches in flight and the tallies, without the rules. 64 MB ran out
 * on 1,000,000 replies; it allocates little, so a small young generation does.
 */
export const READER_HEAP = { maxOldGenerationSizeMb: 80, maxYoungGenerationSizeMb: 8 }

/** The coordinator's heap for an audit on `threads` threads. */
export function coordinatorHeap(threads: number): typeof COORDINATOR_HEAP {
  return threads > 1 ? READER_HEAP : COORDINATOR_HEAP
}

/**
 * Batches queued on each worker: enough that a worker never waits for this thread to read the next
 * batch, few enough that the records in flight stay a small part of the heap.
 */
const WORKER_QUEUE = 2

export interface LintJob {
  outcomes: Promise<LintOutcome[]>
  /** Linted on this thread: the outcomes are ready when the promise settles, and reading waited for it. */
  here: boolean
}

export interface Linting {
  run(tasks: LintTask[]): LintJob
  /** Batches that may be in flight at once (memory stays bounded). */
  readonly maxInFlight: number
  /** Per-thread figures for the benchmark; call before close. */
  stats(): Promise<ThreadStats[]>
  close(): Promise<void>
}

export async function startLinting(config: Config, threads: number): Promise<Linting> {
  // Workers first: their start-up (loading the rules) overlaps this thread's.
  const workers = Array.from({ length: threads > 1 ? threads : 0 }, (_, i) => new Worker(new URL('./worker.js', import.meta.url), { workerData: { config, name: `worker ${i + 1}` }, resourceLimits: THREAD_HEAP }))
  const pending = workers.map(() => 0)
  const waiting = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (e: Error) => void; worker: number }>()
  let nextId = 0
  let failure: Error | undefined
  workers.forEach((worker, index) => {
    worker.on('message', (reply: WorkerReply) => {
      const job = waiting.get(reply.id)
      if (!job) return
      waiting.delete(reply.id)
      pending[index]!--
      job.resolve(reply)
    })
    worker.on('error', (error) => {
      failure = error
      for (const job of waiting.values()) job.reject(error)
      waiting.clear()
    })
  })
  const ask = (index: number, message: object): Promise<WorkerReply> => {
    if (failure) return Promise.reject(failure)
    const id = nextId++
    pending[index]!++
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject, worker: index })
      workers[index]!.postMessage({ id, ...message })
    })
  }

  const started = performance.now()
  // Only a one-thread audit loads the rules here.
  const linter: Linter | undefined = workers.length === 0 ? (await import('../index.js')).createLinter(config) : undefined
  const startupMs = performance.now()
  const startupSinceLinting = startupMs - started
  let repliesHere = 0

  const lintHere = async (here: Linter, tasks: LintTask[]): Promise<LintOutcome[]> => {
    const outcomes: LintOutcome[] = []
    for (const task of tasks) outcomes.push(await lintTask(here, task))
    repliesHere += outcomes.length
    return outcomes
  }

  return {
    maxInFlight: linter ? 1 : workers.length * WORKER_QUEUE,
    run(tasks) {
      if (linter) return { outcomes: lintHere(linter, tasks), here: true }
      // The least busy worker; batches vary in length.
      let pick = 0
      for (let i = 1; i < workers.length; i++) if (pending[i]! < pending[pick]!) pick = i
      const outcomes = ask(pick, { tasks }).then((reply) => {
        if ('outcomes' in reply) return reply.outcomes
        throw new Error(`lint failed in a worker: ${'error' in reply ? reply.error : 'no outcomes'}`)
      })
      return { outcomes, here: false }
    },
    async stats() {
      const cpuMs = threadCpuMs()
      const here: ThreadStats = { thread: 'coordinator', replies: repliesHere, elu: performance.eventLoopUtilization().utilization, startupMs: isMainThread ? startupSinceLinting : startupMs, ...(cpuMs !== undefined ? { cpuMs } : {}) }
      const others = await Promise.all(workers.map((_, i) => ask(i, { stats: true })))
      return [here, ...others.map((reply) => ('stats' in reply ? reply.stats : undefined)).filter((s): s is ThreadStats => s !== undefined)]
    },
    async close() {
      await Promise.all(workers.map((t) => t.terminate()))
    },
  }
}
