/**
 * `jargon`: industry jargon a customer may not know (provisioning, chargeback, latency, tier 2
 * support, adjudicated) and stiff, bureaucratic phrasing (utilize, in order to, prior to,
 * pursuant to), each with plain alternatives. Fixes only where one plain form fits as is.
 */
import { defineRule, perLanguage, type RuleLanguage } from '../../src/rule.js'
import { options, mapOf, string, strings, boolean } from '../../src/config/schema.js'
import { customerWordLine } from '../../src/kit/customer-message.js'
import { fixArticle } from '../../src/text/article.js'
import { JargonLexicon, defaultLexicon, type JargonHit, type JargonOptions } from './lexicon.js'
import { lowerTurkish } from '../../src/text/phrases.js'
import { upperTurkish } from '../../src/text/turkish.js'
import { appositionDefines, initialsMatch, outerInitialsMatch } from '../../src/kit/acronym-definitions.js'

export type { JargonOptions } from './lexicon.js'

/** `Return Merchandise Authorization (RMA)` / `RMA (return merchandise authorization)`: a definition, not jargon. */
const DEFINED_AFTER = /^\s*\(\s*[A-Z0-9]{2,6}s?\s*\)/
const DEFINED_BEFORE = /[A-Z0-9]{2,6}s?\s*\(\s*$/
/** An acronym ahead of the term, in the same clause: `Porting Authorisation Code (PAC)`, `(or PAC)`, `, or PAC`, `– PAC for short`. */
const ACRONYM_AHEAD = /^([^().!?;:\n]{0,60}?)(?:\(\s*(?:(?:or|the|aka)\s+)?|,\s+or\s+|\s[–—-]\s+)([A-Z0-9]{2,6})s?(?![A-Za-z0-9])/
/** An acronym behind the term: `PAC (Porting Authorisation Code)`, `PAC, the porting authorisation code`, `PAC – porting…`. */
const ACRONYM_BEHIND = /(?<![A-Za-z0-9])([A-Z0-9]{2,6})s?(\s*\(|,|\s+[–—-])([^()]{0,60})$/

/**
 * Whether the term is one of the words spelling an acronym out, anywhere in the definition:
 * `Porting Authorisation Code (PAC)`, `your port authorisation (PAC)`, `porting authorisation code, or PAC`,
 * `PAC (Porting Authorisation Code)`, `PAC – porting authorisation code –`.
 * The acronym rule asks for those words; they are not jargon left unexplained.
 */
function inAcronymDefinition(prose: string, start: number, end: number): boolean {
  const ahead = ACRONYM_AHEAD.exec(prose.slice(start, start + 80))
  if (ahead) {
    const acronym = ahead[2]!
    const glossEnd = start + ahead[1]!.length
    const clause =
      prose
        .slice(Math.max(0, start - 40), glossEnd)
        .split(/[().!?;:\n]/)
        .pop() ?? ''
    // The definition's words: at most one more than the acronym has letters, and the term among them.
    const gloss = clause
      .trim()
      .split(/\s+/)
      .slice(-(acronym.length + 1))
      .join(' ')
    const fromTerm = prose.slice(start, glossEnd).trim()
    if (gloss.length > 0 && gloss.endsWith(fromTerm) && (initialsMatch(acronym, gloss) || outerInitialsMatch(acronym, gloss))) return true
  }
  const behind = ACRONYM_BEHIND.exec(prose.slice(Math.max(0, start - 70), start))
  if (behind) {
    const bracket = behind[2]!.endsWith('(')
    const close = prose.slice(end, end + 60).search(bracket ? /\)/ : /[,.;:!?()–—]|\s-\s/)
    const inside = behind[3]! + prose.slice(start, close === -1 ? end : end + close)
    if (bracket ? initialsMatch(behind[1]!, inside) : appositionDefines(behind[1]!, inside)) return true
  }
  return false
}

/** `a chargeback for you, which means we ask the shop's bank…`: the term explained where it is used (at most three words on). */
const EXPLAINED_AFTER = /^(?:\s+[a-z']+){0,3},?\s+(?:(?:(?:which|that|this)\s+)?(?:means|is\s+when|is\s+where)|meaning|in\s+other\s+words)\b|^,?\s+i\.e\./i

/**
 * English glosses right after the term: `chargeback (a dispute through your bank)`, `provisioning
 * (we are setting your line up)`, `chargeback: a dispute…`, `chargeback – a dispute…` (an indefinite article: `– the bank replies` starts a new clause), `chargeback,
 * that is…`, `chargeback, also called a card dispute`, `pre-authorisation, which is a temporary hold…`
 * (not `…, which is the fastest way`: a comment, not a gloss), with the term in quotes too (`"latency" (a delay)`). A bracket must open on a lower-case word,
 * so `provisioning (2-3 days)` or `(PAC)` is no gloss.
 */
const GLOSSED_AFTER = /^["”’']?\s*(?:\(\s*\p{Ll}|[:–—]\s+an?\s|\s-\san?\s|,\s+that\s+is\b|,\s+(?:also\s+)?(?:called|known\s+as)\s|,\s+(?:which|that)\s+is\s+(?:an?|when|where)\s|,\s+which['’]s\s+(?:an?|when|where)\s)/u
/** The term named after its plain words: `a dispute with your bank, known as a chargeback`, `this is called a chargeback`, `(called a pre-authorisation)`, `what banks call an authorisation hold`. */
const NAMED_BEFORE = /(?:\b(?:known\s+as|also\s+called|(?:is|are|was|were|it['’]s|that['’]s)\s+called|referred\s+to\s+as|what\s+(?:we|they|banks|airlines|carriers)\s+call)|\(\s*called)\s+(?:(?:an?|the)\s+)?["“‘']?$/i
/** The term in brackets after its plain words: `a payment dispute with your bank (a chargeback)`. */
const BRACKET_BEFORE = /\(\s*(?:(?:an?|the)\s+)?$/i
const BRACKET_AFTER = /^["”’']?\s*\)/

/** Whether an English term is explained where it stands (README: "It does not fire on"). */
function explainedEnglish(prose: string, start: number, end: number): boolean {
  const after = prose.slice(end, end + 40)
  if (EXPLAINED_AFTER.test(after) || GLOSSED_AFTER.test(after)) return true
  const before = prose.slice(Math.max(0, start - 30), start)
  return NAMED_BEFORE.test(before) || (BRACKET_BEFORE.test(before) && BRACKET_AFTER.test(after))
}

/** Turkish: the term named in quotes after its plain meaning: `… ön onay; bankalar buna "provizyon" diyor`, `"valör" denir`, `"desi" adı verilen`. */
const NAMED_AFTER_TR = /^["”'’»]\s*(?:diye\s+)?(?:den(?:ir|iyor|iliyor)|diyor|ad[ıi]\s+veril|olarak\s+(?:adland|geç))/u
const QUOTE_BEFORE = /["“'‘«]$/
/**
 * Turkish: the term glossed in place: `provizyon (ön onay)`, `provizyon, yani ön onay`, `'ters ibraz'
 * denen süreçle, yani …` (named, then glossed; not `provizyon yarın kalkacak, yani …`, which glosses
 * the news), or given in parentheses after the plain words: `ön onay (provizyon)`.
 */
const GLOSSED_AFTER_TR = /^["”'’»]?(?:\s*\(\s*\p{Ll}|(?:\s+(?:denen|denilen|dediğimiz|adı\s+verilen|olarak\s+(?:bilinen|adlandırılan))(?:\s+\p{L}+)?)?,?\s*(?:yani|(?:bir\s+)?başka\s+bir\s+deyişle|diğer\s+bir\s+deyişle)\s)/u

/**
 * Turkish: the plain words first, then the term: `paranın işyerinden geri istenmesi, yani ters ibraz`.
 * Read on the 40 characters before the term; group 1 is the word before `yani`, which must not be a
 * finite verb (`Tutar iade edildi, yani provizyon …` joins two clauses, it explains nothing).
 */
// eslint-disable-next-line regexp/no-super-linear-move -- read on the 40 characters before a term only
const GLOSSED_BEFORE_TR = /(\p{L}{2,})(?:\s*,)?\s+yani\s+["“'‘«]?$/u
const FINITE_VERB_TR = /(?:[dt][ıiuü](?:k|m|n|l[ae]r)?|m[ıiuü]ş|[ae]c[ae]k|yor|[dt][ıiuü]r|s[ıiuü]n[ıiuü]z)$/

/** Whether a Turkish term is explained where it stands, so the customer is not left with the bare word. */
function explainedTurkish(prose: string, start: number, end: number): boolean {
  const before = GLOSSED_BEFORE_TR.exec(prose.slice(Math.max(0, start - 40), start))
  if (before && !FINITE_VERB_TR.test(lowerTurkish(before[1]!))) return true
  const after = prose.slice(end, end + 40)
  if (QUOTE_BEFORE.test(prose.slice(Math.max(0, start - 1), start)) && NAMED_AFTER_TR.test(after)) return true
  if (prose[start - 1] === '(' && prose[end] === ')') return true
  return GLOSSED_AFTER_TR.test(after)
}
/** `KYC stands for “know your customer”`: the term is the expansion the reply is explaining. */
const EXPANDS_BEFORE = /\b[A-Z0-9]{2,6}s?\s+(?:stands\s+for|is\s+short\s+for|is\s+an\s+abbreviation\s+(?:for|of))\s*(?:["“‘']\s*)?$/

/** What differs between languages beyond the data. */
interface Writing {
  lower: (w: string) => string
  upper: (w: string) => string
  /** How the customer's words are read: an English `'s` is dropped; a Turkish apostrophe suffix goes. */
  customerSuffixes: 'possessive' | 'apostrophe'
  /** Turkish: the customer wrote the term's first word with an ending (`ticketımı` for `ticket`). */
  stemInCustomer: boolean
  /** English fixes change `an` to `a` before the plain word (an edge case → a rare case). */
  articles: boolean
  /** The jargon term at [start, end) is explained where it stands, so the customer is not left with the bare word. */
  explained: (prose: string, start: number, end: number) => boolean
  /** The term at [start, end) is one of the words spelling an acronym out (English forms only so far). */
  spellsOutAcronym: (prose: string, start: number, end: number) => boolean
}

const WRITING: Record<RuleLanguage, Writing> = {
  en: { lower: (w) => w.toLowerCase(), upper: (w) => w.toUpperCase(), customerSuffixes: 'possessive', stemInCustomer: false, articles: true, explained: explainedEnglish, spellsOutAcronym: inAcronymDefinition },
  tr: { lower: lowerTurkish, upper: upperTurkish, customerSuffixes: 'apostrophe', stemInCustomer: true, articles: false, explained: explainedTurkish, spellsOutAcronym: () => false },
}

const rule = defineRule({
  meta: {
    id: 'jargon',
    description: 'Industry jargon and bureaucratic wording a customer may not know (provisioning, chargeback, utilize, pursuant to)',
    severity: 'warning',
    fixable: true,
    category: 'clarity',
    languages: ['en', 'tr'],
    schema: options({
      add: mapOf({
        anyOf: [
          string,
          strings,
          {
            type: 'object',
            required: ['plain'],
            additionalProperties: false,
            properties: {
              plain: strings,
              variants: strings,
              forms: mapOf(strings),
              fix: boolean,
              hyphen: { anyOf: [boolean, strings] },
              notBefore: strings,
              notAfter: strings,
              requireBefore: strings,
              domain: string,
              from: string,
              kind: { type: 'string', enum: ['jargon', 'wordy'] },
            },
          },
        ],
      }),
      ignore: strings,
      wordy: boolean,
    }),
    messages: {
      jargon: '“{{actual}}” is jargon a customer may not know; say “{{plain}}” instead.',
      jargonNoPlain: '“{{actual}}” is jargon a customer may not know; say it in plain words.',
      wordy: '“{{actual}}” is stiff, bureaucratic wording; “{{plain}}” says the same more plainly.',
      wordyNoPlain: '“{{actual}}” is stiff, bureaucratic wording; say it more simply.',
    },
  },
  prepare: (opts: JargonOptions, shared) => {
    const allow = shared.config.allow ?? []
    const custom = opts.add !== undefined || opts.ignore !== undefined || opts.wordy !== undefined || allow.length > 0
    // One lexicon per language, the Turkish one built on the first Turkish draft.
    return { lexiconOf: perLanguage((language) => (custom ? new JargonLexicon({ ...opts, ignore: [...(opts.ignore ?? []), ...allow] }, language) : defaultLexicon(language))) }
  },
  create: (ctx) => {
    const doc = ctx.document
    const writing = WRITING[ctx.language]
    const lexicon = ctx.state.lexiconOf(ctx.language)
    for (const sentence of doc.sentences()) {
      for (const hit of lexicon.match(sentence.words, doc.prose, sentence.text)) {
        if (DEFINED_AFTER.test(doc.prose.slice(hit.end, hit.end + 12)) || DEFINED_BEFORE.test(doc.prose.slice(Math.max(0, hit.start - 12), hit.start))) continue
        if (writing.spellsOutAcronym(doc.prose, hit.start, hit.end)) continue
        if (EXPANDS_BEFORE.test(doc.prose.slice(Math.max(0, hit.start - 40), hit.start))) continue
        if (hit.sense.kind === 'jargon') {
          // The customer used the term first: they know it.
          const customerWords = customerWordLine(doc, writing.customerSuffixes)
          if (customerWords && (customerWords.includes(` ${hit.phrase} `) || (writing.stemInCustomer && hit.phrase.length >= 5 && customerWords.includes(` ${hit.phrase.split(' ')[0]}`)))) continue
          if (writing.explained(doc.prose, hit.start, hit.end)) continue
        }
        reportHit(hit)
      }
    }

    function reportHit(hit: JargonHit): void {
      const raw = doc.raw
      const actual = raw.slice(hit.start, hit.end)
      const plain = hit.sense.plain.map((p) => matchCase(actual, p, writing))
      const data = { actual, plain: plain.join('” or “') }
      let fix: { offset: number; endOffset: number; text: string } | undefined
      if (hit.sense.fix && plain.length === 1 && !hit.inflected) {
        const article = writing.articles ? fixArticle(raw, hit.start, plain[0]!) : undefined
        fix = article ? { offset: article.start, endOffset: hit.end, text: article.text } : { offset: hit.start, endOffset: hit.end, text: plain[0]! }
      }
      const messageId = hit.sense.kind === 'jargon' ? (plain.length > 0 ? 'jargon' : 'jargonNoPlain') : plain.length > 0 ? 'wordy' : 'wordyNoPlain'
      ctx.report({ messageId, data, start: hit.start, end: hit.end, expected: plain, ...(fix ? { fix } : {}) })
    }
  },
})

/** Keep the case of the first letter: `Prior to` becomes `Before`, `utilize` becomes `use` (`İ` for `i` in Turkish). */
function matchCase(actual: string, plain: string, { lower, upper }: Writing): string {
  const first = actual[0] ?? ''
  if (first !== lower(first) && plain[0] === lower(plain[0] ?? '')) return upper(plain[0]!) + plain.slice(1)
  return plain
}

export default rule
