import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { createLinter } from '../../src/linter.js'
import type { ReplyContext } from '../../src/types.js'

const maria: ReplyContext = { customer: { name: 'Maria Garcia' } }
const run = (text: string, ctx: ReplyContext = maria, options?: Record<string, unknown>) => only('greeting', text, ctx, options)
const fixed = (text: string, ctx: ReplyContext = maria) =>
  createLinter({ rules: { ...offAllBut('greeting') } }).fixSync(text, ctx)

import { rules } from '../../rules/index.js'
function offAllBut(id: string): Record<string, 'off' | 'warn'> {
  return Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === id ? 'warn' : 'off']))
}

describe('greeting: fires', () => {
  it('inserts a personal greeting into an e-mail that has none', () => {
    const text = 'Your refund of $42.10 was issued today and should reach your card within five working days.\n\nBest regards,\nSam'
    const [m, ...rest] = run(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'greeting', severity: 'warning', line: 1, column: 1, offset: 0, endOffset: 0, actual: '', suggestions: ['Hi Maria,\n\n'] })
    expect(m!.message).toMatch(/Maria Garcia/)
    expect(m!.fix).toEqual({ offset: 0, endOffset: 0, text: 'Hi Maria,\n\n' })
    expect(fixed(text)).toBe(`Hi Maria,\n\n${text}`)
  })

  it('inserts at the first line when the draft starts with blank lines', () => {
    const text = '\n\nThanks for contacting Northwind Telecom about the outage.\n\nKind regards,\nPriya'
    const [m] = run(text)
    expect(m).toMatchObject({ line: 3, column: 1, offset: 2, endOffset: 2 })
  })

  it.each([
    ['Dear customer,', 'Dear customer', 'Dear Maria'],
    ['Dear valued customer,', 'Dear valued customer', 'Dear Maria'],
    ['Dear Sir/Madam,', 'Dear Sir/Madam', 'Dear Maria'],
    ['Dear Sir or Madam,', 'Dear Sir or Madam', 'Dear Maria'],
    ['To whom it may concern,', 'To whom it may concern', 'Dear Maria'],
    ['Hi there,', 'Hi there', 'Hi Maria'],
    ['Hello valued customer,', 'Hello valued customer', 'Hello Maria'],
    ['Hi,', 'Hi', 'Hi Maria'],
    ['Hello,', 'Hello', 'Hello Maria'],
    ['Good morning,', 'Good morning', 'Good morning Maria'],
    ['Hello and thank you for contacting Acme Energy.', 'Hello', 'Hello Maria'],
    ['hi there!', 'hi there', 'hi Maria'],
  ])('replaces the impersonal greeting %j', (greeting, actual, fix) => {
    const text = `${greeting}\n\nYour meter reading for March has been corrected and the new bill is attached.\n\nKind regards,\nAcme Energy`
    const [m, ...rest] = run(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ actual, offset: 0, suggestions: [fix], fix: { offset: 0, endOffset: actual.length, text: fix } })
  })

  it('greets on the first chat message, inline', () => {
    const text = 'Your order #88231 left our warehouse this morning.'
    const [m] = run(text, { channel: 'chat', customer: { name: 'Maria Garcia' } })
    expect(m).toMatchObject({ actual: '', suggestions: ['Hi Maria! '], fix: { offset: 0, endOffset: 0, text: 'Hi Maria! ' } })
  })

  it('suggests a greeting without a fix when the name is unknown', () => {
    const [m] = run('Your boarding pass is attached. Gate changes are sent by text message.\n\nSafe travels,\nSkyway Air', {})
    expect(m).toMatchObject({ actual: '', suggestions: ['Hello,\n\n'] })
    expect(m!.fix).toBeUndefined()
  })

  it('still expects a greeting on an e-mail follow-up', () => {
    const [m] = run('Following up on your claim: the adjuster signed it off this morning.\n\nBest,\nDana', { ...maria, followup: true })
    expect(m).toMatchObject({ offset: 0, fix: { text: 'Hi Maria,\n\n' } })
  })

  it('finds the greeting after a Subject line and below quoted text masks', () => {
    const text = 'Subject: Your refund\n\nHi there,\n\nThe refund is on its way.\n\nThanks,\nSam'
    const [m] = run(text)
    expect(m).toMatchObject({ actual: 'Hi there', line: 3, column: 1 })
  })

  it('reads the greeting of an HTML reply', () => {
    const [m] = run('<p>Dear customer,</p><p>Your parcel was delivered to the locker.</p><p>Thanks,<br>Sam</p>', { ...maria, format: 'html' })
    expect(m).toMatchObject({ actual: 'Dear customer', suggestions: ['Dear Maria'] })
  })
})

