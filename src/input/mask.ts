/**
 * Masking keeps every offset of the raw input: a range that is not the agent's prose is
 * overwritten with spaces (newlines kept), so rules can scan the masked text and report
 * offsets that point straight into what the user typed. This is why the engine does not
 * use remark-retext / rehype-retext, whose positions drift after escapes and entities.
 */

export interface Range {
  start: number
  end: number
  /** Code the agent wrote (a code span or block), as opposed to quoted text or markup. */
  code?: boolean
}

/** Replace each range of `text` with spaces, keeping newlines (and so line numbers). */
export function maskRanges(text: string, ranges: readonly Range[]): string {
  if (ranges.length === 0) return text
  // Slices and runs of spaces rather than an array of characters: every draft is masked three
  // times, and splitting it into characters showed in profiles.
  const sorted = ranges.every((r, i) => i === 0 || ranges[i - 1]!.start <= r.start) ? ranges : [...ranges].sort((a, b) => a.start - b.start)
  let out = ''
  let at = 0
  for (const range of sorted) {
    const start = Math.max(at, range.start, 0)
    const end = Math.min(range.end, text.length)
    if (end <= start) continue
    out += text.slice(at, start) + blank(text.slice(start, end))
    at = end
  }
  return out + text.slice(at)
}

function blank(s: string): string {
  return s.includes('\n') || s.includes('\r') ? s.replace(/[^\r\n]/g, ' ') : ' '.repeat(s.length)
}

/** Sort and merge overlapping ranges. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  const out: Range[] = []
  for (const r of sorted) {
    const last = out[out.length - 1]
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else out.push({ ...r })
  }
  return out
}

export function inRanges(ranges: readonly Range[], start: number, end: number): boolean {
  for (const r of ranges) if (start >= r.start && end <= r.end) return true
  return false
}

export function overlapsRanges(ranges: readonly Range[], start: number, end: number): boolean {
  for (const r of ranges) if (start < r.end && end > r.start) return true
  return false
}

/**
 * A stretch of the raw input whose characters masking moved: an HTML word with character
 * references (`Jos&eacute;`) is written decoded and closed up (`José`), padded with spaces at
 * its end, so rules see whole words while the text keeps the raw input's length.
 */
export interface Shift {
  /** The raw stretch [start, end). */
  start: number
  end: number
  /**
   * bounds[k]: the raw offset where the k-th masked character of the stretch comes from (a
   * reference's first character for every character it decodes to); the last entry is `end`.
   */
  bounds: number[]
}

/**
 * The raw offset of a masked-text offset: the same outside shifted stretches; inside one, the
 * boundary of the character or reference it points at, so a range never starts or ends inside
 * a reference. Offsets in a stretch's padding map to its end.
 */
export function rawOffset(shifts: readonly Shift[], offset: number): number {
  let low = 0
  let high = shifts.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const shift = shifts[mid]!
    if (offset < shift.start) high = mid - 1
    else if (offset > shift.end) low = mid + 1
    else return shift.bounds[Math.min(offset - shift.start, shift.bounds.length - 1)]!
  }
  return offset
}
