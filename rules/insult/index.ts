/**
 * `insult`: demeaning words aimed at the customer, their request or the situation (stupid,
 * idiot, ridiculous, pathetic, clueless, dumb question, nonsense). Not: praise intensifiers
 * (`ridiculously fast shipping`), product names (`Ridiculous Fishing`), negations (`there's no
 * such thing as a silly question`), or the agent owning a slip (`silly me`, `I'm such an idiot`).
 */
import { defineRule, perLanguage, type RuleLanguage } from '../../src/rule.js'
import { options, mapOf, strings } from '../../src/config/schema.js'
import type { DocumentState, Token } from '../../src/document.js'
import { createPhraseMatcher } from '../../src/kit/matcher.js'
import { insideInlineQuote } from '../../src/text/inline-quotes.js'
import { splitHyphenated } from '../../src/text/hyphens.js'
import { clauseBreakBetween } from '../../src/text/word-gaps.js'
import { languageData } from '../../src/kit/language-pack.js'
import { TurkishInsults, type TurkishInsultData } from './turkish.js'
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

/** rules/insult/en.json */
interface InsultData {
  words: Record<string, InsultEntry>
  intensifiers: string[]
  evaluative: string[]
  personal: string[]
  nameCalling: string[]
  /** Judgements of how the customer keeps asking: aimed at `you`, or at `your` + one of `asks`. */
  wearying: string[]
  asks: string[]
}

