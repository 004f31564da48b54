/** An audit worker thread: builds the linter once from the config, then lints batches of replies. */
import { performance } from 'node:perf_hooks'
import { parentPort, workerData } from 'node:worker_threads'
import { createLinter } from '../index.js'
import type { Config } from '../types.js'
import { lintTask, type LintTask } from './lint.js'
import { threadCpuMs, type ThreadStats } from './thread-stats.js'
import type { LintOutcome } from './types.js'

export type WorkerRequest = { id: number; tasks: LintTask[] } | { id: number; stats: true }

export type WorkerReply = { id: number; outcomes: LintOutcome[] } | { id: number; error: string } | { id: number; stats: ThreadStats }

const { config, name } = workerData as { config: Config; name: string }
const linter = createLinter(config)
// performance.now() counts from this thread's start.
const startupMs = performance.now()
let replies = 0

parentPort!.on('message', async (request: WorkerRequest) => {
  if ('stats' in request) {
    const cpuMs = threadCpuMs()
    const stats: ThreadStats = { thread: name, replies, elu: performance.eventLoopUtilization().utilization, startupMs, ...(cpuMs !== undefined ? { cpuMs } : {}) }
    parentPort!.postMessage({ id: request.id, stats } satisfies WorkerReply)
    return
  }
  try {
    const outcomes: LintOutcome[] = []
    for (const task of request.tasks) outcomes.push(await lintTask(linter, task))
    replies += outcomes.length
    parentPort!.postMessage({ id: request.id, outcomes } satisfies WorkerReply)
  } catch (error) {
    // No draft text in the message: only what went wrong.
    parentPort!.postMessage({ id: request.id, error: (error as Error)?.message?.split('\n')[0] ?? 'lint failed' } satisfies WorkerReply)
  }
})
