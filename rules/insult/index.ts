/**
 * `insult`: demeaning words aimed at the customer, their request or the situation (stupid,
 * idiot, ridiculous, pathetic, clueless, dumb question, nonsense). Not: praise intensifiers
 * (`ridiculously fast shipping`), product names (`Ridiculous Fishing`), negations (`there's no
 * such thing as a silly question`), or the agent owning a slip (`silly me`, `I'm such an idiot`).
 */
import { defineRule, report } from '../../src/rule.js'
import { options, mapOf, strings } from '../../src/config/schema.js'
import { getDocument, type Token } from '../../src/document.js'
import { PhraseMatcher } from '../../src/text/phrases.js'
import { insideInlineQuote } from '../../src/text/inline-quotes.js'
import { splitHyphenated } from '../../src/text/hyphens.js'
import data from './en.json' with { type: 'json' }
import { TurkishInsults } from './turkish.js'
import { looksLikeName } from './names.js'

export interface InsultEntry {
  suggest?: string[]
  notBefore?: string[]
}

export interface InsultOptions {
  /** Extra words or phrases: a list, or `{ word: { suggest: [...] } }`. */
  add?: string[] | Record<string, InsultEntry>
  /** Words or phrases never flagged. */
  ignore?: string[]
}

const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nothing', 'nobody', 'neither', 'nor', 'without', 'hardly'])
const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", 'me', 'my', 'myself', 'we', "we're", "we've", "we'd", 'our', 'us', 'ourselves'])
const SECOND_PERSON = new Set(['you', 'your', "you're", 'yours', 'yourself', "you've", "you'd", 'ya', 'u'])
/** Words that may sit between a first-person word and the insult in self-talk (`I was being so silly`). */
const SELF_FILLERS = new Set(['so', 'such', 'a', 'an', 'bit', 'little', 'really', 'very', 'totally', 'complete', 'completely', 'utter', 'utterly', 'total', 'absolute', 'being', 'feel', 'felt', 'was', 'am', 'been', 'were', 'are', 'be', 'just', 'of', 'how', 'what', 'the', 'made', 'make', 'look', 'looked', 'own', 'part', 'on', 'rather', 'quite', 'pretty', 'kind', 'sort'])
const CLAUSE_BREAKS = new Set(['but', 'because', 'bc', 'cos', 'since', 'although', 'though', 'while', 'whereas'])
const SUBJECT_YOU = new Set(['you', "you've", "you'd", "you're"])

const rule = defineRule(
  {
    id: 'insult',
    description: 'Demeaning words aimed at the customer, their request or the situation (stupid, idiot, ridiculous, dumb question)',
    severity: 'error',
    fixable: false,
    category: 'tone',
    languages: ['en', 'tr'],
    schema: options({ add: { anyOf: [strings, mapOf(options({ suggest: strings, notBefore: strings }))] }, ignore: strings }),
  },
  (options) => {
    const opts = (options ?? {}) as InsultOptions
    const ignore = new Set((opts.ignore ?? []).map((w) => w.toLowerCase()))
    const words: Record<string, InsultEntry> = { ...(data.words as Record<string, InsultEntry>) }
    if (Array.isArray(opts.add)) for (const w of opts.add) words[w] = {}
    else Object.assign(words, opts.add ?? {})
    const matcher = new PhraseMatcher<{ phrase: string; entry: InsultEntry }>(
      Object.entries(words)
        .filter(([w]) => !ignore.has(w.toLowerCase()))
        .map(([phrase, entry]) => [phrase, { phrase, entry }]),
    )
    const intensifiers = new Set(data.intensifiers)
    // Turkish data is built on the first Turkish draft (never for an English-only team).
    let turkish: TurkishInsults | undefined
    const turkishAdd = Array.isArray(opts.add) ? Object.fromEntries(opts.add.map((w) => [w, {}])) : (opts.add ?? {})
    return (tree, file) => {
      const doc = getDocument(file, tree)
      if (doc.context.language === 'tr') {
        turkish ??= new TurkishInsults(turkishAdd, opts.ignore)
        for (const sentence of doc.sentences()) {
          for (const hit of turkish.match(sentence.words, doc.prose)) {
            if (insideInlineQuote(doc.prose, hit.start, hit.end)) continue
            reportInsult(file, doc.raw.slice(hit.start, hit.end), hit.start, hit.end, hit.suggest)
          }
        }
        return
      }
      for (const sentence of doc.sentences()) {
        const list = splitHyphenated(sentence.words)
        for (const hit of matcher.match(list, doc.prose)) {
          const first = list[hit.from]!
          const prev = list[hit.from - 1]
          const next = list[hit.to]
          const nextGap = next ? doc.prose.slice(list[hit.to - 1]!.end, next.start) : ''
          if (next && /^[\s\-–]*$/.test(nextGap) && hit.entry.entry.notBefore?.includes(next.lower)) continue
          if (intensifiers.has(hit.entry.phrase) && next && !/[,;:.!?\n]/.test(nextGap) && !(prev && SUBJECT_YOU.has(prev.lower))) continue
          if (looksLikeName(list, hit.from, hit.to, doc.prose)) continue
          if (doc.prose.charAt(first.start - 1) === '@') continue
          if (negated(list, hit.from, doc.prose) || selfDirected(list, hit.from, hit.to, doc.prose)) continue
          if (insideInlineQuote(doc.prose, hit.start, hit.end)) continue
          reportInsult(file, doc.raw.slice(hit.start, hit.end), hit.start, hit.end, hit.entry.entry.suggest ?? [])
        }
      }
    }
  },
)