describe('greeting: does not fire', () => {
  it.each<[string, string, ReplyContext]>([
    ['a greeting by first name', 'Hi Maria,\n\nYour refund is on its way.\n\nBest,\nSam', maria],
    ['title and surname', 'Dear Ms. Khan,\n\nYour appointment is confirmed.\n\nKind regards,\nClinic Admin', { customer: { name: 'Aisha Khan' } }],
    ['title without a full stop', 'Dear Dr Patel,\n\nYour prescription is ready.\n\nRegards,\nPharmacy', { customer: { name: 'Ravi Patel' } }],
    ['a name placeholder', 'Hi {{first_name}},\n\nThanks for reaching out.\n\nCheers,\nSam', { customer: { name: 'Aisha Khan' } }],
    ['a Liquid placeholder with fallback', 'Hello {{ticket.requester.first_name | fallback: "there"}},\n\nYour ticket is solved.\n\nBest,\nSam', maria],
    ['a nickname', 'Hi Bob,\n\nThe router ships tomorrow.\n\nThanks,\nLee', { customer: { name: 'Robert Smith' } }],
    ['a short form', 'Hi Kate,\n\nThe router ships tomorrow.\n\nThanks,\nLee', { customer: { name: 'Katherine Wong' } }],
    ['lower-case writing', 'hi maria,\n\nur refund is done.\n\nthanks\nsam', maria],
    ['accents that differ', 'Hi María,\n\nYour refund is done.\n\nThanks,\nSam', maria],
    ['a generic greeting when the name is unknown', 'Hi there,\n\nYour refund is done.\n\nThanks,\nSam', {}],
    ['a customer name that is a handle', 'Hi there,\n\nYour refund is done.\n\nThanks,\nSam', { customer: { name: '@maria_g' } }],
    ['someone else named (wrong-name reports it)', 'Hi John,\n\nYour refund is done.\n\nThanks,\nSam', maria],
    ['the name as a direct address', 'Thanks for reaching out, Maria! Your refund is done.\n\nBest,\nSam', maria],
    ['a greeting to the customer and a colleague', 'Hi Maria and Tom,\n\nBoth accounts are merged.\n\nBest,\nSam', maria],
    ['a social reply without a greeting', '@maria_g Your refund is on its way, DM us if it has not arrived by Friday.', { channel: 'social', customer: { name: 'Maria Garcia' } }],
    ['a social reply with a generic greeting', '@maria_g Hi there! Your refund is on its way.', { channel: 'social', customer: { name: 'Maria Garcia' } }],
    ['an SMS', 'Your appointment is confirmed for Tue 3pm. Reply STOP to opt out.', { channel: 'sms', customer: { name: 'Maria Garcia' } }],
    ['a chat follow-up', 'Done, the refund is processed.', { channel: 'chat', followup: true, customer: { name: 'Maria Garcia' } }],
    ['a greeting after quoted text masks the quote', '> Hi team, where is my order?\n\nHi Maria,\n\nIt ships today.\n\nBest,\nSam', maria],
    ['"Hello again" followed by the name', 'Hello again, Maria!\n\nThe part arrived.\n\nBest,\nSam', maria],
  ])('is silent on %s', (_label, text, ctx) => {
    expect(run(text, ctx)).toEqual([])
  })

  it('accepts extra impersonal addressees and trims built-in ones from options', () => {
    const text = 'Hi team,\n\nYour workspace is upgraded.\n\nBest,\nSam'
    expect(run(text, maria).map((m) => m.actual)).toEqual(['Hi team'])
    expect(run(text, maria, { ignore: ['team'] })).toEqual([])
    expect(run('Hi shopper,\n\nYour basket is saved.\n\nBest,\nSam', maria, { add: ['shopper'] }).map((m) => m.actual)).toEqual(['Hi shopper'])
  })

  it('does not require a greeting in canned templates unless asked', () => {
    const text = 'Thanks for reporting this issue. It is fixed in version 4.2.'
    const linter = createLinter({ rules: offAllBut('greeting') }, { template: true })
    expect(linter.lintSync(text, { channel: 'email' }).messages).toEqual([])
    const strict = createLinter({ rules: { ...offAllBut('greeting'), greeting: ['warn', { templates: true }] } }, { template: true })
    expect(strict.lintSync(text, { channel: 'email' }).messages.map((m) => m.offset)).toEqual([0])
  })

  it('can require a greeting on social replies too', () => {
    const [m] = run('Your refund is on its way.', { channel: 'social', customer: { name: 'Maria Garcia' } }, { channels: ['email', 'chat', 'social'] })
    expect(m).toMatchObject({ actual: '' })
  })
})

