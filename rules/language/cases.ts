/**
 * `language` test cases: run by test/rules/language.test.ts (RuleTester) and shown in README.md
 * (`docs: true` ones) by `npm run docs`. Positions are 1-based; columns count UTF-16 code units.
 */
import type { RuleCases } from '../../src/rule.js'

const tail = "; netiquette has rules for English and Turkish, so only language-independent rules ran (placeholder, pii, copy-paste, shouting, length) and the safety checks (profanity, insult) with the fallback language's words."

export const cases: RuleCases = {
  valid: [
    { docs: true, name: 'an English reply', text: 'Hi Maria, thanks for your patience. Your refund was sent today and should arrive within five business days.' },
    { docs: true, name: 'a Turkish reply (language given)', text: 'Merhaba Ayşe Hanım, siparişiniz yarın kargoya verilecek. İyi günler dileriz.', context: { language: 'tr' } },
    { name: 'a Turkish reply (language detected)', text: 'Merhaba Ayşe Hanım, siparişiniz yarın kargoya verilecek. İyi günler dileriz.' },
    { name: 'a short tweet with a handle and an acronym', text: "@sam_k Thanks for reaching out! Please DM us your order number and we'll look into it right away.", context: { channel: 'social' } },
    { name: 'near miss: too short to tell, falls back to English', text: 'Gracias!' },
    {
      name: 'near miss: a list of place names in capitals with an English thanks (capitals are names, not French)',
      text: '@jo_p BRISTOL CABOT CIRCUS, LEEDS WHITE ROSE, CARDIFF QUEEN STREET, NEWCASTLE ELDON SQUARE, GLASGOW BUCHANAN GALLERIES, MILTON KEYNES CENTRE, ABERDEEN UNION SQUARE. Thanks!',
      context: { channel: 'social' },
    },
    { docs: true, name: 'near miss: a Spanish draft with the language set to English (detection skipped)', text: 'Hola María, gracias por tu paciencia. Tu reembolso fue enviado hoy y llegará en cinco días hábiles.', context: { language: 'en' } },
  ],
  invalid: [
    {
      name: 'a Dutch reply that names places in capitals is still Dutch',
      text: 'Bedankt voor uw bericht. AMSTERDAM CENTRAAL en UTRECHT zijn open, wij helpen u graag verder met uw bestelling.',
      errors: [{ messageId: 'unsupported', line: 1, column: 1, endColumn: 111, data: { language: 'Dutch (nld)' } }],
    },
    {
      docs: true,
      name: 'a Spanish chat reply',
      text: 'Hola María, gracias por tu paciencia. Tu reembolso fue enviado hoy y llegará en cinco días hábiles.',
      context: { channel: 'chat' },
      errors: [{ messageId: 'unsupported', line: 1, column: 1, endColumn: 100, suggestions: [], data: { language: 'Spanish (spa)' } }],
    },
    {
      docs: true,
      name: 'a Spanish e-mail: reported on its first line',
      text: 'Hola María,\n\nGracias por escribirnos. Su pedido fue enviado hoy y llegará el jueves a su domicilio.\n\nSaludos cordiales,\nEquipo de soporte',
      context: { channel: 'email' },
      errors: [{ messageId: 'unsupported', line: 1, column: 1, endColumn: 12, suggestions: [], message: `This draft looks like Spanish (spa)${tail}` }],
    },
    {
      name: 'a French e-mail',
      text: "Bonjour Claire,\n\nMerci pour votre message. Votre remboursement a été effectué aujourd'hui et apparaîtra sur votre compte sous cinq jours ouvrés.\n\nCordialement,\nLe service client",
      errors: [{ messageId: 'unsupported', line: 1, column: 1, endColumn: 16, data: { language: 'French (fra)' } }],
    },
    {
      name: 'a German e-mail',
      text: 'Hallo Herr Müller,\n\nvielen Dank für Ihre Nachricht. Ihre Bestellung wurde heute verschickt und kommt am Donnerstag bei Ihnen an.\n\nMit freundlichen Grüßen\nIhr Kundenservice',
      errors: [{ messageId: 'unsupported', line: 1, column: 1, endColumn: 19, data: { language: 'German (deu)' } }],
    },
    {
      name: 'Portuguese with spaces around: the span skips them',
      text: '  Olá João, obrigado pelo contato. O seu pedido foi enviado hoje e deve chegar na próxima semana ao seu endereço.  ',
      errors: [{ messageId: 'unsupported', line: 1, column: 3, endColumn: 114, data: { language: 'Portuguese (por)' } }],
    },
    {
      name: 'an Italian chat reply',
      text: 'Ciao Giulia, grazie per averci scritto. Il tuo ordine è stato spedito oggi e arriverà giovedì al tuo indirizzo di casa.',
      errors: [{ messageId: 'unsupported', line: 1, column: 1, endColumn: 120, data: { language: 'Italian (ita)' } }],
    },
    {
      docs: true,
      name: "a Malay reply: named in English from the runtime's language names",
      text: 'Halo Budi, terima kasih atas kesabaran Anda. Pesanan Anda sudah dikirim hari ini dan akan tiba dalam tiga hari kerja.',
      errors: [{ messageId: 'unsupported', line: 1, column: 1, endColumn: 118, data: { language: 'Malay (zlm)' } }],
    },
    {
      name: 'quoted English customer text is not the draft: reported on the first line of the reply',
      text: '> Where is my order? It was due last week.\n\nHola Ana, su pedido salió ayer de nuestro almacén y llegará el viernes por la tarde a su casa.',
      errors: [{ messageId: 'unsupported', line: 3, column: 1, endColumn: 95, data: { language: 'Spanish (spa)' } }],
    },
  ],
}
