/**
 * How `readability` measures each language: syllables of a word, the grade of a text from its
 * counts, and how a message names the measure. English: Flesch–Kincaid with the `syllable`
 * package; Turkish: Ateşman's score mapped to a grade (`turkish.ts`).
 */
import { syllable } from 'syllable'
import { atesman, atesmanGradeOf, atesmanScoreFor, turkishSyllables } from './turkish.js'
import en from './en.json' with { type: 'json' }
import tr from './tr.json' with { type: 'json' }

/** A language's thresholds and word lists (`hardWords`: Turkish bureaucratic words, offered first). */
export type LanguageData = typeof en & { hardWords?: string[] }

/** How a language measures: syllables of a word, grade from counts, and how a message names the measure. */
export interface Measure {
  syllables(value: string, lower: string): number
  grade(words: number, sentences: number, syllables: number): number
  /** `(Flesch–Kincaid)`, or the Ateşman score and the score that meets the target. */
  label(words: number, sentences: number, syllables: number, target: number): string
}

/** Thresholds and lists for one language, built once per linter. */
export interface Settings {
  measure: Measure
  target: number
  margin: number
  minSentenceWords: number
  minSentences: number
  minWords: number
  longFrom: number
  minLong: number
  /** Whole reply: how far above the target before it is reported (Flesch–Kincaid wobbles by about a grade). */
  replyMargin: number
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
  plain: Set<string>
  hard: Set<string>
}

export const DATA: Record<string, LanguageData> = { en, tr }
export const MEASURES: Record<string, Measure> = {
  en: { syllables: (_value, lower) => syllables(lower), grade: fleschKincaid, label: () => 'Flesch–Kincaid' },
  tr: {
    syllables: turkishSyllables,
    grade: atesmanGradeOf,
    label: (w, s, y, target) => `Ateşman reading ease ${atesman(w, s, y).toFixed(0)}; ${atesmanScoreFor(target).toFixed(0)} or more meets the target`,
  },
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
