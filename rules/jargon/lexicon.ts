/**
 * The jargon lexicon, built once per linter: the glossary (industry jargon) and the curated
 * retext-simplify pairs (wordy, bureaucratic phrasing) in one phrase matcher, so the longest
 * phrase wins across both lists and a reply costs one Map lookup per word.
 */
import { languageData } from '../../src/kit/language-pack.js'
import type { RuleLanguage } from '../../src/rule.js'
import { normalizeWord, phraseWords } from '../../src/text/phrases.js'
import { createPhraseMatcher, type WordPhraseMatcher } from '../../src/kit/matcher.js'
import { splitHyphenated } from '../../src/text/hyphens.js'
import { apostrophe, turkishPhraseWords } from '../../src/text/turkish.js'
import type { Token } from '../../src/document.js'

/** An entry as written in `en.json` or in the `add` option. */
export interface RawEntry {
  plain: string[]
  variants?: string[]
  forms?: Record<string, string[]>
  fix?: boolean
  hyphen?: boolean | string[]
  notBefore?: string[]
  notAfter?: string[]
  requireBefore?: string[]
  domain?: string
  from?: string
}

export interface JargonData {
  glossary: Record<string, RawEntry>
  wordy: { keep: Record<string, RawEntry>; off: Record<string, string> }
}

export interface JargonOptions {
  /** Extra terms: `{ 'term': 'plain' | ['plain', …] | RawEntry }` (glossary, or `wordy` kind with `kind: 'wordy'`). */
  add?: Record<string, string | string[] | (RawEntry & { kind?: Kind })>
  /** Terms or phrases never flagged (any spelling listed under them). */
  ignore?: string[]
  /** `false` turns off the wordy-phrasing half (retext-simplify pairs). */
  wordy?: boolean
}

export type Kind = 'jargon' | 'wordy'

export interface Sense {
  kind: Kind
  /** The head term in the data (for `ignore`). */
  term: string
  /** Alternatives for the form matched. */
  plain: string[]
  fix: boolean
  hyphen: boolean
  notBefore?: Set<string>
  notAfter?: Set<string>
  requireBefore?: Set<string>
}

export interface JargonHit {
  sense: Sense
  start: number
  end: number
  /** The normalized phrase matched (for the customer-message check). */
  phrase: string
  /** Turkish: the words carry endings (`ticketınız`, `cache'i`), so a plain rewrite can't replace them as is. */
  inflected?: boolean
}

const CAPS_WITH_I = /^(?:(?!I)[\p{Lu}\d])*I[\p{Lu}\d]*$/u // up to the first I, then anything: one way to match

export class JargonLexicon {
  private readonly matcher: WordPhraseMatcher<Sense>
  private readonly turkish: boolean
  private readonly normalize: (phrase: string) => string

  constructor(options: JargonOptions = {}, language: RuleLanguage = 'en') {
    const data = jargonData(language)
    const turkish = (this.turkish = language === 'tr')
    const lower = turkish ? (w: string): string => normalizeWord(w, 'tr') : (w: string): string => w.toLowerCase()
    const set = (list: string[] | undefined): Set<string> | undefined => (list && list.length > 0 ? new Set(list.map(lower)) : undefined)
    // Turkish entries may end a word in `+` (endings): `ignore: ['ticket']` drops `ticket+` too.
    const normalize = (this.normalize = turkish ? (phrase: string): string => turkishPhraseWords(phrase).join(' ').replace(/\+/g, '') : (phrase: string): string => phraseWords(phrase).join(' '))
    const ignore = new Set((options.ignore ?? []).map(normalize))
    // Start-up runs cold (interpreted): normalize a term only when there is an ignore list to check.
    const ignored = (phrase: string): boolean => ignore.size > 0 && ignore.has(normalize(phrase))
    const entries: Array<[string, Sense]> = []
    const push = (kind: Kind, term: string, raw: RawEntry): void => {
      if (ignored(term)) return
      const hyphenForms = Array.isArray(raw.hyphen) ? new Set(raw.hyphen.map(normalize)) : undefined
      const base = { kind, term, fix: raw.fix === true, notBefore: set(raw.notBefore), notAfter: set(raw.notAfter), requireBefore: set(raw.requireBefore) }
      const forms: Array<[string, string[]]> = [[term, raw.plain], ...(raw.variants ?? []).map((v): [string, string[]] => [v, raw.plain]), ...Object.entries(raw.forms ?? {})]
      for (const [form, plain] of forms) {
        if (ignored(form)) continue
        const hyphen = raw.hyphen === true || (hyphenForms?.has(normalize(form)) ?? false)
        entries.push([form, { ...base, plain, hyphen }])
      }
    }
    for (const [term, raw] of Object.entries(data.glossary)) push('jargon', term, raw)
    if (options.wordy !== false) for (const [term, raw] of Object.entries(data.wordy.keep)) push('wordy', term, raw)
    for (const [term, value] of Object.entries(options.add ?? {})) {
      const raw: RawEntry & { kind?: Kind } = typeof value === 'string' ? { plain: [value] } : Array.isArray(value) ? { plain: value } : value
      push(raw.kind === 'wordy' ? 'wordy' : 'jargon', term, { ...raw, plain: raw.plain ?? [] })
    }
    // Turkish data ends stems in `+` (`ticket+`), so the Turkish list is matched with its endings.
    this.matcher = createPhraseMatcher(entries, { language: turkish ? 'tr' : 'en' })
  }

