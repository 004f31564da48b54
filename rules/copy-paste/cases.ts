/**
 * `copy-paste` test cases: run by test/rules/copy-paste.test.ts (RuleTester) and shown in README.md
 * (`docs: true` ones) by `npm run docs`. Most cases are linted against the corpus
 * test/eval/templates/support-macros.jsonl (`templates` config). Positions are 1-based.
 */
import type { RuleCases } from '../../src/rule.js'
import type { CopyPasteOptions } from './index.js'

const corpus = { templates: ['test/eval/templates/support-macros.jsonl'] }

export const cases: RuleCases<CopyPasteOptions> = {
  valid: [
    {
      docs: true,
      name: 'near miss: a paste with a personal sentence, below the default threshold',
      text: "Hi Maria,\n\nI checked with the warehouse and your jacket arrived back on Monday. Thanks for your patience. We've issued a full refund of $84.20 to your original payment method. Depending on your bank, it can take 5 to 10 business days to show on your statement.\n\nBest,\nTom",
      config: corpus,
    },
    {
      docs: true,
      name: 'a tailored reply that reuses one sentence of a template',
      text: "Hi Maria,\n\nI'm sorry the jacket came back with a torn sleeve; that's on us, not you. I've refunded the full $84.20 and added a 15% code (SORRY15) for your next order. Depending on your bank, it can take 5 to 10 business days to show on your statement.\n\nBest,\nTom",
      config: corpus,
    },
    {
      name: 'the same topic written fresh',
      text: "Hi Jordan,\n\nYour order #55120 is stuck at the carrier's hub in Daventry because of the storm. They now expect to deliver it on Friday. If it isn't with you by Saturday, reply here and I'll ship a new one the same day.\n\nPriya",
      config: corpus,
    },
    {
      docs: true,
      name: 'a template paragraph plus a longer personal answer',
      text: "Hi Sam,\n\nI looked at your account: the sign-in fails because your company moved to single sign-on yesterday, so your old password no longer works. Use the 'Sign in with Okta' button instead, with your work email. I've also asked your admin, Dana, to confirm you're in the right group.\n\nWe've sent a password reset link to the email address on your account. The link is valid for 30 minutes.\n\nCheers,\nAlex",
      config: corpus,
    },
    { name: 'a short acknowledgement', text: 'Thanks, Maria! Glad the refund arrived.', config: corpus },
    { name: 'a one-line chat reply', text: 'Your refund went out today and should show within 5 to 10 business days.', config: corpus },
    {
      name: 'a reply in another industry with similar boilerplate',
      text: "Hi Ben,\n\nThanks for your patience. Your broadband installation is booked for Thursday between 8am and noon. The engineer will call 30 minutes before arriving, so keep your phone nearby.\n\nIf you don't see a confirmation text by tomorrow, just reply to this email.\n\nBest,\nTom",
      config: corpus,
    },
    {
      name: 'a paraphrase of a template',
      text: 'Hi Gwen, we got your meter reading, thanks! Your account now uses it, so the next bill will be based on what you actually used rather than our estimate. Still looks high? Send a photo of the meter and we will look again.',
      config: corpus,
    },
    {
      name: 'a reply that only quotes the template text the customer received',
      text: "Hi Kai,\n\nSorry, that automatic message was wrong for your case. I've restored the two skins myself and they're in your inventory now.\n\n> Good news, we've recovered your account and secured it. We reset your password and signed out every device, so you'll need to log in again.\n\nMo",
      config: corpus,
    },
    {
      name: 'a long reply that contains a short template',
      text: "Hi Maria,\n\nThank you for taking the time to share your feedback with us. You're right that the new checkout hides the gift-wrap option: I tried it on my phone and had to scroll past the payment form to find it. I've filed it with our web team with your screenshots, and they plan to move the option above the payment form in next week's release. In the meantime, you can add gift wrap from the basket page, before checkout starts.\n\nBest,\nTom",
      config: corpus,
    },
    {
      name: 'a Turkish reply',
      text: 'Merhaba Aylin Hanım, randevunuzu 4 Mart Salı saat 10:30 olarak değiştirdik. Sevk mektubunuz hâlâ geçerli, yeni bir belge getirmenize gerek yok. Saat size uymazsa bizi arayın, başka bir zaman bulalım.',
      config: corpus,
    },
    { name: 'without a template corpus', text: "Hi Maria,\n\nThanks for your patience. We've issued a full refund of $84.20 to your original payment method. Depending on your bank, it can take 5 to 10 business days to show on your statement." },
    {
      name: 'template mode: the text is a template',
      text: "Hi {{first_name}},\n\nThanks for your patience. We've issued a full refund of {{refund_amount}} to your original payment method. Depending on your bank, it can take 5 to 10 business days to show on your statement.",
      config: corpus,
      template: true,
    },
    {
      name: 'the customer message is never reported',
      text: 'Hi Maria, that email was sent by mistake: your refund is still being reviewed, and I will confirm by Friday.',
      context: { customer: { message: "Thanks for your patience. We've issued a full refund of $84.20 to your original payment method. Depending on your bank, it can take 5 to 10 business days to show on your statement." } },
      config: corpus,
    },
  ],
  invalid: [
    {
      docs: true,
      name: 'a refund template pasted with the values filled in: the whole pasted span',
      text: "Hi Maria,\n\nThanks for your patience. We've issued a full refund of $84.20 to your original payment method. Depending on your bank, it can take 5 to 10 business days to show on your statement.\n\nIf you don't see it after 10 business days, just reply to this email and we'll look into it.\n\nBest,\nTom",
      context: { customer: { name: 'Maria Lopez', message: 'Where is my refund? I returned the jacket two weeks ago.' } },
      config: corpus,
      errors: [
        {
          messageId: 'copiedTitled',
          line: 1,
          column: 1,
          endLine: 8,
          endColumn: 4,
          suggestions: ['Answer what the customer asked: “Where is my refund?”', "Name the customer's actual issue and what you did about it, in your own words"],
          data: { pct: 100, id: 'ecommerce/refund-issued', title: 'Refund issued' },
        },
      ],
    },
    {
      docs: true,
      name: "a paste that never uses the customer's name",
      text: 'Roaming is now active on your line. Calls, texts and data abroad are charged at the rates shown on our roaming page, and you will get a text message when you reach your daily spending limit.\n\nHave a great trip!',
      context: { customer: { name: 'Deniz Kaya' } },
      config: corpus,
      errors: [
        {
          messageId: 'copiedTitled',
          line: 1,
          column: 1,
          endLine: 3,
          endColumn: 18,
          suggestions: ['Address Deniz by name', "Name the customer's actual issue and what you did about it, in your own words", 'Add the details of this case (order, account, dates, amounts) instead of the general text'],
          data: { pct: 95, id: 'telecom/roaming-enabled', title: 'Roaming enabled' },
        },
      ],
    },
    {
      name: 'a different greeting and an added sign-off',
      text: "Hello Jordan!\n\nI'm sorry your order #55120 hasn't arrived yet. The carrier has confirmed a delay at their sorting hub, and the new estimated delivery date is Friday 14 June.\n\nYou can keep an eye on it with the tracking link in your shipping confirmation email. If it still hasn't arrived by then, let us know and we'll send a replacement free of charge.\n\nKind regards,\nPriya\nAcme Outdoor Support",
      config: corpus,
      errors: [
        {
          messageId: 'copiedTitled',
          line: 3,
          column: 1,
          endLine: 9,
          endColumn: 21,
          suggestions: ["Name the customer's actual issue and what you did about it, in your own words"],
          data: { pct: 97, id: 'ecommerce/order-delayed', title: 'Order delayed' },
        },
      ],
    },
    {
      name: 'one word changed',
      text: "Hi Sam,\n\nWe've sent a password reset link to the email address on your account. The link is valid for 60 minutes. If you don't see the email, please check your spam or junk folder.\n\nIf you still can't sign in after resetting your password, reply here and we'll help you get back in.\n\nCheers,\nAlex",
      config: corpus,
      errors: [
        {
          messageId: 'copiedTitled',
          line: 1,
          column: 1,
          endLine: 8,
          endColumn: 5,
          suggestions: ["Name the customer's actual issue and what you did about it, in your own words"],
          data: { pct: 98, id: 'saas/password-reset', title: 'Password reset' },
        },
      ],
    },
    {
      name: 'the last paragraph dropped',
      text: 'Dear Mr Okafor,\n\nFor your security, we have blocked your card ending in 4417 after noticing unusual activity. A new card will be sent to your registered address within 5 to 7 business days. Any payments you did not make will be refunded once our review is complete.\n\nKind regards,\nCustomer Care',
      config: corpus,
      errors: [
        {
          messageId: 'copiedTitled',
          line: 1,
          column: 1,
          endLine: 6,
          endColumn: 14,
          suggestions: ["Name the customer's actual issue and what you did about it, in your own words"],
          data: { pct: 100, id: 'banking/card-blocked', title: 'Card blocked' },
        },
      ],
    },
    {
      name: 'a Help Scout template',
      text: "Hi Gwen,\n\nThanks for sending your meter reading. We've updated your account, and your next bill will use the actual reading instead of an estimate. If your bill still looks higher than expected, reply with a photo of your meter and we'll check it again.\n\nBest wishes,\nOwen",
      config: corpus,
      errors: [
        {
          messageId: 'copiedTitled',
          line: 1,
          column: 1,
          endLine: 6,
          endColumn: 5,
          suggestions: ["Name the customer's actual issue and what you did about it, in your own words"],
          data: { pct: 100, id: 'utilities/meter-reading', title: 'Meter reading' },
        },
      ],
    },
    {
      name: 'a Salesforce template',
      text: "Dear Aylin,\n\nYour appointment with Dr Demir has been moved to Tuesday 4 March at 10:30 at the same clinic. You don't need to bring anything new: your referral letter is still valid. If the new time doesn't suit you, please call our booking line and we'll find another slot.\n\nKind regards,\nPatient Services",
      config: corpus,
      errors: [
        {
          messageId: 'copiedTitled',
          line: 1,
          column: 1,
          endLine: 6,
          endColumn: 17,
          suggestions: ["Name the customer's actual issue and what you did about it, in your own words"],
          data: { pct: 100, id: 'healthcare/appointment-rescheduled', title: 'Appointment rescheduled' },
        },
      ],
    },
    {
      name: 'a placeholder the agent forgot to fill',
      text: "Hello {{first_name}},\n\nWe're very sorry that your flight BA 2764 was cancelled. We have rebooked you on the next available flight, BA 2766, departing on 12 May. Your seat and baggage allowance stay the same.\n\nIf the new flight doesn't work for you, you can choose a full refund instead from Manage Booking on our website.\n\nSafe travels,\nThe Customer Relations Team",
      config: corpus,
      errors: [
        {
          messageId: 'copiedTitled',
          line: 1,
          column: 1,
          endLine: 8,
          endColumn: 28,
          suggestions: ["Name the customer's actual issue and what you did about it, in your own words"],
          data: { pct: 100, id: 'airline/flight-cancelled', title: 'Flight cancelled' },
        },
      ],
    },
    {
      name: 'the customer quoted below the paste',
      text: "Hey Kai,\n\nGood news, we've recovered your account and secured it. We reset your password and signed out every device, so you'll need to log in again. We also switched on two-factor authentication to keep it safe from now on.\n\nAny items that were traded away while the account was compromised have been restored to your inventory.\n\nGG,\nMo\n\nOn Tue, 4 Jun 2024 at 09:12, Kai <kai@example.com> wrote:\n> my account got hacked and all my skins are gone, please help, I have had this account for six years",
      config: corpus,
      errors: [
        {
          messageId: 'copiedTitled',
          line: 1,
          column: 1,
          endLine: 8,
          endColumn: 3,
          suggestions: ["Name the customer's actual issue and what you did about it, in your own words"],
          data: { pct: 100, id: 'games/account-recovered', title: 'Account recovered' },
        },
      ],
    },
    {
      name: 'a generic [Customer Name] template',
      text: 'Hi Ben,\n\nYour replacement SIM card is on its way and should arrive within 2 working days. When it does, insert it and restart your phone: your number, plan and contacts will carry over automatically. Your old SIM will stop working as soon as the new one is active.\n\nBest regards,\nThe Support Team',
      config: corpus,
      errors: [
        {
          messageId: 'copiedTitled',
          line: 1,
          column: 1,
          endLine: 6,
          endColumn: 17,
          suggestions: ["Name the customer's actual issue and what you did about it, in your own words"],
          data: { pct: 100, id: 'telecom/sim-swap', title: 'SIM replacement' },
        },
      ],
    },
    {
      name: 'a chat paste without greeting or sign-off',
      text: "Thank you for taking the time to share your feedback with us. I've passed it on to the team responsible so they can take it into account when planning future improvements.",
      config: corpus,
      errors: [
        {
          messageId: 'copiedTitled',
          line: 1,
          column: 1,
          endColumn: 171,
          suggestions: ["Name the customer's actual issue and what you did about it, in your own words", 'Add the details of this case (order, account, dates, amounts) instead of the general text'],
          data: { pct: 100, id: 'general/thanks-feedback', title: 'Thanks for feedback' },
        },
      ],
    },
    {
      docs: true,
      name: 'a social reply: the @handle and the agent initials do not hide the paste',
      text: "@dana_w_1987 Sorry to hear that! Can you DM us the email address on your account? We'll take a closer look right away. ^KM",
      context: { channel: 'social' },
      config: { templates: [{ id: 'social/dm-email', body: "Sorry to hear that! Can you DM us the email address on your account? We'll take a closer look right away. ^{{agent_initials}}" }] },
      errors: [{ messageId: 'copied', line: 1, column: 14, endColumn: 123, suggestions: ["Name the customer's actual issue and what you did about it, in your own words"], data: { pct: 100, id: 'social/dm-email' } }],
    },
    {
      name: 'an HTML draft',
      text: "<p>Hi Maria,</p><p>Thanks for your patience. We've issued a full refund of &pound;12 to your original payment method. Depending on your bank, it can take 5 to 10 business days to show on your statement.</p><p>If you don't see it after 10 business days, just reply to this email and we'll look into it.</p><p>Best,<br>Tom</p>",
      context: { format: 'html' },
      config: corpus,
      errors: [
        { messageId: 'copiedTitled', line: 1, column: 4, endColumn: 321, suggestions: ["Name the customer's actual issue and what you did about it, in your own words"], data: { pct: 100, id: 'ecommerce/refund-issued', title: 'Refund issued' } },
      ],
    },
    {
      name: 'threshold: 0.6',
      text: "Hi Maria,\n\nI checked with the warehouse and your jacket arrived back on Monday. Thanks for your patience. We've issued a full refund of $84.20 to your original payment method. Depending on your bank, it can take 5 to 10 business days to show on your statement.\n\nBest,\nTom",
      options: { threshold: 0.6 },
      config: corpus,
      errors: [
        { messageId: 'copiedTitled', line: 3, column: 70, endColumn: 249, suggestions: ["Name the customer's actual issue and what you did about it, in your own words"], data: { pct: 68, id: 'ecommerce/refund-issued', title: 'Refund issued' } },
      ],
    },
    {
      name: 'threshold: 60 (a percentage)',
      text: "Hi Maria,\n\nI checked with the warehouse and your jacket arrived back on Monday. Thanks for your patience. We've issued a full refund of $84.20 to your original payment method. Depending on your bank, it can take 5 to 10 business days to show on your statement.\n\nBest,\nTom",
      options: { threshold: 60 },
      config: corpus,
      errors: [
        { messageId: 'copiedTitled', line: 3, column: 70, endColumn: 249, suggestions: ["Name the customer's actual issue and what you did about it, in your own words"], data: { pct: 68, id: 'ecommerce/refund-issued', title: 'Refund issued' } },
      ],
    },
    {
      name: 'inline records in config',
      text: 'Your replacement part ships today from our Leeds warehouse and arrives within three working days, tracked by Royal Mail.',
      config: { templates: [{ id: 'parts/shipped', body: 'Your replacement part ships today from our {{warehouse}} warehouse and arrives within three working days, tracked by {{carrier}}.' }] },
      errors: [{ messageId: 'copied', line: 1, column: 1, endColumn: 120, suggestions: ["Name the customer's actual issue and what you did about it, in your own words"], data: { pct: 100, id: 'parts/shipped' } }],
    },
  ],
}
