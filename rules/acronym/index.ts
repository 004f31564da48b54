/**
 * `acronym`: an acronym (RMA, SLA, ETA, KYC, 2FA, SKUs) not spelled out at its first use.
 * Not: acronyms customers know (USA, PDF, PIN, ATM), ones defined in the reply or in the
 * config allow list, codes (order numbers, SAVE20, E404), agent initials (^JK), shouted words
 * and shouted sentences (the `shouting` rule's business).
 */
import { defineRule, perLanguage, type RuleLanguage } from '../../src/rule.js'
import { options, mapOf, string, strings, boolean } from '../../src/config/schema.js'
import type { DocumentState, Token } from '../../src/document.js'
import { customerUpperWords } from '../../src/kit/customer-message.js'
import { fixArticle } from '../../src/text/article.js'
import { AcronymLexicon, defaultLexicon, pluralize, type AcronymOptions, type Candidate } from './lexicon.js'
import { acronymBase, findDefinitions, findDefinitionsTr } from '../../src/kit/acronym-definitions.js'
import { endsProductName, inCodeContext, shouted, trimPossessive, unknownExcused } from './context.js'
import { withoutSuffix } from '../../src/text/turkish.js'

export type { AcronymOptions } from './lexicon.js'

const CAPS = /[A-Z][^A-Z]*[A-Z]/
/** A word with two capitals somewhere in a sentence: one test a sentence instead of one a word. */
const CAPS_WORD = /[A-Z][\w&]*[A-Z]/
const TOKEN = /^[A-Za-z0-9&]{2,7}$/
const TR_TOKEN = /^[\p{L}0-9&]{2,7}$/u
/** Turkish words after a capitals word that make it a name: `the NRC app` is `NRC uygulaması`. */
const TR_NAME_NOUNS = new Set([
  'uygulaması',
  'uygulamasından',
  'uygulamasında',
  'kartı',
  'kartınız',
  'kartınızla',
  'mağazası',
  'mağazasından',
  'mağazalarında',
  'şubesi',
  'şubesinden',
  'şubelerinden',
  'kampanyası',
  'kampanyasından',
  'paketi',
  'paketinden',
  'tarifesi',
  'tarifesine',
  'programı',
  'üyeliği',
  'markası',
  'platformu',
  'kanalı',
  'sitesi',
  'sitesinden',
  'oyunu',
  'serisi',
  'cihazı',
  'hesabı',
  'hesabınız',
  'kargo',
  'kargoya',
  'sigorta',
  'bank',
  'bankası',
])
const TR_LONG_CAPS = /^\p{Lu}{5,}$/u
/** Capitalised words after a capitals word that make it a company's name, as signatures write it: `JBL Türkiye Destek`, `MNG Müşteri Hizmetleri`. */
const TR_COMPANY_TAILS = new Set(['türkiye', 'destek', 'müşteri', 'teknik', 'ekibi', 'grubu', 'holding', 'mağazaları', 'servisi', 'yetkili'])

interface Use {
  token: Token
  base: string
  plural: boolean
  candidate: Candidate
  sentenceStart: boolean
  /** Turkish: an apostrophe suffix follows (`PNR'nizi`): suggest only, the suffix needs rewriting too. */
  suffixed?: boolean
}

/** An acronym's first use to report, and whether the reply spells it out later. */
interface Finding {
  use: Use
  definedLater: boolean
}

/** How a language finds first uses (English: ASCII capitals and plurals; Turkish: Turkish capitals and apostrophe suffixes). */
const FIRST_USES: Record<RuleLanguage, (doc: DocumentState, lexicon: AcronymLexicon) => Finding[]> = { en: englishUses, tr: turkishUses }

/** English fixes change `an` to `a` before the spelled-out words (an RMA → a return merchandise authorization (RMA)). */
const ARTICLES: Record<RuleLanguage, boolean> = { en: true, tr: false }

