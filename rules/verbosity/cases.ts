/**
 * `verbosity` test cases: run by test/rules/verbosity.test.ts (RuleTester) and shown in README.md
 * (`docs: true` ones) by `npm run docs`. English and Turkish; every assertion of the former
 * verbosity.test.ts and verbosity-tr.test.ts is a case here. Positions are 1-based UTF-16 columns.
 */
import type { RuleCases } from '../../src/rule.js'
import type { VerbosityOptions } from './index.js'

export const cases: RuleCases<VerbosityOptions> = {
  valid: [
    {
      docs: true,
      name: 'a plain e-mail in short sentences',
      text: 'Hi Dana,\n\nYour router is on its way. We restarted the service on our side and checked the logs for your account.\nThe last sync failed because the sign-in had expired. Please sign in again on each device.\n\nBest,\nLee',
    },
    { docs: true, name: 'tr: a plain e-mail', text: 'Merhaba Ayşe Hanım,\n\nİade talebiniz onaylandı. Tutar kartınıza 5 iş günü içinde yansıyacak.\n\nSaygılarımızla,\nMehmet', context: { language: 'tr' } },
    {
      name: 'an exemplary e-mail',
      text: 'Hi Marco,\n\nThanks for your patience. We refunded the duplicate charge of $24.99 today. You will see it on your statement within 5 business days.\n\nIf anything else comes up, just reply to this e-mail.\n\nBest regards,\nNina',
      context: { channel: 'email' },
    },
    { name: 'a sentence of exactly 30 words', text: 'the update update update update update update the update update update update update update the update update update update update update the update update update update update update the end.' },
    {
      name: 'a URL counts as one word',
      text: 'the update update update update update update the update update update update update update the update update update update update update the update update update update update update the https://help.example.com/articles/very/long/path/to/a/help/page?with=query&and=more.',
    },
    { name: 'a 23-word sentence under the default limit', text: 'We have refunded the delivery fee to your card and it should show on your statement within three to five business days.' },
    {
      docs: true,
      name: 'a bulleted list retext would merge into one sentence',
      text: 'Here is what to try:\n- Restart the router and wait for the lights to settle down completely\n- Open the app and sign in again with your usual email address and password\n- Run the speed test from the settings menu and send us a screenshot',
    },
    { name: 'a greeting line followed by a sentence', text: 'Hi Priya,\nThanks for getting in touch about the engineer visit on your line, we have moved it to Thursday morning and the engineer will call you half an hour before arriving.' },
    {
      name: 'two sentences joined by a link',
      text: '@tom_h These steps should get playback going again: https://help.example.com/s/article/playback-troubleshooting?lang=en_US If they do not, reach out to us through chat and select I still need help so we can check it.',
    },
    { name: 'a sentence retext merged after an initial', text: 'That setting lives in the camera app on your iPhone X. If that does not work for you, please let us know what happens when you try those steps one more time.' },
    { docs: true, name: 'near miss: literal "at the end of the day"', text: 'The transfer is sent at the end of the day, so it shows tomorrow.' },
    { name: 'near miss: "at the end of the day" inside a sentence, without commas', text: 'Your refund posts to the account at the end of the day.' },
    { name: 'near miss: "first" and "each" on their own', text: 'First, each order ships from the nearest store.' },
    {
      name: 'sentences split by an emoticon (real social reply)',
      text: 'Sure thing :) We can move your booking to any date in the next twelve months without a change fee :) Just let us know the new date and the flight you would like and we will sort it out for you.',
    },
    {
      name: 'menu steps joined by arrows (real social reply)',
      text: 'Open Settings > Account > Privacy > Download your data > pick the date range you need and tap Create file > we will e-mail you a link to the archive when it is ready to download.',
    },
    { name: '"by the way" before a question', text: 'By the way, can you also send over the model of your phone?' },
    {
      name: 'quoted customer text does not count against the e-mail budget',
      text: 'Hi Ana,\n\nThanks, we have refunded the charge today.\n\nBest,\nLee\n\nOn Mon, 3 Jun 2024 at 09:12, Ana <ana@example.com> wrote:\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.\n> I was charged twice for the same order and nobody answers.',
      context: { channel: 'email' },
    },
    {
      name: 'social: a link counts as 23 characters, the leading @handle not at all',
      text: '@maria_g Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. https://status.example.com/incidents/2024/area-outage-north-region',
      context: { channel: 'social' },
    },
    {
      name: 'social: a long help-centre link at the end',
      text: '@jo We have fixed the billing issue on your account and refunded the charge. We have fixed the billing issue on your account and refunded the charge. We have fixed the billing issue on your account and refunded the charge. https://support.example.com/hc/en-us/articles/360034636712-Billing-and-refunds-explained-for-everyone',
      context: { channel: 'social' },
    },
    {
      name: 'social: an HTML entity counts as one character',
      text: '@jo Tap Settings &amp; Privacy, then Security. Tap Settings &amp; Privacy, then Security. Tap Settings &amp; Privacy, then Security. Tap Settings &amp; Privacy, then Security. Tap Settings &amp; Privacy, then Security. Tap Settings &amp; Privacy, then Security. Thanks, we know it is a pain and we are sorry!',
      context: { channel: 'social' },
    },
    {
      name: 'social: a long leading @handle prefix is not counted',
      text: '@first_customer @second_person @third_account Thanks for flagging this. Thanks for flagging this. Thanks for flagging this. Thanks for flagging this. Thanks for flagging this. Thanks for flagging this. Thanks for flagging this. Thanks for flagging this. Thanks for flagging this. Thanks for flagging this.',
      context: { channel: 'social' },
    },
    {
      name: 'social: a DM button link ending the reply is not counted',
      text: '@maria_g Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. https://twitter.com/messages/compose?recipient_id=123456',
      context: { channel: 'social' },
    },
    {
      name: 'social: the t.co link ending a sent post is its attachment and is not counted',
      text: "@sam_k We're sorry the app logged you out after the update. Please sign in again with the e-mail on your account, then turn on sync under Settings. If your playlists are still missing after that, send us a DM with your username and we'll restore them for you today. https://t.co/Ab12Cd34Ef",
      context: { channel: 'social' },
    },
    {
      name: 'social: a sent post with its attachment link on a line of its own',
      text: "@sam_k We're sorry the app logged you out after the update. Please sign in again with the e-mail on your account, then turn on sync under Settings. If your playlists are still missing after that, send us a DM with your username and we'll restore them for you today.\nhttps://t.co/Ab12Cd34Ef\n",
      context: { channel: 'social' },
    },
    {
      name: 'social: a quoted post link ending the reply is not counted',
      text: '@maria_g Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. https://x.com/acme_help/status/1790000000000000000',
      context: { channel: 'social' },
    },
    {
      name: 'chat: a budget from shared config',
      text: 'Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Thanks!',
      context: { channel: 'chat' },
      config: { budgets: { chat: 100 } },
    },
    { name: 'filler inside quoted text', text: '> Basically the app crashes each and every time.\n\nThanks for the details, we are on it.' },
    { name: 'ignore: ["basically"]', text: 'Basically, we value your custom going forward.', options: { ignore: ['basically'] } },
    { name: 'an opener that says something itself', text: "Hi Nadia,\n\nI'm reaching out to the courier to ask where your parcel is.\n\nBest,\nLi" },
    { name: 'tr: an exemplary e-mail', text: 'Merhaba Ayşe Hanım,\n\nSiparişiniz bugün kargoya verildi ve yarın teslim edilecek.\n\nSaygılarımızla,\nMehmet', context: { language: 'tr' } },
    { name: 'tr: a semicolon chat answer', text: 'Can Bey, kartınızı kapattık; yenisi 2 iş günü içinde elinizde olacak.', context: { language: 'tr' } },
    { name: 'tr: “aslında” (actually) is not filler', text: 'Faturanız düzeltildi. Aslında fark yalnızca 12 TL idi.', context: { language: 'tr' } },
    { name: 'tr: “temelde” without commas (literal)', text: 'Sorun temelde modemin yazılımıyla ilgili, bu akşam güncelleyeceğiz.', context: { language: 'tr' } },
    { name: 'tr: near miss: “hâlâ daha fazla” (still more)', text: 'Hâlâ daha fazla bilgiye ihtiyacınız olursa bize yazabilirsiniz.', context: { language: 'tr' } },
    { name: 'tr: “geri” and “iade” in different phrases', text: 'Ürünü geri gönderdiğinizde iade tutarı kartınıza yansır.', context: { language: 'tr' } },
    { name: 'tr: “bilgilerinizi” (your details), not the formula', text: 'Bilgilerinizi güncelledik; yeni adresiniz sisteme kaydedildi.', context: { language: 'tr' } },
    {
      name: 'tr: a 22-word sentence',
      text: 'Kartınızı güvenlik için kapattık ve yenisini adresinize gönderdik, bu sürede mobil uygulamadan kartsız para çekebilir ve ödemelerinizi sanal kartınızla yapmaya devam edebilirsiniz.',
      context: { language: 'tr' },
    },
    { name: 'tr: filler in quoted customer text', text: 'Siparişiniz yarın teslim edilecek.\n\n> Şunu belirtmek isterim ki çok bekledim, bilgilerinize sunarım.', context: { language: 'tr' } },
    { name: 'tr: a 14-word sentence under the Turkish limit', text: 'Kartınızı kapattık, yenisini hazırladık ve kargoya verdik; takip numarası SMS ile telefonunuza gelecek.', context: { language: 'tr' } },
    { name: 'tr: ignore: ["geri iade"]', text: 'Geri iade talebiniz onaylandı.', context: { language: 'tr' }, options: { ignore: ['geri iade'] } },
  ],
  invalid: [
    {
      docs: true,
      name: 'an announcing opener, a long sentence and a redundant pair',
      text: 'Hi Dana,\n\nI just wanted to reach out to let you know that your router is on its way. We restarted the service on our side and checked the logs for your account, and we found that the last sync failed because the token expired, which means you need to sign in again on each and every device.\n\nBest,\nLee',
      errors: [
        { messageId: 'filler', line: 3, column: 1, endColumn: 53, suggestions: ['Your'], message: '“I just wanted to reach out to let you know that” is filler: the sentence says the same without it.' },
        {
          messageId: 'longSentenceSplit',
          line: 3,
          column: 76,
          endColumn: 281,
          suggestions: [
            'We restarted the service on our side and checked the logs for your account. We found that the last sync failed because the token expired, which means you need to sign in again on each and every device.',
            'We restarted the service on our side and checked the logs for your account, and we found that the last sync failed because the token expired. This means you need to sign in again on each and every device.',
          ],
          message: 'This sentence has 39 words; keep sentences to 30 words or fewer (split it in two) so customers can follow it.',
        },
        { messageId: 'redundant', line: 3, column: 259, endColumn: 273, suggestions: ['every'], message: '“each and every” says the same thing twice; “every” is enough.' },
      ],
      output:
        'Hi Dana,\n\nYour router is on its way. We restarted the service on our side and checked the logs for your account, and we found that the last sync failed because the token expired, which means you need to sign in again on every device.\n\nBest,\nLee',
    },
    {
      docs: true,
      name: 'tr: a lead-in, a pleonasm and a stand-alone formula',
      text: 'Merhaba Ayşe Hanım,\n\nŞunu belirtmek isteriz ki geri iade talebiniz onaylandı ve tutar kartınıza 5 iş günü içinde yansıyacaktır.\n\nBilgilerinize sunarız.\n\nSaygılarımızla,\nMehmet',
      context: { language: 'tr' },
      errors: [
        { messageId: 'filler', line: 3, column: 1, endColumn: 31, suggestions: ['Geri'], message: '“Şunu belirtmek isteriz ki” is filler: the sentence says the same without it.' },
        { messageId: 'redundant', line: 3, column: 27, endColumn: 36, suggestions: ['iade'], message: '“geri iade” says the same thing twice; “iade” is enough.' },
        { messageId: 'formula', line: 5, column: 1, endColumn: 23, suggestions: [''], message: '“Bilgilerinize sunarız” is filler: the reply says the same without it.' },
      ],
      output: 'Merhaba Ayşe Hanım,\n\nİade talebiniz onaylandı ve tutar kartınıza 5 iş günü içinde yansıyacaktır.\n\nSaygılarımızla,\nMehmet',
    },
    {
      name: 'a sentence over 30 words, with split suggestions',
      text: 'Hi Dana,\n\nWe restarted the service on our side and checked the logs for your account, and we found that the last sync failed because the token expired, which means you need to sign in again on each device before it syncs.\n\nBest,\nLee',
      errors: [
        {
          messageId: 'longSentenceSplit',
          line: 3,
          column: 1,
          endColumn: 212,
          suggestions: [
            'We restarted the service on our side and checked the logs for your account. We found that the last sync failed because the token expired, which means you need to sign in again on each device before it syncs.',
            'We restarted the service on our side and checked the logs for your account, and we found that the last sync failed because the token expired. This means you need to sign in again on each device before it syncs.',
          ],
          message: 'This sentence has 40 words; keep sentences to 30 words or fewer (split it in two) so customers can follow it.',
        },
      ],
    },
    {
      name: 'a split at a semicolon and at ", but"',
      text: 'Your replacement router left our warehouse in Leeds this morning and the courier has it now; it should reach you before the weekend, but we will keep an eye on the tracking in case anything changes.',
      errors: [
        {
          messageId: 'longSentenceSplit',
          line: 1,
          column: 1,
          endColumn: 199,
          suggestions: [
            'Your replacement router left our warehouse in Leeds this morning and the courier has it now. It should reach you before the weekend, but we will keep an eye on the tracking in case anything changes.',
            'Your replacement router left our warehouse in Leeds this morning and the courier has it now; it should reach you before the weekend. But we will keep an eye on the tracking in case anything changes.',
          ],
          message: 'This sentence has 36 words; keep sentences to 30 words or fewer (split it in two) so customers can follow it.',
        },
      ],
    },
    {
      name: 'no rewrite without a clean split point',
      text: 'Thanks for your patience while our team checked the billing records for your account and confirmed that the duplicate charge from March was reversed on our side and should show on your statement.',
      errors: [{ messageId: 'longSentence', line: 1, column: 1, endColumn: 196, suggestions: [], message: 'This sentence has 33 words; keep sentences to 30 words or fewer (split it or cut words) so customers can follow it.' }],
    },
    {
      name: 'hard-wrapped e-mail lines are one sentence',
      text: 'Thanks for your patience while our team checked the\nbilling records for your account and confirmed that the\nduplicate charge from March was reversed on our side and\nshould show on your statement.',
      errors: [{ messageId: 'longSentence', line: 1, column: 1, endLine: 4, endColumn: 31, suggestions: [], message: 'This sentence has 33 words; keep sentences to 30 words or fewer (split it or cut words) so customers can follow it.' }],
    },
    {
      name: 'two URLs count as one word each',
      text: 'the update update update update update update the update update update update update update the update update update update update update the update update update update update update the at https://help.example.com/a and https://help.example.com/b.',
      errors: [{ messageId: 'longSentence', line: 1, column: 1, endColumn: 250, suggestions: [], message: 'This sentence has 33 words; keep sentences to 30 words or fewer (split it or cut words) so customers can follow it.' }],
    },
    {
      name: 'maxSentenceWords: 20',
      text: 'We have refunded the delivery fee to your card and it should show on your statement within three to five business days.',
      options: { maxSentenceWords: 20 },
      errors: [{ messageId: 'longSentence', line: 1, column: 1, endColumn: 120, suggestions: [], message: 'This sentence has 22 words; keep sentences to 20 words or fewer (split it or cut words) so customers can follow it.' }],
    },
    {
      name: 'an e-mail over 250 words, from the first word past the budget',
      text: 'Step 1 asks you to check the cable and the power light. Step 2 asks you to check the cable and the power light. Step 3 asks you to check the cable and the power light. Step 4 asks you to check the cable and the power light. Step 5 asks you to check the cable and the power light. Step 6 asks you to check the cable and the power light. Step 7 asks you to check the cable and the power light. Step 8 asks you to check the cable and the power light. Step 9 asks you to check the cable and the power light. Step 10 asks you to check the cable and the power light. Step 11 asks you to check the cable and the power light. Step 12 asks you to check the cable and the power light. Step 13 asks you to check the cable and the power light. Step 14 asks you to check the cable and the power light. Step 15 asks you to check the cable and the power light. Step 16 asks you to check the cable and the power light. Step 17 asks you to check the cable and the power light. Step 18 asks you to check the cable and the power light. Step 19 asks you to check the cable and the power light. Step 20 asks you to check the cable and the power light. Step 21 asks you to check the cable and the power light. Step 22 asks you to check the cable and the power light. Step 23 asks you to check the cable and the power light. Step 24 asks you to check the cable and the power light. Step 25 asks you to check the cable and the power light. Step 26 asks you to check the cable and the power light.',
      context: { channel: 'email' },
      errors: [
        { messageId: 'overWords', line: 1, column: 1176, endColumn: 1472, suggestions: [], message: 'This email reply is 312 words; keep email replies to 250 words or fewer. Cut it from here on, or split it or move details to a help article.' },
      ],
    },
    {
      name: 'a chat message over 80 words',
      text: 'Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Thanks!',
      context: { channel: 'chat' },
      errors: [
        {
          messageId: 'overWordsChat',
          line: 1,
          column: 433,
          endColumn: 439,
          suggestions: [],
          message: 'This chat reply is 81 words; keep chat replies to 80 words or fewer per message. Cut it from here on, or split it or move details to a help article.',
        },
      ],
    },
    {
      name: 'the rule option budget wins over shared config',
      text: 'Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Please restart the app and try the payment again now. Thanks!',
      context: { channel: 'chat' },
      options: { budgets: { chat: 60 } },
      config: { budgets: { chat: 100 } },
      errors: [
        {
          messageId: 'overWordsChat',
          line: 1,
          column: 325,
          endColumn: 439,
          suggestions: [],
          message: 'This chat reply is 81 words; keep chat replies to 60 words or fewer per message. Cut it from here on, or split it or move details to a help article.',
        },
      ],
    },
    {
      name: 'a social reply over 280 characters (links as 23, the @handle not counted)',
      text: '@maria_g Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. More: https://status.example.com/incidents/2024/area-outage-north-region',
      context: { channel: 'social' },
      errors: [
        {
          messageId: 'overCharacters',
          line: 1,
          column: 275,
          endColumn: 341,
          suggestions: [],
          message: 'This social reply is 288 characters; the limit is 280 (links count as 23, a leading @handle is not counted). Cut it from here on or move details to a link.',
        },
      ],
    },
    {
      name: 'an SMS over 320 characters',
      text: 'Your engineer visit is confirmed for Tuesday between 8 am and 12 pm. Your engineer visit is confirmed for Tuesday between 8 am and 12 pm. Your engineer visit is confirmed for Tuesday between 8 am and 12 pm. Your engineer visit is confirmed for Tuesday between 8 am and 12 pm. Your engineer visit is confirmed for Tuesday between 8 am and 12 pm.',
      context: { channel: 'sms' },
      errors: [
        {
          messageId: 'overCharacters',
          line: 1,
          column: 322,
          endColumn: 345,
          suggestions: [],
          message: 'This sms reply is 344 characters; the limit is 320 (links count as 23, a leading @handle is not counted). Cut it from here on or move details to a link.',
        },
      ],
    },
    {
      name: 'social: an ordinary link at the end still counts',
      text: '@maria_g Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. https://status.example.com/north',
      context: { channel: 'social' },
      errors: [
        {
          messageId: 'overCharacters',
          line: 1,
          column: 269,
          endColumn: 301,
          suggestions: [],
          message: 'This social reply is 282 characters; the limit is 280 (links count as 23, a leading @handle is not counted). Cut it from here on or move details to a link.',
        },
      ],
    },
    {
      name: 'social: a t.co link inside the text counts',
      text: "@sam_k We're sorry the app logged you out after the update. Please sign in again with the e-mail on your account, then turn on sync under Settings. If your playlists are still missing after that, see https://t.co/Ab12Cd34Ef or send us a DM with your username and we'll restore them for you today.",
      context: { channel: 'social' },
      errors: [
        {
          messageId: 'overCharacters',
          line: 1,
          column: 288,
          endColumn: 297,
          suggestions: [],
          message: 'This social reply is 289 characters; the limit is 280 (links count as 23, a leading @handle is not counted). Cut it from here on or move details to a link.',
        },
      ],
    },
    {
      name: 'social: over the limit without its trailing t.co attachment link',
      text: "@sam_k We're sorry the app logged you out after the update. Please sign in again with the e-mail on your account, then turn on sync under Settings. If your playlists are still missing after that, send us a DM with your username and we'll restore them for you today. Thanks for bearing with us while we sort it. https://t.co/Ab12Cd34Ef",
      context: { channel: 'social' },
      errors: [
        {
          messageId: 'overCharacters',
          line: 1,
          column: 288,
          endColumn: 311,
          suggestions: [],
          message: 'This social reply is 303 characters; the limit is 280 (links count as 23, a leading @handle is not counted). Cut it from here on or move details to a link.',
        },
      ],
    },
    {
      name: 'social: an attachment link with text after it counts',
      text: '@maria_g Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. Sorry about the outage in your area. https://twitter.com/messages/compose?recipient_id=1 thanks',
      context: { channel: 'social' },
      errors: [
        {
          messageId: 'overCharacters',
          line: 1,
          column: 269,
          endColumn: 327,
          suggestions: [],
          message: 'This social reply is 289 characters; the limit is 280 (links count as 23, a leading @handle is not counted). Cut it from here on or move details to a link.',
        },
      ],
    },
    {
      name: 'an opening filler, deleted and the next word capitalised',
      text: 'I just wanted to reach out to let you know that your order has shipped.',
      errors: [{ messageId: 'filler', line: 1, column: 1, endColumn: 53, suggestions: ['Your'], message: '“I just wanted to reach out to let you know that” is filler: the sentence says the same without it.' }],
      output: 'Your order has shipped.',
    },
    {
      name: 'filler mid-sentence',
      text: 'This is basically a billing issue on our side.',
      errors: [{ messageId: 'filler', line: 1, column: 9, endColumn: 19, suggestions: [''], message: '“basically” is filler: the sentence says the same without it.' }],
      output: 'This is a billing issue on our side.',
    },
    {
      name: 'parenthetical filler between commas',
      text: 'The fee is, basically, a deposit we return later.',
      errors: [{ messageId: 'filler', line: 1, column: 11, endColumn: 23, suggestions: [''], message: '“basically” is filler: the sentence says the same without it.' }],
      output: 'The fee is a deposit we return later.',
    },
    {
      name: 'filler opening a sentence with a comma',
      text: 'Basically, the update failed overnight.',
      errors: [{ messageId: 'filler', line: 1, column: 1, endColumn: 15, suggestions: ['The'], message: '“Basically” is filler: the sentence says the same without it.' }],
      output: 'The update failed overnight.',
    },
    {
      name: '"Please be advised that" after a social @handle',
      text: '@kim_r Please be advised that infants travel on an adult ticket.',
      context: { channel: 'social' },
      errors: [{ messageId: 'filler', line: 1, column: 8, endColumn: 38, suggestions: ['Infants'], message: '“Please be advised that” is filler: the sentence says the same without it.' }],
      output: '@kim_r Infants travel on an adult ticket.',
    },
    {
      name: 'filler without a fix when deleting it would break the sentence',
      text: 'I wanted to let you know how sorry we are about the delay.',
      errors: [{ messageId: 'fillerRephrase', line: 1, column: 1, endColumn: 25, suggestions: [], message: '“I wanted to let you know” is filler: the sentence says the same without it. Cut it and rephrase.' }],
    },
    {
      name: '"at the end of the day" set off by a comma',
      text: 'We care about your data, at the end of the day.',
      errors: [{ messageId: 'filler', line: 1, column: 24, endColumn: 47, suggestions: [''], message: '“at the end of the day” is filler: the sentence says the same without it.' }],
      output: 'We care about your data.',
    },
    {
      docs: true,
      name: 'redundant pairs, keeping the capital',
      text: 'First and foremost, thank you. We read each and every message and will reply back today.',
      errors: [
        { messageId: 'redundant', line: 1, column: 1, endColumn: 19, suggestions: ['First'], message: '“First and foremost” says the same thing twice; “First” is enough.' },
        { messageId: 'redundant', line: 1, column: 40, endColumn: 54, suggestions: ['every'], message: '“each and every” says the same thing twice; “every” is enough.' },
        { messageId: 'redundant', line: 1, column: 72, endColumn: 82, suggestions: ['reply'], message: '“reply back” says the same thing twice; “reply” is enough.' },
      ],
      output: 'First, thank you. We read every message and will reply today.',
    },
    {
      name: 'add: { filler: ["going forward"] }',
      text: 'We value your custom, going forward.',
      options: { add: { filler: ['going forward'] } },
      errors: [{ messageId: 'filler', line: 1, column: 21, endColumn: 36, suggestions: [''], message: '“going forward” is filler: the sentence says the same without it.' }],
      output: 'We value your custom.',
    },
    {
      name: 'an HTML entity from an exported tweet is not split',
      text: 'Open the app and tap your photo on the left side &amp; then choose Settings, where the privacy page lists every device that has signed in to your account over the last month.',
      context: { channel: 'social' },
      errors: [{ messageId: 'longSentence', line: 1, column: 1, endColumn: 175, suggestions: [], message: 'This sentence has 33 words; keep sentences to 30 words or fewer (split it or cut words) so customers can follow it.' }],
    },
    {
      name: 'no split that leaves a fragment without a subject',
      text: 'Our billing team can look at the charge on your statement from last Tuesday today, and go over the options for a refund or a credit with you on the phone this afternoon.',
      context: { channel: 'email' },
      errors: [{ messageId: 'longSentence', line: 1, column: 1, endColumn: 170, suggestions: [], message: 'This sentence has 33 words; keep sentences to 30 words or fewer (split it or cut words) so customers can follow it.' }],
    },
    {
      name: 'a split at ", and" when a new clause follows',
      text: 'Our billing team can look at the charge on your statement from last Tuesday today, and we will go over the options for a refund or a credit with you on the phone this afternoon.',
      context: { channel: 'email' },
      errors: [
        {
          messageId: 'longSentenceSplit',
          line: 1,
          column: 1,
          endColumn: 178,
          suggestions: ['Our billing team can look at the charge on your statement from last Tuesday today. We will go over the options for a refund or a credit with you on the phone this afternoon.'],
          message: 'This sentence has 35 words; keep sentences to 30 words or fewer (split it in two) so customers can follow it.',
        },
      ],
    },
    {
      name: 'an opener that only announces the message, in a wording the list does not spell out',
      text: "Hi Nadia,\n\nI'm just reaching out to let you know that your parcel left our depot this morning.\n\nBest,\nLi",
      errors: [{ messageId: 'filler', line: 3, column: 1, endColumn: 48, suggestions: ['Your'], message: "“I'm just reaching out to let you know that” is filler: the sentence says the same without it." }],
      output: 'Hi Nadia,\n\nYour parcel left our depot this morning.\n\nBest,\nLi',
    },
    {
      name: 'tr: a bureaucratic lead-in (e-commerce)',
      text: 'Merhaba Ayşe Hanım,\n\nŞunu belirtmek isteriz ki siparişiniz bugün kargoya verildi.\n\nSaygılarımızla,\nMehmet',
      context: { language: 'tr' },
      errors: [{ messageId: 'filler', line: 3, column: 1, endColumn: 38, suggestions: ['Siparişiniz'], message: '“Şunu belirtmek isteriz ki” is filler: the sentence says the same without it.' }],
      output: 'Merhaba Ayşe Hanım,\n\nSiparişiniz bugün kargoya verildi.\n\nSaygılarımızla,\nMehmet',
    },
    {
      name: 'tr: a lead-in after the greeting in a one-line chat message (bank)',
      text: 'Merhaba Can Bey, öncelikle şunu belirtmek isteriz ki yeni kartınız yarın elinizde olacak.',
      context: { channel: 'chat', language: 'tr' },
      errors: [{ messageId: 'filler', line: 1, column: 18, endColumn: 54, suggestions: [''], message: '“öncelikle şunu belirtmek isteriz ki” is filler: the sentence says the same without it.' }],
      output: 'Merhaba Can Bey, yeni kartınız yarın elinizde olacak.',
    },
    {
      docs: true,
      name: 'tr: a stand-alone “Bilgilerinize sunarız.” goes with its line (telecom)',
      text: 'Merhaba Elif Hanım,\n\nİadeniz onaylandı, tutar kartınıza 5 iş günü içinde yansıyacaktır.\n\nBilgilerinize sunarız.\n\nSaygılarımızla,\nBurak',
      context: { language: 'tr' },
      errors: [{ messageId: 'formula', line: 5, column: 1, endColumn: 23, suggestions: [''], message: '“Bilgilerinize sunarız” is filler: the reply says the same without it.' }],
      output: 'Merhaba Elif Hanım,\n\nİadeniz onaylandı, tutar kartınıza 5 iş günü içinde yansıyacaktır.\n\nSaygılarımızla,\nBurak',
    },
    {
      name: 'tr: “iyi günler dileriz” takes over from “Bilgilerinize sunar,” with a capital İ (cargo)',
      text: 'Gönderiniz şubemize ulaştı. Bilgilerinize sunar, iyi günler dileriz.',
      context: { language: 'tr' },
      errors: [{ messageId: 'formula', line: 1, column: 29, endColumn: 53, suggestions: ['İyi'], message: '“Bilgilerinize sunar” is filler: the reply says the same without it.' }],
      output: 'Gönderiniz şubemize ulaştı. İyi günler dileriz.',
    },
    {
      name: 'tr: a wrapper formula ending a statement, without a fix (utilities)',
      text: 'Sayacınızın yeniden okunduğunu ve faturanızın düzeltildiğini bilgilerinize sunarız.',
      context: { language: 'tr' },
      errors: [
        {
          messageId: 'formulaPredicate',
          line: 1,
          column: 62,
          endColumn: 83,
          suggestions: [],
          message: '“bilgilerinize sunarız” is filler: state the fact itself (“Siparişiniz kargoya verildi.”, not “Siparişinizin kargoya verildiğini bilgilerinize sunarız.”).',
        },
      ],
    },
    {
      name: 'tr: the pleonasm geri iade (e-commerce)',
      text: 'Geri iade talebiniz onaylandı.',
      context: { language: 'tr' },
      errors: [{ messageId: 'redundant', line: 1, column: 1, endColumn: 10, suggestions: ['İade'], message: '“Geri iade” says the same thing twice; “İade” is enough.' }],
      output: 'İade talebiniz onaylandı.',
    },
    {
      name: 'tr: the pleonasm tekrar yeniden (airline)',
      text: 'Biletinizi tekrar yeniden düzenledik.',
      context: { language: 'tr' },
      errors: [{ messageId: 'redundant', line: 1, column: 12, endColumn: 26, suggestions: ['yeniden'], message: '“tekrar yeniden” says the same thing twice; “yeniden” is enough.' }],
      output: 'Biletinizi yeniden düzenledik.',
    },
    {
      name: 'tr: the pleonasm hala daha (GSM)',
      text: 'Deniz Hanım, hala daha arıza kaydınız görünüyor, bugün kapatacağız.',
      context: { language: 'tr' },
      errors: [{ messageId: 'redundant', line: 1, column: 14, endColumn: 23, suggestions: ['hâlâ'], message: '“hala daha” says the same thing twice; “hâlâ” is enough.' }],
      output: 'Deniz Hanım, hâlâ arıza kaydınız görünüyor, bugün kapatacağız.',
    },
    {
      name: 'tr: the pleonasm açık ve net (bank)',
      text: 'Sözleşmede açık ve net yazdığı üzere kart aidatı iade edilir.',
      context: { language: 'tr' },
      errors: [{ messageId: 'redundant', line: 1, column: 12, endColumn: 23, suggestions: ['net'], message: '“açık ve net” says the same thing twice; “net” is enough.' }],
      output: 'Sözleşmede net yazdığı üzere kart aidatı iade edilir.',
    },
    {
      name: 'tr: the pleonasm ilk önce (GSM)',
      text: 'İlk önce modemi kapatıp açın.',
      context: { language: 'tr' },
      errors: [{ messageId: 'redundant', line: 1, column: 1, endColumn: 9, suggestions: ['Önce'], message: '“İlk önce” says the same thing twice; “Önce” is enough.' }],
      output: 'Önce modemi kapatıp açın.',
    },
    {
      name: 'tr: comma-set filler (games)',
      text: 'Açıkçası, bu hata sunucudan kaynaklanıyor.',
      context: { language: 'tr' },
      errors: [{ messageId: 'filler', line: 1, column: 1, endColumn: 13, suggestions: ['Bu'], message: '“Açıkçası” is filler: the sentence says the same without it.' }],
      output: 'Bu hata sunucudan kaynaklanıyor.',
    },
    {
      name: 'tr: a sentence over 22 words, split at “, ayrıca” (airline)',
      text: 'Merhaba Zeynep Hanım,\n\nBagajınızın İstanbul aktarmasında yanlış uçağa yüklendiğini tespit ettik, bu akşamki ilk uçuşla İzmir’e gönderiyoruz ve yarın öğlene kadar otelinize teslim edeceğiz, ayrıca yaşadığınız gecikme için hesabınıza 500 mil tanımladık.\n\nSaygılarımızla,\nAylin',
      context: { language: 'tr' },
      errors: [
        {
          messageId: 'longSentenceSplit',
          line: 3,
          column: 1,
          endColumn: 229,
          suggestions: [
            'Bagajınızın İstanbul aktarmasında yanlış uçağa yüklendiğini tespit ettik, bu akşamki ilk uçuşla İzmir’e gönderiyoruz ve yarın öğlene kadar otelinize teslim edeceğiz. Ayrıca yaşadığınız gecikme için hesabınıza 500 mil tanımladık.',
          ],
          message: 'This sentence has 29 words; keep sentences to 22 words or fewer (split it in two) so customers can follow it.',
        },
      ],
    },
    {
      name: 'tr: the same SMS budget as English, 320 characters (cargo)',
      text: 'Emre Bey, paketiniz yarın 09:00-13:00 arasında teslim edilecek. Adreste olamayacaksanız paketiniz en yakın şubemize bırakılacak ve size SMS ile haber verilecek. Şubeden almak için kimliğinizi yanınızda bulundurun. Teslimat gününü değiştirmek için bu mesajı yanıtlayarak yeni bir gün seçebilirsiniz. İyi günler dileriz, Kargo Ekspres.',
      context: { channel: 'sms', language: 'tr' },
      errors: [
        {
          messageId: 'overCharacters',
          line: 1,
          column: 321,
          endColumn: 334,
          suggestions: [],
          message: 'This sms reply is 333 characters; the limit is 320 (links count as 23, a leading @handle is not counted). Cut it from here on or move details to a link.',
        },
      ],
    },
    {
      name: 'tr: maxSentenceWords: 10',
      text: 'Kartınızı kapattık, yenisini hazırladık ve kargoya verdik; takip numarası SMS ile telefonunuza gelecek.',
      context: { language: 'tr' },
      options: { maxSentenceWords: 10 },
      errors: [
        {
          messageId: 'longSentenceSplit',
          line: 1,
          column: 1,
          endColumn: 104,
          suggestions: ['Kartınızı kapattık, yenisini hazırladık ve kargoya verdik. Takip numarası SMS ile telefonunuza gelecek.'],
          message: 'This sentence has 13 words; keep sentences to 10 words or fewer (split it in two) so customers can follow it.',
        },
      ],
    },
    {
      name: 'tr: add: { commaFiller: ["netice itibarıyla"] }',
      text: 'Netice itibarıyla, iadeniz onaylandı.',
      context: { language: 'tr' },
      options: { add: { commaFiller: ['netice itibarıyla'] } },
      errors: [{ messageId: 'filler', line: 1, column: 1, endColumn: 27, suggestions: ['İadeniz'], message: '“Netice itibarıyla” is filler: the sentence says the same without it.' }],
      output: 'İadeniz onaylandı.',
    },
  ],
}
