/** Apply non-overlapping fixes, ESLint-style: sorted by position, the first of an overlap wins. */
import type { Diagnostic, Fix } from './types.js'
import { touchesMarkup, type MarkupToken } from './input/html-markup.js'

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

/**
 * Decide whether a rule's fix is safe to offer as `fix`, or only as a suggestion. A fix must not
 * change what its rule does not own:
 * - markup in an HTML draft (a tag, a comment, a character reference): `[Customer</b> Name]`
 *   filled with a name would delete the `</b>`;
 * - line breaks: `u ⏎r` → `you are` would join a hard-wrapped line. When the rewrite has as many
 *   word gaps as the original, the original's line-breaking gaps are carried over (`you ⏎are`);
 *   otherwise the fix is dropped. Deleting whole lines (the replacement is empty and nothing is
 *   joined to a line's text from both sides) is allowed: that is what the rule meant.
 * Returns the fix to keep (possibly with its line breaks restored), or undefined.
 */
export function guardFix(raw: string, fix: Fix, markup?: () => readonly MarkupToken[]): Fix | undefined {
  if (markup && touchesMarkup(markup(), fix.offset, fix.endOffset)) return undefined
  const removed = raw.slice(fix.offset, fix.endOffset)
  const lost = lineBreaks(removed) - lineBreaks(fix.text)
  if (lost <= 0) return fix
  if (fix.text === '' && (atLineEdge(raw, fix.offset, -1) || atLineEdge(raw, fix.endOffset, 1))) return fix
  const before = removed.split(GAP)
  const after = fix.text.split(GAP)
  if (before.length !== after.length) return undefined
  // Odd indices of a split on a capturing group are the gaps.
  const text = after.map((part, i) => (i % 2 === 1 && lineBreaks(before[i]!) > 0 ? before[i]! : part)).join('')
  return lineBreaks(removed) <= lineBreaks(text) ? { ...fix, text } : undefined
}

const GAP = /(\s+)/
const BREAK = /\r\n?|\n/g

function lineBreaks(s: string): number {
  return s.includes('\n') || s.includes('\r') ? (s.match(BREAK)?.length ?? 0) : 0
}

/** Is `offset` at the start (side -1) or end (side 1) of a line, so a deletion there joins nothing? */
function atLineEdge(raw: string, offset: number, side: -1 | 1): boolean {
  if (side === -1) return offset === 0 || raw[offset - 1] === '\n' || raw[offset - 1] === '\r'
  return offset === raw.length || raw[offset] === '\n' || raw[offset] === '\r'
}
