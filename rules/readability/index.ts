/**
 * `readability`: a reply whose reading grade is above the target (config `readingGrade`, default
 * 10), and single sentences far above it. English: Flesch–Kincaid, syllables from the `syllable`
 * package (cached per word: it costs ~4 µs a call). Turkish: Ateşman's formula mapped to grades
 * (`turkish.ts`), syllables = vowels. Sentences are split as a reader sees them
 * (`src/text/segments.ts`); greeting and sign-off lines are not sentences, and numbers, links
 * and masked text are not words here.
 */
import { defineRule, perLanguage, type RuleLanguage } from '../../src/rule.js'
import { options, strings, numberIn } from '../../src/config/schema.js'
import type { Config } from '../../src/types.js'
import { languageData } from '../../src/kit/language-pack.js'
import { normalizeWord } from '../../src/text/phrases.js'
import { sentenceSegments, type Segment } from '../../src/text/segments.js'
import { MEASURES, type LanguageData, type Settings } from './measure.js'
import { bodyStart } from '../../src/kit/salutation.js'

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
  /** The document's prose (hashtags and handles are read from the character before a word). */
  prose: string
  /** Steps of a menu path (`Settings > General > About`): each part reads as its own sentence. */
  parts: number
  words: number
  syllables: number
  long: Array<{ word: string; syllables: number }>
}

/** Thresholds per language: the rule options win, then the shared config's target, then the language's data (Turkish words are longer). */
function settingsFor(language: RuleLanguage, opts: ReadabilityOptions, config: Config): Settings {
  const data = languageData<LanguageData>('readability', language)
  return {
    measure: MEASURES[language],
    target: opts.readingGrade ?? config.readingGrade ?? data.readingGrade,
    margin: opts.sentenceMargin ?? data.sentenceMargin,
    minSentenceWords: opts.minSentenceWords ?? data.minSentenceWords,
    minSentences: opts.minSentences ?? data.minSentences,
    minWords: opts.minWords ?? data.minWords,
    longFrom: opts.longWordSyllables ?? data.longWordSyllables,
    minLong: opts.minLongWords ?? data.minLongWords,
    replyMargin: data.replyMargin,
    plainSentenceWords: data.plainSentenceWords ?? 0,
    plainSentenceMargin: data.plainSentenceMargin ?? 0,
    colonLeadIn: data.colonLeadIn ?? 0,
    minDenseWords: data.minDenseWords,
    denseMargin: data.denseMargin,
    lengthCap: data.sentenceLengthCap ?? Infinity,
    minShortWords: data.minShortWords,
    shortBand: [data.shortBand[0]!, data.shortBand[1]!],
    minShortLongWords: data.minShortLongWords,
    minShortLongShare: data.minShortLongShare,
    maxSuggestions: data.maxSuggestions,
    plain: new Set([...data.plainLongWords, ...(opts.plainLongWords ?? [])].map((w) => normalizeWord(w, language))),
    hard: new Set((data.hardWords ?? []).map((w) => normalizeWord(w, language))),
    features: new Set((data.featureNames ?? []).map((w) => w.toLowerCase())),
    featureWords: new Set((data.featureNames ?? []).flatMap((w) => w.toLowerCase().split(' '))),
  }
}

