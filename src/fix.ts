/** Apply non-overlapping fixes, ESLint-style: sorted by position, the first of an overlap wins. */
import type { Diagnostic, Fix } from './types.js'

export function applyFixes(text: string, messages: readonly Diagnostic[]): { output: string; applied: number; fixes: Fix[] } {
  const fixes = messages
    .map((m) => m.fix)
    .filter((f): f is Fix => f !== undefined)
    .sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset)
  let output = ''
  let cursor = 0
  let applied = 0
  const used: Fix[] = []
  for (const fix of fixes) {
    if (fix.offset < cursor || fix.endOffset > text.length || fix.offset > fix.endOffset) continue
    if (text.slice(fix.offset, fix.endOffset) === fix.text) continue
    output += text.slice(cursor, fix.offset) + fix.text
    cursor = fix.endOffset
    applied++
    used.push(fix)
  }
  return { output: output + text.slice(cursor), applied, fixes: used }
}
