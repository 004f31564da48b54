import { describe, expect, it } from 'vitest'
import { resolve } from 'node:path'
import { createLinter } from '../../src/linter.js'
import { rules } from '../../rules/index.js'
import type { Diagnostic, ReplyContext } from '../../src/types.js'

const root = resolve(__dirname, '../..')
const off = Object.fromEntries(rules.map((r) => [r.meta.id, 'off' as const]))
const linters = new Map<string, ReturnType<typeof createLinter>>()

function check(text: string, context: ReplyContext = {}, options?: Record<string, unknown>, template = true): Diagnostic[] {
  const key = `${JSON.stringify(options)}|${template}`
  let linter = linters.get(key)
  if (!linter) {
    linter = createLinter(
      { templates: ['test/eval/templates/support-macros.jsonl'], cwd: root, rules: { ...off, 'near-duplicate': options ? ['info', options] : 'info' } },
      { template },
    )
    linters.set(key, linter)
  }
  return linter.lintSync(text, context).messages
}

describe('near-duplicate: a template being written that nearly repeats one of the corpus', () => {
  it('reports on the first line, naming the other template', () => {
    const text = "Hi {{first_name}},\n\nThanks for your patience. We've issued a full refund of {{amount}} to your original payment method. Depending on your bank, it can take 5 to 10 business days to appear on your statement.\n\nIf you don't see it after 10 business days, just reply to this email and we'll look into it.\n\nBest,\n{{current_user.first_name}}"
    const [m, ...rest] = check(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({
      ruleId: 'near-duplicate',
      severity: 'info',
      actual: 'Hi {{first_name}},',
      line: 1,
      column: 1,
      suggestions: ['Keep one template and delete the other, or reword the part that should differ'],
    })
    expect(m!.message).toMatch(/^This template is 9\d% the same as “ecommerce\/refund-issued”: merge them, or make the difference deliberate\.$/)
  })

  it.each([
    ['another placeholder dialect', "Hi [Customer Name],\n\nRoaming is now active on your line. Calls, texts and data abroad are charged at the rates shown on our roaming page, and you'll get a text message when you reach your daily spending limit.\n\nHave a great trip!", 'telecom/roaming-enabled'],
    ['a changed number', "Hello {{first_name}},\n\nWe've emailed you a prepaid return label for order {{order_number}}. Print it, attach it to the parcel, and drop it at any post office within 30 days. Once the item reaches our warehouse, we'll process your refund within 3 business days.\n\nThanks,\n{{current_user.first_name}}", 'ecommerce/return-label'],
    ['another sign-off', "Hi {{first_name | fallback: \"there\"}},\n\nWe've sent a password reset link to the email address on your account. The link is valid for 30 minutes. If you don't see the email, please check your spam or junk folder.\n\nIf you still can't sign in after resetting your password, reply here and we'll help you get back in.\n\nThanks,\nThe Support Team", 'saas/password-reset'],
    ['the same text with punctuation changes', "Dear {{customer.first_name}}:\n\nFor your security we have blocked your card ending in {{card_last4}} after noticing unusual activity! A new card will be sent to your registered address within 5 to 7 business days; any payments you did not make will be refunded once our review is complete.\n\nPlease do not share your PIN or one-time passcodes with anyone, including our staff.\n\nKind regards,\nCustomer Care", 'banking/card-blocked'],
    ['a copied Help Scout template', "Hi {%customer.firstName,fallback=there%},\n\nThanks for sending your meter reading. We've updated your account, and your next bill will use the actual reading instead of an estimate. If your bill still looks higher than expected, reply with a photo of your meter and we'll check it again.\n\nBest wishes,\n{%user.firstName%}", 'utilities/meter-reading'],
    ['a Salesforce copy in Liquid', "Dear {{first_name}},\n\nWe've received your request for a copy of your medical records. We'll send them to you securely within 30 days, as required by law. You'll get an email with a link to download them, and the link will work for 14 days.\n\nKind regards,\nPatient Services", 'healthcare/records-request'],
    ['one sentence dropped', "Hello {{first_name}},\n\nGood news: the network outage affecting your area has been fixed, and service was fully restored at {{restored_time}}. If your connection is still down, please restart your router by unplugging it for 30 seconds and plugging it back in.\n\nWe've applied a credit of {{credit_amount}} to your next bill for the disruption.", 'telecom/outage-restored'],
    ['a greeting added', "Hey {{first_name}}, thanks for your appeal!\n\nWe reviewed the match logs for your account carefully, and they confirm the use of third-party software that breaks our terms of service. The suspension will stay in place until {{ban_end}}.\n\nWe know this isn't the answer you hoped for.\n\n{{current_user.first_name}}", 'games/ban-appeal-denied'],
    ['HTML markup around the same text', "<p>Hi {{first_name}},</p><p>Your workspace will switch to the Starter plan at the end of your current billing period on {{period_end}}. Until then you keep all Pro features. Projects above the Starter limit will become read-only, but nothing will be deleted.</p><p>If you change your mind, you can upgrade again at any time from the billing page.</p><p>Thanks,<br>{{current_user.first_name}}</p>", 'saas/plan-downgrade'],
    ['a word swapped', "Hello {{first_name}},\n\nWe're very sorry that your flight {{flight_number}} was cancelled. We have rebooked you on the next available flight, {{new_flight}}, leaving on {{new_date}}. Your seat and baggage allowance stay the same.\n\nIf the new flight doesn't work for you, you can choose a full refund instead from Manage Booking on our website.\n\nSafe travels,\nThe Customer Relations Team", 'airline/flight-cancelled'],
  ])('%s', (_label, text, id) => {
    const found = check(text, { format: text.startsWith('<p>') ? 'html' : 'text' })
    expect(found.map((m) => m.ruleId)).toEqual(['near-duplicate'])
    expect(found[0]!.message).toContain(`“${id}”`)
  })

  it('takes a threshold option', () => {
    const text = "Hi {{first_name}},\n\nRoaming is now active on your line. Calls and texts abroad are charged at the rates shown on our roaming page.\n\nHave a great trip!"
    expect(check(text)).toEqual([])
    expect(check(text, {}, { threshold: 70 }).map((m) => m.message)).toEqual([expect.stringContaining('telecom/roaming-enabled')])
  })
})

describe('near-duplicate: does not fire', () => {
  it.each([
    ['a different template with the same greeting and sign-off', 'Hi {{first_name}},\n\nYour replacement router is in the post and should arrive by {{date}}. Plug it in, wait for the light to turn green, and your connection will come back on its own.\n\nBest,\n{{current_user.first_name}}'],
    ['the same topic, different content', "Hi {{first_name}},\n\nYour refund of {{refund_amount}} was approved today. Because you paid with a gift card, the money goes back onto a new gift card, which we'll email to you within the hour.\n\nBest,\n{{current_user.first_name}}"],
    ['half of a template reused', "Hi {{first_name}},\n\nThanks for your patience. We've issued a full refund of {{refund_amount}} to your original payment method. We've also cancelled the replacement order, so you won't be charged for it, and your loyalty points for the original purchase stay on your account.\n\nBest,\n{{current_user.first_name}}"],
    ['a short template', 'Thanks, {{first_name}}! Glad we could help.'],
    ['a template in another language', 'Merhaba {{first_name}},\n\nİade talebiniz onaylandı. Tutar 5-10 iş günü içinde kartınıza yansıyacaktır.\n\nSaygılarımızla'],
    ['a longer template that contains a corpus template', "Hi {{first_name}},\n\nRoaming is now active on your line. Calls, texts and data abroad are charged at the rates shown on our roaming page, and you'll get a text message when you reach your daily spending limit.\n\nBefore you go: download offline maps, switch off automatic app updates, and turn on Wi-Fi calling so calls over hotel Wi-Fi are free. If your phone shows 'No service' when you land, restart it and pick our partner network by hand in the network settings.\n\nHave a great trip!"],
  ])('%s', (_label, text) => {
    expect(check(text)).toEqual([])
  })

  it('does not report a template of the corpus against itself (path = its id)', () => {
    const body = "Hi {{first_name}},\n\nRoaming is now active on your line. Calls, texts and data abroad are charged at the rates shown on our roaming page, and you'll get a text message when you reach your daily spending limit.\n\nHave a great trip!"
    expect(check(body, { path: 'telecom/roaming-enabled' })).toEqual([])
    expect(check(body).map((m) => m.message)).toEqual([expect.stringContaining('100% the same as “telecom/roaming-enabled”')])
  })

  it('does nothing outside template mode', () => {
    const text = "Hi Maria,\n\nRoaming is now active on your line. Calls, texts and data abroad are charged at the rates shown on our roaming page, and you'll get a text message when you reach your daily spending limit.\n\nHave a great trip!"
    expect(check(text, {}, undefined, false)).toEqual([])
  })

  it('does nothing without a corpus', () => {
    const linter = createLinter({ rules: { ...off, 'near-duplicate': 'info' } }, { template: true })
    expect(linter.lintSync('Hi {{first_name}}, your order shipped.').messages).toEqual([])
  })
})
