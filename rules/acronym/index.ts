/**
 * `acronym`: an acronym (RMA, SLA, ETA, KYC, 2FA, SKUs) not spelled out at its first use.
 * Not: acronyms customers know (USA, PDF, PIN, ATM), ones defined in the reply or in the
 * config allow list, codes (order numbers, SAVE20, E404), agent initials (^JK), shouted words
 * and shouted sentences (the `shouting` rule's business).
 */
import { defineRule, report, sharedConfig } from '../../src/rule.js'
import { getDocument, type Token } from '../../src/document.js'
import { fixArticle } from '../../src/text/article.js'
import { AcronymLexicon, defaultLexicon, pluralize, type AcronymOptions, type Candidate } from './lexicon.js'
import { acronymBase, findDefinitions } from './definitions.js'
import { inCodeContext, shouted, trimPossessive, unknownExcused } from './context.js'

const CAPS = /[A-Z][^A-Z]*[A-Z]/
const CUSTOMER_TOKEN = /[A-Za-z0-9&]+/g
/** A word with two capitals somewhere in a sentence: one test a sentence instead of one a word. */
const CAPS_WORD = /[A-Z][\w&]*[A-Z]/
const TOKEN = /^[A-Za-z0-9&]{2,7}$/

interface Use {
  token: Token
  base: string
  plural: boolean
  candidate: Candidate
  sentenceStart: boolean
}

const rule = defineRule(
  {
    id: 'acronym',
    description: 'Acronyms not spelled out at their first use (RMA, SLA, ETA, KYC, 2FA)',
    severity: 'warning',
    fixable: true,
    category: 'clarity',
    languages: ['en'],
  },
  (options) => {
    const opts = (options ?? {}) as AcronymOptions
    const allow = sharedConfig(options).allow ?? []
    const custom = opts.add !== undefined || opts.allow !== undefined || opts.ignore !== undefined || opts.unknown !== undefined || allow.length > 0
    const lexicon = custom ? new AcronymLexicon(opts, allow) : defaultLexicon()
    return (tree, file) => {
      const doc = getDocument(file, tree)
      const prose = doc.prose
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
        if (customer && (customer.has(use.base) || customer.has(use.token.value.toUpperCase()))) continue // the customer used it first
        const at = defined.get(use.base)
        if (at !== undefined && at <= use.token.start) continue
        reportUse(file, doc.raw, use, at !== undefined)
      }
    }
  },
)

function reportUse(file: Parameters<typeof report>[0], raw: string, use: Use, definedLater: boolean): void {
  const { token, candidate } = use
  const actual = token.value
  const expansions = candidate.kind === 'known-dictionary' ? candidate.expansions.map((e) => (use.plural ? pluralize(e) : e)) : []
  const written = expansions.map((e) => `${use.sentenceStart ? e[0]!.toUpperCase() + e.slice(1) : e} (${actual})`)
  let reason = `"${actual}" is not spelled out; customers may not know it.`
  if (definedLater) reason += ' It is spelled out later: do it at its first use instead.'
  else if (written.length === 1) reason += ` Write “${written[0]}” the first time.`
  else if (written.length > 1) reason += ` Spell it out the first time, for example “${written[0]}”.`
  else reason += ` Spell it out the first time: “full words (${actual})”.`
  let fix: { offset: number; endOffset: number; text: string } | undefined
  const possessive = /^['’]s\b/.test(raw.slice(token.end, token.end + 3))
  if (written.length === 1 && !definedLater && !possessive) {
    const article = fixArticle(raw, token.start, written[0]!)
    fix = article ? { offset: article.start, endOffset: token.end, text: article.text } : { offset: token.start, endOffset: token.end, text: written[0]! }
  }
  report(file, rule.meta, { start: token.start, end: token.end, reason, expected: definedLater ? [] : written, fix })
}

export default rule