/** Words of a customer telling of trying and failing: `I've followed the guide twice and it still won't connect`. */
const STRUGGLE = /\b(?:tried|trying|twice|still|failed|fails|failing|stuck|struggling|can[’']?t|won[’']?t|doesn[’']?t|didn[’']?t|isn[’']?t|not working|no luck)\b/i

/** Whether the customer's message tells of trying and failing (read only for an `idiot-proof`). */
function struggling(doc: DocumentState): boolean {
  return STRUGGLE.test(doc.context.customer.message ?? '')
}

/** An insult found in a draft: its span in the prose and the neutral rewrites. */
interface Hit {
  start: number
  end: number
  suggest: string[]
}

/** A language's finder, built once per linter on the first draft in that language. */
type Finder = (doc: DocumentState) => Hit[]

const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nothing', 'nobody', 'neither', 'nor', 'without', 'hardly'])
const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", 'me', 'my', 'myself', 'we', "we're", "we've", "we'd", 'our', 'us', 'ourselves'])
const SECOND_PERSON = new Set(['you', 'your', "you're", 'yours', 'yourself', "you've", "you'd", 'ya', 'u'])
/** Words that may sit between a first-person word and the insult in self-talk (`I was being so silly`). */
const SELF_FILLERS = new Set([
  'so',
  'such',
  'a',
  'an',
  'bit',
  'little',
  'really',
  'very',
  'totally',
  'complete',
  'completely',
  'utter',
  'utterly',
  'total',
  'absolute',
  'being',
  'feel',
  'felt',
  'was',
  'am',
  'been',
  'were',
  'are',
  'be',
  'just',
  'of',
  'how',
  'what',
  'the',
  'made',
  'make',
  'look',
  'looked',
  'own',
  'part',
  'on',
  'rather',
  'quite',
  'pretty',
  'kind',
  'sort',
])
const CLAUSE_BREAKS = new Set(['but', 'because', 'bc', 'cos', 'since', 'although', 'though', 'while', 'whereas'])
const SUBJECT_YOU = new Set(['you', "you've", "you'd", "you're"])
/** Words that point at something already said, usually the customer's: `that's a silly question`. */
const POINTERS = new Set(["that's", 'thats', 'that', 'this', "it's", 'what', 'your', 'such'])

const REASON = "Don't use “{{actual}}”: it is demeaning when said about the customer, their request or the situation"

const rule = defineRule({
  meta: {
    id: 'insult',
    description: 'Demeaning words aimed at the customer, their request or the situation (stupid, idiot, ridiculous, dumb question)',
    severity: 'error',
    fixable: false,
    category: 'tone',
    languages: ['en', 'tr'],
    schema: options({ add: { anyOf: [strings, mapOf(options({ suggest: strings, notBefore: strings }))] }, ignore: strings }),
    unsupportedLanguages: 'fallback',
    messages: {
      insult: `${REASON}. Remove it or reword the sentence.`,
      insultWithRewrite: `${REASON}. Say “{{rewrite}}” or reword.`,
    },
  },
  // Turkish data is built on the first Turkish draft (never for an English-only team).
  prepare: (opts: InsultOptions) => ({ finderOf: perLanguage((language) => FINDERS[language](opts)) }),
  create: (ctx) => {
    for (const hit of ctx.state.finderOf(ctx.language)(ctx.document)) {
      const actual = ctx.document.raw.slice(hit.start, hit.end)
      const rewrite = hit.suggest[0]
      if (rewrite === undefined) ctx.report({ messageId: 'insult', data: { actual }, start: hit.start, end: hit.end, expected: hit.suggest })
      else ctx.report({ messageId: 'insultWithRewrite', data: { actual, rewrite }, start: hit.start, end: hit.end, expected: hit.suggest })
    }
  },
})

const FINDERS: Record<RuleLanguage, (opts: InsultOptions) => Finder> = { en: englishFinder, tr: turkishFinder }

function turkishFinder(opts: InsultOptions): Finder {
  const add = Array.isArray(opts.add) ? Object.fromEntries(opts.add.map((w) => [w, {}])) : (opts.add ?? {})
  const turkish = new TurkishInsults(languageData<TurkishInsultData>('insult', 'tr'), add, opts.ignore)
  return (doc) => {
    const out: Hit[] = []
    for (const sentence of doc.sentences()) {
      for (const hit of turkish.match(sentence.words, doc.prose)) if (!insideInlineQuote(doc.prose, hit.start, hit.end)) out.push(hit)
    }
    return out
  }
}

function englishFinder(opts: InsultOptions): Finder {
  const data = languageData<InsultData>('insult', 'en')
  const ignore = new Set((opts.ignore ?? []).map((w) => w.toLowerCase()))
  const words: Record<string, InsultEntry> = { ...data.words }
  if (Array.isArray(opts.add)) for (const w of opts.add) words[w] = {}
  else Object.assign(words, opts.add ?? {})
  const matcher = createPhraseMatcher<{ phrase: string; entry: InsultEntry }>(
    Object.entries(words)
      .filter(([w]) => !ignore.has(w.toLowerCase()))
      .map(([phrase, entry]) => [phrase, { phrase, entry }]),
    { language: 'en' },
  )
  const intensifiers = new Set(data.intensifiers)
  const evaluative = new Set(data.evaluative.filter((w) => !ignore.has(w)))
  const personal = new Set(data.personal.filter((w) => !ignore.has(w)))
  const nameCalling = new Set(data.nameCalling.filter((w) => !ignore.has(w)))
  const wearying: Wearying = { words: new Set(data.wearying.filter((w) => !ignore.has(w))), asks: new Set(data.asks) }
  return (doc) => {
    const out: Hit[] = []
    for (const sentence of doc.sentences()) {
      const list = splitHyphenated(sentence.words)
      const found: Array<[number, number]> = []
      for (const hit of matcher.match(list, doc.prose)) {
        found.push([hit.start, hit.end])
        const first = list[hit.from]!
        const prev = list[hit.from - 1]
        const next = list[hit.to]
        const nextGap = next ? doc.prose.slice(list[hit.to - 1]!.end, next.start) : ''
        // `idiot-proof` describes a product, unless the customer tells of failing with it: then it calls them the idiot.
        const joined = next !== undefined && /^[\s\-–]*$/.test(nextGap)
        const heldOff = joined && hit.entry.entry.notBefore?.includes(next.lower) === true
        const proof = heldOff && next.lower === 'proof'
        if (heldOff && !(proof && struggling(doc))) continue
        if (intensifiers.has(hit.entry.phrase) && next && !/[,;:.!?\n]/.test(nextGap) && !(prev && SUBJECT_YOU.has(prev.lower))) continue
        if (looksLikeName(list, hit.from, hit.to, doc.prose)) continue
        if (doc.prose.charAt(first.start - 1) === '@') continue
        if (negated(list, hit.from, doc.prose) || selfDirected(list, hit.from, hit.to, doc.prose)) continue
        if (insideInlineQuote(doc.prose, hit.start, hit.end)) continue
        out.push({ start: hit.start, end: proof ? next!.end : hit.end, suggest: hit.entry.entry.suggest ?? [] })
      }
      for (const aim of [...aimedAtCustomer(list, doc.prose, evaluative, personal, nameCalling, wearying), ...aimedAtAct(list, doc.prose, evaluative), ...aimedAtAsking(list, doc.prose, evaluative)]) {
        if (insideInlineQuote(doc.prose, aim.start, aim.end)) continue
        if (found.some(([start, end]) => aim.start < end && aim.end > start)) continue
        out.push({ start: aim.start, end: aim.end, suggest: [] })
      }
    }
    return out
  }
}

/** Judgements of how the customer keeps asking (`tiresome`), and the nouns for their asking (`questions`). */
interface Wearying {
  words: ReadonlySet<string>
  asks: ReadonlySet<string>
}

/** Words a copula may be followed by before the judgement: `your setup is a bit messy`. */
const SOFTENERS = new Set([
  'a',
  'bit',
  'little',
  'rather',
  'quite',
  'so',
  'really',
  'pretty',
  'kind',
  'kinda',
  'sort',
  'of',
  'very',
  'too',
  'just',
  'being',
  'totally',
  'completely',
  'somewhat',
  'fairly',
  'extremely',
  'honestly',
  'frankly',
  'clearly',
  'obviously',
])
const CONDITIONS = new Set(['if', 'when', 'whenever', 'unless', 'case', 'whether'])
const COPULAS = new Set(['is', 'are', 'was', 'were', 'seem', 'seems', 'seemed', 'look', 'looks', 'looked', 'sound', 'sounds', 'sounded', 'be', 'being', 'get', 'getting'])

/**
 * Who a judgement is aimed at (issue 16): an evaluative word said of the customer or of what is
 * theirs (`you're a bit slow`, `your settings are a mess`, `your question is confusing`), and
 * name-calling (`listen, you clown`). One clause at most: `you` + up to four words + a copula +
 * softeners + the word. The agent judging their own company (`our update was a mess`) is not aimed.
 */
function aimedAtCustomer(words: readonly Token[], text: string, evaluative: ReadonlySet<string>, personal: ReadonlySet<string>, nameCalling: ReadonlySet<string>, wearying: Wearying): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.lower
    if (w === 'you' && nameCalling.has(words[i + 1]?.lower ?? '') && !/\S/.test(text.slice(words[i]!.end, words[i + 1]!.start))) {
      const next = words[i + 2]
      // "you clown." / "you muppet," — not "you clown around".
      if (!next || /[,;:.!?]/.test(text.slice(words[i + 1]!.end, next.start))) out.push({ start: words[i]!.start, end: words[i + 1]!.end })
      continue
    }
    const youAre = w === "you're" || w === 'youre' || w === 'ur'
    if (!youAre && w !== 'you' && w !== 'your') continue
    // "If you're confused, call us": a condition, not a judgement.
    if (CONDITIONS.has(words[i - 1]?.lower ?? '')) continue
    // `your questions are tiresome` judges the asking; `your wait was tedious` sympathises.
    const wearyingAimed = w !== 'your' || wearying.asks.has(words[i + 1]?.lower ?? '')
    let j = i + 1
    let copula = youAre
    for (; j < words.length && j <= i + 8; j++) {
      if (clauseBreakBetween(text, words[j - 1]!, words[j]!)) break
      const x = words[j]!.lower
      if (!copula) {
        if (COPULAS.has(x) || (w === 'you' && x === 'are')) copula = true
        else if (j > i + 4 || FIRST_PERSON.has(x) || NEGATORS.has(x) || x.endsWith("n't")) break
        continue
      }
      if (evaluative.has(x) || (w !== 'your' && personal.has(x)) || (wearyingAimed && wearying.words.has(x))) {
        if (!negated(words, j, text)) out.push({ start: words[j]!.start, end: words[j]!.end })
        break
      }
      if (!SOFTENERS.has(x)) break
    }
  }
  return out
}

