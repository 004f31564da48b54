import { describe, expect, it } from 'vitest'
import { resolve } from 'node:path'
import { only } from '../helpers.js'
import { createLinter } from '../../src/linter.js'
import { UsageError } from '../../src/errors.js'
import type { Config, ReplyContext } from '../../src/types.js'

const root = resolve(__dirname, '../..')
const corpus: Config = { templates: ['test/eval/templates/support-macros.jsonl'], cwd: root }
const check = (text: string, context: ReplyContext = {}, options?: Record<string, unknown>) => only('copy-paste', text, context, options, corpus)

describe('copy-paste: fires on a canned response pasted with only the placeholders filled in', () => {
  it('reports the template id, the share covered and the whole pasted span', () => {
    const text =
      "Hi Maria,\n\nThanks for your patience. We've issued a full refund of $84.20 to your original payment method. Depending on your bank, it can take 5 to 10 business days to show on your statement.\n\nIf you don't see it after 10 business days, just reply to this email and we'll look into it.\n\nBest,\nTom"
    const [m, ...rest] = check(text, { customer: { name: 'Maria Lopez', message: 'Where is my refund? I returned the jacket two weeks ago.' } })
    expect(rest).toEqual([])
    expect(m).toMatchObject({
      ruleId: 'copy-paste',
      severity: 'warning',
      offset: 0,
      endOffset: text.length,
      actual: text,
      line: 1,
      column: 1,
      message: '100% of this reply is the canned response “ecommerce/refund-issued” (Refund issued) word for word, apart from the filled-in values: make it about this customer before sending.',
      suggestions: ['Answer what the customer asked: “Where is my refund?”', "Name the customer's actual issue and what you did about it, in your own words"],
    })
  })

  it('suggests addressing the customer by name when the paste never does', () => {
    const text =
      'Roaming is now active on your line. Calls, texts and data abroad are charged at the rates shown on our roaming page, and you will get a text message when you reach your daily spending limit.\n\nHave a great trip!'
    const [m] = check(text, { customer: { name: 'Deniz Kaya' } })
    expect(m!.message).toMatch(/^9\d% of this reply is the canned response “telecom\/roaming-enabled”/)
    expect(m!.suggestions[0]).toBe('Address Deniz by name')
    expect(m!.suggestions).toContain('Add the details of this case (order, account, dates, amounts) instead of the general text')
  })

  it.each([
    [
      'a different greeting and an added sign-off',
      "Hello Jordan!\n\nI'm sorry your order #55120 hasn't arrived yet. The carrier has confirmed a delay at their sorting hub, and the new estimated delivery date is Friday 14 June.\n\nYou can keep an eye on it with the tracking link in your shipping confirmation email. If it still hasn't arrived by then, let us know and we'll send a replacement free of charge.\n\nKind regards,\nPriya\nAcme Outdoor Support",
      'ecommerce/order-delayed',
    ],
    [
      'one word changed',
      "Hi Sam,\n\nWe've sent a password reset link to the email address on your account. The link is valid for 60 minutes. If you don't see the email, please check your spam or junk folder.\n\nIf you still can't sign in after resetting your password, reply here and we'll help you get back in.\n\nCheers,\nAlex",
      'saas/password-reset',
    ],
    [
      'the last paragraph dropped',
      'Dear Mr Okafor,\n\nFor your security, we have blocked your card ending in 4417 after noticing unusual activity. A new card will be sent to your registered address within 5 to 7 business days. Any payments you did not make will be refunded once our review is complete.\n\nKind regards,\nCustomer Care',
      'banking/card-blocked',
    ],
    [
      'a Help Scout template',
      "Hi Gwen,\n\nThanks for sending your meter reading. We've updated your account, and your next bill will use the actual reading instead of an estimate. If your bill still looks higher than expected, reply with a photo of your meter and we'll check it again.\n\nBest wishes,\nOwen",
      'utilities/meter-reading',
    ],
    [
      'a Salesforce template',
      "Dear Aylin,\n\nYour appointment with Dr Demir has been moved to Tuesday 4 March at 10:30 at the same clinic. You don't need to bring anything new: your referral letter is still valid. If the new time doesn't suit you, please call our booking line and we'll find another slot.\n\nKind regards,\nPatient Services",
      'healthcare/appointment-rescheduled',
    ],
    [
      'a placeholder the agent forgot to fill',
      "Hello {{first_name}},\n\nWe're very sorry that your flight BA 2764 was cancelled. We have rebooked you on the next available flight, BA 2766, departing on 12 May. Your seat and baggage allowance stay the same.\n\nIf the new flight doesn't work for you, you can choose a full refund instead from Manage Booking on our website.\n\nSafe travels,\nThe Customer Relations Team",
      'airline/flight-cancelled',
    ],
    [
      'the customer quoted below the paste',
      "Hey Kai,\n\nGood news, we've recovered your account and secured it. We reset your password and signed out every device, so you'll need to log in again. We also switched on two-factor authentication to keep it safe from now on.\n\nAny items that were traded away while the account was compromised have been restored to your inventory.\n\nGG,\nMo\n\nOn Tue, 4 Jun 2024 at 09:12, Kai <kai@example.com> wrote:\n> my account got hacked and all my skins are gone, please help, I have had this account for six years",
      'games/account-recovered',
    ],
    [
      'a generic [Customer Name] template',
      'Hi Ben,\n\nYour replacement SIM card is on its way and should arrive within 2 working days. When it does, insert it and restart your phone: your number, plan and contacts will carry over automatically. Your old SIM will stop working as soon as the new one is active.\n\nBest regards,\nThe Support Team',
      'telecom/sim-swap',
    ],
    [
      'a chat paste without greeting or sign-off',
      "Thank you for taking the time to share your feedback with us. I've passed it on to the team responsible so they can take it into account when planning future improvements.",
      'general/thanks-feedback',
    ],
  ])('%s', (_label, text, id) => {
    const found = check(text)
    expect(found.map((m) => m.ruleId)).toEqual(['copy-paste'])
    expect(found[0]!.message).toContain(`“${id}”`)
    // The span runs from the first to the last pasted word, never into quoted customer text.
    expect(found[0]!.offset).toBeLessThan(20)
    expect(found[0]!.actual.includes('wrote:')).toBe(false)
  })

  it('a social reply: the @handle and the agent initials do not hide the paste', () => {
    const config: Config = { templates: [{ id: 'social/dm-email', body: "Sorry to hear that! Can you DM us the email address on your account? We'll take a closer look right away. ^{{agent_initials}}" }] }
    const text = "@dana_w_1987 Sorry to hear that! Can you DM us the email address on your account? We'll take a closer look right away. ^KM"
    const found = only('copy-paste', text, { channel: 'social' }, undefined, config)
    expect(found.map((m) => m.message)).toEqual([expect.stringMatching(/^100% of this reply is the canned response “social\/dm-email”/)])
    expect(found[0]!.offset).toBe(text.indexOf('Sorry'))
  })

  it('reads HTML drafts', () => {
    const text =
      "<p>Hi Maria,</p><p>Thanks for your patience. We've issued a full refund of &pound;12 to your original payment method. Depending on your bank, it can take 5 to 10 business days to show on your statement.</p><p>If you don't see it after 10 business days, just reply to this email and we'll look into it.</p><p>Best,<br>Tom</p>"
    const [m] = check(text, { format: 'html' })
    expect(m!.message).toContain('“ecommerce/refund-issued”')
    expect(m!.actual.startsWith('Hi Maria')).toBe(true)
  })

  it('takes a threshold option, as a share or a percentage', () => {
    const text =
      "Hi Maria,\n\nI checked with the warehouse and your jacket arrived back on Monday. Thanks for your patience. We've issued a full refund of $84.20 to your original payment method. Depending on your bank, it can take 5 to 10 business days to show on your statement.\n\nBest,\nTom"
    expect(check(text)).toEqual([])
    expect(check(text, {}, { threshold: 0.6 })).toHaveLength(1)
    expect(check(text, {}, { threshold: 60 })).toHaveLength(1)
  })
})