const rule = defineRule({
  meta: {
    id: 'readability',
    description: 'Replies and sentences whose reading grade (Flesch–Kincaid; Ateşman for Turkish) is above the target',
    severity: 'warning',
    fixable: false,
    category: 'clarity',
    languages: ['en', 'tr'],
    schema: options({
      readingGrade: numberIn(1, 30),
      sentenceMargin: numberIn(0),
      minSentenceWords: numberIn(0, undefined, true),
      minSentences: numberIn(0, undefined, true),
      minWords: numberIn(0, undefined, true),
      longWordSyllables: numberIn(1, undefined, true),
      minLongWords: numberIn(0, undefined, true),
      plainLongWords: strings,
    }),
    messages: {
      hardReply: 'This reply reads at grade {{grade}} ({{measure}}), above the target of {{target}}: sentences average {{average}} words. Use shorter sentences and everyday words for {{words}}.',
      longSentences: 'This reply reads at grade {{grade}} ({{measure}}), above the target of {{target}}: sentences average {{average}} words. Use shorter sentences.',
      hardShortReply: 'This short reply reads at grade {{grade}} (target {{target}}): {{longWords}} long words in {{count}}. Use everyday words for {{words}}.',
      hardSentence: 'This sentence reads at grade {{grade}} (target {{target}}): {{count}} words, with long words like {{words}}. Split it or use shorter words.',
      hardSentenceScore: 'This sentence reads at grade {{grade}} (target {{target}}, {{measure}}): {{count}} words, with long words like {{words}}. Split it or use shorter words.',
    },
  },
  prepare: (opts: ReadabilityOptions, shared) => ({ settingsOf: perLanguage((language) => settingsFor(language, opts, shared.config)) }),
  create: (ctx) => {
    const doc = ctx.document
    const s = ctx.state.settingsOf(ctx.language)
    const { measure, target, margin, minSentenceWords, minSentences, minWords, minLong } = s
    const graded: Graded[] = []
    // A greeting sharing its line with the first sentence (`Hi Ian, thanks. …` in an SMS) is not read as prose.
    const from = ctx.language === 'en' ? (bodyStart(doc) ?? 0) : 0
    for (const sentence of doc.sentences()) {
      for (const part of sentenceSegments(sentence, doc.prose, doc.tokens).flatMap((whole) => dashClauses(doc.prose, whole, minSentenceWords))) {
        const seg = afterGreeting(afterLeadIn(doc.prose, part, s.colonLeadIn), from)
        let words = 0
        for (const w of seg.words) if (proseWord(doc.prose, w)) words++
        // Greeting and sign-off lines (`Hi Jordan,`, `Regards,`, `Sam`) are not sentences.
        const last = doc.prose.charAt(seg.end - 1)
        if (last === ',' || (words <= 3 && !/[.!?]/.test(last))) continue
        if (words > 0) graded.push({ seg, prose: doc.prose, parts: pathParts(doc.prose, seg), words, syllables: 0, long: [] })
      }
    }
    if (graded.length === 0) return
    // Malay, Spanish…: a reply with almost no English function words is not graded as English.
    if (measure.recognises && !measure.recognises(lowerWords(graded))) return
    const sentences = graded.reduce((n, g) => n + g.parts, 0)
    const words = graded.reduce((n, g) => n + g.words, 0)
    const whole = sentences >= minSentences && words >= minWords
    // A short reply (one to a few sentences) is graded too, with its sentence length held in a
    // band so one or two sentences give a stable grade: only long words can push it up.
    const short = !whole && words >= s.minShortWords
    // Syllables only where a grade is computed: every sentence of a long or short reply, else long sentences.
    for (const g of graded) if (whole || short || g.words >= minSentenceWords) count(g, s)
    if (whole || short) {
      const syllableCount = graded.reduce((n, g) => n + g.syllables, 0)
      const perSentence = whole ? words / sentences : Math.min(Math.max(words / sentences, s.shortBand[0]), s.shortBand[1])
      const grade = measure.grade(perSentence, 1, (syllableCount * perSentence) / words)
      const longWords = graded.reduce((n, g) => n + g.long.length, 0)
      // Short sentences only just over the target: only a few long words raise the grade, and a lead would not rewrite them.
      const replyMargin = s.replyMargin + (words / sentences <= s.plainSentenceWords ? s.plainSentenceMargin : 0)
      const over = whole ? grade > target + replyMargin : grade > target + margin && longWords >= s.minShortLongWords && longWords >= s.minShortLongShare * words
      // A short reply whose only sentence is long is pointed at by the sentence finding below.
      const coveredBySentence = short && graded.some((g) => g.words >= minSentenceWords && g.long.length >= minLong && sentenceOver(g))
      if (over && !coveredBySentence) {
        const long = hardest(
          graded.flatMap((g) => g.long),
          s.maxSuggestions,
        )
        const at = { start: graded[0]!.seg.start, end: graded[graded.length - 1]!.seg.end, expected: long }
        if (!whole) ctx.report({ messageId: 'hardShortReply', data: { grade: grade.toFixed(1), target, longWords, count: words, words: quoteList(long) }, ...at })
        else {
          const data = { grade: grade.toFixed(1), measure: measure.label(words, sentences, syllableCount, target), target, average: (words / sentences).toFixed(0) }
          if (long.length > 0) ctx.report({ messageId: 'hardReply', data: { ...data, words: quoteList(long) }, ...at })
          else ctx.report({ messageId: 'longSentences', data, ...at })
        }
      }
    }
    /** A sentence far above the target: long enough, or so dense that its length does not matter. */
    function sentenceOver(g: Graded): boolean {
      // Judged at no more than `lengthCap` words (same syllables per word): length alone is `verbosity`'s.
      const length = Math.min(g.words / g.parts, s.lengthCap)
      const grade = measure.grade(length, 1, (g.syllables / g.words) * length)
      return grade > target + margin && (g.words / g.parts >= s.minDenseWords || grade > target + margin + s.denseMargin)
    }
    for (const g of graded) {
      if (g.words < minSentenceWords || g.long.length < minLong || !sentenceOver(g)) continue
      const grade = measure.grade(g.words / g.parts, 1, g.syllables / g.parts)
      const long = hardest(g.long, s.maxSuggestions)
      const data = { grade: grade.toFixed(1), target, count: g.words, words: quoteList(long) }
      const at = { start: g.seg.start, end: g.seg.end, expected: long }
      if (measure.labelSentences) ctx.report({ messageId: 'hardSentenceScore', data: { ...data, measure: measure.label(g.words, 1, g.syllables, target) }, ...at })
      else ctx.report({ messageId: 'hardSentence', data, ...at })
    }
  },
})

