import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { durations, slaHours } from '../../rules/vague-promise/time.js'
import type { Config, ReplyContext } from '../../src/types.js'

const SLA: Config = { sla: { firstResponse: '12 hours', resolution: '48 hours' } }
const lint = (text: string, ctx: ReplyContext = {}, config: Config = {}, options?: Record<string, unknown>) => only('vague-promise', text, ctx, options, config)
const actuals = (text: string, config: Config = {}) => lint(text, {}, config).map((m) => m.actual)

describe('vague-promise: vague times', () => {
  it('flags "soon" with its position and a generic hint when no SLA is set', () => {
    const text = 'Hi Grace,\n\nThanks for the photos. We will send a replacement kettle soon.\n\nBest,\nOmar'
    const [m, ...rest] = lint(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'vague-promise', severity: 'warning', actual: 'soon', line: 3, column: 58, suggestions: ['by <day/time>'] })
    expect(m!.offset).toBe(text.indexOf('soon'))
    expect(m!.message).toBe('“soon” is not a time the customer can plan around: say when (“by <day/time>”).')
    expect(m!.fix).toBeUndefined()
  })

  it('suggests the resolution SLA for fixes and the first-response SLA for replies', () => {
    const [fix] = lint('Our engineers will have your line working again as soon as possible.', {}, SLA)
    expect(fix).toMatchObject({ actual: 'as soon as possible', suggestions: ['within 48 hours'] })
    expect(fix!.message).toMatch(/\(“within 48 hours”, from your SLA\)/)
    const [reply] = lint('Our billing team will reply to your e-mail shortly.', {}, SLA)
    expect(reply).toMatchObject({ actual: 'shortly', suggestions: ['within 12 hours'] })
  })

  it.each([
    ['ASAP', 'We are working to get your account unlocked ASAP.', 'ASAP'],
    ['in due course', 'Your claim will be assessed in due course.', 'in due course'],
    ['at some point', 'The team will look at your feature request at some point.', 'at some point'],
    ['in a while', 'The new firmware will reach your model in a while.', 'in a while'],
    ['in the near future', 'Refund tracking will be added to the app in the near future.', 'in the near future'],
    ['very soon', 'Your new SIM will be activated very soon.', 'very soon'],
    ['as soon as we can', 'Sorry for the wait, we will call you back as soon as we can.', 'as soon as we can'],
    ['shortly in a second clause', 'Thanks for the details, and a specialist will be with you shortly.', 'shortly'],
  ])('flags %s', (_label, text, actual) => {
    expect(actuals(text)).toEqual([actual])
  })
})

describe('vague-promise: commitments without a time', () => {
  it('flags "we\'ll get back to you" with a rewrite that keeps the phrase', () => {
    const [m] = lint("I've passed this to our claims team and we'll get back to you.", {}, SLA)
    expect(m).toMatchObject({ actual: 'get back to you', suggestions: ['get back to you within 12 hours'] })
    expect(m!.message).toBe('“get back to you” gives no time: say when, so the customer knows when to expect it (“get back to you within 12 hours”).')
  })

  it('flags "will be in touch" and reports a sentence with both a commitment and a vague word once', () => {
    expect(actuals('Send us a note through the form and our team will be in touch.')).toEqual(['be in touch'])
    expect(actuals("We'll get back to you soon.")).toEqual(['soon'])
  })
})

describe('vague-promise: promises longer than the SLA', () => {
  it('flags a resolution promise longer than the resolution SLA', () => {
    const text = 'Our engineers will resolve this within 5 business days.'
    const [m] = lint(text, {}, SLA)
    expect(m).toMatchObject({ actual: 'within 5 business days', offset: text.indexOf('within'), suggestions: ['within 48 hours'] })
    expect(m!.message).toBe('“within 5 business days” is longer than your resolution SLA (48 hours): promise what the SLA commits to, or check the date with your team.')
  })

  it('flags a reply promise longer than the first-response SLA, using the range\'s upper bound', () => {
    const [m] = lint('You can expect a reply from the complaints team in 1–3 days.', {}, SLA)
    expect(m).toMatchObject({ actual: 'in 1–3 days', suggestions: ['within 12 hours'] })
    expect(m!.message).toMatch(/first-response SLA \(12 hours\)/)
  })

  it('does not compare promises that are not the team\'s (bank posting times) or within the SLA', () => {
    expect(actuals('The refund will show on your statement within 5–7 business days.', SLA)).toEqual([])
    expect(actuals('We will reply within 12 hours and fix it within 2 business days.', SLA)).toEqual([])
    expect(actuals('We resolved a similar case in 5 days last month.', SLA)).toEqual([])
    expect(actuals('You can cancel up to 48 hours before the appointment, and we will reply to any question.', SLA)).toEqual([])
  })

  it('reads durations and SLA strings', () => {
    expect(durations('we will reply within the next 2 to 3 business days').map((d) => d.hours)).toEqual([72])
    expect([slaHours('12 hours'), slaHours('2 business days'), slaHours('30 minutes'), slaHours('soon')]).toEqual([12, 48, 0.5, undefined])
  })
})

