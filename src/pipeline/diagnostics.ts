/**
 * From the pipeline's vfile messages to the library's `Diagnostic`s: positions from the raw
 * text's line index, severity from `fatal`, fixes guarded, inserted text escaped for the format,
 * sorted by position, counted.
 */
import type { VFileMessage } from 'vfile-message'
import { escapeInserted } from '../escape.js'
import { guardFix } from '../fix.js'
import { scanMarkup, type MarkupToken } from '../input/html-markup.js'
import { scoreReply } from '../score.js'
import { lineIndex } from '../text/lines.js'
import type { Diagnostic, Format, LintResult } from '../types.js'
import { messageRange } from './message.js'
import { severityOf } from './rule-step.js'

/** netiquette's messages of a file as sorted diagnostics, fixes and suggestions escaped for `format`. */
export function diagnosticsOf(text: string, messages: readonly VFileMessage[], format: Format): Diagnostic[] {
  const out = escapeInserted(toDiagnostics(text, messages, format === 'html'), format)
  return out.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId))
}

export function toDiagnostics(text: string, messages: readonly VFileMessage[], html: boolean): Diagnostic[] {
  const lines = lineIndex(text)
  // Fixes must not touch markup (HTML) nor join lines: see guardFix. Markup is scanned only if a fix needs it.
  let tokens: MarkupToken[] | undefined
  const markup = html ? () => (tokens ??= scanMarkup(text)) : undefined
  const out: Diagnostic[] = []
  for (const message of messages) {
    if (message.source !== 'netiquette' || !message.ruleId) continue
    const { offset, endOffset } = messageRange(message)
    const fix = message.fix ? guardFix(text, message.fix, markup) : undefined
    const start = lines.toPoint(offset)
    const end = lines.toPoint(endOffset)
    out.push({
      ruleId: message.ruleId,
      severity: severityOf(message.fatal),
      message: message.reason,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset,
      endOffset,
      actual: text.slice(offset, endOffset),
      suggestions: (message.expected ?? []).filter((s): s is string => typeof s === 'string'),
      ...(fix ? { fix: { ...fix } } : {}),
      url: message.url ?? '',
      ...(message.messageId ? { messageId: message.messageId } : {}),
    })
  }
  return out
}

export function summarize(messages: Diagnostic[], language: string): LintResult {
  let errorCount = 0
  let warningCount = 0
  let infoCount = 0
  for (const m of messages) {
    if (m.severity === 'error') errorCount++
    else if (m.severity === 'warning') warningCount++
    else infoCount++
  }
  return { messages, errorCount, warningCount, infoCount, score: scoreReply(messages), language }
}
