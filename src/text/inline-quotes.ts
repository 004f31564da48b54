/**
 * Inline quotations inside the agent's own line: `You wrote "this is RIDICULOUS"`, or a UI label
 * such as `click “SAVE CHANGES”`. Quote blocks (`>` lines, `On … wrote:`) are masked by the
 * engine already; these are the short quotes within a sentence. Double quotes only (straight,
 * curly, guillemets): a single `’` is far more often an apostrophe than a quote mark.
 * Called only for candidate findings, so the per-line scan costs nothing on clean replies.
 */

/** Whether [start, end) sits between an opening and a closing double quote on the same line. */
export function insideInlineQuote(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  let lineEnd = text.indexOf('\n', end)
  if (lineEnd === -1) lineEnd = text.length
  const before = text.slice(lineStart, start)
  const after = text.slice(end, lineEnd)
  // Straight quotes: an odd number before means one is open.
  const straightBefore = count(before, '"')
  if (straightBefore % 2 === 1 && after.includes('"')) return true
  // Curly quotes and guillemets: the last opening mark comes after the last closing one.
  for (const [open, close] of PAIRS) {
    const o = before.lastIndexOf(open)
    if (o !== -1 && o > before.lastIndexOf(close) && after.includes(close)) return true
  }
  return false
}

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['„', '“'],
  ['«', '»'],
]

function count(text: string, char: string): number {
  let n = 0
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++
  return n
}
