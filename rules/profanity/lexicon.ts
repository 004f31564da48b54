/**
 * The profanity lexicons, built once and picked by the draft's language. English: cuss's
 * sureness-rated list (the data retext-profanities uses) curated for support text, plus
 * obfuscation patterns that plain word lists miss. retext-profanities itself rebuilds its phrase
 * index on every document (~0.85 ms a draft, more than the whole pipeline's budget), so the same
 * data is indexed here once. Turkish: stems with suffix patterns, see `turkish.ts`.
 */
import { cuss } from 'cuss'
import data from './en.json' with { type: 'json' }
import { splitHyphenated } from '../../src/text/hyphens.js'
import { obfuscationTokens } from '../../src/text/obfuscation-tokens.js'
import { trimTrailing } from '../../src/text/trailing.js'
import { matchSpacedLetters } from './spaced.js'
import { PhraseMatcher, normalizeWord } from '../../src/text/phrases.js'
import type { Token } from '../../src/document.js'
import { TurkishProfanityLexicon } from './turkish.js'

export interface ProfanityEntry {
  phrase: string
  rewordings: string[]
}

export interface ProfanityOptions {
  minSureness?: number
  add?: Record<string, number> | string[]
  ignore?: string[]
}

export interface ProfanityHit {
  start: number
  end: number
  entry: ProfanityEntry
}

/** What the rule needs from a language's lexicon. */
export interface Lexicon {
  /** Locale words are lower-cased with (`tr`: I→ı, İ→i). */
  readonly locale: string
  /** Profane words and phrases among a sentence's words. */
  matchWords(words: readonly Token[], text: string): ProfanityHit[]
  /** Obfuscated spellings in prose (masked, leetspeak, dotted, spaced, stretched). */
  matchObfuscated(prose: string): ProfanityHit[]
}

const OBFUSCATION_CUE = /[*@$!0-9]\p{L}|\p{L}[*@$!0-9]|\p{L}\.\p{L}|(\p{L})\1\1/u

export class ProfanityLexicon implements Lexicon {
  readonly locale = 'en'
  readonly matcher: PhraseMatcher<ProfanityEntry>
  private readonly obfuscated: Set<string>
  private readonly stretched: RegExp

  constructor(options: ProfanityOptions = {}) {
    const minSureness = options.minSureness ?? data.minSureness
    const ignore = new Set([...data.ignore, ...(options.ignore ?? [])].map((w) => w.toLowerCase()))
    const add: Record<string, number> = { ...(data.add as Record<string, number>) }
    if (Array.isArray(options.add)) for (const w of options.add) add[w] = 2
    else Object.assign(add, options.add ?? {})
    const rewordings = data.rewordings as Record<string, string[]>
    const entries: Array<[string, ProfanityEntry]> = []
    for (const source of [cuss as Record<string, number>, add]) {
      for (const [phrase, sureness] of Object.entries(source)) {
        if (sureness < minSureness || ignore.has(phrase.toLowerCase())) continue
        entries.push([phrase, { phrase, rewordings: (rewordings[phrase] ?? []).filter(Boolean) }])
      }
    }
    this.matcher = new PhraseMatcher(entries)
    this.obfuscated = new Set(data.obfuscated)
    // "fuuuuck", "shiiiit": each letter of a core word may be stretched.
    const stretch = (w: string): string => w.replace(/(.)\1*/g, (run, c: string) => `${c}{${run.length},}`)
    this.stretched = new RegExp(`^(?:${data.obfuscated.map(stretch).join('|')})$`)
  }

  /** Profane words and phrases among a sentence's words. */
  matchWords(words: readonly Token[], text: string): ProfanityHit[] {
    // retext keeps hyphenated compounds as one word: "bull-shit" is matched as its parts.
    const normalized = splitHyphenated(words).map((w) => (w.lower.endsWith("'s") ? { ...w, lower: w.lower.slice(0, -2) } : w))
    return this.matcher.match(normalized, text).map((h) => ({ start: h.start, end: h.end, entry: h.entry }))
  }

