/**
 * Sentences as a reader sees them. retext joins lines that have no terminal punctuation into
 * one sentence, so a greeting line (`Hi Anna,`), list items (`- Restart the router`) and a
 * sign-off merge with the sentence next to them. For length and reading-grade checks a
 * sentence is split again at a line break when the next line starts a new unit: a list marker,
 * or a first word that does not start with a lower-case letter. Hard-wrapped text (the next
 * line continues in lower case) stays one sentence. A masked link followed by a capitalised word
 * ends a sentence too (`Steps here: https://… Let us know`), so do a full stop retext took for
 * an initial (`your iPhone X. If that fails`, `your Apple ID. Choose`), an emoticon before a
 * capital (`thanks :) We can`) and a step arrow (`log out > restart > log in`, or HTML-escaped
 * `app&gt; restart`, which the parser reads as the word `app&gt`). The parser also misses a full
 * stop with no space after it (`cancel.Once you`) and a closing quotation mark whose opening one
 * is missing (`… 30th, 2017" Full details: …`): both end a sentence before a capitalised word. A
 * leading `@handle` (a reply prefix on social channels) is not part of the sentence.
 */
import type { SentenceInfo, Token } from '../document.js'
import type { Range } from '../input/mask.js'
import { trimTrailingWithSpace } from './trailing.js'

export interface Segment {
  /** Offset of the first word. */
  start: number
  /** Offset just after the segment's last character (terminal punctuation included). */
  end: number
  words: Token[]
}