describe('exemplary replies: no courtesy rule fires', () => {
  const ids = ['greeting', 'wrong-name', 'sign-off', 'respect', 'empathy']
  const linter = createLinter({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, ids.includes(r.meta.id) ? 'warn' : 'off'])) })
  it.each<[string, string, ReplyContext]>([
    ['e-mail, telecom, frustrated customer', "Hi Maria,\n\nI'm sorry you've had to contact us again about the outage. An engineer will visit on Monday between 8am and noon; could you please make sure someone is home?\n\nKind regards,\nSam\nNorthwind Telecom", { channel: 'email', customer: { name: 'Maria Garcia', message: 'Third outage this month, still not fixed!!!' } }],
    ['e-mail, banking, formal', 'Dear Mr. Okafor,\n\nThank you for your patience while we reviewed the charge. We have refunded £12.50 to your account.\n\nYours sincerely,\nHarbor Bank', { channel: 'email', customer: { name: 'Tom Okafor', message: 'I was charged twice for the same transfer.' } }],
    ['e-mail, healthcare admin, placeholder template', 'Hi {{first_name}},\n\nThanks for booking with Riverside Clinic. Please bring your insurance card to the appointment.\n\nBest wishes,\nThe Riverside Team', { channel: 'email' }],
    ['e-mail, games, nickname', "Hi Bob,\n\nThanks for the report! We've restored the 500 gems to your account.\n\nCheers,\nKai\nPixelPlay Support", { channel: 'email', customer: { name: 'Robert Evans' } }],
    ['first chat message', "Hi Maria! Thanks for waiting. I've refunded the duplicate charge, it should show within 3-5 days.", { channel: 'chat', customer: { name: 'Maria Garcia' } }],
    ['chat follow-up', 'Done! The new address is saved for future orders.', { channel: 'chat', followup: true, customer: { name: 'Maria Garcia' } }],
    ['social, frustrated customer', "@maria_g So sorry about the wait! Could you DM us your order number? We'll chase the courier right away.", { channel: 'social', customer: { message: '@ShopRight 2 weeks and still no parcel 😡' } }],
    ['sms', 'Hi Maria, your appointment is confirmed for Tue 3pm. Reply C to cancel. Thanks!', { channel: 'sms', customer: { name: 'Maria Garcia' } }],
  ])('%s', (_label, text, ctx) => {
    expect(linter.lintSync(text, ctx).messages).toEqual([])
  })
})
