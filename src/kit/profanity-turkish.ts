/**
 * The Turkish profanity lexicon, built once. Turkish is agglutinative (`siktiğimin`,
 * `orospuluk`, `amına`), so a word list can't enumerate the forms: profane stems are indexed by
 * their first two letters and each carries an explicit suffix pattern, so a word costs one Map
 * lookup and, for the few words sharing a stem's first letters, one anchored regex test.
 * Suffixes are explicit (not a general suffix grammar) so that innocent words starting with a
 * profane-looking stem never match: sıkıntı, sikke, götürdük, bokser, sıçan, sicil, amir, tamam.
 */
import { normalizeWord } from '../text/phrases.js'
import { createPhraseMatcher, type WordPhraseMatcher } from './matcher.js'
import type { Token } from '../document.js'
import { matchSpacedLetters } from './spaced-letters.js'
import { obfuscationTokens } from '../text/obfuscation-tokens.js'
import { trimTrailing } from '../text/trailing.js'
import type { Lexicon, ProfanityEntry, ProfanityHit, ProfanityOptions } from './profanity-lexicon.js'
import { languageData } from './language-pack.js'
import escapeStringRegexp from 'escape-string-regexp'

interface Stem {
  stem: string
  re: RegExp
  entry: ProfanityEntry
}

interface StemData {
  stems: string[]
  suffix: string
}

/** rules/profanity/tr.json */
interface TurkishProfanityData {
  stems: StemData[]
  words: string[]
  phrases: string[]
  innocent: string[]
  cores: string[]
  rewordings: Record<string, string[]>
}

