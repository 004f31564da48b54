/**
 * `condescension`: blame, condescension and passive aggression (`as I already told you`,
 * `per my last email`, `obviously`, `you failed to`, `calm down`, `I'm sorry you feel that way`),
 * each with a friendlier rewrite. Phrases live in `en.json` as compact patterns that expand
 * once, in the attacher, into a word trie (5,500 phrases): a draft costs a Map lookup or two a word.
 */
import { defineRule, perLanguage, type RuleLanguage } from '../../src/rule.js'
import { options, mapOf, string, strings, boolean } from '../../src/config/schema.js'
import type { DocumentState, Token } from '../../src/document.js'
import { phraseWords } from '../../src/text/phrases.js'
import { expandGroups } from '../../src/text/phrase-trie.js'
import { createPhraseMatcher } from '../../src/kit/matcher.js'
import { insideInlineQuote } from '../../src/text/inline-quotes.js'
import { splitHyphenated } from '../../src/text/hyphens.js'
import { languageData } from '../../src/kit/language-pack.js'
import {
  againYouFailed,
  alreadySays,
  becauseYouFailed,
  buildAsciiMatcher,
  buildTurkishMatcher,
  foldToken,
  TURKISH_LETTER,
  counterfactualBlame,
  everyoneManages,
  matchCaseTurkish,
  matchTurkish,
  obviousFailure,
  shouldHave,
  withoutReading,
  type TurkishEntry,
} from './turkish.js'
import { trimTrailing } from '../../src/text/trailing.js'

export interface Entry {
  id: string
  category: string
  patterns: string[]
  suggest: string[]
  /** `clause-start`: only at the start of a sentence, line or clause. */
  at?: string
  /** Only when the phrase ends its sentence. */
  end?: boolean
  /** Skip when a negation precedes the phrase (`none of this is your fault`). */
  unlessNegated?: boolean
  notBefore?: string[]
  notAfter?: string[]
  /** Only when the next word is one of these: `sorry you feel` + `the wait was…` (an opinion), not + `unwell`. */
  onlyBefore?: string[]
  /**
   * Only when the text right after the phrase holds one of these characters, or the sentence ends
   * there: `It's really quite simple: your discount ended` explains down, `it's quite simple to set up` does not.
   */
  followedBy?: string
  /**
   * Only right after one of these phrases (a comma between is fine), which then opens the finding:
   * `Going forward, it would help if you checked…` lectures, `it would help if you could send…` asks.
   */
  after?: string[]
  /** Skip when one of these words is among the 5 before (`make sure the size is clearly stated on the page` promises). */
  notWithin?: string[]
}

export interface CondescensionOptions {
  /** Extra phrases: `{ "pattern": "rewrite" | ["rewrite", …] }` or full entries. */
  add?: Record<string, string | string[]> | Array<Partial<Entry> & { patterns: string[] }>
  /** Entry ids (`obviously`, `as-i-said`) or exact phrases to drop. */
  ignore?: string[]
}

/** rules/condescension/<language>.json */
interface CondescensionData<E> {
  entries: E[]
}

/** A phrase found in a draft: its span, its category (the message) and the rewrites. */
interface Hit {
  start: number
  end: number
  category: string
  suggestions: string[]
}

/** A language's finder, built once per linter on the first draft in that language. */
type Finder = (doc: DocumentState) => Hit[]

const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nothing', 'nobody', 'neither', 'nor', 'without'])
const CLAUSE_LEADS = new Set(['please', 'just', 'so', 'now', 'ok', 'okay', 'look', 'sir', 'madam', 'well', 'and', 'but', 'honestly'])
const CONDITIONAL = new Set(['if', 'whether', 'unless'])

/** Expand `(a|b)` (one of) and `[a|b]` (optional) groups into every phrase they stand for. */
export function expandPattern(pattern: string): string[] {
  return [
    ...new Set(
      expandGroups(pattern)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    ),
  ]
}

/** The user's `add` option as entries. */
function added(options: CondescensionOptions): Entry[] {
  const list: Entry[] = []
  const add = options.add
  if (Array.isArray(add)) {
    add.forEach((e, i) => list.push({ ...e, id: e.id ?? `custom-${i + 1}`, category: e.category ?? 'custom', suggest: e.suggest ?? [] }))
  } else if (add) {
    for (const [pattern, rewrite] of Object.entries(add)) {
      list.push({ id: 'custom', category: 'custom', patterns: [pattern], suggest: typeof rewrite === 'string' ? [rewrite] : rewrite })
    }
  }
  return list
}

/** Why each category of phrase hurts: the message, then the rewrite or `Leave it out.` (`advice`). */
const MESSAGES = {
  repeat: '“{{actual}}” reads as impatience: it reminds the customer they were told before. {{advice}}',
  blame: '“{{actual}}” puts the blame on the customer. {{advice}}',
  belittle: '“{{actual}}” talks down to the customer, as if the answer should have been obvious to them. {{advice}}',
  tone: '“{{actual}}” tells the customer how to feel, which escalates more than it calms. {{advice}}',
  nonapology: "“{{actual}}” is a non-apology: it regrets the customer's feelings, not what happened. {{advice}}",
  dismiss: "“{{actual}}” dismisses the customer's problem. {{advice}}",
  hedge: '“{{actual}}” announces that something rude is coming. {{advice}}',
  custom: '“{{actual}}” can come across as condescending. {{advice}}',
} as const