  /** Obfuscated spellings in raw prose: f*ck, f**k, sh1t, a$$, f.u.c.k, f u c k, fuuuuck. */
  matchObfuscated(prose: string): ProfanityHit[] {
    const hits: ProfanityHit[] = []
    // Every spelling `resolve` accepts has a letter next to a symbol or digit, a dot between
    // letters, or a letter three times over; most drafts have none, and skip the word-by-word scan.
    for (const { start, end, raw } of OBFUSCATION_CUE.test(prose) ? obfuscationTokens(prose) : []) {
      const plain = /^\p{L}+$/u.test(raw)
      if (plain && !/(\p{L})\1\1/u.test(raw)) continue
      const word = this.resolve(raw)
      if (word) hits.push({ start, end, entry: { phrase: word, rewordings: [] } })
    }
    // Spaced or dotted single letters: "f u c k", "f-u-c-k".
    matchSpacedLetters(prose, hits, (c) => c.toLowerCase(), (word) => this.obfuscated.has(word))
    return hits
  }

  private resolve(raw: string): string | undefined {
    let lower = trimTrailing(raw.toLowerCase(), '.!')
    if (/^\p{L}+$/u.test(lower)) return this.stretched.test(lower) ? lower.replace(/(.)\1{2,}/g, '$1') : undefined
    // Dotted letters: "f.u.c.k" (but not "e.g." or "a.m.").
    if (/^(\p{L}\.)+\p{L}$/u.test(lower)) {
      const joined = lower.replace(/\./g, '')
      return joined.length >= 3 && this.obfuscated.has(joined) ? joined : undefined
    }
    if (/[.]/.test(lower)) return undefined
    lower = lower.replace(/0/g, 'o').replace(/1/g, 'i').replace(/3/g, 'e').replace(/4/g, 'a').replace(/5/g, 's').replace(/7/g, 't').replace(/@/g, 'a').replace(/\$/g, 's').replace(/!/g, 'i')
    if (lower.includes('*')) {
      // A masked swear starts with a letter (f*ck, sh*t, a**hole); `**It` is Markdown bold.
      if (!/^[a-z]/.test(lower)) return undefined
      if (/^\**$/.test(lower.replace(/[^*]/g, '')) && !/\p{L}/u.test(lower.replace(/\*/g, ''))) return undefined
      const pattern = new RegExp('^' + lower.replace(/[^a-z*]/g, '').replace(/\*+/g, (s) => `[a-z]{1,${s.length + 1}}`) + '$')
      for (const word of this.obfuscated) if (word.length >= 3 && pattern.test(word) && lower.replace(/\*/g, '').length >= 1) return word
      return undefined
    }
    if (/^[a-z]+$/.test(lower) && lower !== raw.toLowerCase()) return this.obfuscated.has(lower) || this.stretched.test(lower) ? lower : undefined
    return undefined
  }
}

let shared: ProfanityLexicon | undefined
let sharedTurkish: TurkishProfanityLexicon | undefined

/** The default lexicon, shared by rules that need to know whether a text is profane. */
export function defaultLexicon(): ProfanityLexicon {
  shared ??= new ProfanityLexicon()
  return shared
}

/** The default lexicon for a language (`tr` or English for anything else), built on first use. */
export function lexiconFor(language: string): Lexicon {
  if (language === 'tr') return (sharedTurkish ??= new TurkishProfanityLexicon())
  return defaultLexicon()
}

/** A lexicon for a language with the user's `add`/`ignore` options. */
export function customLexicon(language: string, options: ProfanityOptions): Lexicon {
  return language === 'tr' ? new TurkishProfanityLexicon(options) : new ProfanityLexicon(options)
}

/** Whether plain text (a customer's message) contains profanity. Cheap word split, no parse. */
export function containsProfanity(text: string, lexicon: Lexicon = defaultLexicon()): boolean {
  const words: Token[] = []
  const re = /[\p{L}\p{N}'’]+/gu
  for (let m = re.exec(text); m; m = re.exec(text)) {
    words.push({ value: m[0], lower: normalizeWord(m[0], lexicon.locale), start: m.index, end: m.index + m[0].length })
  }
  return lexicon.matchWords(words, text).length > 0 || lexicon.matchObfuscated(text).length > 0
}
