/**
 * The phrase lists of `verbosity` per language (`en.json`, `tr.json`) with the user's `add` and
 * `ignore` options, indexed once per linter and language.
 */
import { PhraseMatcher, phraseWords } from '../../src/text/phrases.js'
import type { VerbosityOptions } from './index.js'
import en from './en.json' with { type: 'json' }
import tr from './tr.json' with { type: 'json' }

export interface Entry {
  kind: 'filler' | 'comma' | 'redundant' | 'predicate'
  phrase: string
  replace?: string
  /** Words (prefixes) that, next after the phrase, make it no redundant pair. */
  notBefore?: readonly string[]
}

/** A language's lists; numbers missing here come from en.json (budgets are the same in every language). */
interface LanguageData {
  maxSentenceWords?: number
  filler: string[]
  commaFiller: string[]
  /** Turkish wrapper formulas that are the sentence's verb (`… bilgilerinize sunarız`). */
  predicateFiller?: string[]
  redundant: Record<string, string>
  notBefore?: Record<string, string[]>
}

export const DATA: Record<string, LanguageData> = { en, tr }

export interface Lists {
  matcher: PhraseMatcher<Entry>
  maxWords: number
}

/** The matcher and sentence limit for `locale` (a key of DATA), with the options applied. */
export function buildLists(locale: string, opts: VerbosityOptions): Lists {
  const data = DATA[locale]!
  const ignore = new Set((opts.ignore ?? []).map((p) => phraseWords(p, locale).join(' ')))
  const entries: Array<[string, Entry]> = []
  const push = (phrase: string, entry: Entry) => {
    if (ignore.size === 0 || !ignore.has(phraseWords(phrase, locale).join(' '))) entries.push([phrase, entry])
  }
  for (const p of [...data.filler, ...(opts.add?.filler ?? [])]) push(p, { kind: 'filler', phrase: p })
  for (const p of [...data.commaFiller, ...(opts.add?.commaFiller ?? [])]) push(p, { kind: 'comma', phrase: p })
  for (const p of [...(data.predicateFiller ?? []), ...(locale === 'tr' ? (opts.add?.predicateFiller ?? []) : [])]) push(p, { kind: 'predicate', phrase: p })
  for (const [p, r] of Object.entries({ ...data.redundant, ...opts.add?.redundant })) {
    push(p, { kind: 'redundant', phrase: p, replace: r, ...(data.notBefore?.[p] ? { notBefore: data.notBefore[p] } : {}) })
  }
  return { matcher: new PhraseMatcher(entries, locale), maxWords: opts.maxSentenceWords ?? data.maxSentenceWords ?? en.maxSentenceWords }
}
