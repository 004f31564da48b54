import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { createLinter } from '../../src/linter.js'
import { jargonData } from '../../rules/jargon/lexicon.js'
// retext-simplify's pair list is not an exported entry point: read the file itself.
import { patterns } from '../../node_modules/retext-simplify/lib/patterns.js'

const hits = (text: string, ctx = {}, options?: Record<string, unknown>) => only('jargon', text, ctx, options)
const actuals = (text: string, ctx = {}, options?: Record<string, unknown>) => hits(text, ctx, options).map((m) => m.actual)

describe('jargon: fires', () => {
  it('flags telecom jargon with its position, plain alternatives and no fix when two fit', () => {
    const text = 'Hi Dana,\n\nYour new line is still provisioning and should be active by 6 pm tonight.\n\nBest,\nOmar'
    const [m, ...rest] = hits(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'jargon', severity: 'warning', actual: 'provisioning', line: 3, column: 24, suggestions: ['setting up', 'activation'] })
    expect(text.slice(m!.offset, m!.endOffset)).toBe('provisioning')
    expect(m!.fix).toBeUndefined()
    expect(m!.message).toBe('“provisioning” is jargon a customer may not know; say “setting up” or “activation” instead.')
  })

  it('fixes an inflected form when exactly one plain form fits (power cycling → restarting)', () => {
    const text = 'Sorry the box keeps freezing, Priya. Could you try power cycling the router before we book a visit?'
    const [m] = hits(text)
    expect(m).toMatchObject({ actual: 'power cycling', suggestions: ['restarting'], fix: { offset: 51, endOffset: 64, text: 'restarting' } })
  })

  it('fixes the wordy classics from retext-simplify: in order to, prior to, utilize', () => {
    const text = 'In order to release the refund, we need the serial number prior to shipping. You can utilize the prepaid label.'
    const found = hits(text)
    expect(found.map((m) => [m.actual, m.suggestions, m.fix?.text])).toEqual([
      ['In order to', ['To'], 'To'],
      ['prior to', ['before'], 'before'],
      ['utilize', ['use'], 'use'],
    ])
    expect(found[0]!.message).toBe('“In order to” is stiff, bureaucratic wording; “To” says the same more plainly.')
    const linter = createLinter({ extends: ['netiquette:recommended'], rules: { jargon: 'warn' } })
    expect(linter.fixSync(text)).toContain('To release the refund, we need the serial number before shipping. You can use the prepaid label.')
  })

  it('offers suggestions only where the rewrite needs a person (pursuant to, commenced, facilitate)', () => {
    const found = hits('Pursuant to our terms, the cancellation commenced on 3 May. We are unable to facilitate an exchange outside the warranty.')
    expect(found.map((m) => [m.actual, m.suggestions, m.fix])).toEqual([
      ['Pursuant to', ['Under', 'In line with'], undefined],
      ['commenced', ['started', 'began'], undefined],
      ['facilitate', ['help', 'make easier'], undefined],
    ])
  })

  it('flags letter-writing openers: further to, subsequent to', () => {
    const text = 'Further to your e-mail of 3 May, your appointment has moved. Subsequent to the move, we will send a reminder.'
    const found = hits(text)
    expect(found.map((m) => [m.actual, m.suggestions, m.fix?.text])).toEqual([
      ['Further to your', ['Following your', 'About your'], undefined],
      ['Subsequent to', ['After'], 'After'],
    ])
    // "further" on its own is plain English.
    expect(actuals('We need nothing further to close the case, and we will not go further.')).toEqual([])
  })

  it('changes the article when the fix needs it (an edge case → a rare case)', () => {
    const text = 'Thanks for the detail, Lee. This is an edge case in the app, and we will fix it in the next release.'
    const [m] = hits(text)
    expect(m).toMatchObject({ actual: 'edge case', offset: 39, endOffset: 48, fix: { offset: 36, endOffset: 48, text: 'a rare case' } })
  })

  it('flags banking jargon: chargeback and authorization hold', () => {
    const text = 'The $1 authorization hold drops off in 3 days. If you already filed a chargeback, the bank will contact you.'
    const found = hits(text)
    expect(found.map((m) => [m.actual, m.suggestions, m.fix?.text])).toEqual([
      ['authorization hold', ['temporary hold'], 'temporary hold'],
      ['chargeback', ['card dispute', 'payment dispute'], undefined],
    ])
  })

  it('flags support-desk jargon: escalated to tier 2, triaged, backend', () => {
    const text = 'Your ticket was triaged this morning and I escalated it to tier 2. It looks like a backend problem.'
    expect(hits(text).map((m) => [m.actual, m.suggestions[0]])).toEqual([
      ['triaged', 'reviewed'],
      ['to tier 2', 'to our specialist team'],
      ['backend', 'our systems'],
    ])
  })

  it('flags hyphenated and spaced spellings alike (back-end, port-out, port-in request)', () => {
    expect(actuals('We saw a back-end error. Your port-out was rejected, so please resubmit the port-in request.')).toEqual(['back-end', 'port-out', 'port-in request'])
  })

  it('flags IT jargon: DNS propagation and latency', () => {
    const text = 'The new records are still propagating, so some visitors see the old site. Latency should drop once that finishes.'
    expect(hits(text).map((m) => [m.actual, m.suggestions])).toEqual([
      ['propagating', ['taking effect everywhere', 'updating']],
      ['Latency', ['Delay', 'Lag']],
    ])
  })

  it('flags insurance and airline jargon', () => {
    expect(actuals('Your claim was adjudicated on Monday and the subrogation team will contact the other insurer.')).toEqual(['adjudicated', 'subrogation'])
    const [m] = hits('We have reaccommodated you on the 6:40 flight to Denver.')
    expect(m).toMatchObject({ actual: 'reaccommodated', suggestions: ['rebooked'], fix: { text: 'rebooked' } })
  })

  it('flags bureaucratic phrases with their case kept in the fix', () => {
    const [m] = hits('At this point in time we cannot reissue the voucher.')
    expect(m).toMatchObject({ actual: 'At this point in time', suggestions: ['Now'], fix: { text: 'Now' } })
  })
})

