/**
 * Turkish helpers shared by the rules' Turkish data: a phrase matcher that knows word endings,
 * the part of a word before an apostrophe suffix (`TL'ye`, `PNR'nizi`), and locale-aware case
 * mapping (`i` ↔ `İ`, `ı` ↔ `I`).
 *
 * Turkish glues endings onto words (`aptal` → `aptalsınız`, `aptalca`, `aptallığınızdan`), so a
 * list entry may end a word with `+`: that word then matches its stem followed by a chain of
 * nominal endings (derivation -lIk/-cA, plural, possessive, case, copula/person). Words without
 * `+` match exactly, as in `PhraseMatcher`. Same cost model: entries are indexed by their first
 * word (exact words in a Map, `+` stems by their first two letters as one number), so a lookup is
 * one or two `Map.get` and, for the few words sharing a stem's first letters, one `startsWith`
 * and one anchored regex test.
 *
 * Only use `+` on stems that do not start common innocent words: `aptal+` is safe, `mal+` is not
 * (`malınız kargoda`: goods).
 */
import type { Token } from '../document.js'
import { normalizeWord, type PhraseHit } from './phrases.js'
import escapeStringRegexp from 'escape-string-regexp'

/**
 * Nominal endings after a stem, each slot optional; vowels are not harmony-checked (cheaper, and
 * the stems fix the harmony in practice): -lIk/-lIğ/-cA, -lAr, possessives (after a vowel without
 * one of their own: iade → iadeniz, iademiz), cases, copula/person.
 */
export const NOMINAL_SUFFIXES = [
  String.raw`(?:l[ıiuü]k|l[ıiuü]ğ|[cç][ae])?`,
  String.raw`(?:l[ae]r)?`,
  String.raw`(?:[ıiuü]?m[ıiuü]z|[ıiuü]?n[ıiuü]z|l[ae]r[ıi]|s[ıiuü]|[ıiuü]m|[ıiuü]n|m|n|[ıiuü])?`,
  String.raw`(?:n?d[ae]n|n?t[ae]n|n?d[ae]|n?t[ae]|n[ıiuü]n|y?l[ae]|y?[ae]|n?[ae]|y?[ıiuü]|n[ıiuü])?`,
  String.raw`(?:s[ıiuü]n[ıiuü]z|s[ıiuü]n|y?[ıiuü]m|y?[ıiuü]z|d[ıiuü]r|t[ıiuü]r|y?d[ıiuü]|y?t[ıiuü]|y?m[ıiuü]ş)?`,
].join('')

/** Final consonants that soften before a vowel: talep → talebiniz, salak → salağa, köpek → köpeği. */
const MUTATION: Record<string, string> = { p: 'b', ç: 'c', t: 'd', k: 'ğ' }

interface Word {
  exact?: string
  /** The stem's common prefix (without a final consonant that may soften). */
  stem?: string
  re?: RegExp
}

interface Compiled<T> {
  words: Word[]
  entry: T
  phrase: string
}

const key = (s: string): number => s.charCodeAt(0) * 65536 + (s.charCodeAt(1) || 0)
const TRIM = /^[^\p{L}\p{N}'+]+|(?<![^\p{L}\p{N}'+])[^\p{L}\p{N}'+]+$/gu // trailing run from its start only: linear

/** Split a Turkish list entry into match words (spaces separate words; hyphens stay inside, as in retext-latin). */
export function turkishPhraseWords(phrase: string): string[] {
  return normalizeWord(phrase, 'tr')
    .split(/\s+/)
    .map((w) => w.replace(TRIM, ''))
    .filter(Boolean)
}

export class TurkishPhraseMatcher<T> {
  private readonly exact = new Map<string, Compiled<T>[]>()
  private readonly stems = new Map<number, Compiled<T>[]>()

  constructor(entries: Iterable<[string, T]> = []) {
    for (const [phrase, entry] of entries) this.add(phrase, entry)
  }

  add(phrase: string, entry: T): void {
    const words = turkishPhraseWords(phrase).map((w): Word => (w.length > 2 && w.endsWith('+') ? stemWord(w.slice(0, -1)) : { exact: w.replace(/\+$/, '') }))
    if (words.length === 0) return
    const first = words[0]!
    const compiled: Compiled<T> = { words, entry, phrase }
    if (first.exact !== undefined) push(this.exact, first.exact, compiled)
    else push(this.stems, key(first.stem!), compiled)
  }

  get size(): number {
    return this.exact.size + this.stems.size
  }

  /**
   * Matches in one sentence's words (tr-lower-cased tokens), left to right, longest first,
   * without overlaps. `gapOk` decides whether the text between two words may sit inside a phrase
   * (default: spaces only); `accept` may reject a candidate in context.
   */
  match(words: readonly Token[], text: string, gapOk: (gap: string) => boolean = defaultGap, accept?: (entry: T, from: number, to: number) => boolean): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = []
    for (let i = 0; i < words.length; i++) {
      const lower = words[i]!.lower
      const exact = this.exact.get(lower)
      const stems = this.stems.get(key(lower))
      if (!exact && !stems) continue
      const best = pick(exact, words, i, text, gapOk, accept, pick(stems, words, i, text, gapOk, accept, undefined))
      if (!best) continue
      const last = words[i + best.words.length - 1]!
      hits.push({ entry: best.entry, phrase: best.phrase, from: i, to: i + best.words.length, start: words[i]!.start, end: last.end })
      i += best.words.length - 1
    }
    return hits
  }
}

