/**
 * One way for rules to find list phrases in a sentence's words (issue 11). A rule hands over its
 * entries and its language; this module picks the index that fits the list, so no rule chooses a
 * class or branches on the language to choose one:
 * - `patterns: true` (entries like `as I [already] told you`, `(you're|you are) wrong`): the lazily
 *   built word trie (`PhraseTrie`), which never expands a pattern into its thousands of phrases;
 * - Turkish lists: the Turkish matcher (`TurkishPhraseMatcher`): a word ending in `+` (`aptal+`)
 *   matches the stem with its endings (`aptallığınız`), other words exactly, lower-cased with
 *   Turkish case rules (`I` → `ı`); its phrases keep hyphens inside a word (`e-posta`), as
 *   retext-latin splits Turkish;
 * - anything else: exact words indexed by their first word (`PhraseMatcher`).
 *
 * Same result shape and order everywhere: hits left to right, longest phrase at a word first, the
 * first entry added wins a tie, no overlaps. The draft's words must carry `lower` normalised for the
 * same language (`ctx.document` tokens and `customerMessageOf` tokens do).
 */
import type { Token } from '../document.js'
import { PhraseMatcher, defaultGap, phraseWords, type PhraseHit } from '../text/phrases.js'
import { PhraseTrie } from '../text/phrase-trie.js'
import { TurkishPhraseMatcher, turkishPhraseWords } from '../text/turkish.js'
import { languageKey } from '../rule.js'

export type { PhraseHit } from '../text/phrases.js'

/** Decides, in context, whether a candidate entry spanning words `from`..`to` (exclusive) counts; a shorter one at the same word is tried next. */
export type AcceptHit<T> = (entry: T, from: number, to: number) => boolean

export interface PhraseMatcherOptions {
  /** The data's language (`ctx.language`): case rules, and Turkish stems for `+` words. */
  language: string
  /** Entries are patterns: `(a|b)` picks one, `[a|b]` is optional, groups may be glued to letters. */
  patterns?: boolean
  /** Phrases (words joined by one space) never to match, though the list or a pattern holds them. */
  ignore?: ReadonlySet<string>
  /**
   * Whether the text between two consecutive words may sit inside a phrase. Default: spaces and
   * hyphens (white space only for Turkish stem lists), so a comma or full stop breaks a phrase.
   */
  gap?: (gap: string) => boolean
}

export interface WordPhraseMatcher<T> {
  /** Matches in one sentence's words (`text` is what their offsets point into). */
  match(words: readonly Token[], text: string, accept?: AcceptHit<T>): PhraseHit<T>[]
}

/** An index over `entries` (phrase or pattern, value), chosen for the list and the language. */
export function createPhraseMatcher<T>(entries: Iterable<readonly [string, T]>, options: PhraseMatcherOptions): WordPhraseMatcher<T> {
  const all = Array.isArray(entries) ? (entries as ReadonlyArray<readonly [string, T]>) : [...entries]
  const locale = languageKey(options.language)
  const { gap, ignore } = options
  if (options.patterns) {
    const trie = new PhraseTrie<T>([], { locale, ...(ignore ? { ignore } : {}) })
    for (const [pattern, entry] of all) trie.addPattern(pattern, entry)
    return { match: (words, text, accept) => trie.match(words, text, gap ?? defaultGap, accept) }
  }
  const stems = locale === 'tr'
  const wordsOf = stems ? turkishPhraseWords : (phrase: string) => phraseWords(phrase, locale)
  const list = all.filter(([phrase]) => !ignore?.size || !ignore.has(wordsOf(phrase).join(' '))).map(([phrase, entry]): [string, T] => [phrase, entry])
  const matcher = stems ? new TurkishPhraseMatcher<T>(list) : new PhraseMatcher<T>(list, locale)
  return { match: (words, text, accept) => matcher.match(words, text, gap, accept) }
}