type Category = keyof typeof MESSAGES
const isCategory = (c: string): c is Category => Object.hasOwn(MESSAGES, c)

const rule = defineRule({
  meta: {
    id: 'condescension',
    description: 'Blame, condescension and passive aggression (as I already told you, per my last email, obviously, calm down)',
    severity: 'warning',
    fixable: false,
    category: 'tone',
    languages: ['en', 'tr'],
    schema: options({
      add: {
        anyOf: [
          mapOf({ anyOf: [string, strings] }),
          {
            type: 'array',
            items: {
              type: 'object',
              required: ['patterns'],
              additionalProperties: false,
              properties: {
                id: string,
                category: string,
                patterns: strings,
                suggest: strings,
                at: { type: 'string', enum: ['clause-start'] },
                end: boolean,
                unlessNegated: boolean,
                notBefore: strings,
                notAfter: strings,
                followedBy: string,
                after: strings,
                notWithin: strings,
              },
            },
          },
        ],
      },
      ignore: strings,
    }),
    messages: MESSAGES,
  },
  // Turkish patterns are expanded on the first Turkish draft (never for an English-only team).
  prepare: (opts: CondescensionOptions) => ({ finderOf: perLanguage((language) => FINDERS[language](opts)) }),
  create: (ctx) => {
    for (const hit of ctx.state.finderOf(ctx.language)(ctx.document)) {
      const actual = ctx.document.raw.slice(hit.start, hit.end)
      const advice = hit.suggestions.length > 0 ? `Try “${hit.suggestions[0]}” instead.` : 'Leave it out.'
      ctx.report({ messageId: isCategory(hit.category) ? hit.category : 'custom', data: { actual, advice }, start: hit.start, end: hit.end, expected: hit.suggestions })
    }
  },
})

const FINDERS: Record<RuleLanguage, (opts: CondescensionOptions) => Finder> = { en: englishFinder, tr: turkishFinder }

function englishFinder(opts: CondescensionOptions): Finder {
  const ignoreIds = new Set(opts.ignore ?? [])
  const ignore = new Set((opts.ignore ?? []).map((p) => phraseWords(p).join(' ')))
  const patterns: Array<[string, Entry]> = []
  for (const entry of [...languageData<CondescensionData<Entry>>('condescension', 'en').entries, ...added(opts)]) {
    if (ignoreIds.has(entry.id)) continue
    for (const pattern of entry.patterns) patterns.push([pattern, entry])
  }
  const matcher = createPhraseMatcher(patterns, { language: 'en', patterns: true, ignore })
  return (doc) => {
    const out: Hit[] = []
    for (const sentence of doc.sentences()) {
      const words = splitHyphenated(sentence.words)
      // `followedBy` and `after` are decided while matching, so a phrase they reject leaves its words
      // to another (`it's all very simple really`: `very simple really`; `Please read the terms more carefully`).
      const accept = (entry: Entry, from: number, to: number): boolean => (entry.followedBy === undefined || followed(entry.followedBy, words, to, doc.prose)) && (entry.after === undefined || leadIn(entry.after, words, from, doc.prose) > 0)
      for (const hit of matcher.match(words, doc.prose, accept)) {
        if (!applies(hit.entry, words, hit.from, hit.to, doc.prose)) continue
        const start = hit.entry.after ? words[hit.from - leadIn(hit.entry.after, words, hit.from, doc.prose)]!.start : hit.start
        if (insideInlineQuote(doc.prose, start, hit.end)) continue
        const actual = doc.raw.slice(start, hit.end)
        out.push({ start, end: hit.end, category: hit.entry.category, suggestions: hit.entry.suggest.map((s) => matchCase(trimTrailing(s, ',.:'), actual)) })
      }
    }
    return out
  }
}

