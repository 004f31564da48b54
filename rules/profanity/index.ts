/**
 * `profanity`: profane and vulgar words in the agent's reply, including obfuscated spellings.
 * Never relaxed when the customer is abusive: the message says so instead.
 */
import { defineRule, report } from '../../src/rule.js'
import { getDocument } from '../../src/document.js'
import { ProfanityLexicon, containsProfanity, defaultLexicon, type ProfanityHit, type ProfanityOptions } from './lexicon.js'

const rule = defineRule(
  {
    id: 'profanity',
    description: 'Profane or vulgar words, including obfuscated spellings (f*ck, sh1t)',
    severity: 'error',
    fixable: false,
    category: 'safety',
    languages: ['en'],
  },
  (options) => {
    const opts = (options ?? {}) as ProfanityOptions
    const custom = opts.add !== undefined || opts.ignore !== undefined || opts.minSureness !== undefined
    const lexicon = custom ? new ProfanityLexicon(opts) : defaultLexicon()
    return (tree, file) => {
      const doc = getDocument(file, tree)
      const hits: ProfanityHit[] = []
      for (const sentence of doc.sentences()) hits.push(...lexicon.matchWords(sentence.words, doc.prose))
      for (const hit of lexicon.matchObfuscated(doc.prose)) {
        if (!hits.some((h) => hit.start < h.end && hit.end > h.start)) hits.push(hit)
      }
      if (hits.length === 0) return
      const customerSwore = doc.context.customer.message ? containsProfanity(doc.context.customer.message, lexicon) : false
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
