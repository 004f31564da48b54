/**
 * Inline quotations inside the agent's own line: `You wrote "this is RIDICULOUS"`, or a UI label
 * such as `click “SAVE CHANGES”`. Quote blocks (`>` lines, `On … wrote:`) are masked by the
 * engine already; these are the short quotes within a sentence. Double quotes only (straight,
 * curly, guillemets): a single `’` is far more often an apostrophe than a quote mark.
 * Called only for candidate findings, so the one pass over the draft that finds its quote marks
 * costs nothing on clean replies.
 */

/** Whether [start, end) sits between an opening and a closing double quote on the same line. */
export function insideInlineQuote(text: string, start: number, end: number): boolean {
  const marks = quoteMarks(text)
  // lastIndexOf('\n', start - 1) + 1, as the scan of the line did it (a negative start looks at 0).
  const lineStart = lastBefore(marks.newline, Math.max(start - 1, 0) + 1, 0) + 1
  const lineEnd = firstFrom(marks.newline, end, text.length, text.length)
  // Straight quotes: an odd number before means one is open.
  const straightBefore = countIn(marks.straight, lineStart, start)
  if (straightBefore % 2 === 1 && firstFrom(marks.straight, end, lineEnd, -1) !== -1) return true
  // Curly quotes and guillemets: the last opening mark comes after the last closing one.
  for (const [open, close] of PAIRS) {
    const o = lastBefore(marks[open], start, lineStart)
    if (o !== -1 && o > lastBefore(marks[close], start, lineStart) && firstFrom(marks[close], end, lineEnd, -1) !== -1) return true
  }
  return false
}

type Mark = '"' | '“' | '”' | '„' | '«' | '»'
const PAIRS: ReadonlyArray<readonly [Mark, Mark]> = [
  ['“', '”'],
  ['„', '“'],
  ['«', '»'],
]

/**
 * Where each quote mark and newline sits, found in one pass and kept for the draft being linted
 * (the last text asked about; every rule passes the same `doc.prose` string, so the check is by
 * identity): rules ask once per candidate finding, and slicing the line each time made a long
 * one-line draft quadratic. Sorted positions, searched by bisection.
 */
type Marks = Record<Mark, number[]> & { straight: number[]; newline: number[] }

let cached: { text: string; marks: Marks } | undefined

function quoteMarks(text: string): Marks {
  if (cached?.text === text) return cached.marks
  const marks: Marks = { '"': [], '“': [], '”': [], '„': [], '«': [], '»': [], straight: [], newline: [] }
  marks.straight = marks['"']
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\n') marks.newline.push(i)
    else if (c === '"' || c === '“' || c === '”' || c === '„' || c === '«' || c === '»') marks[c].push(i)
  }
  cached = { text, marks }
  return marks
}

/** Index of the first position ≥ from. */
function lowerBound(positions: readonly number[], from: number): number {
  let lo = 0
  let hi = positions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (positions[mid]! < from) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The last position in [floor, before), or -1. */
function lastBefore(positions: readonly number[], before: number, floor: number): number {
  const i = lowerBound(positions, before) - 1
  return i >= 0 && positions[i]! >= floor ? positions[i]! : -1
}

/** The first position in [from, below), or `none`. */
function firstFrom(positions: readonly number[], from: number, below: number, none: number): number {
  const i = lowerBound(positions, from)
  return i < positions.length && positions[i]! < below ? positions[i]! : none
}

/** How many positions fall in [from, below). */
function countIn(positions: readonly number[], from: number, below: number): number {
  return Math.max(0, lowerBound(positions, below) - lowerBound(positions, from))
}