/** What the customer did, asked or said: `a silly complaint`, `a pointless request`, `an absurd thing to do`. */
/** `one` stands for the question just named: `it's a pretty silly one`. */
const ACTS = new Set([
  'complaint',
  'complaints',
  'request',
  'requests',
  'question',
  'questions',
  'query',
  'claim',
  'claims',
  'demand',
  'demands',
  'idea',
  'thing',
  'move',
  'decision',
  'choice',
  'excuse',
  'argument',
  'comment',
  'suggestion',
  'expectation',
  'expectations',
  'theory',
  'logic',
  'reasoning',
  'assumption',
  'one',
])
/** Evaluative words that describe a product as often as a person's act (`a confusing form`): left to `aimedAtCustomer`. */
const NOT_ACT_JUDGEMENTS = new Set(['confusing', 'mess', 'messy', 'bizarre'])

/**
 * A judgement of the customer's act (issue 16): an evaluative word right before a noun for what
 * they did or asked, pointed at by `this`/`that`/`your` in the same clause (`this is a silly
 * complaint`, `that was a pointless request`). Not the agent's own slip (`a silly mistake on our part`).
 */
function aimedAtAct(words: readonly Token[], text: string, evaluative: ReadonlySet<string>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!.lower
    if (!evaluative.has(w) || NOT_ACT_JUDGEMENTS.has(w) || !ACTS.has(words[i + 1]!.lower)) continue
    if (/\S/.test(text.slice(words[i]!.end, words[i + 1]!.start))) continue
    let pointed = false
    for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
      if (/[,;:.!?\n]/.test(text.slice(words[j]!.end, words[j + 1]!.start))) break
      const x = words[j]!.lower
      if (FIRST_PERSON.has(x)) break
      if (POINTERS.has(x) || SECOND_PERSON.has(x)) pointed = true
    }
    if (!pointed || negated(words, i, text) || selfDirected(words, i, i + 2, text)) continue
    out.push({ start: words[i]!.start, end: words[i + 1]!.end })
  }
  return out
}

