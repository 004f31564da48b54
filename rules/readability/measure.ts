/**
 * How `readability` measures each language: syllables of a word, the grade of a text from its
 * counts, and how a message names the measure. English: Flesch–Kincaid with the `syllable`
 * package; Turkish: Ateşman's score mapped to a grade (`turkish.ts`).
 */
import { syllable } from 'syllable'
import type { RuleLanguage } from '../../src/rule.js'
import { atesman, atesmanGradeOf, atesmanScoreFor, turkishSyllables } from './turkish.js'

/** A language's thresholds and word lists (`rules/readability/<language>.json`, read through the language packs). */
export interface LanguageData {
  readingGrade: number
  minSentences: number
  minWords: number
  sentenceMargin: number
  minSentenceWords: number
  longWordSyllables: number
  minLongWords: number
  replyMargin: number
  minDenseWords: number
  denseMargin: number
  minShortWords: number
  shortBand: number[]
  minShortLongWords: number
  minShortLongShare: number
  maxSuggestions: number
  plainLongWords: string[]
  /** Turkish bureaucratic words, offered first. */
  hardWords?: string[]
  /** Words a sentence is graded with at most when deciding (its length past this is `verbosity`'s). */
  sentenceLengthCap?: number
  /** A whole reply whose sentences average at most `plainSentenceWords` words needs `plainSentenceMargin` more grade. */
  plainSentenceWords?: number
  plainSentenceMargin?: number
  /** A lead-in of at most this many words before a colon opening a sentence (`Güvenliğiniz için hatırlatalım:`) is read as a label, not graded; 0 or absent: none. */
  colonLeadIn?: number
  /** Two-word names of features the customer must use (`two-factor authentication`): read as one known name. */
  featureNames?: string[]
}

/** How a language measures: syllables of a word, grade from counts, and how a message names the measure. */
export interface Measure {
  syllables(value: string, lower: string): number
  grade(words: number, sentences: number, syllables: number): number
  /** `(Flesch–Kincaid)`, or the Ateşman score and the score that meets the target. */
  label(words: number, sentences: number, syllables: number, target: number): string
  /** Whether a sentence finding names the measure too (the reader may not know Ateşman's scale). */
  labelSentences: boolean
  /** Whether the words are this language at all (a Malay reply is not graded as English); undefined: always. */
  recognises?: (words: Iterable<string>) => boolean
}

/** Thresholds and lists for one language, built once per linter. */
export interface Settings {
  measure: Measure
  colonLeadIn: number
  target: number
  margin: number
  minSentenceWords: number
  minSentences: number
  minWords: number
  longFrom: number
  minLong: number
  /** Whole reply: how far above the target before it is reported (Flesch–Kincaid wobbles by about a grade). */
  replyMargin: number
  /** Whole reply of short sentences (average at most `plainSentenceWords`): the extra grade it needs, since only its long words raise it. */
  plainSentenceWords: number
  plainSentenceMargin: number
  /** A sentence shorter than this needs a grade `denseMargin` higher still (a few long words in a short sentence). */
  minDenseWords: number
  denseMargin: number
  /** Short replies: words from which they are graded, the band their sentence length is held in, long words needed. */
  minShortWords: number
  shortBand: [number, number]
  minShortLongWords: number
  /** …and at least this share of its words long. */
  minShortLongShare: number
  maxSuggestions: number
  /** A sentence is judged as if it had at most this many words: a long sentence is `verbosity`'s finding, not a hard one. */
  lengthCap: number
  plain: Set<string>
  hard: Set<string>
  /** `featureNames` as `first second` pairs, lower-cased. */
  features: Set<string>
  /** Every word of those names: a word outside it cannot be part of one (checked before building pairs). */
  featureWords: Set<string>
}

export const MEASURES: Record<RuleLanguage, Measure> = {
  en: { syllables: (_value, lower) => syllables(lower), grade: fleschKincaid, label: () => 'Flesch–Kincaid', labelSentences: false, recognises: englishEnough },
  tr: {
    syllables: turkishSyllables,
    grade: atesmanGradeOf,
    label: (w, s, y, target) => `Ateşman reading ease ${atesman(w, s, y).toFixed(0)}; ${atesmanScoreFor(target).toFixed(0)} or more meets the target`,
    labelSentences: true,
  },
}

const FUNCTION_WORDS = new Set([
  'the',
  'to',
  'you',
  'your',
  'and',
  'is',
  'of',
  'for',
  'we',
  'it',
  'in',
  'on',
  'this',
  'that',
  'be',
  'can',
  'with',
  'please',
  'our',
  'are',
  'have',
  'will',
  'i',
  'my',
  'me',
  'us',
  'an',
  'or',
  'at',
  'by',
  'from',
  'if',
  'not',
  'do',
  'has',
  'was',
  'as',
  "we're",
  "you're",
  "it's",
  "we'll",
  "i'm",
  // More English-only function words: inflated Latinate prose (`provides considerably elevated
  // synchronous throughput capabilities, whereas …`) has few of the ones above yet is English.
  'but',
  'which',
  'who',
  'when',
  'what',
  'how',
  'there',
  'they',
  'their',
  'them',
  'these',
  'those',
  'its',
  'any',
  'about',
  'after',
  'before',
  'into',
  'through',
  'across',
  'than',
  'also',
  'were',
  'been',
  'had',
  'would',
  'could',
  'should',
  'thanks',
  'thank',
  'whereas',
  'while',
  'because',
])

/** At least one English function word in every 12 words (lower-cased); a short reply needs one at all. */
function englishEnough(lowerWords: Iterable<string>): boolean {
  let words = 0
  let common = 0
  for (const w of lowerWords) {
    words++
    if (FUNCTION_WORDS.has(w)) common++
  }
  return words < 8 ? common > 0 || words < 4 : common * 12 >= words
}
const cache = new Map<string, number>()

/** Syllables of a lower-cased word, at least one, memoised. */
export function syllables(word: string): number {
  let n = cache.get(word)
  if (n === undefined) {
    n = Math.max(1, syllable(word))
    if (cache.size > 50_000) cache.clear()
    cache.set(word, n)
  }
  return n
}

/** Flesch–Kincaid grade level. */
export function fleschKincaid(words: number, sentences: number, syllableCount: number): number {
  return 0.39 * (words / sentences) + 11.8 * (syllableCount / words) - 15.59
}