const ALPHABET = 'abcçdefgğhıijklmnoöprsştuüvyz'
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' }
const PLAIN = /^\p{L}+$/u
const INITIALS_MARK = /[\^/*]/
const HELD = /(\p{L})\1\1/u
/** Index key: a word's first two UTF-16 code units as one number (no substring, no string hash). */
const key = (s: string): number => s.charCodeAt(0) * 65536 + (s.charCodeAt(1) || 0)

export class TurkishProfanityLexicon implements Lexicon {
  readonly locale = 'tr'
  private readonly stems = new Map<number, Stem[]>()
  private readonly exact = new Map<string, ProfanityEntry>()
  private readonly phrases: WordPhraseMatcher<ProfanityEntry>
  private readonly innocent: WordPhraseMatcher<true>
  private readonly cores: string[]
  private readonly ignore: Set<string>

  constructor(options: ProfanityOptions = {}) {
    const data = languageData<TurkishProfanityData>('profanity', 'tr')
    const norm = (w: string): string => normalizeWord(w, 'tr')
    this.ignore = new Set((options.ignore ?? []).map(norm))
    const rewordings = data.rewordings
    const entry = (phrase: string): ProfanityEntry => ({ phrase, rewordings: rewordings[phrase] ?? [] })
    for (const group of data.stems) {
      const id = group.stems[0]!
      if (this.ignore.has(id)) continue
      for (const stem of group.stems) {
        if (this.ignore.has(stem)) continue
        const list = this.stems.get(key(stem)) ?? []
        list.push({ stem, re: new RegExp(`^${escapeStringRegexp(stem)}(?:${group.suffix})$`, 'u'), entry: entry(id) })
        this.stems.set(key(stem), list)
      }
    }
    const added = Array.isArray(options.add) ? options.add : Object.keys(options.add ?? {}).filter((w) => ((options.add as Record<string, number>)[w] ?? 2) >= 1)
    const phrases: Array<[string, ProfanityEntry]> = []
    for (const w of [...data.words, ...data.phrases, ...added]) {
      const key = norm(w)
      if (this.ignore.has(key)) continue
      if (/\s/.test(key.trim())) phrases.push([w, entry(key)])
      else this.exact.set(key, entry(key))
    }
    this.phrases = createPhraseMatcher(phrases, { language: 'tr' })
    this.innocent = createPhraseMatcher(
      data.innocent.map((p): [string, true] => [p, true]),
      { language: 'tr' },
    )
    this.cores = data.cores.map(norm).filter((c) => !this.ignore.has(c))
  }

  /** The entry a single lower-cased word is a form of, if it is profane. */
  lookup(lower: string): ProfanityEntry | undefined {
    if (this.ignore.size > 0 && this.ignore.has(lower)) return undefined
    const list = this.stems.get(key(lower))
    const hit = this.exact.get(lower)
    if (hit) return hit
    if (list) for (const s of list) if (lower.startsWith(s.stem) && s.re.test(lower)) return s.entry
    return undefined
  }

  /** Profane words and phrases among a sentence's words (plain spellings, any case). */
  matchWords(words: readonly Token[], text: string): ProfanityHit[] {
    const hits: ProfanityHit[] = this.phrases.match(words, text).map((h) => ({ start: h.start, end: h.end, entry: h.entry }))
    for (const w of words) {
      if (hits.some((h) => w.start < h.end && w.end > h.start)) continue
      // Agent initials in a social signature (^AQ, /AQ, *AQ) are not the abbreviation `aq`.
      const before = text[w.start - 1] ?? ''
      if (INITIALS_MARK.test(before) && (before !== '*' || text[w.end] !== '*')) continue
      const entry = this.lookupToken(w)
      if (entry) hits.push({ start: w.start, end: w.end, entry })
    }
    if (hits.length === 0) return hits
    const innocent = this.innocent.match(words, text)
    return innocent.length === 0 ? hits : hits.filter((h) => !innocent.some((i) => h.start < i.end && h.end > i.start))
  }

  private lookupToken(w: Token): ProfanityEntry | undefined {
    const entry = this.lookup(w.lower)
    if (entry) return entry
    // Capitals typed on a non-Turkish keyboard: SIKTIR is siktir, not sıktır.
    if (w.value.includes('I')) {
      const en = normalizeWord(w.value, 'en')
      if (en !== w.lower) return this.lookup(en)
    }
    return undefined
  }

  /** Masked, leetspeak, dotted, spaced and stretched spellings: s*ktir, s1ktir, a.m.k, a m k, siktirrr. */
  matchObfuscated(prose: string): ProfanityHit[] {
    const hits: ProfanityHit[] = []
    // Unicode-property regexes are ~10x slower on Turkish letters than on ASCII: a plain character
    // scan first rules out the drafts (nearly all) with nothing that could be an obfuscation.
    if (!mayBeObfuscated(prose)) return hits
    for (const m of obfuscationTokens(prose)) {
      // Stars around a word are emphasis or a footnote (**Önemli**, fiyat*), not a mask.
      const lead = /^\**/.exec(m.raw)![0].length
      const raw = trimTrailing(m.raw.slice(lead), '*.!')
      // Plain words are the word pass's job, unless a letter is held down (siktirrr): skip them cheaply.
      if (raw.length < 2 || (PLAIN.test(raw) && !HELD.test(raw))) continue
      const word = this.resolve(raw)
      if (word) hits.push({ start: m.start + lead, end: m.start + lead + raw.length, entry: { phrase: word, rewordings: [] } })
    }
    matchSpacedLetters(
      prose,
      hits,
      (c) => normalizeWord(c, 'tr'),
      (word) => this.lookup(word) !== undefined,
    )
    return hits
  }

  private resolve(raw: string): string | undefined {
    const lower = normalizeWord(raw, 'tr')
    if (PLAIN.test(lower)) return HELD.test(lower) ? this.stretched(lower) : undefined
    // A three-letter core with its vowel dotted out (b.k, g.t), in lower case only: `A.K.` or `M.E.` are initials.
    const dotted = /^\p{Ll}\.\p{Ll}$/u.test(raw) ? this.cores.find((core) => core.length === 3 && core[0] === lower[0] && core[2] === lower[2]) : undefined
    if (dotted) return dotted
    if (/^(\p{L}\.)+\p{L}$/u.test(lower)) {
      const joined = lower.replace(/\./g, '')
      return this.lookup(joined) ? joined : undefined
    }
    // One dot standing for one letter inside a word (s.çtı, a.ına): only an exact core or listed form counts.
    if (/^\p{L}+\.\p{L}+$/u.test(lower) && lower.length >= 4) return this.oneMasked(lower.replace('.', '*'))
    if (lower.includes('.') || /\d{2,}/.test(lower)) return undefined
    const mapped = lower.replace(/[013457@$!]/g, (c) => LEET[c]!)
    if (!mapped.includes('*')) return /^\p{L}+$/u.test(mapped) ? this.stretched(mapped) : undefined
    if (!/^[\p{L}*]+$/u.test(mapped) || mapped.replace(/\*/g, '').length < 2) return undefined
    const pattern = new RegExp(`^${mapped.replace(/\*+/g, (s) => `\\p{L}{1,${s.length + 1}}`)}$`, 'u')
    for (const core of this.cores) if (pattern.test(core)) return core
    // One masked letter inside an inflected form (s*ktirin): try every letter.
    if (/^[^*]+\*[^*]+$/.test(mapped)) {
      for (const c of ALPHABET) {
        const word = mapped.replace('*', c)
        if (this.lookup(word)) return word
      }
    }
    return undefined
  }

  /** A word with exactly one letter masked: a core of the same length, or a listed form (s*ktirin). */
  private oneMasked(mapped: string): string | undefined {
    const [head, tail] = mapped.split('*') as [string, string]
    for (const core of this.cores) if (core.length === mapped.length && core.startsWith(head) && core.endsWith(tail)) return core
    for (const c of ALPHABET) {
      const word = head + c + tail
      if (this.lookup(word)) return word
    }
    return undefined
  }

  /** A word with a letter held down (siktirrr, amkkk): try each run as one letter, then as two. */
  private stretched(lower: string): string | undefined {
    if (this.lookup(lower)) return lower
    for (const word of [lower.replace(/(\p{L})\1+/gu, '$1'), lower.replace(/(\p{L})\1{2,}/gu, '$1$1')]) if (this.lookup(word)) return word
    return undefined
  }
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000)
const isMask = (c: number): boolean => c === 42 || c === 64 || c === 36 || c === 33 || (c >= 48 && c <= 57) // * @ $ ! 0-9
const isSeparator = (c: number): boolean => c === 32 || c === 46 || c === 45 || c === 95 || c === 42 // space . - _ *

/**
 * Cheap pre-check for `matchObfuscated`: a mask character or digit touching a letter (s*ktir, s1ktir,
 * a$$), a dot between letters (a.m.k), a letter held down three times (siktirrr) or single letters
 * separated by spaces or dots (a m k). False positives only cost the full regex pass.
 */
export function mayBeObfuscated(text: string): boolean {
  let prev = -1
  let prev2 = -1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isMask(c)) {
      if (isLetter(prev) || isLetter(text.charCodeAt(i + 1))) return true
    } else if (c === 46) {
      if (isLetter(prev) && isLetter(text.charCodeAt(i + 1))) return true
    } else if (isLetter(c)) {
      if (c === prev && c === prev2) return true
      if (!isLetter(prev) && isSeparator(text.charCodeAt(i + 1)) && isLetter(text.charCodeAt(i + 2)) && !isLetter(text.charCodeAt(i + 3)) && isSeparator(text.charCodeAt(i + 3)) && isLetter(text.charCodeAt(i + 4))) return true
    }
    prev2 = prev
    prev = c
  }
  return false
}