describe('jargon: does not fire', () => {
  it.each([
    ['plain support words', 'Please update your browser, reset your password and check your account. Your refund is on its way.'],
    ['a ticket is not jargon', 'I have opened a ticket for you and our team will reply by Friday 5 pm.'],
    ['clearing the cache is everyday advice', 'Please clear your browser cache and cookies, then sign in again.'],
    ['ordinary support verbs retext-simplify flags', 'Happy to assist! Please provide your order number so we can ensure the additional item ships. However, we currently have it in stock.'],
    ['at this time is standard phrasing', 'We are unable to offer a refund at this time, but we can send a replacement.'],
    ['a port in the back of the router', 'Plug the cable into the port in the back of the router, then restart it.'],
    ['a plan tier, not a support tier', 'You can upgrade to tier 2 at any time from the Plans page.'],
    ['tier 2 plan pricing', 'Moving to tier 2 plan pricing takes effect on your next bill.'],
    ['end-of-life care in healthcare admin', 'Our end-of-life care team can talk you through the options.'],
    ['vague promises belong to vague-promise', 'We will fix this in a timely manner and in the near future we will add more stores.'],
    ['pass away is the kind wording', "I'm so sorry to hear that your father passed away. We have closed the account for you."],
    ['expedited shipping is a product', 'We upgraded your order to expedited shipping at no cost.'],
    ['an acronym definition is not jargon', 'We need a Return Merchandise Authorization (RMA) before you ship it back.'],
    ['or lack thereof is an idiom', 'Sorry about the sandwich, or lack thereof! Can you send us a photo of the receipt?'],
    ['manifested in its ordinary sense', 'The symptoms manifested after the second dose, so please talk to your doctor.'],
    ['deployed in the military sense', 'Thank you for your service. While you are deployed overseas we can pause your plan.'],
  ])('is silent on %s', (_label, text) => {
    expect(actuals(text)).toEqual([])
  })

  it('is silent on a term the customer used first', () => {
    expect(actuals('Sorry your data is being throttled, Jo. You have used your 20 GB allowance.', { customer: { message: 'why is my data throttled?? I pay for unlimited' } })).toEqual([])
    expect(actuals('Sorry your data is being throttled, Jo.')).toEqual(['throttled'])
  })

  it('is silent on quoted customer text and URLs', () => {
    const text = 'Sorry about that!\n\n> my port-out keeps failing and the latency is awful\n\nSee https://example.com/help/latency-and-provisioning for help.'
    expect(actuals(text)).toEqual([])
  })

  it('regression (real social replies): at any point in time gets its own rewrite', () => {
    const [m] = hits('Fares are dynamic and can change at any point in time.')
    expect(m).toMatchObject({ actual: 'at any point in time', suggestions: ['at any time'], fix: { text: 'at any time' } })
  })

  it('matches possessives of a term (the backend’s logs)', () => {
    expect(actuals("We checked the backend's logs and found the error.")).toEqual(["backend's"])
  })

  it('regression: a trailing number with a full stop still matches (escalated to tier 2.)', () => {
    expect(actuals('I escalated it to tier 2. They reply within 24 hours.')).toEqual(['to tier 2'])
  })
})

