/** An audit worker thread: builds the linter once from the config, then lints batches of replies. */
import { parentPort, workerData } from 'node:worker_threads'
import { createLinter } from '../index.js'
import type { Config } from '../types.js'
import { lintTask, type LintTask } from './lint.js'
import type { LintOutcome } from './types.js'

export interface BatchRequest {
  id: number
  tasks: LintTask[]
}

export type BatchReply = { id: number; outcomes: LintOutcome[] } | { id: number; error: string }

const linter = createLinter((workerData as { config: Config }).config)

parentPort!.on('message', async (batch: BatchRequest) => {
  try {
    const outcomes: LintOutcome[] = []
    for (const task of batch.tasks) outcomes.push(await lintTask(linter, task))
    parentPort!.postMessage({ id: batch.id, outcomes } satisfies BatchReply)
  } catch (error) {
    // No draft text in the message: only what went wrong.
    parentPort!.postMessage({ id: batch.id, error: (error as Error)?.message?.split('\n')[0] ?? 'lint failed' } satisfies BatchReply)
  }
})