  /**
   * Jargon and wordy phrases among one sentence's words. `sentenceText` (optional) lets the
   * common case skip the hyphen and possessive passes with one `includes` each.
   */
  match(sentenceWords: readonly Token[], text: string, sentenceText?: string): JargonHit[] {
    if (this.turkish) return this.matchTurkish(sentenceWords, text)
    const split = sentenceText === undefined || sentenceText.includes('-') ? splitHyphenated(sentenceWords) : sentenceWords
    const words = sentenceText === undefined || /['’.]/.test(sentenceText) ? cleanAll(split) : split
    const accept = (sense: Sense, from: number, to: number): boolean => {
      const prev = from > 0 ? words[from - 1] : undefined
      const next = words[to]
      // A word before or after counts only when nothing but spaces separates it.
      const prevWord = prev && /^\s+$/.test(text.slice(prev.end, words[from]!.start)) ? prev.lower : undefined
      const nextWord = next && /^\s+$/.test(text.slice(words[to - 1]!.end, next.start)) ? next.lower : undefined
      if (sense.hyphen && (to - from < 2 || !text.slice(words[from]!.end, words[from + 1]!.start).includes('-'))) return false
      if (sense.notBefore && prevWord && sense.notBefore.has(prevWord)) return false
      if (sense.notAfter && nextWord && sense.notAfter.has(nextWord)) return false
      if (sense.requireBefore && !(prevWord && sense.requireBefore.has(prevWord))) return false
      return true
    }
    return this.matcher.match(words, text, accept).map((h) => ({ sense: h.entry, start: h.start, end: h.end, phrase: this.normalize(h.phrase) }))
  }

  /**
   * Turkish: words keep their hyphens (retext-latin) and lose an apostrophe suffix for matching
   * (`ticket'ınız` → ticket); capitals with `I` are read the English way too (`PIR` → pir).
   */
  private matchTurkish(sentenceWords: readonly Token[], text: string): JargonHit[] {
    const words = sentenceWords.map((w) => {
      const at = apostrophe(w.value)
      const lower = w.value.includes('I') && CAPS_WITH_I.test(at > 0 ? w.value.slice(0, at) : w.value) ? w.value.toLowerCase() : w.lower
      return at > 0 ? { ...w, lower: lower.slice(0, at) } : lower === w.lower ? w : { ...w, lower }
    })
    const accept = (sense: Sense, from: number, to: number): boolean => acceptable(sense, words, from, to, text)
    return this.matcher.match(words, text, accept).map((h) => {
      const phrase = this.normalize(h.phrase)
      const written = words
        .slice(h.from, h.to)
        .map((w) => w.lower)
        .join(' ')
      const inflected = written !== phrase || apostrophe(text.slice(h.start, h.end)) !== -1
      return { sense: h.entry, start: h.start, end: h.end, phrase, inflected }
    })
  }
}

/** The context conditions an entry sets (`notBefore`, `notAfter`, `requireBefore`). */
function acceptable(sense: Sense, words: readonly Token[], from: number, to: number, text: string): boolean {
  const prev = from > 0 ? words[from - 1] : undefined
  const next = words[to]
  const prevWord = prev && /^\s+$/.test(text.slice(prev.end, words[from]!.start)) ? prev.lower : undefined
  const nextWord = next && /^\s+$/.test(text.slice(words[to - 1]!.end, next.start)) ? next.lower : undefined
  if (sense.notBefore && prevWord && sense.notBefore.has(prevWord)) return false
  if (sense.notAfter && nextWord && sense.notAfter.has(nextWord)) return false
  if (sense.requireBefore && !(prevWord && sense.requireBefore.has(prevWord))) return false
  return true
}

/** Possessives match their noun (`backend's`); retext keeps a full stop in `tier 2.`: drop it. Copies only when needed. */
function cleanAll(words: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    let c = w
    if (w.lower.endsWith("'s")) c = { ...w, lower: w.lower.slice(0, -2) }
    else if (w.lower.endsWith('.') && /^\d+\.$/.test(w.lower)) c = { ...w, value: w.value.slice(0, -1), lower: w.lower.slice(0, -1), end: w.end - 1 }
    if (c !== w) out ??= words.slice(0, i)
    out?.push(c)
  }
  return out ?? words
}

const shared = new Map<string, JargonLexicon>()

/** The default lexicon for a language (`tr`, else English), shared by every linter without jargon options. */
export function defaultLexicon(key: RuleLanguage = 'en'): JargonLexicon {
  let lexicon = shared.get(key)
  if (!lexicon) shared.set(key, (lexicon = new JargonLexicon({}, key)))
  return lexicon
}

/** A language's data (`rules/jargon/<language>.json`, through the language pack). */
export function jargonData(language: RuleLanguage = 'en'): JargonData {
  return languageData<JargonData>('jargon', language)
}
