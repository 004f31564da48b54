import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { BREAK, FingerprintIndex, PH, WILD, align, gramAt, similarity, tokenize, winnow, wordCode } from '../../src/templates/fingerprint.js'
import { CorpusIndex, templateTokens } from '../../src/templates/index.js'
import { findPlaceholders } from '../../src/templates/placeholders.js'

const draft = (text: string) => tokenize(text, findPlaceholders(text), 'draft')
const template = (body: string) => templateTokens({ body, format: 'text' })

describe('tokenize', () => {
  it('lower-cases words, keeps inner apostrophes, skips punctuation, URLs and e-mail addresses', () => {
    const text = 'We’re SORRY: see https://example.com/help or write to help@example.com today.'
    const seq = tokenize(text, [], 'draft')
    expect(Array.from(seq.codes)).toEqual(["we're", 'sorry', 'see', 'or', 'write', 'to', 'today'].map(wordCode))
    expect(text.slice(seq.starts[0], seq.ends[0])).toBe('We’re')
  })

  it('turns a placeholder into one WILD in a template and one PH in a draft; Liquid tags are BREAKs', () => {
    const body = 'Hi {{ticket.requester.first_name}}, {% if vip %}thanks for being a member{% endif %}'
    expect(Array.from(template(body).codes)).toEqual([wordCode('hi'), WILD, BREAK, ...'thanks for being a member'.split(' ').map(wordCode), BREAK])
    expect(Array.from(draft('Dear [Customer Name], hi').codes)).toEqual([wordCode('dear'), PH, wordCode('hi')])
  })

  it('reads letters of every script', () => {
    expect(tokenize('Siparişiniz yola çıktı 🚚 ünlü', [], 'draft').codes.length).toBe(4)
  })
})

describe('winnowing', () => {
  it('keeps a fingerprint of every shared run of k + w - 1 words (property)', () => {
    const word = fc.integer({ min: 0, max: 40 })
    fc.assert(
      fc.property(fc.array(word, { minLength: 0, maxLength: 30 }), fc.array(word, { minLength: 8, maxLength: 20 }), fc.array(word, { maxLength: 30 }), (a, shared, b) => {
        const doc = Int32Array.from([...a, ...shared, ...b])
        const fps = new Set(winnow(doc, 5, 4))
        const run = Int32Array.from(shared)
        const grams = Array.from({ length: run.length - 4 }, (_, i) => gramAt(run, i, 5))
        return grams.some((g) => g !== undefined && fps.has(g))
      }),
      { numRuns: 300 },
    )
  })

  it('never spans a placeholder', () => {
    const codes = Int32Array.from([1, 2, 3, 4, WILD, 5, 6, 7, 8])
    expect(winnow(codes, 5, 4)).toEqual([])
  })
})

describe('align: how much of a draft is a template', () => {
  it('matches filled-in values at placeholder positions', () => {
    const t = template('Hi {{first_name}}, your order {{order_id}} has shipped and will arrive by {{date}}. Thanks for shopping with us!')
    const d = draft('Hi Maria Lopez, your order #A-4417 has shipped and will arrive by March 3rd. Thanks for shopping with us!')
    const a = align(d.codes, t.codes)
    expect(a.matched).toBe(14)
    expect(a.filled).toBe(6) // Maria Lopez, A 4417, March 3rd
    expect(a.matched + a.filled).toBe(a.total)
  })

  it('counts an added sentence as not covered', () => {
    const t = template('Thanks for reaching out. We have refunded the full amount to your card, and it should arrive within five business days.')
    const d = draft('I am sorry the blender arrived cracked and that you had to wait on hold. Thanks for reaching out. We have refunded the full amount to your card, and it should arrive within five business days.')
    const a = align(d.codes, t.codes)
    expect(a.matched).toBe(21)
    expect(a.total - a.matched).toBe(15)
  })

  it('is symmetric as a similarity and 1 for identical templates in different dialects', () => {
    const a = template('Hi {{first_name}}, your refund of {{amount}} is on its way back to your card.')
    const b = template('Hi [Customer Name], your refund of %AMOUNT% is on its way back to your card.')
    expect(similarity(a.codes, b.codes)).toBe(1)
    const c = template('Hello {{first_name}}, your refund of {{amount}} is on its way back to your bank account.')
    expect(similarity(a.codes, c.codes)).toBeCloseTo(similarity(c.codes, a.codes), 10)
    expect(similarity(a.codes, c.codes)).toBeLessThan(0.9)
  })
})