describe('vague-promise: does not fire', () => {
  it.each([
    ['a concrete time', 'We will get back to you within 24 hours.'],
    ['a day and time', 'The engineer will call you soon, by Friday 5 pm at the latest.'],
    ['a business-day range', 'Your replacement will ship shortly, in 3–5 business days.'],
    ['today', 'We will e-mail you the new contract as soon as possible today.'],
    ['tomorrow morning', "We'll get back to you tomorrow morning."],
    ['timing tied to an event', 'Your refund will be issued as soon as the payment clears.'],
    ["a commitment that waits for the customer's own step", "We'll get back to you once you've sent us the receipt."],
    ['a closing', 'Get well soon, and thanks for flying with us!'],
    ['talk soon', 'Thanks again for your help today. Talk soon!'],
    ['a hope about something not ours to date', 'Sometimes albums are pulled for licensing reasons. Hopefully we will have it back soon!'],
    ['an invitation', 'Thanks for the kind words about our fries! Stop by again soon.'],
    ['a request to the customer', 'Please send us the receipt as soon as possible so we can process your refund.'],
    ['a question', 'Would you like us to call you back shortly?'],
    ['a condition', "If you don't hear back soon, just reply to this e-mail."],
    ['a past apology', 'Sorry it took us so long to get back to you.'],
    ['a wish, not a promise', "We'd like to follow up with you about this, could you DM us your order number?"],
    ['"soon after" in the past', 'The parcel was scanned at the depot and left soon after.'],
    ['"at some point" in the past', 'It looks like the app signed you out at some point yesterday.'],
    ['"shortly after" an event', 'Your card will be charged shortly after the order ships.'],
    ['24/7 is not a date, but a customer action is no promise', 'Our chat is open 24/7, so you can reach us in a timely manner.'],
    // Regressions from real social replies (paraphrased).
    ['"fingers crossed"', "We hear you! Fingers crossed we'll be able to have that playlist back soon."],
    ['looking forward to a visit', 'Thanks for coming in, we look forward to seeing you again soon!'],
    ['an invitation after "and"', 'Treat yourself and stop in soon for a fresh batch.'],
    ['"see ya soon"', 'Glad you liked it, see ya soon!'],
    ['a question ending in an emoticon', 'Breakfast date soon? :)'],
  ])('is silent on %s', (_label, text) => {
    expect(actuals(text)).toEqual([])
  })

  it('takes extra phrases and an ignore list from the options', () => {
    expect(lint('We will ship it shortly.', {}, {}, { ignore: ['shortly'] })).toEqual([])
    expect(lint('We will ship it in the coming days.', {}, {}, { add: { vague: ['in the coming days'] } }).map((m) => m.actual)).toEqual(['in the coming days'])
  })

  it('ignores vague words in quoted customer text', () => {
    expect(actuals('Your order shipped today with tracking 1Z999.\n\n> Please fix this ASAP, I need it soon!')).toEqual([])
  })
})

describe('vague-promise: what the sentence does (issues 15, 16)', () => {
  it.each([
    ['the purpose of a DM request', 'Please send us a DM with your order number so we can look into it ASAP.'],
    ['the purpose of a request without please', 'Share the details through the form so that we can reach out asap.'],
    ["the customer's own wish", "We can tell you'd love to see that feature again soon."],
    ['an announcement with no one promising', 'More colours coming soon!'],
    ['a hedged "any time soon"', "We're not sure it will come back any time soon, but your vote counts."],
    ['a goodbye', 'Enjoy the concert, and see you again soon!'],
  ])('is silent on %s', (_label, text) => {
    expect(actuals(text)).toEqual([])
  })

  it('is silent on "soon" in a live chat, where it means seconds', () => {
    expect(lint('One moment please, soon I will tell you the status of your order.', { channel: 'chat' })).toEqual([])
    expect(lint("Your new SIM will be active soon.", { channel: "chat" }).map((m) => m.actual)).toEqual(["soon"])
  })

  it('is silent on a DM answer promised "shortly" on social', () => {
    expect(lint("We've got your DM and will answer there shortly.", { channel: 'social' })).toEqual([])
  })

  it.each([
    ['a polite request that carries a promise', "Please note that we'll refund the difference shortly.", 'shortly'],
    ['an event in a later clause', "We'll update the address shortly, and you'll get an e-mail when it's done.", 'shortly'],
    ['eventually', 'The missing points will eventually show in your balance.', 'eventually'],
    ['a while', 'It will take a while for the new plan to show on your bill.', 'a while'],
    ['someone else as soon as they can', 'The courier will collect it as soon as they can.', 'as soon as they can'],
    ['in the coming days', 'A technician will call you in the coming days.', 'in the coming days'],
  ])('flags %s', (_label, text, actual) => {
    expect(actuals(text)).toEqual([actual])
  })

  it("flags a promise to come back after the company's own step, with its position", () => {
    const text = "Thanks, Dana. We'll get back to you once the billing team has reviewed the charge."
    const [m, ...rest] = lint(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'vague-promise', actual: 'get back to you', offset: text.indexOf('get back'), column: text.indexOf('get back') + 1 })
    expect(m!.message).toBe('“get back to you” gives no time: say when, so the customer knows when to expect it (“get back to you by <day/time>”).')
  })

  it('keeps "a while ago" and "eventually" in the past silent', () => {
    expect(actuals('We changed that setting a while ago.')).toEqual([])
    expect(actuals('The parcel eventually arrived at the depot yesterday.')).toEqual([])
  })
})

describe('vague-promise: habits and suggestions are no promise (issue 15, second sample)', () => {
  it.each([
    ['a habit', 'We always aim to ship orders as quickly as possible.'],
    ['a suggestion', 'We could grab another coffee together soon!'],
  ])('is silent on %s', (_label, text) => {
    expect(actuals(text)).toEqual([])
  })
})