function reportInsult(file: Parameters<typeof report>[0], actual: string, start: number, end: number, suggest: string[]): void {
  report(file, rule.meta, {
    start,
    end,
    reason:
      `Don't use “${actual}”: it is demeaning when said about the customer, their request or the situation` +
      (suggest.length > 0 ? `. Say “${suggest[0]}” or reword.` : '. Remove it or reword the sentence.'),
    expected: suggest,
  })
}


/** `not`, `no`, `never`, `n't` within the 6 words before, in the same clause: `there's no such thing as a stupid question`. */
function negated(words: readonly Token[], from: number, text: string): boolean {
  for (let i = from - 1; i >= Math.max(0, from - 6); i--) {
    // A negation in an earlier clause does not reach this one: `not on mobile, because that's dumb`.
    if (/[,;:.!?—–]/.test(text.slice(words[i]!.end, words[i + 1]!.start)) || CLAUSE_BREAKS.has(words[i]!.lower)) return false
    const w = words[i]!.lower
    if (!(NEGATORS.has(w) || w.endsWith("n't"))) continue
    // "Don't be stupid" / "do not be ridiculous" is an order, not a negation.
    const after = words[i + 1]?.lower
    if ((w === "don't" || w === 'dont') && after === 'be') continue
    if (w === 'not' && words[i - 1]?.lower === 'do' && after === 'be') continue
    return true
  }
  return false
}

/** The agent owning a slip: `silly me`, `stupid of me`, `I'm such an idiot`, `my silly mistake`, `our incompetence`. */
function selfDirected(words: readonly Token[], from: number, to: number, text: string): boolean {
  const next = words[to]
  // "Silly question, but have you tried …": the agent's own question.
  const q = words[to - 1]!.lower === 'question' ? to - 1 : next?.lower === 'question' ? to : -1
  if (q !== -1 && words[q + 1]?.lower === 'but' && /^,\s*$/.test(text.slice(words[q]!.end, words[q + 1]!.start))) return true
  // "a silly mistake on our part", "… of mine", "… on our end".
  const after = words.slice(to, to + 3).map((w) => w.lower).join(' ')
  if (/^(?:on|from) (?:our|my) (?:part|side|end)\b|^of (?:mine|ours)\b|^by (?:me|us)\b/.test(after)) return true
  if (next?.lower === 'me' || (next?.lower === 'of' && (words[to + 1]?.lower === 'me' || words[to + 1]?.lower === 'us'))) return true
  for (let i = from - 1; i >= Math.max(0, from - 5); i--) {
    const w = words[i]!
    if (/[,;:.!?]/.test(text.slice(w.end, words[i + 1]!.start))) return false
    if (SECOND_PERSON.has(w.lower)) return false
    if (FIRST_PERSON.has(w.lower)) return true
    if (!SELF_FILLERS.has(w.lower)) return false
  }
  return false
}

export default rule