/** Verbs that carry a negation over to the judgement after them: `I don't think your question is silly`, `I wouldn't call it silly`. */
const NEGATION_RAISERS = new Set([
  'think',
  'thought',
  'believe',
  'find',
  'found',
  'consider',
  'considered',
  'call',
  'called',
  'say',
  'said',
  'mean',
  'meant',
  'feel',
  'felt',
  'see',
  'saw',
  'suppose',
  'expect',
  'view',
  'regard',
  'deem',
  'judge',
  'imagine',
  'want',
  'that',
])
/** Words that open the noun phrase the judgement stands in: `meet your ridiculous demand`. */
const DETERMINERS = new Set(['your', 'this', 'that', 'these', 'those', 'such', 'the', 'a', 'an'])
/** Negations of a verb rather than of a thing: `not`, `never` and the `n't` forms (`no question is silly` negates its subject). */
const VERB_NEGATION = new Set(['not', 'never'])

/**
 * Whether a verb negation at `i` stops short of the judgement at `from` (blind batch 10): it
 * negates a verb of its own, and the judgement stands in that verb's object (`We can't meet your
 * ridiculous demand`) or in the predicate of a later copula (`Your claim that we never delivered it
 * is nonsense`). Not when the negation is the copula's (`isn't`, `is not`) or a verb that carries
 * it over (`I don't think it's silly`).
 */