const rule = defineRule({
  meta: {
    id: 'acronym',
    description: 'Acronyms not spelled out at their first use (RMA, SLA, ETA, KYC, 2FA)',
    severity: 'warning',
    fixable: true,
    category: 'clarity',
    languages: ['en', 'tr'],
    schema: options({ add: mapOf({ anyOf: [string, strings] }), allow: strings, ignore: strings, unknown: boolean }),
    messages: {
      spellOut: '"{{actual}}" is not spelled out; customers may not know it. Write “{{written}}” the first time.',
      spellOutExample: '"{{actual}}" is not spelled out; customers may not know it. Spell it out the first time, for example “{{written}}”.',
      unknown: '"{{actual}}" is not spelled out; customers may not know it. Spell it out the first time: “full words ({{actual}})”.',
      definedLater: '"{{actual}}" is not spelled out; customers may not know it. It is spelled out later: do it at its first use instead.',
    },
  },
  prepare: (opts: AcronymOptions, shared) => {
    const allow = shared.config.allow ?? []
    const custom = opts.add !== undefined || opts.allow !== undefined || opts.ignore !== undefined || opts.unknown !== undefined || allow.length > 0
    // One lexicon per language, the Turkish one built on the first Turkish draft.
    return { lexiconOf: perLanguage((language) => (custom ? new AcronymLexicon(opts, allow, language) : defaultLexicon(language))) }
  },
  create: (ctx) => {
    const lexicon = ctx.state.lexiconOf(ctx.language)
    const raw = ctx.document.raw
    for (const { use, definedLater } of FIRST_USES[ctx.language](ctx.document, lexicon)) {
      const { token, candidate } = use
      const actual = token.value
      const expansions = candidate.kind === 'known-dictionary' ? candidate.expansions.map((e) => (use.plural ? pluralize(e) : e)) : []
      const written = expansions.map((e) => `${use.sentenceStart ? lexicon.upper(e[0]!) + e.slice(1) : e} (${actual})`)
      let fix: { offset: number; endOffset: number; text: string } | undefined
      const possessive = /^['’]s\b/.test(raw.slice(token.end, token.end + 3))
      if (written.length === 1 && !definedLater && !possessive && !use.suffixed) {
        const article = ARTICLES[ctx.language] ? fixArticle(raw, token.start, written[0]!) : undefined
        fix = article ? { offset: article.start, endOffset: token.end, text: article.text } : { offset: token.start, endOffset: token.end, text: written[0]! }
      }
      const messageId = definedLater ? 'definedLater' : written.length === 1 ? 'spellOut' : written.length > 1 ? 'spellOutExample' : 'unknown'
      ctx.report({ messageId, data: { actual, written: written[0] ?? '' }, start: token.start, end: token.end, expected: definedLater ? [] : written, ...(fix ? { fix } : {}) })
    }
  },
})

/** English drafts: ASCII capitals, plural `s`, possessives; names, codes and social-known acronyms excused. */
function englishUses(doc: DocumentState, lexicon: AcronymLexicon): Finding[] {
  const prose = doc.prose
  const social = doc.context.channel === 'social'
  const first = new Map<string, Use>()
  const names = new Set<string>()
  for (const sentence of doc.sentences()) {
    const words = sentence.words
    if (!CAPS_WORD.test(sentence.text)) continue
    if (shouted(words)) continue
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!
      if (!CAPS.test(word.value)) continue
      const token = trimPossessive(word)
      if (!TOKEN.test(token.value)) continue // hyphenated codes (RMA-12345, DPS-DMK), AT&T-style names
      const plural = token.value.length > 2 && token.value.endsWith('s') && acronymBase(token.value) !== token.value.toUpperCase()
      const base = acronymBase(token.value)
      const seen = first.get(base)
      if ((seen && seen.candidate.kind !== 'unknown') || names.has(base) || lexicon.isKnown(base) || lexicon.isKnown(token.value)) continue
      const candidate = lexicon.classify(plural ? token.value.slice(0, -1) : token.value)
      if (!candidate) continue
      if (inCodeContext(prose, words, i, lexicon.codeWords)) continue
      if (lexicon.namesDocument(base, words[i + 1]?.lower) || endsProductName(prose, words, i)) {
        names.add(base)
        continue
      }
      // A brand's public social reply speaks to its own followers in 280 characters: a caps
      // word the dictionary cannot expand is most likely the brand's product (NRC), a band
      // (BTS) or a local term, and everyday/service/regional acronyms are known there.
      if (social && (candidate.kind === 'unknown' || lexicon.isSocialKnown(base))) {
        names.add(base)
        continue
      }
      if (candidate.kind === 'unknown' && unknownExcused(prose, words, i)) {
        names.add(base)
        continue
      }
      if (!seen) first.set(base, { token, base, plural, candidate, sentenceStart: i === 0 })
    }
  }
  if (first.size === 0) return []
  const customer = customerUpperWords(doc, 'en')
  const defined = findDefinitions(prose)
  const sender = signatureWords(doc.text)
  const found: Finding[] = []
  for (const use of first.values()) {
    if (names.has(use.base) || sender.has(use.token.value)) continue
    if (customer && (customer.has(use.base) || customer.has(use.token.value.toUpperCase()) || customer.has(`${use.base}S`))) continue // the customer used it first
    const at = defined.get(use.base)
    if (at !== undefined && at <= use.token.start) continue
    if (namedInParentheses(prose, use.token)) continue
    found.push({ use, definedLater: at !== undefined })
  }
  return found
}

