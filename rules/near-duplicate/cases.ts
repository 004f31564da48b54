/**
 * `near-duplicate` test cases: run by test/rules/near-duplicate.test.ts (RuleTester) and shown in
 * README.md (`docs: true` ones) by `npm run docs`. Every case is linted in template mode against the
 * corpus test/eval/templates/support-macros.jsonl (`templates` config). Positions are 1-based.
 */
import type { RuleCases } from '../../src/rule.js'
import type { NearDuplicateOptions } from './index.js'

const corpus = { templates: ['test/eval/templates/support-macros.jsonl'] }
const SUGGESTION = 'Keep one template and delete the other, or reword the part that should differ'

export const cases: RuleCases<NearDuplicateOptions> = {
  valid: [
    {
      docs: true,
      name: 'a different template with the same greeting and sign-off',
      text: 'Hi {{first_name}},\n\nYour replacement router is in the post and should arrive by {{date}}. Plug it in, wait for the light to turn green, and your connection will come back on its own.\n\nBest,\n{{current_user.first_name}}',
      template: true,
      config: corpus,
    },
    {
      name: 'the same topic, different content',
      text: "Hi {{first_name}},\n\nYour refund of {{refund_amount}} was approved today. Because you paid with a gift card, the money goes back onto a new gift card, which we'll email to you within the hour.\n\nBest,\n{{current_user.first_name}}",
      template: true,
      config: corpus,
    },
    {
      docs: true,
      name: 'half of a template reused',
      text: "Hi {{first_name}},\n\nThanks for your patience. We've issued a full refund of {{refund_amount}} to your original payment method. We've also cancelled the replacement order, so you won't be charged for it, and your loyalty points for the original purchase stay on your account.\n\nBest,\n{{current_user.first_name}}",
      template: true,
      config: corpus,
    },
    { name: 'a short template', text: 'Thanks, {{first_name}}! Glad we could help.', template: true, config: corpus },
    { name: 'a template in another language', text: 'Merhaba {{first_name}},\n\nİade talebiniz onaylandı. Tutar 5-10 iş günü içinde kartınıza yansıyacaktır.\n\nSaygılarımızla', template: true, config: corpus },
    {
      name: 'a longer template that contains a corpus template',
      text: "Hi {{first_name}},\n\nRoaming is now active on your line. Calls, texts and data abroad are charged at the rates shown on our roaming page, and you'll get a text message when you reach your daily spending limit.\n\nBefore you go: download offline maps, switch off automatic app updates, and turn on Wi-Fi calling so calls over hotel Wi-Fi are free. If your phone shows 'No service' when you land, restart it and pick our partner network by hand in the network settings.\n\nHave a great trip!",
      template: true,
      config: corpus,
    },
    {
      name: 'below the default threshold (73% the same)',
      text: 'Hi {{first_name}},\n\nRoaming is now active on your line. Calls and texts abroad are charged at the rates shown on our roaming page.\n\nHave a great trip!',
      template: true,
      config: corpus,
    },
    {
      name: 'a template of the corpus, linted with its own id as path, is not its own duplicate',
      text: "Hi {{first_name}},\n\nRoaming is now active on your line. Calls, texts and data abroad are charged at the rates shown on our roaming page, and you'll get a text message when you reach your daily spending limit.\n\nHave a great trip!",
      context: { path: 'telecom/roaming-enabled' },
      template: true,
      config: corpus,
    },
    {
      docs: true,
      name: 'outside template mode (a reply to a customer)',
      text: "Hi Maria,\n\nRoaming is now active on your line. Calls, texts and data abroad are charged at the rates shown on our roaming page, and you'll get a text message when you reach your daily spending limit.\n\nHave a great trip!",
      config: corpus,
    },
    { name: 'without a corpus', text: 'Hi {{first_name}}, your order shipped.', template: true },
  ],
  invalid: [
    {
      docs: true,
      name: 'a refund template written again: reported on its first line, naming the other template',
      text: "Hi {{first_name}},\n\nThanks for your patience. We've issued a full refund of {{amount}} to your original payment method. Depending on your bank, it can take 5 to 10 business days to appear on your statement.\n\nIf you don't see it after 10 business days, just reply to this email and we'll look into it.\n\nBest,\n{{current_user.first_name}}",
      template: true,
      config: corpus,
      errors: [{ messageId: 'similar', line: 1, column: 1, endColumn: 19, suggestions: [SUGGESTION], message: 'This template is 98% the same as “ecommerce/refund-issued”: merge them, or make the difference deliberate.' }],
    },
    {
      docs: true,
      name: 'another placeholder dialect',
      text: "Hi [Customer Name],\n\nRoaming is now active on your line. Calls, texts and data abroad are charged at the rates shown on our roaming page, and you'll get a text message when you reach your daily spending limit.\n\nHave a great trip!",
      template: true,
      config: corpus,
      errors: [{ messageId: 'similar', line: 1, column: 1, endColumn: 20, suggestions: [SUGGESTION], data: { pct: 100, id: 'telecom/roaming-enabled' } }],
    },
    {
      name: 'a changed number',
      text: "Hello {{first_name}},\n\nWe've emailed you a prepaid return label for order {{order_number}}. Print it, attach it to the parcel, and drop it at any post office within 30 days. Once the item reaches our warehouse, we'll process your refund within 3 business days.\n\nThanks,\n{{current_user.first_name}}",
      template: true,
      config: corpus,
      errors: [{ messageId: 'similar', line: 1, column: 1, endColumn: 22, suggestions: [SUGGESTION], data: { pct: 97, id: 'ecommerce/return-label' } }],
    },
    {
      name: 'another sign-off',
      text: "Hi {{first_name | fallback: \"there\"}},\n\nWe've sent a password reset link to the email address on your account. The link is valid for 30 minutes. If you don't see the email, please check your spam or junk folder.\n\nIf you still can't sign in after resetting your password, reply here and we'll help you get back in.\n\nThanks,\nThe Support Team",
      template: true,
      config: corpus,
      errors: [{ messageId: 'similar', line: 1, column: 1, endColumn: 39, suggestions: [SUGGESTION], data: { pct: 94, id: 'saas/password-reset' } }],
    },
    {
      name: 'the same text with punctuation changes',
      text: 'Dear {{customer.first_name}}:\n\nFor your security we have blocked your card ending in {{card_last4}} after noticing unusual activity! A new card will be sent to your registered address within 5 to 7 business days; any payments you did not make will be refunded once our review is complete.\n\nPlease do not share your PIN or one-time passcodes with anyone, including our staff.\n\nKind regards,\nCustomer Care',
      template: true,
      config: corpus,
      errors: [{ messageId: 'similar', line: 1, column: 1, endColumn: 30, suggestions: [SUGGESTION], data: { pct: 100, id: 'banking/card-blocked' } }],
    },
    {
      name: 'a copied Help Scout template',
      text: "Hi {%customer.firstName,fallback=there%},\n\nThanks for sending your meter reading. We've updated your account, and your next bill will use the actual reading instead of an estimate. If your bill still looks higher than expected, reply with a photo of your meter and we'll check it again.\n\nBest wishes,\n{%user.firstName%}",
      template: true,
      config: corpus,
      errors: [{ messageId: 'similar', line: 1, column: 1, endColumn: 42, suggestions: [SUGGESTION], data: { pct: 100, id: 'utilities/meter-reading' } }],
    },
    {
      name: 'a Salesforce copy in Liquid',
      text: "Dear {{first_name}},\n\nWe've received your request for a copy of your medical records. We'll send them to you securely within 30 days, as required by law. You'll get an email with a link to download them, and the link will work for 14 days.\n\nKind regards,\nPatient Services",
      template: true,
      config: corpus,
      errors: [{ messageId: 'similar', line: 1, column: 1, endColumn: 21, suggestions: [SUGGESTION], data: { pct: 100, id: 'healthcare/records-request' } }],
    },
    {
      name: 'one sentence dropped',
      text: "Hello {{first_name}},\n\nGood news: the network outage affecting your area has been fixed, and service was fully restored at {{restored_time}}. If your connection is still down, please restart your router by unplugging it for 30 seconds and plugging it back in.\n\nWe've applied a credit of {{credit_amount}} to your next bill for the disruption.",
      template: true,
      config: corpus,
      errors: [{ messageId: 'similar', line: 1, column: 1, endColumn: 22, suggestions: [SUGGESTION], data: { pct: 95, id: 'telecom/outage-restored' } }],
    },
    {
      name: 'a greeting added',
      text: "Hey {{first_name}}, thanks for your appeal!\n\nWe reviewed the match logs for your account carefully, and they confirm the use of third-party software that breaks our terms of service. The suspension will stay in place until {{ban_end}}.\n\nWe know this isn't the answer you hoped for.\n\n{{current_user.first_name}}",
      template: true,
      config: corpus,
      errors: [{ messageId: 'similar', line: 1, column: 1, endColumn: 44, suggestions: [SUGGESTION], data: { pct: 95, id: 'games/ban-appeal-denied' } }],
    },
    {
      docs: true,
      name: 'HTML markup around the same text',
      text: '<p>Hi {{first_name}},</p><p>Your workspace will switch to the Starter plan at the end of your current billing period on {{period_end}}. Until then you keep all Pro features. Projects above the Starter limit will become read-only, but nothing will be deleted.</p><p>If you change your mind, you can upgrade again at any time from the billing page.</p><p>Thanks,<br>{{current_user.first_name}}</p>',
      context: { format: 'html' },
      template: true,
      config: corpus,
      errors: [{ messageId: 'similar', line: 1, column: 4, endColumn: 22, suggestions: [SUGGESTION], data: { pct: 100, id: 'saas/plan-downgrade' } }],
    },
    {
      name: 'a word swapped',
      text: "Hello {{first_name}},\n\nWe're very sorry that your flight {{flight_number}} was cancelled. We have rebooked you on the next available flight, {{new_flight}}, leaving on {{new_date}}. Your seat and baggage allowance stay the same.\n\nIf the new flight doesn't work for you, you can choose a full refund instead from Manage Booking on our website.\n\nSafe travels,\nThe Customer Relations Team",
      template: true,
      config: corpus,
      errors: [{ messageId: 'similar', line: 1, column: 1, endColumn: 22, suggestions: [SUGGESTION], data: { pct: 93, id: 'airline/flight-cancelled' } }],
    },
    {
      docs: true,
      name: 'a template with two near-copies in the corpus: reported once, against the more similar one',
      text: 'Hi {{first_name}},\n\nYour replacement card is on its way and should arrive within 5 business days. Activate it in the app before your first payment, and your old card will stop working.\n\nBest,\n{{agent}}',
      template: true,
      config: {
        templates: [
          {
            id: 'cards/replacement-sent',
            body: 'Hi {{first_name}},\n\nYour replacement card is on its way and should arrive within 5 business days. Activate it in the app before your first payment, and your old card will stop working.\n\nKind regards,\n{{agent}}',
          },
          {
            id: 'cards/replacement-sent-v2',
            body: 'Hello {{first_name}},\n\nYour replacement card is on its way and should arrive within 5 working days. Activate it in the app before your first payment, and your old card will stop working.\n\nBest,\n{{agent}}',
          },
        ],
      },
      errors: [{ messageId: 'similarToMore', line: 1, column: 1, endColumn: 19, suggestions: [SUGGESTION], message: 'This template is 92% the same as “cards/replacement-sent” (and 1 more): merge them, or make the difference deliberate.' }],
    },
    {
      name: 'threshold: 70 reports a shorter copy',
      text: 'Hi {{first_name}},\n\nRoaming is now active on your line. Calls and texts abroad are charged at the rates shown on our roaming page.\n\nHave a great trip!',
      template: true,
      config: corpus,
      options: { threshold: 70 },
      errors: [{ messageId: 'similar', line: 1, column: 1, endColumn: 19, suggestions: [SUGGESTION], data: { pct: 73, id: 'telecom/roaming-enabled' } }],
    },
    {
      name: 'a template of the corpus linted without its path is reported against itself',
      text: "Hi {{first_name}},\n\nRoaming is now active on your line. Calls, texts and data abroad are charged at the rates shown on our roaming page, and you'll get a text message when you reach your daily spending limit.\n\nHave a great trip!",
      template: true,
      config: corpus,
      errors: [{ messageId: 'similar', line: 1, column: 1, endColumn: 19, suggestions: [SUGGESTION], data: { pct: 100, id: 'telecom/roaming-enabled' } }],
    },
  ],
}