function turkishFinder(opts: CondescensionOptions): Finder {
  const entries = [...languageData<CondescensionData<TurkishEntry>>('condescension', 'tr').entries, ...added(opts)]
  const turkish = buildTurkishMatcher(entries, expandPattern, opts.ignore ?? [])
  // A draft typed without Turkish letters (an SMS gateway, a US keyboard) is matched against the
  // same phrases folded to ASCII, built on the first such draft.
  let ascii: ReturnType<typeof buildTurkishMatcher> | undefined
  return (doc) => {
    const out: Hit[] = []
    const plain = !TURKISH_LETTER.test(doc.prose)
    for (const sentence of doc.sentences()) {
      const hits = plain ? matchTurkish((ascii ??= buildAsciiMatcher(entries, expandPattern, opts.ignore ?? [])), sentence.words.map(foldToken), doc.prose) : matchTurkish(turkish, sentence.words, doc.prose)
      for (const hit of hits) {
        if (insideInlineQuote(doc.prose, hit.start, hit.end)) continue
        const actual = doc.raw.slice(hit.start, hit.end)
        out.push({ start: hit.start, end: hit.end, category: hit.entry.category, suggestions: hit.entry.suggest.map((s) => matchCaseTurkish(trimTrailing(s, ',.:'), actual)) })
      }
      // Found by morphology, not listed: each reported unless a listed phrase already covers it.
      const free = (span: { start: number; end: number } | undefined): span is { start: number; end: number } => span !== undefined && !out.some((h) => h.start < span.end && h.end > span.start) && !insideInlineQuote(doc.prose, span.start, span.end)
      const blame = counterfactualBlame(sentence.words)
      if (free(blame)) out.push({ start: blame.start, end: blame.end, category: 'blame', suggestions: ['İlgili bilgi şu bölümde yer alıyor:'] })
      const obvious = obviousFailure(sentence.words, doc.prose, doc.context.customer.message)
      if (free(obvious)) out.push({ start: obvious.start, end: obvious.end, category: 'belittle', suggestions: [] })
      const said = alreadySays(sentence.words, doc.prose)
      if (free(said)) out.push({ start: said.start, end: said.end, category: 'belittle', suggestions: [] })
      for (const span of [againYouFailed(sentence.words, doc.prose), becauseYouFailed(sentence.words, doc.prose), withoutReading(sentence.words, doc.prose), shouldHave(sentence.words, doc.prose)]) {
        if (free(span)) out.push({ start: span.start, end: span.end, category: 'blame', suggestions: [] })
      }
      const everyone = everyoneManages(sentence.words, doc.prose)
      if (free(everyone))
        out.push({ start: everyone.start, end: everyone.end, category: 'dismiss', suggestions: ['Bu adımda zorlanmanız çok normal', 'Birlikte adım adım bakalım'].map((s) => matchCaseTurkish(s, doc.raw.slice(everyone.start, everyone.end))) })
    }
    return out
  }
}

/** The context conditions an entry sets (clause start, sentence end, negation, next/previous word). */
function applies(entry: Entry, words: readonly Token[], from: number, to: number, text: string): boolean {
  const prev = words[from - 1]
  const next = words[to]
  const prevGap = prev ? text.slice(prev.end, words[from]!.start) : ''
  const nextGap = next ? text.slice(words[to - 1]!.end, next.start) : ''
  if (prev && /^\s*$/.test(prevGap) && (CONDITIONAL.has(prev.lower) || entry.notAfter?.includes(prev.lower))) return false
  if (next && /^\s*$/.test(nextGap) && entry.notBefore?.includes(next.lower)) return false
  if (entry.onlyBefore && !(next && /^\s*$/.test(nextGap) && entry.onlyBefore.includes(next.lower))) return false
  if (entry.at === 'clause-start' && prev && !/[,;:(—–\n]/.test(prevGap) && !CLAUSE_LEADS.has(prev.lower)) return false
  if (entry.end && next && !/[.!?\n]/.test(nextGap)) return false
  if (entry.notWithin) {
    for (let i = Math.max(0, from - 5); i < from; i++) if (entry.notWithin.includes(words[i]!.lower)) return false
  }
  if (entry.unlessNegated) {
    // The 5 words before, across a comma: `don't worry, it's not that complicated` reassures.
    for (let i = Math.max(0, from - 5); i < from; i++) {
      const w = words[i]!.lower
      if (NEGATORS.has(w) || w.endsWith("n't")) return false
    }
  }
  return true
}

/** Whether the text after word `to - 1` holds one of `chars`, or the sentence ends there. */
function followed(chars: string, words: readonly Token[], to: number, text: string): boolean {
  const next = words[to]
  return !next || [...text.slice(words[to - 1]!.end, next.start)].some((c) => chars.includes(c))
}

/**
 * How many words of the longest `after` phrase ending right before word `from` (0 when none does):
 * white space inside the phrase, white space or a comma between it and the match.
 */
function leadIn(after: readonly string[], words: readonly Token[], from: number, text: string): number {
  const first = words[from]
  if (!first || from === 0 || !/^\s*(?:,\s*)?$/.test(text.slice(words[from - 1]!.end, first.start))) return 0
  let longest = 0
  for (const phrase of after) {
    const parts = phrase.toLowerCase().split(' ')
    const at = from - parts.length
    if (at < 0 || parts.length <= longest) continue
    if (parts.every((p, k) => words[at + k]!.lower === p && (k === 0 || /^\s+$/.test(text.slice(words[at + k - 1]!.end, words[at + k]!.start))))) longest = parts.length
  }
  return longest
}

/** Capitalise a rewrite like the phrase it replaces (sentence start or not). */
function matchCase(rewrite: string, actual: string): string {
  if (!rewrite) return rewrite
  const upper = actual.charAt(0) !== actual.charAt(0).toLowerCase()
  if (upper) return rewrite.charAt(0).toUpperCase() + rewrite.slice(1)
  return /^I\b/.test(rewrite) ? rewrite : rewrite.charAt(0).toLowerCase() + rewrite.slice(1)
}

export default rule
