/**
 * `profanity`: profane and vulgar words in the agent's reply, including obfuscated spellings.
 * Never relaxed when the customer is abusive: the message says so instead.
 */
import { defineRule, perLanguage, type RuleLanguage } from '../../src/rule.js'
import { options, mapOf, strings, numberIn } from '../../src/config/schema.js'
import { hasLanguagePack } from '../../src/kit/language-pack.js'
import { insideInlineQuote } from '../../src/text/inline-quotes.js'
import { containsProfanity, customLexicon, lexiconFor, type Lexicon, type ProfanityHit, type ProfanityOptions } from './lexicon.js'

export type { ProfanityOptions } from './lexicon.js'

/** The other language a customer may write in than the reply (a Turkish customer, an English agent). */
const OTHER: Record<RuleLanguage, RuleLanguage> = { en: 'tr', tr: 'en' }

const rule = defineRule({
  meta: {
    id: 'profanity',
    description: 'Profane or vulgar words, including obfuscated spellings (f*ck, sh1t)',
    severity: 'error',
    fixable: false,
    category: 'safety',
    languages: ['en', 'tr'],
    schema: options({ minSureness: numberIn(0, 2), add: { anyOf: [strings, mapOf(numberIn(0, 2))] }, ignore: strings }),
    unsupportedLanguages: 'fallback',
    messages: {
      reword: "Don't use “{{actual}}”: it is profane; say “{{rewording}}” instead.",
      remove: "Don't use “{{actual}}”: it is profane; remove it.",
      rewordCustomerSwore: "Don't use “{{actual}}”: it is profane; say “{{rewording}}” instead. The customer used strong language, but the reply must stay professional even so.",
      removeCustomerSwore: "Don't use “{{actual}}”: it is profane; remove it. The customer used strong language, but the reply must stay professional even so.",
    },
  },
  prepare: (opts: ProfanityOptions) => {
    const custom = opts.add !== undefined || opts.ignore !== undefined || opts.minSureness !== undefined
    // One lexicon per language, built on the first draft in that language (Turkish data is
    // never loaded for an English-only team).
    return { lexiconOf: perLanguage((language): Lexicon => (custom ? customLexicon(language, opts) : lexiconFor(language))) }
  },
  create: (ctx) => {
    const doc = ctx.document
    const { lexiconOf } = ctx.state
    const lexicon = lexiconOf(ctx.language)
    const hits: ProfanityHit[] = []
    for (const sentence of doc.sentences()) hits.push(...lexicon.matchWords(sentence.words, doc.prose))
    for (const hit of lexicon.matchObfuscated(doc.prose)) {
      if (!hits.some((h) => hit.start < h.end && hit.end > h.start)) hits.push(hit)
    }
    if (hits.length === 0) return
    const message = doc.context.customer.message
    // The customer may write in another language than the reply; that language's lexicon is read
    // only when its data is loaded (always in Node; in the browser, once a draft needed it).
    const other = OTHER[ctx.language]
    const customerSwore = message ? containsProfanity(message, lexicon) || (hasLanguagePack(other) && containsProfanity(message, lexiconOf(other))) : false
    for (const hit of hits) {
      const actual = doc.raw.slice(hit.start, hit.end)
      // `You said the update "broke the damn app"`: the customer's own word, quoted back, is not the agent swearing.
      if (message && insideInlineQuote(doc.prose, hit.start, hit.end) && containsWord(message, actual)) continue
      const reword = hit.entry.rewordings
      const messageId = reword.length > 0 ? (customerSwore ? 'rewordCustomerSwore' : 'reword') : customerSwore ? 'removeCustomerSwore' : 'remove'
      ctx.report({ messageId, data: { actual, ...(reword.length > 0 ? { rewording: reword[0]! } : {}) }, start: hit.start, end: hit.end, expected: reword })
    }
  },
})

export default rule

/** Whether `word` is in `text` as a whole word, whatever the case. */
function containsWord(text: string, word: string): boolean {
  const lower = text.toLowerCase()
  const needle = word.toLowerCase()
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(lower.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(lower.charAt(at + needle.length))) return true
  }
  return false
}
