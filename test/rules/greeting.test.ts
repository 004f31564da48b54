// `greeting` runs on its cases (rules/greeting/cases.ts, English and Turkish) through the RuleTester;
// the courtesy rules together on exemplary replies stay here (the tester runs one rule at a time).
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/greeting/cases.js'
import { createLinter } from '../../src/linter.js'
import { rules } from '../../rules/index.js'
import type { ReplyContext } from '../../src/types.js'

ruleTester.run('greeting', cases)

describe('greeting: options', () => {
  it('rejects a mistyped option when the linter is created', () => {
    expect(() => createLinter({ rules: { greeting: ['warn', { channel: ['email'] }] } })).toThrow(/greeting/)
  })
})

describe('exemplary replies: no courtesy rule fires', () => {
  const ids = ['greeting', 'wrong-name', 'sign-off', 'respect', 'empathy']
  const linter = createLinter({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, ids.includes(r.meta.id) ? 'warn' : 'off'])) })
  it.each<[string, string, ReplyContext]>([
    [
      'e-mail, telecom, frustrated customer',
      "Hi Maria,\n\nI'm sorry you've had to contact us again about the outage. An engineer will visit on Monday between 8am and noon; could you please make sure someone is home?\n\nKind regards,\nSam\nNorthwind Telecom",
      { channel: 'email', customer: { name: 'Maria Garcia', message: 'Third outage this month, still not fixed!!!' } },
    ],
    [
      'e-mail, banking, formal',
      'Dear Mr. Okafor,\n\nThank you for your patience while we reviewed the charge. We have refunded £12.50 to your account.\n\nYours sincerely,\nHarbor Bank',
      { channel: 'email', customer: { name: 'Tom Okafor', message: 'I was charged twice for the same transfer.' } },
    ],
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
