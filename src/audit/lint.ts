/** Lints one audit record in its context: shared by the worker threads and the one-thread mode. */
import type { Linter } from '../linter.js'
import type { ReplyContext } from '../types.js'
import type { AuditRecord, LintOutcome } from './types.js'

/** What a worker needs of a record (the rest stays on the main thread). */
export interface LintTask {
  body: string
  context: ReplyContext
}

export function taskOf(record: AuditRecord): LintTask {
  const customer = {
    ...(record.customerName ? { name: record.customerName } : {}),
    ...(record.customerMessage !== undefined ? { message: record.customerMessage } : {}),
  }
  return {
    body: record.body,
    context: {
      ...(record.channel ? { channel: record.channel } : {}),
      ...(record.format ? { format: record.format } : {}),
      followup: record.followup,
      customer,
    },
  }
}

/** Async `lint`: it loads language detection the first time a reply's words can't tell its language. */
export async function lintTask(linter: Linter, task: LintTask): Promise<LintOutcome> {
  const result = await linter.lint(task.body, task.context)
  return {
    score: result.score,
    findings: result.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, offset: m.offset, endOffset: m.endOffset, message: m.message })),
  }
}
