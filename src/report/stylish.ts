/** `--format stylish`: grouped by file, colored on a TTY, like ESLint's default formatter. */
import type { FileResult } from './types.js'
import { printable } from './printable.js'

export interface StylishOptions {
  color: boolean
}

/**
 * A suggestion on one terminal line: line breaks shown as ⏎, an addition after the flagged text
 * shown as `…` plus what is added (`…⏎⏎Best regards,`), and long ones shortened in the middle.
 * JSON and SARIF keep the exact text.
 */
export function displaySuggestion(suggestion: string, actual: string): string {
  let shown = actual.length > 12 && suggestion.length > actual.length && suggestion.startsWith(actual) ? `…${suggestion.slice(actual.length)}` : suggestion
  shown = shown.replace(/\r?\n/g, '⏎')
  return shown.length > 80 ? `${shown.slice(0, 50)}…${shown.slice(-25)}` : shown
}

export function formatStylish(files: readonly FileResult[], { color }: StylishOptions): string {
  const paint = (code: string, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s)
  const dim = (s: string) => paint('2', s)
  const sev = { error: paint('31', 'error'), warning: paint('33', 'warning'), info: paint('36', 'info') }
  const out: string[] = []
  let errors = 0
  let warnings = 0
  let infos = 0
  let fixable = 0
  for (const { path, result } of files) {
    errors += result.errorCount
    warnings += result.warningCount
    infos += result.infoCount
    if (result.messages.length === 0) continue
    out.push(paint('4', printable(path)) + dim(`  (score ${result.score})`))
    const rows = result.messages.map((m) => {
      if (m.fix) fixable++
      return [`${m.line}:${m.column}`, m.severity, printable(m.message), printable(m.ruleId), m.suggestions.map((x) => printable(displaySuggestion(x, m.actual)))] as const
    })
    const posWidth = Math.max(...rows.map((r) => r[0].length))
    const sevWidth = Math.max(...rows.map((r) => r[1].length))
    for (const [pos, severity, message, ruleId, suggestions] of rows) {
      out.push(`  ${dim(pos.padEnd(posWidth))}  ${sev[severity]}${' '.repeat(sevWidth - severity.length)}  ${message}  ${dim(ruleId)}`)
      const shown = suggestions.filter((s) => s.trim() !== '').slice(0, 3)
      if (shown.length > 0) out.push(`  ${' '.repeat(posWidth + sevWidth + 4)}${dim('→ ' + shown.map((s) => `“${s}”`).join(', '))}`)
    }
    out.push('')
  }
  const total = errors + warnings + infos
  if (total === 0) return files.length > 0 ? dim(`✔ ${files.length} file${files.length === 1 ? '' : 's'} checked, no problems`) + '\n' : ''
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info)`
  out.push(paint(errors > 0 ? '31;1' : '33;1', summary))
  if (fixable > 0) out.push(dim(`  ${fixable} of them can be fixed with --fix`))
  return out.join('\n') + '\n'
}