describe('jargon: options and data', () => {
  it('adds product jargon and ignores terms from options', () => {
    const options = { add: { 'hyperdrive sync': 'account sync', 'gold lane': ['priority queue', 'fast track'] }, ignore: ['latency'] }
    const found = hits('The hyperdrive sync failed and latency is high, so I moved you to the gold lane.', {}, options)
    expect(found.map((m) => [m.actual, m.suggestions, m.fix])).toEqual([
      ['hyperdrive sync', ['account sync'], undefined],
      ['gold lane', ['priority queue', 'fast track'], undefined],
    ])
  })

  it('turns off the wordy half with wordy: false', () => {
    expect(actuals('In order to fix the backend issue, we deployed a patch.', {}, { wordy: false })).toEqual(['backend', 'deployed'])
  })

  it('honours the shared allow list', () => {
    const linter = createLinter({ extends: ['netiquette:recommended'], allow: ['backend'], rules: { jargon: 'warn' } })
    expect(linter.lintSync('The backend is fine; the latency came from the CDN.').messages.filter((m) => m.ruleId === 'jargon').map((m) => m.actual)).toEqual(['latency'])
  })

  it('has at least 150 glossary terms, each with a plain alternative', () => {
    const glossary = jargonData().glossary
    expect(Object.keys(glossary).length).toBeGreaterThanOrEqual(150)
    for (const [term, entry] of Object.entries(glossary)) expect(entry.plain.length, term).toBeGreaterThan(0)
  })

  it('accounts for every retext-simplify pair: kept (with attribution) or off with a reason', () => {
    const { keep, off } = jargonData().wordy
    // Our own phrases are marked `from: "netiquette"` (and listed in the README).
    const own = Object.entries(keep).filter(([, entry]) => entry.from === 'netiquette')
    expect(own.map(([phrase]) => phrase)).toEqual(['subsequent to', 'further to your'])
    const kept = new Set(Object.entries(keep).filter(([, entry]) => entry.from !== 'netiquette').map(([phrase, entry]) => entry.from ?? phrase))
    for (const key of Object.keys(patterns)) expect(kept.has(key) || typeof off[key] === 'string', key).toBe(true)
    for (const key of kept) expect(Object.keys(patterns), key).toContain(key)
    for (const entry of Object.values(keep)) expect(entry.plain).not.toContain('soon')
  })
})

describe('jargon: ordinary English (issue 15 judged real replies)', () => {
  it('does not flag "provided that"', () => {
    expect(only('jargon', 'Yes, you can bring it on board, provided that it fits under the seat in front of you.', { channel: 'social' })).toEqual([])
  })
})