/** The longest candidate in `list` that matches at word `i` (or `best` if that one is longer). */
function pick<T>(
  list: Compiled<T>[] | undefined,
  words: readonly Token[],
  i: number,
  text: string,
  gapOk: (gap: string) => boolean,
  accept: ((entry: T, from: number, to: number) => boolean) | undefined,
  best: Compiled<T> | undefined,
): Compiled<T> | undefined {
  if (!list) return best
  for (const c of list) {
    if (best && c.words.length <= best.words.length) break
    if (i + c.words.length > words.length) continue
    let ok = true
    for (let k = 0; k < c.words.length && ok; k++) {
      const w = words[i + k]!
      if (k > 0 && !gapOk(text.slice(words[i + k - 1]!.end, w.start))) ok = false
      else ok = wordMatches(c.words[k]!, w.lower)
    }
    if (ok && (!accept || accept(c.entry, i, i + c.words.length))) return c
  }
  return best
}

function push<K, T>(map: Map<K, Compiled<T>[]>, k: K, c: Compiled<T>): void {
  const list = map.get(k) ?? []
  list.push(c)
  // Longest phrase first (stable: the first added wins a tie).
  list.sort((a, b) => b.words.length - a.words.length)
  map.set(k, list)
}

/** A `+` word: its stem, and the softened stem before a vowel (talep → talebiniz, salak → salağa). */
function stemWord(stem: string): Word {
  const soft = MUTATION[stem.at(-1)!]
  const escaped = escapeStringRegexp(stem)
  const head = soft ? `(?:${escaped}|${escapeStringRegexp(stem.slice(0, -1))}${soft}(?=[aeıioöuü]))` : escaped
  return { stem: soft ? stem.slice(0, -1) : stem, re: new RegExp(`^${head}${NOMINAL_SUFFIXES}$`, 'u') }
}

function wordMatches(w: Word, lower: string): boolean {
  if (w.exact !== undefined) return w.exact === lower
  return lower.startsWith(w.stem!) && w.re!.test(lower)
}

function defaultGap(gap: string): boolean {
  return gap.length < 4 && /^\s+$/.test(gap)
}

/** The token without an apostrophe suffix (`TL'ye` → `TL`, `cache'i` → `cache`), or the token itself. */
export function withoutSuffix(token: Token): Token {
  const at = apostrophe(token.value)
  if (at <= 0) return token
  return { value: token.value.slice(0, at), lower: token.lower.slice(0, at), start: token.start, end: token.start + at }
}

/** Index of the first apostrophe in a word (straight or typographic), or -1. */
export function apostrophe(value: string): number {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c === 39 || c === 0x2019 || c === 0x2018) return i
  }
  return -1
}

/** Turkish upper case: `i` → `İ`, `ı` → `I` (fast path: toUpperCase when neither occurs). */
export function upperTurkish(word: string): string {
  if (!/[iı]/.test(word)) return word.toUpperCase()
  return word.replace(/i/g, 'İ').replace(/ı/g, 'I').toUpperCase()
}

/** First letter in Turkish upper case: `iyi günler` → `İyi günler`. */
export function capitalizeTurkish(text: string): string {
  return text ? upperTurkish(text.charAt(0)) + text.slice(1) : text
}

/** Turkish vowels, both cases (`I` is the capital of `ı`). */
export const TURKISH_VOWELS = /[aeıioöuüAEIİOÖUÜâîûÂÎÛ]/