describe('the index', () => {
  const corpus = new CorpusIndex([
    {
      id: 'refund',
      format: 'text',
      body: 'Hi {{first_name}},\n\nThanks for reaching out about your refund. We have processed it, and the money will be back on your card within 5 to 7 business days. If you have any other questions, just reply to this email.\n\nBest,\n{{current_user.first_name}}',
    },
    { id: 'short', format: 'text', body: 'Hi {{first_name}}, your order {{order}} has shipped to {{address}} today, thanks!' },
    { id: 'outage', format: 'text', body: 'Hello {{first_name}}, the outage in {{area}} is fixed and service was restored at {{time}}. Please restart your router if the connection is still down.' },
  ])

  it('finds the template a draft copies, with the covered span', () => {
    const text = 'Hi Maria,\n\nThanks for reaching out about your refund. We have processed it, and the money will be back on your card within 5 to 7 business days. If you have any other questions, just reply to this email.\n\nBest,\nTom'
    const m = corpus.match(draft(text))!
    expect(m.template.id).toBe('refund')
    expect(m.share).toBe(1)
    expect(text.slice(m.start, m.end)).toBe(text)
  })

  it('finds templates too cut up by placeholders for 5-word fingerprints', () => {
    const m = corpus.match(draft('Hi Maria, your order 55120 has shipped to 12 Elm Street, Leeds today, thanks!'))
    expect(m).toMatchObject({ template: { id: 'short' }, matched: 8, filled: 6, share: 1 })
  })

  it('does not match a tailored reply that reuses one sentence', () => {
    const text = 'Hi Maria,\n\nI can see the refund for the cracked blender went out this morning, and I added a $10 credit for the trouble. The money will be back on your card within 5 to 7 business days.\n\nBest,\nTom'
    expect(corpus.match(draft(text))).toBeUndefined()
  })

  it('honours the threshold and the minimum word count', () => {
    const text = 'Hello Sam, the outage in Leeds is fixed and service was restored at 9:40. Please restart your router if the connection is still down. I also credited a day of service to your bill.'
    expect(corpus.match(draft(text))).toBeUndefined()
    expect(corpus.match(draft(text), { threshold: 0.6 })?.template.id).toBe('outage')
    expect(corpus.match(draft('Hello Sam, the outage in Leeds is fixed'), { threshold: 0.5 })).toBeUndefined()
  })

  it('reads a bounded number of postings for boilerplate, however many templates hold it', () => {
    const boiler = Int32Array.from({ length: 12 }, (_, i) => i + 1)
    const docs = Array.from({ length: 2000 }, (_, d) => Int32Array.from([...boiler, 1000 + d, 5000 + d, 9000 + d, 13000 + d, 17000 + d]))
    const index = new FingerprintIndex(docs, { postingCap: 64 })
    expect(index.candidates(boiler, 5).length).toBe(5)
    const own = docs[1500]!
    expect(index.candidates(own, 1)[0]!.doc).toBe(1500)
  })

  it('finds near-duplicates once per pair, on the later template, without comparing every pair', () => {
    const base =
      'Thanks for reporting this issue. It has already been fixed in one of the recent releases. Please update to the most recent version to resolve the problem. If the problem persists after upgrading, open a new issue with a small repository that reproduces it.'
    const index = new CorpusIndex([
      { id: 'a', format: 'text', body: base },
      { id: 'b', format: 'text', body: 'Something else entirely: your parcel is with the courier and arrives on Monday morning before noon.' },
      { id: 'c', format: 'text', body: base.replace('recent releases', 'latest releases') },
      { id: 'd', format: 'text', body: base },
    ])
    const pairs = index.nearDuplicates()
    expect(pairs.map((p) => [index.templates[p.later]!.id, index.templates[p.earlier]!.id])).toEqual([
      ['c', 'a'],
      ['d', 'a'],
    ])
    expect(pairs[0]!.similarity).toBeGreaterThan(0.95)
    expect(pairs[0]!.similarity).toBeLessThan(1)
    expect(pairs[1]).toMatchObject({ similarity: 1, others: 0 })
  })
})
