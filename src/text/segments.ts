/**
 * Sentences as a reader sees them. retext joins lines that have no terminal punctuation into
 * one sentence, so a greeting line (`Hi Anna,`), list items (`- Restart the router`) and a
 * sign-off merge with the sentence next to them. For length and reading-grade checks a
 * sentence is split again at a line break when the next line starts a new unit: a list marker,
 * or a first word that does not start with a lower-case letter. Hard-wrapped text (the next
 * line continues in lower case) stays one sentence.
 */
import type { SentenceInfo, Token } from '../document.js'
import type { Range } from '../input/mask.js'

export interface Segment {
  /** Offset of the first word. */
  start: number
  /** Offset just after the segment's last character (terminal punctuation included). */
  end: number
  words: Token[]
}

const LIST_MARKER = /\n[ \t]*(?:[-*•–·>]|\d{1,2}[.)])[ \t]/

/** Split a sentence at line breaks that start a new line of thought (see module doc). */
export function sentenceSegments(sentence: SentenceInfo, text: string): Segment[] {
  const words = sentence.words
  if (words.length === 0) return []
  const out: Segment[] = []
  let from = 0
  for (let i = 1; i < words.length; i++) {
    const gap = text.slice(words[i - 1]!.end, words[i]!.start)
    if (!gap.includes('\n')) continue
    const first = words[i]!.value.charAt(0)
    const lower = first !== first.toUpperCase() && first === first.toLowerCase()
    if (lower && !LIST_MARKER.test(gap)) continue
    out.push(segment(words, from, i, lineEnd(text, words[i - 1]!.end)))
    from = i
  }
  out.push(segment(words, from, words.length, trimEnd(text, sentence.end, words[words.length - 1]!.end)))
  return out
}

function segment(words: Token[], from: number, to: number, end: number): Segment {
  return { start: words[from]!.start, end, words: words.slice(from, to) }
}

/** End of the line holding `offset`, without trailing spaces. */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset)
  return trimEnd(text, nl === -1 ? text.length : nl, offset)
}

function trimEnd(text: string, end: number, floor: number): number {
  let e = end
  while (e > floor && /\s/.test(text.charAt(e - 1))) e--
  return e
}

/** How many of `ranges` (masked URLs, e-mail addresses, placeholders) start inside [start, end). */
export function rangesWithin(ranges: readonly Range[], start: number, end: number): number {
  let n = 0
  for (const r of ranges) if (r.start >= start && r.start < end) n++
  return n
}