function negatesOtherVerb(words: readonly Token[], i: number, from: number): boolean {
  const w = words[i]!.lower.replace(/’/g, "'")
  if (!VERB_NEGATION.has(w) && !w.endsWith("n't")) return false
  if (COPULAS.has(w.slice(0, -3)) || /^(?:isn't|wasn't|aren't|weren't|ain't)$/.test(w) || COPULAS.has(words[i - 1]?.lower ?? '')) return false
  let k = i + 1
  while (k < from && SOFTENERS.has(words[k]!.lower) && !DETERMINERS.has(words[k]!.lower)) k++
  const verb = words[k]?.lower ?? ''
  if (k >= from || COPULAS.has(verb) || verb === 'be' || NEGATION_RAISERS.has(verb) || DETERMINERS.has(verb)) return false
  if (words.slice(k + 1, from).some((x) => COPULAS.has(x.lower) || x.lower === "'s")) return true
  let d = from - 1
  while (d > k && SOFTENERS.has(words[d]!.lower) && !DETERMINERS.has(words[d]!.lower)) d--
  return d > k && DETERMINERS.has(words[d]!.lower)
}

/** Gerunds for what the customer asks or holds: `Asking for a refund after 40 days is unreasonable`. */
const ASKING = new Set(['asking', 'expecting', 'demanding', 'wanting', 'requesting', 'claiming', 'insisting', 'assuming', 'complaining', 'blaming', 'threatening'])

/**
 * A judgement of what the customer asks, told with a gerund as the subject (blind batch 10): the
 * clause opens with `asking`, `expecting`, `demanding`… and, within 12 words and the same clause, a
 * copula and softeners lead to an evaluative word (`Expecting a refund for that is unreasonable`).
 */
function aimedAtAsking(words: readonly Token[], text: string, evaluative: ReadonlySet<string>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  for (let i = 0; i < words.length; i++) {
    if (!ASKING.has(words[i]!.lower)) continue
    // The clause must open with the gerund (`Honestly, asking…`), not `I'm asking…`.
    if (i > 0 && !/[,;:.!?—–\n]/.test(text.slice(words[i - 1]!.end, words[i]!.start))) continue
    for (let j = i + 1; j < Math.min(words.length - 1, i + 12); j++) {
      if (clauseBreakBetween(text, words[j - 1]!, words[j]!)) break
      if (!COPULAS.has(words[j]!.lower)) continue
      let k = j + 1
      while (k < words.length && SOFTENERS.has(words[k]!.lower) && !clauseBreakBetween(text, words[k - 1]!, words[k]!)) k++
      const judged = words[k]
      if (judged && evaluative.has(judged.lower) && !clauseBreakBetween(text, words[k - 1]!, judged) && !negated(words, k, text)) out.push({ start: judged.start, end: judged.end })
      break
    }
  }
  return out
}

/** `not`, `no`, `never`, `n't` within the 6 words before, in the same clause: `there's no such thing as a stupid question`. */
function negated(words: readonly Token[], from: number, text: string): boolean {
  for (let i = from - 1; i >= Math.max(0, from - 6); i--) {
    // A negation in an earlier clause does not reach this one: `not on mobile, because that's dumb`.
    if (/[,;:.!?—–]/.test(text.slice(words[i]!.end, words[i + 1]!.start)) || CLAUSE_BREAKS.has(words[i]!.lower)) return false
    const w = words[i]!.lower
    if (!(NEGATORS.has(w) || w.endsWith("n't"))) continue
    if (negatesOtherVerb(words, i, from)) return false
    // "Changing it without a backup was moronic": `without` negates its own phrase, and the
    // copula after it starts the judgement of the whole act.
    if (w === 'without' && words.slice(i + 1, from).some((x) => COPULAS.has(x.lower))) return false
    // "Don't be stupid" / "do not be ridiculous" is an order, not a negation.
    const after = words[i + 1]?.lower
    if ((w === "don't" || w === 'dont') && after === 'be') continue
    if (w === 'not' && words[i - 1]?.lower === 'do' && after === 'be') continue
    return true
  }
  return false
}

/** `that's` or `your` earlier in the judgement's clause, with only a copula and softeners between (`that's a bit of a dumb question`, `that was a really daft question`). */
function pointedBack(words: readonly Token[], from: number, text: string): boolean {
  for (let i = from - 1; i >= Math.max(0, from - 7); i--) {
    if (/[,;:.!?—–]/.test(text.slice(words[i]!.end, words[i + 1]!.start))) return false
    const w = words[i]!.lower.replace(/’/g, "'")
    if (w === "that's" || w === 'thats' || w === 'that' || w === 'your') return true
    if (!SOFTENERS.has(w) && !COPULAS.has(w)) return false
  }
  return false
}

/** The agent owning a slip: `silly me`, `stupid of me`, `I'm such an idiot`, `my silly mistake`, `our incompetence`. */
function selfDirected(words: readonly Token[], from: number, to: number, text: string): boolean {
  const next = words[to]
  // "Silly question, but have you tried …": the agent's own question.
  const q = words[to - 1]!.lower === 'question' ? to - 1 : next?.lower === 'question' ? to : -1
  // Not "that's a silly question, but…": there the question is the customer's.
  // `that's a bit of a dumb question, but…`: `that`/`your` reach back over softeners to the start of the clause.
  const judged = words.slice(Math.max(0, from - 3), from).some((w) => POINTERS.has(w.lower)) || pointedBack(words, from, text)
  if (q !== -1 && !judged && words[q + 1]?.lower === 'but' && /^,\s*$/.test(text.slice(words[q]!.end, words[q + 1]!.start))) return true
  // "a silly mistake on our part", "… of mine", "… on our end".
  const after = words
    .slice(to, to + 3)
    .map((w) => w.lower)
    .join(' ')
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
