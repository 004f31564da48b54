/**
 * `acronym`: an acronym (RMA, SLA, ETA, KYC, 2FA, SKUs) not spelled out at its first use.
 * Not: acronyms customers know (USA, PDF, PIN, ATM), ones defined in the reply or in the
 * config allow list, codes (order numbers, SAVE20, E404), agent initials (^JK), shouted words
 * and shouted sentences (the `shouting` rule's business).
 */
import { defineRule, report, sharedConfig } from '../../src/rule.js'
import { options, mapOf, string, strings, boolean } from '../../src/config/schema.js'
import { getDocument, type Token } from '../../src/document.js'
import { fixArticle } from '../../src/text/article.js'
import { AcronymLexicon, defaultLexicon, pluralize, type AcronymOptions, type Candidate } from './lexicon.js'
import { acronymBase, findDefinitions, findDefinitionsTr } from './definitions.js'
import { endsProductName, inCodeContext, shouted, trimPossessive, unknownExcused } from './context.js'
import { withoutSuffix } from '../../src/text/turkish.js'
import type { DocumentState } from '../../src/document.js'

const CAPS = /[A-Z][^A-Z]*[A-Z]/
const CUSTOMER_TOKEN = /[A-Za-z0-9&]+/g
/** A word with two capitals somewhere in a sentence: one test a sentence instead of one a word. */
const CAPS_WORD = /[A-Z][\w&]*[A-Z]/
const TOKEN = /^[A-Za-z0-9&]{2,7}$/
const TR_TOKEN = /^[\p{L}0-9&]{2,7}$/u
const TR_CUSTOMER_TOKEN = /[\p{L}0-9&]+/gu
/** Turkish words after a capitals word that make it a name: `the NRC app` is `NRC uygulaması`. */
const TR_NAME_NOUNS = new Set(['uygulaması', 'uygulamasından', 'uygulamasında', 'kartı', 'kartınız', 'kartınızla', 'mağazası', 'mağazasından', 'mağazalarında', 'şubesi', 'şubesinden', 'şubelerinden', 'kampanyası', 'kampanyasından', 'paketi', 'paketinden', 'tarifesi', 'tarifesine', 'programı', 'üyeliği', 'markası', 'platformu', 'kanalı', 'sitesi', 'sitesinden', 'oyunu', 'serisi', 'cihazı', 'hesabı', 'hesabınız', 'kargo', 'kargoya', 'sigorta', 'bank', 'bankası'])
const TR_LONG_CAPS = /^\p{Lu}{5,}$/u

interface Use {
  token: Token
  base: string
  plural: boolean
  candidate: Candidate
  sentenceStart: boolean
  /** Turkish: an apostrophe suffix follows (`PNR'nizi`): suggest only, the suffix needs rewriting too. */
  suffixed?: boolean
}

const rule = defineRule(
  {
    id: 'acronym',
    description: 'Acronyms not spelled out at their first use (RMA, SLA, ETA, KYC, 2FA)',
    severity: 'warning',
    fixable: true,
    category: 'clarity',
    languages: ['en', 'tr'],
    schema: options({ add: mapOf({ anyOf: [string, strings] }), allow: strings, ignore: strings, unknown: boolean }),
  },
  (options) => {
    const opts = (options ?? {}) as AcronymOptions
    const allow = sharedConfig(options).allow ?? []
    const custom = opts.add !== undefined || opts.allow !== undefined || opts.ignore !== undefined || opts.unknown !== undefined || allow.length > 0
    const lexicon = custom ? new AcronymLexicon(opts, allow) : defaultLexicon()
    // The Turkish lexicon is built on the first Turkish draft.
    let turkish: AcronymLexicon | undefined
    return (tree, file) => {
      const doc = getDocument(file, tree)
      if (doc.context.language === 'tr') {
        turkish ??= custom ? new AcronymLexicon(opts, allow, 'tr') : defaultLexicon('tr')
        lintTurkish(file, doc, turkish)
        return
      }
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
          if (endsProductName(prose, words, i)) {
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
      if (first.size === 0) return
      const message = doc.context.customer.message
      const customer = message ? new Set((message.match(CUSTOMER_TOKEN) ?? []).map((t) => t.toUpperCase())) : undefined
      const defined = findDefinitions(prose)
      for (const use of first.values()) {
        if (names.has(use.base)) continue
        if (customer && (customer.has(use.base) || customer.has(use.token.value.toUpperCase()) || customer.has(`${use.base}S`))) continue // the customer used it first
        const at = defined.get(use.base)
        if (at !== undefined && at <= use.token.start) continue
        if (namedInParentheses(prose, use.token)) continue
        reportUse(file, doc.raw, use, at !== undefined)
      }
    }
  },
)

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
function lintTurkish(file: Parameters<typeof report>[0], doc: DocumentState, lexicon: AcronymLexicon): void {
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
  if (first.size === 0) return
  const message = doc.context.customer.message
  const customer = message ? new Set((message.match(TR_CUSTOMER_TOKEN) ?? []).map(lexicon.upper)) : undefined
  const defined = findDefinitionsTr(prose, lexicon.upper, (base) => lexicon.expansionsOf(base))
  for (const use of first.values()) {
    if (names.has(use.base) || customer?.has(use.base)) continue
    const at = defined.get(use.base)
    if (at !== undefined && at <= use.token.start) continue
    reportUse(file, doc.raw, use, at !== undefined, lexicon.upper)
  }
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
  const prev = words[i - 1]
  return (prev !== undefined && TR_LONG_CAPS.test(prev.value)) || (next !== undefined && TR_LONG_CAPS.test(next.value))
}

function reportUse(file: Parameters<typeof report>[0], raw: string, use: Use, definedLater: boolean, upper?: (s: string) => string): void {
  const { token, candidate } = use
  const actual = token.value
  const expansions = candidate.kind === 'known-dictionary' ? candidate.expansions.map((e) => (use.plural ? pluralize(e) : e)) : []
  const capital = upper ?? ((s: string): string => s.toUpperCase())
  const written = expansions.map((e) => `${use.sentenceStart ? capital(e[0]!) + e.slice(1) : e} (${actual})`)
  let reason = `"${actual}" is not spelled out; customers may not know it.`
  if (definedLater) reason += ' It is spelled out later: do it at its first use instead.'
  else if (written.length === 1) reason += ` Write “${written[0]}” the first time.`
  else if (written.length > 1) reason += ` Spell it out the first time, for example “${written[0]}”.`
  else reason += ` Spell it out the first time: “full words (${actual})”.`
  let fix: { offset: number; endOffset: number; text: string } | undefined
  const possessive = /^['’]s\b/.test(raw.slice(token.end, token.end + 3))
  if (written.length === 1 && !definedLater && !possessive && !use.suffixed) {
    const article = upper ? undefined : fixArticle(raw, token.start, written[0]!)
    fix = article ? { offset: article.start, endOffset: token.end, text: article.text } : { offset: token.start, endOffset: token.end, text: written[0]! }
  }
  report(file, rule.meta, { start: token.start, end: token.end, reason, expected: definedLater ? [] : written, fix })
}

export default rule
