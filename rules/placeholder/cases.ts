/**
 * `placeholder` test cases (English and Turkish): run by test/rules/placeholder.test.ts (RuleTester)
 * and shown in README.md (`docs: true` ones) by `npm run docs`. Positions are 1-based; columns count
 * UTF-16 code units.
 */
import type { RuleCases } from '../../src/rule.js'

export const cases: RuleCases = {
  valid: [
    { docs: true, name: 'a well-written e-mail with every value filled in', text: 'Hi Maria,\n\nYour refund of $42.50 for order #88123 was sent today and should reach your card within 5 business days.\n\nBest,\nSam', context: { customer: { name: 'Maria Lopez' } } },
    { name: 'tr: a well-written reply with every value filled in', text: 'Merhaba Ayşe Hanım,\n\n48213 numaralı siparişinizin iadesi bugün yapıldı; tutar 3-5 iş günü içinde kartınıza yansıyacaktır.\n\nİyi günler dileriz.', context: { language: 'tr', customer: { name: 'Ayşe Yılmaz' } } },
    { docs: true, name: 'a masked card number', text: 'Your card XXXX XXXX XXXX 4417 was refunded.' },
    { name: 'a masked card number with a hyphen', text: 'The card ending XXXX-4417 was charged once.' },
    { name: 'a masked SSN', text: 'Your SSN on file ends in XXX-XX-1234.' },
    { name: 'a team name in brackets', text: 'Congratulations to [NOVA] for winning the weekend tournament!' },
    { name: 'a Markdown link', text: 'See our guide [here](https://example.com/help) for the steps.' },
    { name: 'percentages', text: 'We offer 20% off and another 10% for members.' },
    { name: 'a quoted merge tag explained', text: 'In your template, type "{{first_name}}" where the name should go.' },
    { name: 'a merge tag in inline code', text: 'Use the `{{first_name}}` tag in the macro editor.' },
    { name: 'a handle', text: 'Reply to @acme_support on X and we will follow up.' },
    { name: 'footnotes', text: 'Footnotes like [1] and [2] refer to the terms.' },
    { name: 'lowercase xxx as kisses', text: 'Hugs and kisses xxx' },
    { name: 'tr: masked card number', text: 'Kartınız XXXX XXXX XXXX 4417 ile yapılan ödeme iade edildi.', context: { language: 'tr' } },
    { name: 'tr: footnote', text: 'Kampanya koşulları [1] geçerlidir.', context: { language: 'tr' } },
    { name: 'tr: percentages', text: 'Tüm ürünlerde %20 indirim ve üyelere ek %10 var.', context: { language: 'tr' } },
    { name: 'tr: quoted merge tag explained to a colleague', text: 'Şablonda adın geleceği yere "{{ad}}" yazmanız yeterli.', context: { language: 'tr' } },
    { name: 'tr: lowercase xxx', text: 'Çok teşekkürler, xxx', context: { language: 'tr' } },
    { name: 'tr: a bracketed aside', text: 'Paketiniz [yarın sabah] dağıtıma çıkacak.', context: { language: 'tr' } },
    { name: 'a placeholder in quoted customer text', text: 'Thanks for sending this over.\n\n> Hi {{first_name}}, your order...' },
    { name: 'a placeholder in a code block of a plain-text draft', text: 'Put this in the macro:\n```\nHi {{first_name}},\n```\nThen save it.' },
    { name: 'placeholders in Markdown code', text: 'Add `{{first_name}}` to the greeting:\n\n```\nHi {{first_name}},\n```\n', context: { format: 'markdown' } },
    { docs: true, name: 'template mode: placeholders and blanks the agent fills per customer', text: 'Hi {{first_name}},\n\nYour order XXX ships on [insert date].', template: true },
    { docs: true, name: 'a merge tag taught in a how-to reply (issue 15)', text: 'Hi Priya,\n\nTo personalise the subject line, insert {{first_name}} where the name should go, and the tool fills it for each contact.\n\nBest,\nOmar' },
    { name: 'a tag quoted inside a longer quotation about a past mistake (issue 16)', text: 'Hi Priya,\n\nSorry about yesterday: our reminder went out reading "Dear {{first_name}}, your plan renews soon" because of a template error. It is fixed now.\n\nBest,\nOmar' },
    { name: 'a fill-in-the-blank game in a promotional question', text: 'Movie night tonight! What goes better than a ___ & ___ on the sofa?', context: { channel: 'social' } },
    { name: 'template mode: Liquid logic is part of a template', text: 'Hi {{first_name}},\n\n{% if vip %}As a VIP member, {% endif %}your order ships free today.', template: true },
  ],
  invalid: [
    {
      name: 'Liquid',
      text: 'Hi {{first_name}},\n\nYour order shipped.',
      errors: [
        { messageId: 'unfilled', line: 1, column: 4, endColumn: 18, suggestions: [], data: { raw: '{{first_name}}' } },
      ],
    },
    {
      name: 'Liquid with spaces',
      text: 'Hi {{ ticket.requester.name }}, thanks for writing.',
      errors: [
        { messageId: 'unfilled', line: 1, column: 4, endColumn: 31, suggestions: [], data: { raw: '{{ ticket.requester.name }}' } },
      ],
    },
    {
      name: 'Liquid with fallback',
      text: 'Hi {{first_name | fallback: "there"}}, thanks!',
      errors: [
        { messageId: 'unfilled', line: 1, column: 4, endColumn: 38, suggestions: [], data: { raw: '{{first_name | fallback: "there"}}' } },
      ],
    },
    {
      name: 'Help Scout',
      text: 'Hello {%customer.firstName%}, your refund is done.',
      errors: [
        { messageId: 'unfilled', line: 1, column: 7, endColumn: 29, suggestions: [], data: { raw: '{%customer.firstName%}' } },
      ],
    },
    {
      name: 'Salesforce Classic',
      text: 'Dear {!Contact.FirstName}, your case is closed.',
      errors: [
        { messageId: 'unfilled', line: 1, column: 6, endColumn: 26, suggestions: [], data: { raw: '{!Contact.FirstName}' } },
      ],
    },
    {
      name: 'Salesforce Lightning',
      text: 'Dear {{{Recipient.FirstName}}}, your case is closed.',
      errors: [
        { messageId: 'unfilled', line: 1, column: 6, endColumn: 31, suggestions: [], data: { raw: '{{{Recipient.FirstName}}}' } },
      ],
    },
    {
      name: 'generic brackets',
      text: 'Dear [Customer Name], we received your request.',
      errors: [
        { messageId: 'unfilled', line: 1, column: 6, endColumn: 21, suggestions: [], data: { raw: '[Customer Name]' } },
      ],
    },
    {
      name: 'insert instruction',
      text: 'Your appointment is on [insert date] at our Leeds store.',
      errors: [
        { messageId: 'unfilled', line: 1, column: 24, endColumn: 37, suggestions: [], data: { raw: '[insert date]' } },
      ],
    },
    {
      name: 'angle brackets',
      text: 'Hello <NAME>, thank you for your patience.',
      errors: [
        { messageId: 'unfilled', line: 1, column: 7, endColumn: 13, suggestions: [], data: { raw: '<NAME>' } },
      ],
    },
    {
      name: 'percent',
      text: 'Hi %FIRSTNAME%, your parcel is on its way.',
      errors: [
        { messageId: 'unfilled', line: 1, column: 4, endColumn: 15, suggestions: [], data: { raw: '%FIRSTNAME%' } },
      ],
    },
    {
      docs: true,
      name: 'HubSpot missing token',
      text: 'Hi [[MISSING TOKEN - contact.firstname]], thanks!',
      errors: [
        { messageId: 'missingMergeValue', line: 1, column: 4, endColumn: 41, suggestions: [], data: { raw: '[[MISSING TOKEN - contact.firstname]]' } },
      ],
    },
    {
      name: 'XXX blank',
      text: 'Your new delivery date is XXX.',
      errors: [
        { messageId: 'blank', line: 1, column: 27, endColumn: 30, suggestions: [], data: { raw: 'XXX' } },
      ],
    },
    {
      name: 'TBD blank',
      text: 'The engineer will arrive on TBD between 8 and 12.',
      errors: [
        { messageId: 'blank', line: 1, column: 29, endColumn: 32, suggestions: [], data: { raw: 'TBD' } },
      ],
    },
    {
      name: 'underscore blank',
      text: 'Your reference number is ____ for this case.',
      errors: [
        { messageId: 'blank', line: 1, column: 26, endColumn: 30, suggestions: [], data: { raw: '____' } },
      ],
    },
    {
      name: 'tr: Liquid first name',
      text: 'Merhaba {{ad}},\n\nSiparişiniz kargoya verildi.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'unfilled', line: 1, column: 9, endColumn: 15, suggestions: [], data: { raw: '{{ad}}' } },
      ],
    },
    {
      name: 'tr: Liquid field path',
      text: 'Merhaba {{musteri.ad}} {{musteri.soyad}}, hattınız açıldı.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'unfilled', line: 1, column: 9, endColumn: 23, suggestions: [], data: { raw: '{{musteri.ad}}' } },
        { messageId: 'unfilled', line: 1, column: 24, endColumn: 41, suggestions: [], data: { raw: '{{musteri.soyad}}' } },
      ],
    },
    {
      name: 'tr: bracket label with Turkish letters',
      text: 'Sayın [Müşteri Adı],\n\nKredi kartı başvurunuz onaylandı.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'unfilled', line: 1, column: 7, endColumn: 20, suggestions: [], data: { raw: '[Müşteri Adı]' } },
      ],
    },
    {
      name: 'tr: order number label',
      text: 'Sipariş numaranız [Sipariş No] ile iade talebiniz oluşturuldu.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'unfilled', line: 1, column: 19, endColumn: 31, suggestions: [], data: { raw: '[Sipariş No]' } },
      ],
    },
    {
      name: 'tr: cargo tracking label',
      text: 'Kargo takip numaranız: [Kargo Takip No]. İyi günler dileriz.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'unfilled', line: 1, column: 24, endColumn: 40, suggestions: [], data: { raw: '[Kargo Takip No]' } },
      ],
    },
    {
      name: 'tr: discount code label',
      text: 'Bir sonraki alışverişinizde [İndirim Kodu] kodunu kullanabilirsiniz.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'unfilled', line: 1, column: 29, endColumn: 43, suggestions: [], data: { raw: '[İndirim Kodu]' } },
      ],
    },
    {
      name: 'tr: date label',
      text: 'Uçuşunuz [Tarih] tarihine alındı.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'unfilled', line: 1, column: 10, endColumn: 17, suggestions: [], data: { raw: '[Tarih]' } },
      ],
    },
    {
      name: 'tr: XXX blank before TL',
      text: 'İade tutarı olan XXX TL kartınıza yansıyacaktır.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'blank', line: 1, column: 18, endColumn: 21, suggestions: [], data: { raw: 'XXX' } },
      ],
    },
    {
      name: 'tr: percent dialect',
      text: 'Sayın %AD_SOYAD%, faturanız ekte.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'unfilled', line: 1, column: 7, endColumn: 17, suggestions: [], data: { raw: '%AD_SOYAD%' } },
      ],
    },
    {
      docs: true,
      name: 'a name placeholder filled from customer.name (first name)',
      text: 'Hi {{first_name}},\n\nYour order has shipped.',
      context: { customer: { name: 'Maria Lopez' } },
      errors: [
        { messageId: 'unfilledName', line: 1, column: 4, endColumn: 18, suggestions: ['Maria'], data: { raw: '{{first_name}}', fill: 'Maria' } },
      ],
      output: 'Hi Maria,\n\nYour order has shipped.',
    },
    {
      name: 'a full-name placeholder filled with the full name',
      text: 'Dear [Customer Name], thanks.',
      context: { customer: { name: 'Maria Lopez' } },
      errors: [
        { messageId: 'unfilledName', line: 1, column: 6, endColumn: 21, suggestions: ['Maria Lopez'], data: { raw: '[Customer Name]', fill: 'Maria Lopez' } },
      ],
      output: 'Dear Maria Lopez, thanks.',
    },
    {
      docs: true,
      name: 'a non-name placeholder: no fix even with a name',
      text: 'Your appointment is on [insert date].',
      context: { customer: { name: 'Maria' } },
      errors: [
        { messageId: 'unfilled', line: 1, column: 24, endColumn: 37, suggestions: [], data: { raw: '[insert date]' } },
      ],
    },
    {
      name: 'a name placeholder without customer.name: no fix',
      text: 'Hi {{first_name}}, thanks.',
      errors: [
        { messageId: 'unfilled', line: 1, column: 4, endColumn: 18, suggestions: [], data: { raw: '{{first_name}}' } },
      ],
    },
    {
      name: 'every name placeholder fixed, the others left',
      text: 'Hi {{first_name}},\n\nYour case {{ticket.id}} is closed, {{first_name}}.',
      context: { customer: { name: 'Maria Lopez' } },
      errors: [
        { messageId: 'unfilledName', line: 1, column: 4, endColumn: 18, suggestions: ['Maria'], data: { raw: '{{first_name}}', fill: 'Maria' } },
        { messageId: 'unfilled', line: 3, column: 11, endColumn: 24, suggestions: [], data: { raw: '{{ticket.id}}' } },
        { messageId: 'unfilledName', line: 3, column: 36, endColumn: 50, suggestions: ['Maria'], data: { raw: '{{first_name}}', fill: 'Maria' } },
      ],
      output: 'Hi Maria,\n\nYour case {{ticket.id}} is closed, Maria.',
    },
    {
      name: 'template mode still flags a rendered HubSpot missing value',
      text: 'Hi [[MISSING TOKEN - contact.firstname]], thanks!',
      template: true,
      errors: [
        { messageId: 'missingMergeValue', line: 1, column: 4, endColumn: 41, suggestions: [], data: { raw: '[[MISSING TOKEN - contact.firstname]]' } },
      ],
    },
    {
      name: 'a leftover tag in an ordinary reply',
      text: 'Hi {{first_name}}, your new plan starts on Monday.',
      errors: [
        { messageId: 'unfilled', line: 1, column: 4, endColumn: 18, suggestions: [], data: { raw: '{{first_name}}' } },
      ],
    },
    {
      docs: true,
      name: 'a lone blank',
      text: 'Your refund of ___ will reach your card by Friday.',
      errors: [
        { messageId: 'blank', line: 1, column: 16, endColumn: 19, suggestions: [], data: { raw: '___' } },
      ],
    },
    {
      name: 'a how-to reply still cannot leave the greeting unfilled',
      text: 'Hi {{first_name}},\n\nTo personalise a subject line, open Settings.',
      errors: [
        { messageId: 'unfilled', line: 1, column: 4, endColumn: 18, suggestions: [], data: { raw: '{{first_name}}' } },
      ],
    },
    {
      name: 'tr: a label in capitals with the dotted İ',
      text: 'Merhaba [İSİM], iadeniz onaylandı.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'unfilled', line: 1, column: 9, endColumn: 15, suggestions: [], data: { raw: '[İSİM]' } },
      ],
    },
    {
      name: 'tr: an angle-bracket label with the dotted İ',
      text: 'Sipariş numaranız <SİPARİŞ NO> olarak kayıtlıdır.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'unfilled', line: 1, column: 19, endColumn: 31, suggestions: [], data: { raw: '<SİPARİŞ NO>' } },
      ],
    },
    {
      name: 'tr: <TARİH>',
      text: 'Teslimat tarihi: <TARİH>.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'unfilled', line: 1, column: 18, endColumn: 25, suggestions: [], data: { raw: '<TARİH>' } },
      ],
    },
    {
      docs: true,
      name: 'tr: a first-name field filled from customer.name',
      text: 'Merhaba {{ad}},\n\nSiparişiniz kargoya verildi.',
      context: { language: 'tr', customer: { name: 'Ayşe Yılmaz' } },
      errors: [
        { messageId: 'unfilledName', line: 1, column: 9, endColumn: 15, suggestions: ['Ayşe'], data: { raw: '{{ad}}', fill: 'Ayşe' } },
      ],
      output: 'Merhaba Ayşe,\n\nSiparişiniz kargoya verildi.',
    },
    {
      name: 'tr: [Müşteri Adı] filled with the full name',
      text: 'Sayın [Müşteri Adı], başvurunuz onaylandı.',
      context: { language: 'tr', customer: { name: 'Ayşe Yılmaz' } },
      errors: [
        { messageId: 'unfilledName', line: 1, column: 7, endColumn: 20, suggestions: ['Ayşe Yılmaz'], data: { raw: '[Müşteri Adı]', fill: 'Ayşe Yılmaz' } },
      ],
      output: 'Sayın Ayşe Yılmaz, başvurunuz onaylandı.',
    },
    {
      name: 'tr: [Ad Soyad] filled with the full name',
      text: 'Sayın [Ad Soyad], başvurunuz onaylandı.',
      context: { language: 'tr', customer: { name: 'Ayşe Yılmaz' } },
      errors: [
        { messageId: 'unfilledName', line: 1, column: 7, endColumn: 17, suggestions: ['Ayşe Yılmaz'], data: { raw: '[Ad Soyad]', fill: 'Ayşe Yılmaz' } },
      ],
      output: 'Sayın Ayşe Yılmaz, başvurunuz onaylandı.',
    },
    {
      name: 'tr: a surname field filled with the surname',
      text: 'Sayın {{musteri.soyad}}, başvurunuz onaylandı.',
      context: { language: 'tr', customer: { name: 'Ayşe Yılmaz' } },
      errors: [
        { messageId: 'unfilledName', line: 1, column: 7, endColumn: 24, suggestions: ['Yılmaz'], data: { raw: '{{musteri.soyad}}', fill: 'Yılmaz' } },
      ],
      output: 'Sayın Yılmaz, başvurunuz onaylandı.',
    },
    {
      name: 'tr: the name filled, a product label left',
      text: 'Merhaba {{ad}}, [Ürün Adı] ürününüz yolda.',
      context: { language: 'tr', customer: { name: 'Ayşe Yılmaz' } },
      errors: [
        { messageId: 'unfilledName', line: 1, column: 9, endColumn: 15, suggestions: ['Ayşe'], data: { raw: '{{ad}}', fill: 'Ayşe' } },
        { messageId: 'unfilled', line: 1, column: 17, endColumn: 27, suggestions: [], data: { raw: '[Ürün Adı]' } },
      ],
      output: 'Merhaba Ayşe, [Ürün Adı] ürününüz yolda.',
    },
    {
      docs: true,
      name: 'Liquid logic left in a reply: no name fill for it',
      text: 'Hi Maria,\n\n{% if vip %}As a VIP member, {% endif %}your order ships free today.',
      context: { customer: { name: 'Maria Lopez' } },
      errors: [
        { messageId: 'templateLogic', line: 3, column: 1, endColumn: 13, suggestions: [], data: { raw: '{% if vip %}' } },
        { messageId: 'templateLogic', line: 3, column: 30, endColumn: 41, suggestions: [], data: { raw: '{% endif %}' } },
      ],
    },
  ],
}
