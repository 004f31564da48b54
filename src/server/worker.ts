/**
 * A service worker thread: lints and fixes drafts handed over by the pool. Linters are built once
 * per distinct config and kept (a few, least recently used first out), as a help desk sends the same
 * config with every draft.
 */
import { parentPort } from 'node:worker_threads'
import { createLinter, type Linter } from '../index.js'
import { UsageError } from '../errors.js'
import type { Config, ReplyContext } from '../types.js'

export interface Task {
  id: number
  kind: 'lint' | 'fix'
  text: string
  context: ReplyContext
  config: Config
}

export type TaskReply = { id: number; ok: true; body: unknown } | { id: number; ok: false; status: number; error: string }

const MAX_LINTERS = 32
const linters = new Map<string, Linter>()

function linterFor(config: Config): Linter {
  const key = JSON.stringify(config)
  let linter = linters.get(key)
  if (linter) {
    linters.delete(key) // re-insert: most recently used last
  } else {
    linter = createLinter(config)
    if (linters.size >= MAX_LINTERS) linters.delete(linters.keys().next().value!)
  }
  linters.set(key, linter)
  return linter
}

async function run(task: Task): Promise<TaskReply> {
  try {
    const linter = linterFor(task.config)
    if (task.kind === 'lint') return { id: task.id, ok: true, body: await linter.lint(task.text, task.context) }
    const text = await linter.fix(task.text, task.context)
    return { id: task.id, ok: true, body: { text, result: await linter.lint(text, task.context) } }
  } catch (error) {
    // Config and context mistakes are the caller's (400); anything else is ours, without details
    // that could carry draft text.
    if (error instanceof UsageError || (error as Error)?.name === 'UsageError') {
      return { id: task.id, ok: false, status: 400, error: (error as Error).message.split('\n')[0]! }
    }
    return { id: task.id, ok: false, status: 500, error: 'internal error while linting' }
  }
}

parentPort?.on('message', (task: Task) => {
  void run(task).then((reply) => parentPort!.postMessage(reply))
})
