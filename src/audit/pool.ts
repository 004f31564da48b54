/**
 * Lints batches on `threads` threads: this thread and `threads - 1` workers. A batch goes to a
 * worker with room in its queue, else it is linted here, so this thread (which also reads the
 * exports and adds the outcomes up) lints only what the workers can't take, and `--workers 2`
 * keeps two threads busy on two cores instead of three. Results come back in submission order,
 * so the per-message CSV and the summary do not depend on thread timing.
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
 * The coordinator (isolated.ts) also keeps the open conversations and the tallies, and at 96 MB it
 * collected without end (100,000 replies on one thread: 51.7 s against 26.5 s at 128 MB), so it keeps
 * 128 MB. With pretenuring off (src/v8-flags.ts) the young generations hold more: 1,000,000 generated
 * replies on two threads peaked at 306 MB RSS with 32 MB young generations (155.7 s), and at 275 MB
 * with 16 MB (166.0 s; 24 MB measured the same as 16), so 16 MB keeps the 300 MB budget for 7 % more
 * time. A 100,000-character reply still lints (longer ones are not linted, see run.ts).
 */
export const THREAD_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 }
/** The coordinator's heap: a worker's, plus room for the open conversations and the tallies. */
export const COORDINATOR_HEAP = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 }

/**
 * Batches queued on a worker before this thread lints one itself: enough that a worker never waits
 * while this thread lints a batch of about the same length, few enough that the last batches of
 * a run do not leave this thread idle while a worker works through a backlog.
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
  const workers = Array.from({ length: Math.max(0, threads - 1) }, (_, i) => new Worker(new URL('./worker.js', import.meta.url), { workerData: { config, name: `worker ${i + 1}` }, resourceLimits: THREAD_HEAP }))
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
  const { createLinter } = await import('../index.js')
  const linter: Linter = createLinter(config)
  const startupMs = performance.now()
  const startupSinceLinting = startupMs - started
  let repliesHere = 0

  const lintHere = async (tasks: LintTask[]): Promise<LintOutcome[]> => {
    const outcomes: LintOutcome[] = []
    for (const task of tasks) outcomes.push(await lintTask(linter, task))
    repliesHere += outcomes.length
    return outcomes
  }

  return {
    maxInFlight: workers.length * WORKER_QUEUE + 2,
    run(tasks) {
      // The least busy worker with room in its queue; batches vary in length.
      let pick = -1
      for (let i = 0; i < workers.length; i++) if (pending[i]! < WORKER_QUEUE && (pick < 0 || pending[i]! < pending[pick]!)) pick = i
      if (pick < 0) return { outcomes: lintHere(tasks), here: true }
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
