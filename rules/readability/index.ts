/**
 * `readability`: a reply whose reading grade is above the target (config `readingGrade`, default
 * 10), and single sentences far above it. English: Flesch–Kincaid, syllables from the `syllable`
 * package (cached per word: it costs ~4 µs a call). Turkish: Ateşman's formula mapped to grades
 * (`turkish.ts`), syllables = vowels. Sentences are split as a reader sees them
 * (`src/text/segments.ts`); greeting and sign-off lines are not sentences, and numbers, links
 * and masked text are not words here.
 */
import { defineRule, report, sharedConfig } from '../../src/rule.js'
import { options, strings, numberIn } from '../../src/config/schema.js'
import { getDocument } from '../../src/document.js'
import { normalizeWord } from '../../src/text/phrases.js'
import { sentenceSegments, type Segment } from '../../src/text/segments.js'
import { DATA, MEASURES, type Settings } from './measure.js'
import en from './en.json' with { type: 'json' }

export { fleschKincaid, syllables } from './measure.js'

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

const LETTER = /\p{L}/u

interface Graded {
  seg: Segment
  words: number
  syllables: number
  long: Array<{ word: string; syllables: number }>
}

const rule = defineRule(
  {
    id: 'readability',
    description: 'Replies and sentences whose reading grade (Flesch–Kincaid; Ateşman for Turkish) is above the target',
    severity: 'warning',
    fixable: false,
    category: 'clarity',
    languages: ['en', 'tr'],
    schema: options({ readingGrade: numberIn(1, 30), sentenceMargin: numberIn(0), minSentenceWords: numberIn(0, undefined, true), minSentences: numberIn(0, undefined, true), minWords: numberIn(0, undefined, true), longWordSyllables: numberIn(1, undefined, true), minLongWords: numberIn(0, undefined, true), plainLongWords: strings }),
  },
  (options) => {
    const opts = (options ?? {}) as ReadabilityOptions
    const config = sharedConfig(options)
    // Thresholds per language: the rule options win, then the language's data (Turkish words are longer).
    const settings = new Map<string, Settings>()
    const settingsOf = (language: string): Settings => {
      const data = DATA[language] ?? en
      return {
        measure: MEASURES[language] ?? MEASURES.en!,
        target: opts.readingGrade ?? config.readingGrade ?? data.readingGrade,
        margin: opts.sentenceMargin ?? data.sentenceMargin,
        minSentenceWords: opts.minSentenceWords ?? data.minSentenceWords,
        minSentences: opts.minSentences ?? data.minSentences,
        minWords: opts.minWords ?? data.minWords,
        longFrom: opts.longWordSyllables ?? data.longWordSyllables,
        minLong: opts.minLongWords ?? data.minLongWords,
        maxSuggestions: data.maxSuggestions,
        plain: new Set([...data.plainLongWords, ...(opts.plainLongWords ?? [])].map((w) => normalizeWord(w, language))),
        hard: new Set((data.hardWords ?? []).map((w) => normalizeWord(w, language))),
      }
    }

    return (tree, file) => {
      const doc = getDocument(file, tree)
      const language = DATA[doc.context.language] ? doc.context.language : 'en'
      let s = settings.get(language)
      if (!s) settings.set(language, (s = settingsOf(language)))
      const { measure, target, margin, minSentenceWords, minSentences, minWords, minLong } = s
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
      for (const g of graded) if (whole || g.words >= minSentenceWords) count(g, s)
      const words = graded.reduce((n, g) => n + g.words, 0)
      if (whole) {
        const syllableCount = graded.reduce((n, g) => n + g.syllables, 0)
        const grade = measure.grade(words, graded.length, syllableCount)
        if (grade > target) {
          const long = hardest(graded.flatMap((g) => g.long), s.maxSuggestions)
          report(file, rule.meta, {
            start: graded[0]!.seg.start,
            end: graded[graded.length - 1]!.seg.end,
            reason:
              `This reply reads at grade ${grade.toFixed(1)} (${measure.label(words, graded.length, syllableCount, target)}), above the target of ${target}: ` +
              `sentences average ${(words / graded.length).toFixed(0)} words. Use shorter sentences` +
              (long.length > 0 ? ` and everyday words for ${quoteList(long)}.` : '.'),
            expected: long,
          })
        }
      }
      for (const g of graded) {
        if (g.words < minSentenceWords || g.long.length < minLong) continue
        const grade = measure.grade(g.words, 1, g.syllables)
        if (grade <= target + margin) continue
        const long = hardest(g.long, s.maxSuggestions)
        const how = language === 'en' ? '' : `, ${measure.label(g.words, 1, g.syllables, target)}`
        report(file, rule.meta, {
          start: g.seg.start,
          end: g.seg.end,
          reason: `This sentence reads at grade ${grade.toFixed(1)} (target ${target}${how}): ${g.words} words, with long words like ${quoteList(long)}. Split it or use shorter words.`,
          expected: long,
        })
      }
    }

    /** Syllables and long words of a sentence. */
    function count(g: Graded, { measure, plain, hard, longFrom }: Settings): void {
      g.seg.words.forEach((w, i) => {
        if (!LETTER.test(w.value)) return
        const n = measure.syllables(w.value, w.lower)
        g.syllables += n
        const name = i > 0 ? /\p{Lu}/u.test(w.value) : /.\p{Lu}/u.test(w.value)
        if (name || plain.has(w.lower) || /[\d&_]/.test(w.value)) return
        // A bureaucratic word (Turkish `istinaden`) is offered first, whatever its length.
        const weight = hard.has(w.lower) ? 100 + n : n
        if (n < longFrom && weight < 100) return
        if (!g.long.some((l) => l.word === w.lower)) g.long.push({ word: w.lower, syllables: weight })
      })
    }

    /** The hardest words (bureaucratic ones, then most syllables, then text order), at most `maxSuggestions`. */
    function hardest(long: Graded['long'], maxSuggestions: number): string[] {
      const seen = new Set<string>()
      return [...long]
        .sort((a, b) => b.syllables - a.syllables)
        .filter((l) => !seen.has(l.word) && seen.add(l.word))
        .slice(0, maxSuggestions)
        .map((l) => l.word)
    }
  },
)

function quoteList(words: readonly string[]): string {
  return words.slice(0, 3).map((w) => `“${w}”`).join(', ')
}

export default rule
