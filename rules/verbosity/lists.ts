/**
 * The phrase lists of `verbosity` per language (`en.json`, `tr.json`, read through the language
 * packs) with the user's `add` and `ignore` options, indexed once per linter and language.
 */
import type { RuleLanguage } from '../../src/rule.js'
import { languageData } from '../../src/kit/language-pack.js'
import { createPhraseMatcher, type WordPhraseMatcher } from '../../src/kit/matcher.js'
import { phraseWords } from '../../src/text/phrases.js'
import type { Token } from '../../src/document.js'
import type { VerbosityOptions } from './index.js'
import { announcingOpener } from './announce.js'

export interface Entry {
  kind: 'filler' | 'comma' | 'redundant' | 'predicate'
  phrase: string
  replace?: string
  /** Words (prefixes) that, next after the phrase, make it no redundant pair. */
  notBefore?: readonly string[]
  /**
   * Turkish `geri iade+` → `iade`: the replacement's last word is the phrase's stem, so the fix
   * keeps the draft's inflected word (`geri iadesi` → `iadesi`).
   */
  keepsLastWord?: boolean
}

/** A language's lists; numbers missing here come from en.json (budgets are the same in every language). */
export interface LanguageData {
  maxSentenceWords?: number
  filler: string[]
  commaFiller: string[]
  /** Turkish wrapper formulas that are the sentence's verb (`… bilgilerinize sunarız`). */
  predicateFiller?: string[]
  redundant: Record<string, string>
  notBefore?: Record<string, string[]>
  /** Words that open a greeting (`hi`, `good morning`): before a comma they do not count in a sentence's length. */
  greetings?: string[]
}

/** English data: the channel budgets and units, the link length and the default sentence limit for every language. */
export interface EnglishData extends LanguageData {
  maxSentenceWords: number
  urlLength: number
  budgets: Record<string, number>
  units: Record<string, 'words' | 'characters'>
}

/** Openers that only announce the message, matched in their parts (English only: the lists spell out the Turkish ones). */
const OPENERS: Partial<Record<RuleLanguage, (words: readonly Token[]) => number>> = { en: announcingOpener }

export interface Lists {
  matcher: WordPhraseMatcher<Entry>
  maxWords: number
  opener: ((words: readonly Token[]) => number) | undefined
  greetings: ReadonlySet<string>
}

/** The matcher, sentence limit and opener check for `language`, with the options applied. */
export function buildLists(language: RuleLanguage, opts: VerbosityOptions): Lists {
  const data = languageData<LanguageData>('verbosity', language)
  // `ignore: ['geri iade']` also drops the stem entry `geri iade+` (its inflected forms).
  const ignore = new Set((opts.ignore ?? []).flatMap((p) => [phraseWords(p, language).join(' '), `${phraseWords(p, language).join(' ')}+`]))
  const entries: Array<[string, Entry]> = []
  for (const p of [...data.filler, ...(opts.add?.filler ?? [])]) entries.push([p, { kind: 'filler', phrase: p }])
  for (const p of [...data.commaFiller, ...(opts.add?.commaFiller ?? [])]) entries.push([p, { kind: 'comma', phrase: p }])
  // Wrapper formulas exist in the languages whose data lists them (Turkish); only there does `add.predicateFiller` apply.
  if (data.predicateFiller) for (const p of [...data.predicateFiller, ...(opts.add?.predicateFiller ?? [])]) entries.push([p, { kind: 'predicate', phrase: p }])
  for (const [p, r] of Object.entries({ ...data.redundant, ...opts.add?.redundant })) {
    const stem = p.endsWith('+') ? p.slice(0, -1).split(' ').pop() : undefined
    const keepsLastWord = stem !== undefined && r.split(' ').pop() === stem
    entries.push([p, { kind: 'redundant', phrase: p, replace: r, ...(data.notBefore?.[p] ? { notBefore: data.notBefore[p] } : {}), ...(keepsLastWord ? { keepsLastWord } : {}) }])
  }
  return {
    matcher: createPhraseMatcher(entries, { language, ignore }),
    maxWords: opts.maxSentenceWords ?? data.maxSentenceWords ?? languageData<EnglishData>('verbosity', 'en').maxSentenceWords,
    opener: OPENERS[language],
    greetings: new Set(data.greetings ?? []),
  }
}
