/**
 * `readability`: a reply whose Flesch–Kincaid grade is above the target (config `readingGrade`,
 * default 10), and single sentences far above it. Syllables come from the `syllable` package
 * (cached per word: it costs ~4 µs a call). Sentences are split as a reader sees them
 * (`src/text/segments.ts`); greeting and sign-off lines are not sentences, and numbers, links
 * and masked text are not words here.
 */
import { syllable } from 'syllable'
import { defineRule, report, sharedConfig } from '../../src/rule.js'
import { getDocument } from '../../src/document.js'
import { sentenceSegments, type Segment } from '../../src/text/segments.js'
import en from './en.json' with { type: 'json' }

export interface ReadabilityOptions {
  /** Target grade; overrides the shared `readingGrade` config. */
  readingGrade?: number
  sentenceMargin?: number
  minSentenceWords?: number
  minSentences?: number
  minWords?: number
  longWordSyllables?: number
  /** Long words a sentence needs before it is pointed at (a long sentence of short words is `verbosity`'s). */
  minLongWords?: number
  /** Everyday long words never offered as words to replace (added to the built-in list). */
  plainLongWords?: string[]
}

interface Graded {
  seg: Segment
  words: number
  syllables: number
  long: Array<{ word: string; syllables: number }>
}

const DATA: Record<string, typeof en> = { en }
const LETTER = /\p{L}/u
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

const rule = defineRule(
  {
    id: 'readability',
    description: 'Replies and sentences whose reading grade (Flesch–Kincaid) is above the target',
    severity: 'warning',
    fixable: false,
    category: 'clarity',
    languages: ['en'],
  },
  (options) => {
    const opts = (options ?? {}) as ReadabilityOptions
    const config = sharedConfig(options)
    const target = opts.readingGrade ?? config.readingGrade ?? en.readingGrade
    const margin = opts.sentenceMargin ?? en.sentenceMargin
    const minSentenceWords = opts.minSentenceWords ?? en.minSentenceWords
    const minSentences = opts.minSentences ?? en.minSentences
    const minWords = opts.minWords ?? en.minWords
    const longFrom = opts.longWordSyllables ?? en.longWordSyllables
    const minLong = opts.minLongWords ?? en.minLongWords
    const plainSets = new Map<string, Set<string>>()
    const plainFor = (language: string): Set<string> => {
      let set = plainSets.get(language)
      if (!set) plainSets.set(language, (set = new Set([...(DATA[language] ?? en).plainLongWords, ...(opts.plainLongWords ?? [])].map((w) => w.toLowerCase()))))
      return set
    }

    return (tree, file) => {
      const doc = getDocument(file, tree)
      const plain = plainFor(doc.context.language)
      const graded: Graded[] = []
      for (const sentence of doc.sentences()) {
        for (const seg of sentenceSegments(sentence, doc.prose, doc.tokens)) {
          let words = 0
          for (const w of seg.words) if (LETTER.test(w.value)) words++
          // Greeting and sign-off lines (`Hi Jordan,`, `Regards,`, `Sam`) are not sentences.
          const last = doc.prose.charAt(seg.end - 1)
          if (last === ',' || (words <= 3 && !/[.!?]/.test(last))) continue
          if (words > 0) graded.push({ seg, words, syllables: 0, long: [] })
        }
      }
      if (graded.length === 0) return
      const whole = graded.length >= minSentences && graded.reduce((n, g) => n + g.words, 0) >= minWords
      // Syllables only where a grade is computed: every sentence of a long reply, else long sentences.
      for (const g of graded) if (whole || g.words >= minSentenceWords) count(g, plain)
      const words = graded.reduce((n, g) => n + g.words, 0)
      if (whole) {
        const grade = fleschKincaid(words, graded.length, graded.reduce((n, g) => n + g.syllables, 0))
        if (grade > target) {
          const long = hardest(graded.flatMap((g) => g.long))
          report(file, rule.meta, {
            start: graded[0]!.seg.start,
            end: graded[graded.length - 1]!.seg.end,
            reason:
              `This reply reads at grade ${grade.toFixed(1)} (Flesch–Kincaid), above the target of ${target}: ` +
              `sentences average ${(words / graded.length).toFixed(0)} words. Use shorter sentences` +
              (long.length > 0 ? ` and everyday words for ${quoteList(long)}.` : '.'),
            expected: long,
          })
        }
      }
      for (const g of graded) {
        if (g.words < minSentenceWords || g.long.length < minLong) continue
        const grade = fleschKincaid(g.words, 1, g.syllables)
        if (grade <= target + margin) continue
        const long = hardest(g.long)
        report(file, rule.meta, {
          start: g.seg.start,
          end: g.seg.end,
          reason: `This sentence reads at grade ${grade.toFixed(1)} (target ${target}): ${g.words} words, with long words like ${quoteList(long)}. Split it or use shorter words.`,
          expected: long,
        })
      }
    }

    /** Syllables and long words of a sentence. */
    function count(g: Graded, plain: Set<string>): void {
      g.seg.words.forEach((w, i) => {
        if (!LETTER.test(w.value)) return
        const n = syllables(w.lower)
        g.syllables += n
        const name = i > 0 ? /\p{Lu}/u.test(w.value) : /.\p{Lu}/u.test(w.value)
        if (n < longFrom || name || plain.has(w.lower) || /[\d&_]/.test(w.value)) return
        if (!g.long.some((l) => l.word === w.lower)) g.long.push({ word: w.lower, syllables: n })
      })
    }

    /** The longest words (most syllables first, then text order), at most `maxSuggestions`. */
    function hardest(long: Graded['long']): string[] {
      const seen = new Set<string>()
      return [...long]
        .sort((a, b) => b.syllables - a.syllables)
        .filter((l) => !seen.has(l.word) && seen.add(l.word))
        .slice(0, en.maxSuggestions)
        .map((l) => l.word)
    }
  },
)

function quoteList(words: readonly string[]): string {
  return words.slice(0, 3).map((w) => `“${w}”`).join(', ')
}

export default rule
