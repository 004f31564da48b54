/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding.
 * Data escapes `%`, `\r`, `\n`; properties also escape `:` and `,` (as @actions/core does).
 */
import type { FileResult } from './types.js'
import { printable } from './printable.js'

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function formatGithub(files: readonly FileResult[]): string {
  const lines: string[] = []
  for (const { path, result } of files) {
    for (const m of result.messages) {
      const props = [`file=${escapeProperty(printable(path))}`, `line=${m.line}`, `col=${m.column}`, `endLine=${m.endLine}`, `endColumn=${m.endColumn}`, `title=${escapeProperty(`netiquette(${m.ruleId})`)}`].join(',')
      const suggestion = m.suggestions.length > 0 ? ` Suggestion: ${m.suggestions.slice(0, 3).join(' / ')}` : ''
      lines.push(`::${LEVEL[m.severity]} ${props}::${escapeData(printable(m.message + suggestion, true))}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