/**
 * Words on the short closing lines of a multi-line reply (`LNER Customer Relations`, `BT Business`):
 * the sender's own name, which the customer knows, since it is who wrote to them.
 */
function signatureWords(text: string): Set<string> {
  const words = new Set<string>()
  const lines = text
    .trimEnd()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  if (lines.length < 4) return words
  for (const line of lines.slice(-2)) {
    // A sentence (`Call the DVLA.`) is not a signature line.
    if (/[.!?:;,]$/.test(line) || (line.match(/\S+/g) ?? []).length > 5) continue
    for (const w of line.match(/[A-Za-z0-9&]+/g) ?? []) words.add(w)
  }
  return words
}

/**
 * `Internet Banking (FPX)`, `Nike Run Club (NRC)`: the acronym in parentheses right after a
 * capitalised name is explained right there, even when the initials do not match.
 */
function namedInParentheses(prose: string, token: Token): boolean {
  if (prose[token.start - 1] !== '(' || prose[token.end] !== ')') return false
  const before = prose.slice(Math.max(0, token.start - 40), token.start - 1).trimEnd()
  return /(?:^|\s)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+$/u.test(before)
}

/** Turkish drafts: capitals with Turkish letters (ÖTV, GİB), apostrophe suffixes (PNR'nizi), no plural `s`. */
function turkishUses(doc: DocumentState, lexicon: AcronymLexicon): Finding[] {
  const prose = doc.prose
  const first = new Map<string, Use>()
  const names = new Set<string>()
  for (const sentence of doc.sentences()) {
    const words = sentence.words
    if (!adjacentCapitals(sentence.text) || shouted(words)) continue
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!
      if (!adjacentCapitals(word.value)) continue
      const token = withoutSuffix(word)
      if (!TR_TOKEN.test(token.value) || !adjacentCapitals(token.value)) continue
      const base = lexicon.upper(token.value)
      const seen = first.get(base)
      if ((seen && seen.candidate.kind !== 'unknown') || names.has(base) || lexicon.isKnown(base)) continue
      const candidate = lexicon.classify(token.value)
      if (!candidate) continue
      if (inCodeContext(prose, words, i, lexicon.codeWords)) continue
      if (candidate.kind === 'unknown' && (unknownExcused(prose, words, i) || turkishName(words, i, prose))) {
        names.add(base)
        continue
      }
      if (!seen) first.set(base, { token, base, plural: false, candidate, sentenceStart: i === 0, suffixed: token !== word })
    }
  }
  if (first.size === 0) return []
  const customer = customerUpperWords(doc, 'tr')
  const defined = findDefinitionsTr(prose, lexicon.upper, (base) => lexicon.expansionsOf(base))
  const found: Finding[] = []
  for (const use of first.values()) {
    if (names.has(use.base) || customer?.has(use.base)) continue
    const at = defined.get(use.base)
    if (at !== undefined && at <= use.token.start) continue
    found.push({ use, definedLater: at !== undefined })
  }
  return found
}

/** A capital letter (ASCII, Latin-1 or Turkish Ğ İ Ş): a char-code test, far cheaper than `\p{Lu}` on Turkish text. */
const isCapital = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || c === 0x11e || c === 0x130 || c === 0x15e

/** Two capitals side by side (KDV, PNR'nizi, VoLTE): every acronym has them, few other words do. */
function adjacentCapitals(text: string): boolean {
  let prev = false
  for (let i = 0; i < text.length; i++) {
    const capital = isCapital(text.charCodeAt(i))
    if (capital && prev) return true
    prev = capital
  }
  return false
}

/** `BKM Express uygulaması`, `KYK yurdu` after a name noun, or next to a long capitals word (a name in capitals). */
function turkishName(words: readonly Token[], i: number, prose: string): boolean {
  const next = words[i + 1]
  if (next && TR_NAME_NOUNS.has(next.lower) && /^\s+$/.test(prose.slice(words[i]!.end, next.start))) return true
  if (next && /^\p{Lu}\p{Ll}/u.test(next.value) && TR_COMPANY_TAILS.has(next.lower) && /^[ \t]+$/.test(prose.slice(words[i]!.end, next.start))) return true
  const prev = words[i - 1]
  return (prev !== undefined && TR_LONG_CAPS.test(prev.value)) || (next !== undefined && TR_LONG_CAPS.test(next.value))
}

export default rule
