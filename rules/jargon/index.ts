/**
 * `jargon`: industry jargon a customer may not know (provisioning, chargeback, latency, tier 2
 * support, adjudicated) and stiff, bureaucratic phrasing (utilize, in order to, prior to,
 * pursuant to), each with plain alternatives. Fixes only where one plain form fits as is.
 */
import { defineRule, report, sharedConfig, perLanguage } from '../../src/rule.js'
import { options, mapOf, string, strings, boolean } from '../../src/config/schema.js'
import { getDocument } from '../../src/document.js'
import { fixArticle } from '../../src/text/article.js'
import { JargonLexicon, defaultLexicon, type JargonHit, type JargonOptions } from './lexicon.js'
import { lowerTurkish } from '../../src/text/phrases.js'
import { upperTurkish } from '../../src/text/turkish.js'

/** `Return Merchandise Authorization (RMA)` / `RMA (return merchandise authorization)`: a definition, not jargon. */
const DEFINED_AFTER = /^\s*\(\s*[A-Z0-9]{2,6}s?\s*\)/
const DEFINED_BEFORE = /[A-Z0-9]{2,6}s?\s*\(\s*$/

const rule = defineRule(
  {
    id: 'jargon',
    description: 'Industry jargon and bureaucratic wording a customer may not know (provisioning, chargeback, utilize, pursuant to)',
    severity: 'warning',
    fixable: true,
    category: 'clarity',
    languages: ['en', 'tr'],
    schema: options({ add: mapOf({ anyOf: [string, strings, { type: 'object', required: ['plain'], additionalProperties: false, properties: { plain: strings, variants: strings, forms: mapOf(strings), fix: boolean, hyphen: { anyOf: [boolean, strings] }, notBefore: strings, notAfter: strings, requireBefore: strings, domain: string, from: string, kind: { type: 'string', enum: ['jargon', 'wordy'] } } }] }), ignore: strings, wordy: boolean }),
  },
  (options) => {
    const opts = (options ?? {}) as JargonOptions
    const allow = sharedConfig(options).allow ?? []
    const custom = opts.add !== undefined || opts.ignore !== undefined || opts.wordy !== undefined || allow.length > 0
    // One lexicon per language, the Turkish one built on the first Turkish draft.
    const lexiconOf = perLanguage((language) => (custom ? new JargonLexicon({ ...opts, ignore: [...(opts.ignore ?? []), ...allow] }, language) : defaultLexicon(language)))
    return (tree, file) => {
      const doc = getDocument(file, tree)
      const tr = doc.context.language === 'tr'
      const lexicon = lexiconOf(doc.context.language)
      let customerWords: string | undefined
      for (const sentence of doc.sentences()) {
        for (const hit of lexicon.match(sentence.words, doc.prose, sentence.text)) {
          if (DEFINED_AFTER.test(doc.prose.slice(hit.end, hit.end + 12)) || DEFINED_BEFORE.test(doc.prose.slice(Math.max(0, hit.start - 12), hit.start))) continue
          if (hit.sense.kind === 'jargon' && doc.context.customer.message) {
            // The customer used the term first: they know it.
            customerWords ??= tr ? turkishWords(doc.context.customer.message) : ` ${doc.context.customer.message.toLowerCase().replace(/[’‘`]/g, "'").replace(/'s\b/g, '').replace(/[^\p{L}\p{N}']+/gu, ' ')} `
            if (customerWords.includes(` ${hit.phrase} `) || (tr && hit.phrase.length >= 5 && customerWords.includes(` ${hit.phrase.split(" ")[0]}`))) continue
          }
          reportHit(file, doc.raw, hit, tr)
        }
      }
    }
  },
)

/** A Turkish customer's words, lower-cased, apostrophe suffixes dropped (`ticket'ım` → ticket). */
function turkishWords(message: string): string {
  return ` ${lowerTurkish(message).replace(/[’‘`]/g, "'").replace(/'\p{L}*/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ')} `
}

function reportHit(file: Parameters<typeof report>[0], raw: string, hit: JargonHit, tr = false): void {
  const actual = raw.slice(hit.start, hit.end)
  const plain = hit.sense.plain.map((p) => matchCase(actual, p, tr))
  const options = plain.map((p) => `“${p}”`).join(' or ')
  const reason =
    hit.sense.kind === 'jargon'
      ? `“${actual}” is jargon a customer may not know` + (plain.length > 0 ? `; say ${options} instead.` : '; say it in plain words.')
      : `“${actual}” is stiff, bureaucratic wording` + (plain.length > 0 ? `; ${options} says the same more plainly.` : '; say it more simply.')
  let fix: { offset: number; endOffset: number; text: string } | undefined
  if (hit.sense.fix && plain.length === 1 && !hit.inflected) {
    const article = tr ? undefined : fixArticle(raw, hit.start, plain[0]!)
    fix = article ? { offset: article.start, endOffset: hit.end, text: article.text } : { offset: hit.start, endOffset: hit.end, text: plain[0]! }
  }
  report(file, rule.meta, { start: hit.start, end: hit.end, reason, expected: plain, fix })
}

/** Keep the case of the first letter: `Prior to` becomes `Before`, `utilize` becomes `use` (`İ` for `i` in Turkish). */
function matchCase(actual: string, plain: string, tr = false): string {
  const first = actual[0] ?? ''
  const lower = tr ? lowerTurkish : (w: string): string => w.toLowerCase()
  const upper = tr ? upperTurkish : (w: string): string => w.toUpperCase()
  if (first !== lower(first) && plain[0] === lower(plain[0] ?? '')) return upper(plain[0]!) + plain.slice(1)
  return plain
}

export default rule
