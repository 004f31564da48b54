/**
 * One pass over a sentence's words with a prebuilt index, instead of one scan per list entry:
 * entries are keyed by their first word, so a lookup costs one Map.get per word.
 */
import type { Token } from '../document.js'

export interface PhraseHit<T> {
  entry: T
  phrase: string
  /** Index of the first and one past the last matched word. */
  from: number
  to: number
  start: number
  end: number
}

interface Compiled<T> {
  words: string[]
  phrase: string
  entry: T
}

interface Bucket<T> {
  compiled: Compiled<T>[]
  /** Phrases added since the bucket was last used, in order. */
  pending?: Array<[string, T]>
}

/** A phrase's first word when it is plain ASCII (the common case), without splitting the phrase. */
const SIMPLE_FIRST_WORD = /^([A-Za-z0-9']+)(?:[ -]|$)/

/**
 * Longest phrase first, so "as soon as possible" wins over "as soon"; equal lengths keep
 * insertion order. Binary insertion: re-sorting on every add is quadratic for big lists.
 */
function insertByLength<T>(list: Compiled<T>[], item: Compiled<T>): void {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]!.words.length >= item.words.length) lo = mid + 1
    else hi = mid
  }
  list.splice(lo, 0, item)
}

const COMBINING = /[\u0300-\u036f]/

/**
 * Normalise a word for matching: lower case with the draft's locale (`tr`: `I`→`ı`, `İ`→`i`),
 * typographic apostrophes to `'`, decomposed letters composed (`s` + U+0327 → `ş`, as pasted
 * from some Mac apps). Other locales lower `İ` to `i` plus a combining dot (U+0307), which is
 * dropped so `İstanbul` matches `istanbul` in an English draft too.
 */
export function normalizeWord(word: string, locale = 'en'): string {
  // toLocaleLowerCase costs 1–3 µs a word (more than parsing it); the Turkish rules differ from the
  // default mapping only for I and İ (Unicode SpecialCasing), so map those two and use toLowerCase.
  let lower = locale === 'tr' || locale === 'az' ? lowerTurkish(word) : word.toLowerCase()
  if (COMBINING.test(lower)) {
    lower = lower.normalize('NFC')
    if (locale !== 'tr') lower = lower.replace(/i\u0307/g, 'i')
  }
  return lower.replace(/[’‘`]/g, "'")
}

/** Turkish lower case: `I` → `ı`, `İ` (or `I` + combining dot) → `i`, everything else as toLowerCase. */
export function lowerTurkish(word: string): string {
  if (!DOTTED_OR_DOTLESS.test(word)) return word.toLowerCase()
  return word
    .replace(/I\u0307/g, 'i')
    .replace(/I/g, 'ı')
    .replace(/İ/g, 'i')
    .toLowerCase()
}

const DOTTED_OR_DOTLESS = /[Iİ]/

/** ASCII letters, digits, apostrophes, spaces and hyphens only. */
const PLAIN_WORDS = /^[a-z0-9' -]*$/

/** Split a phrase into match words; hyphens and spaces both separate words, as in nlcst. */
export function phraseWords(phrase: string, locale = 'en'): string[] {
  const lower = normalizeWord(phrase, locale)
  // Plain lower-case words (nearly every phrase of the rules' data): skip the per-word Unicode
  // strip below, which costs ~40 ms across the 5,500 phrases the rules build at start-up.
  if (PLAIN_WORDS.test(lower)) return lower.split(/[ -]+/).filter(Boolean)
  return lower
    .split(/[\s\-–—/]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}'$]+|(?<![^\p{L}\p{N}'$])[^\p{L}\p{N}'$]+$/gu, '')) // trailing run from its start only: linear
    .filter(Boolean)
}

export class PhraseMatcher<T> {
  /**
   * Phrases by first word. A bucket is compiled (phrases split into words, longest first) the
   * first time a draft holds its first word: start-up code runs cold in V8's interpreter, and
   * splitting the rules' ~2,400 phrases up front cost ~15 ms of every CLI run, for the handful
   * of first words a reply contains.
   */
  private readonly index = new Map<string, Bucket<T>>()

  constructor(
    entries: Iterable<[string, T]>,
    private readonly locale = 'en',
  ) {
    for (const [phrase, entry] of entries) this.add(phrase, entry)
  }

  add(phrase: string, entry: T): void {
    const simple = this.locale === 'en' ? SIMPLE_FIRST_WORD.exec(phrase) : null
    const first = simple ? simple[1]!.toLowerCase() : phraseWords(phrase, this.locale)[0]
    if (first === undefined) return
    const bucket = this.index.get(first)
    if (bucket) (bucket.pending ??= []).push([phrase, entry])
    else this.index.set(first, { compiled: [], pending: [[phrase, entry]] })
  }

  private candidates(word: string): Compiled<T>[] | undefined {
    const bucket = this.index.get(word)
    if (bucket === undefined) return undefined
    if (bucket.pending !== undefined) {
      for (const [phrase, entry] of bucket.pending) insertByLength(bucket.compiled, { words: phraseWords(phrase, this.locale), phrase, entry })
      bucket.pending = undefined
    }
    return bucket.compiled
  }

  get size(): number {
    return this.index.size
  }

  /**
   * Matches in one sentence's words, left to right, without overlaps. `gapOk` decides whether
   * the text between two consecutive words may sit inside a phrase (default: only spaces and
   * hyphens, so a comma or full stop breaks a phrase). `accept`, when given, may reject a
   * candidate in context (the words around it); a shorter candidate at the same word is tried next.
   */
  match(words: readonly Token[], text: string, gapOk: (gap: string) => boolean = defaultGap, accept?: (entry: T, from: number, to: number) => boolean): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = []
    for (let i = 0; i < words.length; i++) {
      const candidates = this.candidates(words[i]!.lower)
      if (!candidates) continue
      for (const c of candidates) {
        if (i + c.words.length > words.length) continue
        let ok = true
        for (let k = 1; k < c.words.length; k++) {
          const w = words[i + k]!
          if (w.lower !== c.words[k] || !gapOk(text.slice(words[i + k - 1]!.end, w.start))) {
            ok = false
            break
          }
        }
        if (!ok || (accept && !accept(c.entry, i, i + c.words.length))) continue
        const last = words[i + c.words.length - 1]!
        hits.push({ entry: c.entry, phrase: c.phrase, from: i, to: i + c.words.length, start: words[i]!.start, end: last.end })
        i += c.words.length - 1
        break
      }
    }
    return hits
  }
}

/** Words of a phrase may be apart by spaces and hyphens only (a comma or full stop ends a phrase). */
export function defaultGap(gap: string): boolean {
  // A single space is nearly every gap: answer it without the regex.
  return gap === ' ' || (gap.length < 4 && /^[\s\-–]*$/.test(gap))
}
