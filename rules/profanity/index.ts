/**
 * `profanity`: profane and vulgar words in the agent's reply, including obfuscated spellings.
 * Never relaxed when the customer is abusive: the message says so instead.
 */
import { defineRule, report, perLanguage } from '../../src/rule.js'
import { options, mapOf, strings, numberIn } from '../../src/config/schema.js'
import { getDocument } from '../../src/document.js'
import { containsProfanity, customLexicon, lexiconFor, type Lexicon, type ProfanityHit, type ProfanityOptions } from './lexicon.js'

const rule = defineRule(
  {
    id: 'profanity',
    description: 'Profane or vulgar words, including obfuscated spellings (f*ck, sh1t)',
    severity: 'error',
    fixable: false,
    category: 'safety',
    languages: ['en', 'tr'],
    schema: options({ minSureness: numberIn(0, 2), add: { anyOf: [strings, mapOf(numberIn(0, 2))] }, ignore: strings }),
  },
  (options) => {
    const opts = (options ?? {}) as ProfanityOptions
    const custom = opts.add !== undefined || opts.ignore !== undefined || opts.minSureness !== undefined
    // One lexicon per language, built on the first draft in that language (Turkish data is
    // never loaded for an English-only team).
    const lexiconOf = perLanguage((language): Lexicon => (custom ? customLexicon(language, opts) : lexiconFor(language)))
    return (tree, file) => {
      const doc = getDocument(file, tree)
      const lexicon = lexiconOf(doc.context.language)
      const hits: ProfanityHit[] = []
      for (const sentence of doc.sentences()) hits.push(...lexicon.matchWords(sentence.words, doc.prose))
      for (const hit of lexicon.matchObfuscated(doc.prose)) {
        if (!hits.some((h) => hit.start < h.end && hit.end > h.start)) hits.push(hit)
      }
      if (hits.length === 0) return
      const message = doc.context.customer.message
      // The customer may write in another language than the reply (a Turkish customer, an English agent).
      const customerSwore = message ? containsProfanity(message, lexicon) || containsProfanity(message, lexiconOf(lexicon.locale === 'tr' ? 'en' : 'tr')) : false
      for (const hit of hits) {
        const actual = doc.raw.slice(hit.start, hit.end)
        const reword = hit.entry.rewordings
        const reason =
          `Don't use “${actual}”: it is profane` +
          (reword.length > 0 ? `; say “${reword[0]}” instead.` : '; remove it.') +
          (customerSwore ? ' The customer used strong language, but the reply must stay professional even so.' : '')
        report(file, rule.meta, { start: hit.start, end: hit.end, reason, expected: reword })
      }
    }
  },
)

export default rule