describe('copy-paste: does not fire', () => {
  it.each([
    [
      'a tailored reply that reuses one sentence of a template',
      "Hi Maria,\n\nI'm sorry the jacket came back with a torn sleeve; that's on us, not you. I've refunded the full $84.20 and added a 15% code (SORRY15) for your next order. Depending on your bank, it can take 5 to 10 business days to show on your statement.\n\nBest,\nTom",
    ],
    [
      'the same topic written fresh',
      "Hi Jordan,\n\nYour order #55120 is stuck at the carrier's hub in Daventry because of the storm. They now expect to deliver it on Friday. If it isn't with you by Saturday, reply here and I'll ship a new one the same day.\n\nPriya",
    ],
    [
      'a template paragraph plus a longer personal answer',
      "Hi Sam,\n\nI looked at your account: the sign-in fails because your company moved to single sign-on yesterday, so your old password no longer works. Use the 'Sign in with Okta' button instead, with your work email. I've also asked your admin, Dana, to confirm you're in the right group.\n\nWe've sent a password reset link to the email address on your account. The link is valid for 30 minutes.\n\nCheers,\nAlex",
    ],
    ['a short acknowledgement', 'Thanks, Maria! Glad the refund arrived.'],
    ['a one-line chat reply', 'Your refund went out today and should show within 5 to 10 business days.'],
    [
      'a reply in another industry with similar boilerplate',
      "Hi Ben,\n\nThanks for your patience. Your broadband installation is booked for Thursday between 8am and noon. The engineer will call 30 minutes before arriving, so keep your phone nearby.\n\nIf you don't see a confirmation text by tomorrow, just reply to this email.\n\nBest,\nTom",
    ],
    [
      'a paraphrase of a template',
      'Hi Gwen, we got your meter reading, thanks! Your account now uses it, so the next bill will be based on what you actually used rather than our estimate. Still looks high? Send a photo of the meter and we will look again.',
    ],
    [
      'a reply that only quotes the template text the customer received',
      "Hi Kai,\n\nSorry, that automatic message was wrong for your case. I've restored the two skins myself and they're in your inventory now.\n\n> Good news, we've recovered your account and secured it. We reset your password and signed out every device, so you'll need to log in again.\n\nMo",
    ],
    [
      'a long reply that contains a short template',
      "Hi Maria,\n\nThank you for taking the time to share your feedback with us. You're right that the new checkout hides the gift-wrap option: I tried it on my phone and had to scroll past the payment form to find it. I've filed it with our web team with your screenshots, and they plan to move the option above the payment form in next week's release. In the meantime, you can add gift wrap from the basket page, before checkout starts.\n\nBest,\nTom",
    ],
    [
      'a Turkish reply',
      'Merhaba Aylin Hanım, randevunuzu 4 Mart Salı saat 10:30 olarak değiştirdik. Sevk mektubunuz hâlâ geçerli, yeni bir belge getirmenize gerek yok. Saat size uymazsa bizi arayın, başka bir zaman bulalım.',
    ],
  ])('%s', (_label, text) => {
    expect(check(text, {}).map((m) => m.actual)).toEqual([])
  })

  it('stays silent without a template corpus', () => {
    const text =
      "Hi Maria,\n\nThanks for your patience. We've issued a full refund of $84.20 to your original payment method. Depending on your bank, it can take 5 to 10 business days to show on your statement."
    expect(only('copy-paste', text)).toEqual([])
  })

  it('stays silent in template mode (the text is a template)', () => {
    const linter = createLinter({ ...corpus, rules: { 'copy-paste': 'warn' } }, { template: true })
    const body = "Hi {{first_name}},\n\nThanks for your patience. We've issued a full refund of {{refund_amount}} to your original payment method. Depending on your bank, it can take 5 to 10 business days to show on your statement."
    expect(linter.lintSync(body).messages.filter((m) => m.ruleId === 'copy-paste')).toEqual([])
  })

  it('never reports on the customer message', () => {
    const message = "Thanks for your patience. We've issued a full refund of $84.20 to your original payment method. Depending on your bank, it can take 5 to 10 business days to show on your statement."
    expect(check('Hi Maria, that email was sent by mistake: your refund is still being reviewed, and I will confirm by Friday.', { customer: { message } })).toEqual([])
  })
})

describe('copy-paste: the corpus', () => {
  it('is built once per linter and shared across drafts', () => {
    const linter = createLinter({ ...corpus, rules: { 'copy-paste': 'warn' } })
    const t0 = performance.now()
    for (let i = 0; i < 200; i++) linter.lintSync('Thank you for taking the time to share your feedback with us. I have passed it on to the team responsible.')
    expect(performance.now() - t0).toBeLessThan(5000)
  })

  it('fails createLinter with a usage error naming a bad corpus file', () => {
    expect(() => createLinter({ templates: ['test/fixtures/templates/bad.json'], cwd: root })).toThrow(UsageError)
    expect(() => createLinter({ templates: ['nope/macros.json'], cwd: root })).toThrow(/nope\/macros\.json/)
  })

  it('accepts inline records in config', () => {
    const text = 'Your replacement part ships today from our Leeds warehouse and arrives within three working days, tracked by Royal Mail.'
    const found = only('copy-paste', text, {}, undefined, { templates: [{ id: 'parts/shipped', body: 'Your replacement part ships today from our {{warehouse}} warehouse and arrives within three working days, tracked by {{carrier}}.' }] })
    expect(found.map((m) => m.message)).toEqual([expect.stringContaining('“parts/shipped”')])
  })
})