/** Syllables and long words of a sentence. */
function count(g: Graded, { measure, plain, hard, longFrom, features, featureWords }: Settings): void {
  const prose = g.prose
  const words = g.seg.words
  g.seg.words.forEach((w, i) => {
    if (!proseWord(prose, w)) return
    const n = measure.syllables(w.value, w.lower)
    // The name of a feature the customer has to use (`two-factor authentication`) has no plainer word.
    // (Pairs are built only for words that occur in a feature name: this runs for every word of every sentence.)
    const feature = featureWords.has(w.lower) && (features.has(`${words[i - 1]?.lower} ${w.lower}`) || features.has(`${w.lower} ${words[i + 1]?.lower}`))
    const name = feature || (i > 0 ? /\p{Lu}/u.test(w.value) : /.\p{Lu}/u.test(w.value))
    // A name or a menu label (`Temple Meads`, `Otomatik Ödeme`) is read as one known unit: it
    // weighs at most two syllables in the formula, so one long name cannot raise the grade.
    g.syllables += name ? Math.min(n, 2) : n
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

const PATH_STEP = /\s?(?:>|&gt;|›|→)\s/g

/** 1 + the menu-path separators in a segment (`log out > uninstall > restart`), when it has two or more. */
function pathParts(prose: string, seg: Segment): number {
  const n = prose.slice(seg.start, seg.end).match(PATH_STEP)?.length ?? 0
  return n >= 2 ? n + 1 : 1
}

/**
 * The segment's words from the body's first word on, when a greeting opens it (`Hi Ian, thanks.`: only
 * `thanks` is graded). The span stays where it was, so a finding still underlines the whole sentence.
 */
function afterGreeting(seg: Segment, from: number): Segment {
  if (from <= seg.start || from >= seg.end) return seg
  const words = seg.words.filter((w) => w.start >= from)
  return words.length > 0 ? { start: seg.start, end: seg.end, words } : seg
}

/**
 * A sentence without its lead-in label (`Güvenliğiniz için hatırlatalım: …`, `Önemli not: …`): at most
 * `max` words then a colon. The reader takes the label in at a glance, like a heading; the sentence is
 * what follows it. A longer clause before a colon (`… birkaç nedeni olabiliyor: …`) stays part of it.
 */
function afterLeadIn(prose: string, seg: Segment, max: number): Segment {
  const words = seg.words
  for (let i = 1; i <= max && i < words.length; i++) {
    if (prose.slice(words[i - 1]!.end, words[i]!.start).trim() === ':') return { start: words[i]!.start, end: seg.end, words: words.slice(i) }
  }
  return seg
}

/** A spaced dash between two words (`that – YouTube`, `hours - or`), or an unspaced en or em dash. */
const CLAUSE_DASH = /^(?:[ \t]*[–—][ \t]*|[ \t]+-[ \t]+)$/

/**
 * The clauses of a sentence its dashes separate (`Sorry to hear that – YouTube may lower the quality
 * – this happens on slow connections`), when every clause is shorter than a sentence worth pointing
 * at: a reader takes each as its own short sentence, so each is graded as one. A long clause keeps
 * the sentence whole (a dash does not make a 25-word run-on easy). Done here, not in the shared
 * segmentation, which `verbosity` counts sentences with.
 */
function dashClauses(prose: string, seg: Segment, longClause: number): Segment[] {
  // Most sentences have no dash: checked character by character, without slicing each gap.
  if (!hasDash(prose, seg.start, seg.end)) return [seg]
  const clauses: Segment[] = []
  let from = 0
  for (let i = 1; i < seg.words.length; i++) {
    if (!CLAUSE_DASH.test(prose.slice(seg.words[i - 1]!.end, seg.words[i]!.start))) continue
    clauses.push({ start: seg.words[from]!.start, end: seg.words[i - 1]!.end, words: seg.words.slice(from, i) })
    from = i
  }
  if (from === 0) return [seg]
  clauses.push({ start: seg.words[from]!.start, end: seg.end, words: seg.words.slice(from) })
  return clauses.every((c) => c.words.length < longClause) ? clauses : [seg]
}

function hasDash(prose: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = prose.charCodeAt(i)
    if (c === 0x2d || c === 0x2013 || c === 0x2014) return true
  }
  return false
}

/** A word of the sentence: letters, and not a hashtag or a handle (`#inspiration`, `@sam`). */
function proseWord(prose: string, w: Segment['words'][number]): boolean {
  const before = prose.charAt(w.start - 1)
  return LETTER.test(w.value) && before !== '#' && before !== '@'
}

/** Every word of the graded sentences, lower-cased (for the language check). */
function* lowerWords(graded: readonly Graded[]): Iterable<string> {
  for (const g of graded) for (const w of g.seg.words) yield w.lower
}

function quoteList(words: readonly string[]): string {
  return words
    .slice(0, 3)
    .map((w) => `“${w}”`)
    .join(', ')
}

export default rule