const STOP = /^[.!?]+["'”’)\]]*[ \t]+$/
const EMOTICON = /^[ \t]+[:;][-']?[)(DPp][ \t]+$/
const ARROW = /^[ \t]*(?:>|&gt;|→|->)[ \t]*$/
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'jr', 'sr', 'mt', 'no', 'vs', 'e.g', 'i.e', 'approx', 'dept'])
const LIST_MARKER = /\n[ \t]*(?:[-*•–·>]|\d{1,2}[.)])[ \t]/
/** A quotation mark closing a word, then space: a sentence end when the quotation was never opened. */
const QUOTE_END = /^["”][ \t]+$/
/**
 * `cancel.Once`, `help?Please`: a stop between two lower-case letters and a capitalised word, with no
 * space, inside one parsed word. `example.com` is masked as a link before parsing, and `v2.1`, `e.g.`,
 * `Node.js` have no lower-case pair before the stop or no capital after it, so they stay one word.
 */
const JOINED_STOP = /\p{Ll}\p{Ll}([.!?]+)\p{Lu}\p{Ll}/u
/** `&gt;` as the parser splits it: a word of its own (`app &gt; restart`) or the end of one (`app&gt; restart`). */
const ESCAPED_ARROW = '&gt'

/**
 * Split a sentence at line breaks that start a new line of thought and at masked links
 * (`tokens`: the document's masked ranges) followed by a capitalised word (see module doc).
 */
export function sentenceSegments(sentence: SentenceInfo, text: string, tokens: readonly Range[] = []): Segment[] {
  let cached = cache.get(sentence)
  if (!cached || cached.text !== text || cached.tokens !== tokens) cache.set(sentence, (cached = { text, tokens, segments: split(sentence, text, tokens) }))
  return cached.segments
}

/** Segments per sentence object: several rules ask for the same sentence of the same draft. */
const cache = new WeakMap<SentenceInfo, { text: string; tokens: readonly Range[]; segments: Segment[] }>()

function split(sentence: SentenceInfo, text: string, tokens: readonly Range[]): Segment[] {
  let words = sentence.words
  let lead = 0
  while (lead < words.length && /[@＠]_*$/.test(text.slice(Math.max(0, words[lead]!.start - 3), words[lead]!.start))) lead++
  if (lead > 0) words = words.slice(lead)
  const separated = separate(words)
  const cuts = separated?.cuts
  if (separated) words = separated.words
  if (words.length === 0) return []
  const out: Segment[] = []
  let from = 0
  // Quotation marks since the segment's first word, counted gap by gap (rescanning the segment at each gap would be quadratic).
  let straight = 0
  let opening = 0
  const cutAt = (i: number, end: number): void => {
    out.push(segment(words, from, i, end))
    from = i
    straight = opening = 0
  }
  for (let i = 1; i < words.length; i++) {
    const cut = cuts?.get(i)
    if (cut !== undefined) {
      cutAt(i, cut)
      continue
    }
    const prevEnd = words[i - 1]!.end
    const nextStart = words[i]!.start
    const gap = text.slice(prevEnd, nextStart)
    for (const c of gap) {
      if (c === '"') straight++
      else if (c === '“') opening++
    }
    const newline = gap.includes('\n')
    const first = words[i]!.value.charAt(0)
    const capital = /^\p{Lu}/u.test(first)
    const prev = words[i - 1]!.lower.replace(/\.$/, '')
    const initial = /^[ \t]+$/.test(gap) && words[i - 1]!.value.endsWith('.')
    if (ARROW.test(gap) || (capital && (STOP.test(gap) || EMOTICON.test(gap) || initial) && !TITLES.has(prev))) {
      cutAt(i, prevEnd + trimTrailingWithSpace(gap, '>&gt;→-').length)
      continue
    }
    // A closing mark that closes nothing: an odd `"`, or a `”` with no `“` before it in the segment.
    if (capital && QUOTE_END.test(gap) && (gap.charAt(0) === '"' ? straight % 2 === 1 : opening === 0)) {
      cutAt(i, prevEnd + 1)
      continue
    }
    const linkEnd = newline ? -1 : lastEndWithin(tokens, prevEnd, nextStart)
    if (!newline && linkEnd === -1) continue
    const lower = first !== first.toUpperCase() && first === first.toLowerCase()
    if (lower && !(newline && LIST_MARKER.test(gap))) continue
    if (!newline && !capital) continue
    cutAt(i, newline ? lineEnd(text, prevEnd) : linkEnd)
  }
  out.push(segment(words, from, words.length, trimEnd(text, sentence.end, words[words.length - 1]!.end)))
  return out
}

/** A stop anywhere in a word: only such words can hide a sentence end (`cancel.Once`). */
const hasStop = (value: string): boolean => value.includes('.') || value.includes('?') || value.includes('!')

/**
 * The words with the breaks the parser missed (see module doc): `&gt;` is dropped as a word or cut
 * off a word's end, and a word joined by a stop (`cancel.Once`) becomes two. `cuts`: index of a word
 * that starts a new segment → where the segment before it ends. Undefined when nothing changes
 * (the common case, checked without allocating).
 */
function separate(words: Token[]): { words: Token[]; cuts: Map<number, number> } | undefined {
  // Runs for every sentence: the regex only for words with a stop in them.
  if (!words.some((w) => w.value.includes(ESCAPED_ARROW) || (hasStop(w.value) && JOINED_STOP.test(w.value)))) return undefined
  const out: Token[] = []
  const cuts = new Map<number, number>()
  // A break waiting for the next word: the end of the segment before it.
  let pending = -1
  const push = (w: Token): void => {
    if (pending !== -1 && out.length > 0) cuts.set(out.length, pending)
    pending = -1
    out.push(w)
  }
  for (const word of words) {
    if (word.value === ESCAPED_ARROW) {
      if (out.length > 0) pending = out[out.length - 1]!.end
      continue
    }
    let w = word
    if (w.value.endsWith(ESCAPED_ARROW)) {
      w = part(w, 0, w.value.length - ESCAPED_ARROW.length)
      push(w)
      pending = w.end
      continue
    }
    for (let m = JOINED_STOP.exec(w.value); m; m = JOINED_STOP.exec(w.value)) {
      const stop = m.index + 2
      const left = part(w, 0, stop)
      if (TITLES.has(left.lower)) break
      push(left)
      pending = left.end + m[1]!.length
      w = part(w, stop + m[1]!.length, w.value.length)
    }
    push(w)
  }
  return { words: out, cuts }
}

/** Characters [from, to) of a word as a word of its own. */
function part(w: Token, from: number, to: number): Token {
  const value = w.value.slice(from, to)
  // The lower-cased form keeps the word's locale (Turkish I); it lines up with the word unless lower-casing changed its length.
  const lower = w.lower.length === w.value.length ? w.lower.slice(from, to) : value.toLowerCase()
  return { value, lower, start: w.start + from, end: w.start + to }
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

/** End of the last of `ranges` starting inside [start, end), or -1. */
function lastEndWithin(ranges: readonly Range[], start: number, end: number): number {
  let last = -1
  for (const r of ranges) if (r.start >= start && r.start < end) last = Math.max(last, r.end)
  return last
}
