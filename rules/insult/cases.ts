/**
 * `insult` test cases: run by test/rules/insult.test.ts (RuleTester) and shown in README.md
 * (`docs: true` ones) by `npm run docs`. Positions are 1-based; columns count UTF-16 code units.
 */
import type { RuleCases } from '../../src/rule.js'
import type { InsultOptions } from './index.js'

export const cases: RuleCases<InsultOptions> = {
  valid: [
    { docs: true, name: 'a well-written e-mail about a late refund', text: 'Hi Dev,\n\nI am sorry the refund is taking longer than it should. I have asked our billing team to push it through today, and you will get an e-mail as soon as it lands.\n\nRegards,\nKim', context: { channel: 'email', customer: { name: 'Dev Patel', message: 'This is ridiculous, where is my refund?' } } },
    { name: 'a chat reply agreeing the delay is frustrating', text: 'I agree, this delay is frustrating, and we are chasing the courier now.', context: { channel: 'chat' } },
    { docs: true, name: 'tr: a well-written e-mail (e-commerce)', text: 'Merhaba Ayşe Hanım,\n\nİade talebinizi aldık; tutar üç iş günü içinde kartınıza yansıyacak.\n\nSaygılarımızla,\nMehmet', context: { language: 'tr' } },
    { docs: true, name: 'a praise intensifier', text: 'We offer ridiculously fast shipping on every order!' },
    { name: 'a game title', text: 'Have you tried Ridiculous Fishing? It is free this week.' },
    { name: 'a title at the start', text: 'Stupid Zombies 2 is included in your Arcade plan.' },
    { docs: true, name: 'negation: no stupid questions', text: 'There\'s no such thing as a stupid question, so ask away!' },
    { name: 'negation: not ridiculous', text: 'Your request is not ridiculous at all, and I have passed it on.' },
    { docs: true, name: 'self-deprecation: silly me', text: 'Silly me, I sent you the wrong link. Here is the right one.' },
    { name: 'self-deprecation: I\'m such an idiot', text: 'I\'m such an idiot, I attached the wrong invoice. Sorry about that!' },
    { name: 'owning our mistake', text: 'That was a silly mistake on our part, and we have fixed it.' },
    { name: 'the agent\'s own question', text: 'Stupid question, but have you tried turning Bluetooth off?' },
    { name: 'a feature phone', text: 'A dumb phone works fine with this SIM card.' },
    { name: 'garbled text', text: 'The email shows nonsense characters because of the encoding.' },
    { name: 'quoted customer text', text: '> This is the most ridiculous airline ever\n\nI am sorry, Omar. I have rebooked you on the 9:40.' },
    { name: 'an inline quote', text: 'You said the app is "stupid and slow", and that is fair feedback.' },
    { name: 'an esports bracket', text: 'The loser bracket starts at 6 pm.' },
    { name: 'a handle', text: 'Thanks @StupidCoolGamer, we have reset your password.' },
    { name: 'foolproof', text: 'The new setup is idiot-proof, just follow the card in the box.' },
    { name: 'ignore: ["ridiculous"]', text: 'Your request is ridiculous.', options: { ignore: ['ridiculous'] } },
    { name: 'a diagnosis of their equipment', text: 'Your connection is slow right now because of the outage.' },
    { name: 'a condition', text: 'If you are confused by the bill, call us any time.' },
    { name: 'a negated judgement', text: 'You\'re not difficult at all, happy to help!' },
    { name: 'the agent judging the company\'s own failure while apologising', text: 'Our last update was a mess, and I am sorry it wiped your playlists.' },
    { name: 'the agent owning their own question', text: 'Silly question, but have you tried restarting the app?' },
    { name: 'an English reply quoting a Turkish word', text: 'Hi Can, the courier wrote "aptal" on the box and we have reported him.', context: { language: 'en' } },
    { name: 'tr: mal: goods (e-commerce)', text: 'Merhaba Ayşe Hanım,\n\nMalınız kargoya verildi ve yarın teslim edilecek.\n\nSaygılarımızla,\nMehmet', context: { language: 'tr' } },
    { name: 'tr: odun: firewood (e-commerce)', text: 'Kemal Bey, odun ve kömür siparişiniz yarın teslim edilecek.', context: { language: 'tr' } },
    { name: 'tr: adi ortaklık: a legal term (bank)', text: 'Merhaba Leyla Hanım,\n\nAdi ortaklık hesabınız için iki ortağın imzası gerekir.\n\nSaygılarımızla,\nBanka', context: { language: 'tr' } },
    { name: 'tr: ayı: a bear print (e-commerce)', text: 'Merve Hanım, ayı figürlü çocuk pijaması yeniden stokta.', context: { language: 'tr' } },
    { name: 'tr: kafasız vida: a headless screw (e-commerce)', text: 'Serkan Bey, kafasız vida setini yarın kargoya veriyoruz.', context: { language: 'tr' } },
    { name: 'tr: our own delay (insurance)', text: 'Merhaba Gökhan Bey,\n\nSaçma sapan bir gecikme yaşattık, özür dileriz. Poliçeniz bugün yenilendi.\n\nNazlı', context: { language: 'tr' } },
    { docs: true, name: 'tr: a negation after the phrase (GSM)', text: 'Hiç de saçma bir talep değil, hemen işleme alıyoruz.', context: { language: 'tr' } },
    { name: 'tr: owning our slip (cargo)', text: 'Aptalca bir hata yaptık, kusura bakmayın; iadeniz yapıldı.', context: { language: 'tr' } },
    { name: 'tr: the agent about themself (e-commerce)', text: 'Ben de salağım, yanlış linki göndermişim. Doğrusu burada.', context: { language: 'tr' } },
    { name: 'tr: a book title (e-commerce)', text: 'Cahil Cesareti kitabı stokta, yarın kargoda.', context: { language: 'tr' } },
    { name: 'tr: no stupid questions (bank)', text: 'Aptal soru diye bir şey yoktur, sorduğunuz için teşekkürler.', context: { language: 'tr' } },
    { name: 'tr: zavallı about a cat (pet shop)', text: 'Zavallı kedinin mamasını hemen gönderiyoruz.', context: { language: 'tr' } },
    { name: 'tr: quoting the customer inline (cargo)', text: '“Salak mısınız” demişsiniz; kurye hakkında şikayet kaydı açtık.', context: { language: 'tr' } },
    { name: 'tr: hunting pellets (e-commerce)', text: 'Av saçması siparişiniz kargoda.', context: { language: 'tr' } },
    { name: 'tr: words sharing a stem’s first letters (health)', text: 'Saatler içinde sağlık raporunuz sisteme yüklenecek, salı günü hazır olur.', context: { language: 'tr' } },
    { name: 'tr: mal kabul: goods received (cargo)', text: 'Ahmet Bey, mal kabul tutanağını imzaladık, mallarınız depoda.', context: { language: 'tr' } },
    { name: 'tr: ignore: ["cahil+"]', text: 'Kurye cahilin teki çıktı.', context: { language: 'tr' }, options: { ignore: ['cahil+'] } },
  ],
  invalid: [
    { docs: true, name: '"stupid question" in an e-mail', text: 'Hi Dev,\n\nThat is a stupid question, the app has always worked that way.\n\nRegards,\nKim', context: { channel: 'email' },
      errors: [
        { messageId: 'insult', line: 3, column: 11, endColumn: 17, suggestions: [], data: { actual: 'stupid' } },
      ],
    },
    { docs: true, name: 'a ridiculous request, with a neutral rewrite', text: 'Honestly, asking for a refund after two years is ridiculous.',
      errors: [
        { messageId: 'insultWithRewrite', line: 1, column: 50, endColumn: 60, suggestions: ['frustrating', 'unexpected'], data: { actual: 'ridiculous', rewrite: 'frustrating' } },
      ],
    },
    { name: 'the situation too: "this delay is pathetic"', text: 'I agree, this delay is pathetic and we are chasing the courier.', context: { channel: 'social' },
      errors: [
        { messageId: 'insultWithRewrite', line: 1, column: 24, endColumn: 32, suggestions: ['disappointing'] },
      ],
    },
    { name: 'idiot', text: 'Only an idiot would reset the router during an update.',
      errors: [
        { messageId: 'insult', line: 1, column: 9, endColumn: 14, suggestions: [] },
      ],
    },
    { name: 'moron', text: 'Some moron in your household changed the PIN.',
      errors: [
        { messageId: 'insult', line: 1, column: 6, endColumn: 11, suggestions: [] },
      ],
    },
    { name: 'clueless', text: 'You seem clueless about how billing cycles work.',
      errors: [
        { messageId: 'insultWithRewrite', line: 1, column: 10, endColumn: 18, suggestions: ['unsure', 'new to this'] },
      ],
    },
    { name: 'incompetent', text: 'Your previous installer was incompetent, sadly.',
      errors: [
        { messageId: 'insult', line: 1, column: 29, endColumn: 40, suggestions: [] },
      ],
    },
    { name: 'nonsense', text: 'Your complaint about the tariff is nonsense.',
      errors: [
        { messageId: 'insultWithRewrite', line: 1, column: 36, endColumn: 44, suggestions: ['not accurate', 'a misunderstanding'] },
      ],
    },
    { name: 'dumb question', text: 'Well, that was a dumb question.',
      errors: [
        { messageId: 'insult', line: 1, column: 18, endColumn: 22, suggestions: [] },
      ],
    },
    { name: 'an order: "don\'t be stupid"', text: 'Don\'t be stupid, the voucher can\'t be used twice.',
      errors: [
        { messageId: 'insult', line: 1, column: 10, endColumn: 16, suggestions: [] },
      ],
    },
    { name: 'capitals', text: 'That request is STUPID.',
      errors: [
        { messageId: 'insult', line: 1, column: 17, endColumn: 23, suggestions: [] },
      ],
    },
    { name: 'a phrase', text: 'Please stop wasting our time with duplicate tickets.',
      errors: [
        { messageId: 'insult', line: 1, column: 13, endColumn: 29, suggestions: [] },
      ],
    },
    { name: 'hyphenated', text: 'That was a dim-witted way to book the seats.',
      errors: [
        { messageId: 'insult', line: 1, column: 12, endColumn: 22, suggestions: [] },
      ],
    },
    { name: 'a manner adverb after you', text: 'You stupidly deleted the backup yourself.',
      errors: [
        { messageId: 'insult', line: 1, column: 5, endColumn: 13, suggestions: [] },
      ],
    },
    { name: 'a phrase after the opening @handle of a tweet', text: '@dan_r Stop whining, the servers are back.', context: { channel: 'social' },
      errors: [
        { messageId: 'insult', line: 1, column: 8, endColumn: 20, suggestions: [] },
      ],
    },
    { name: 'a negation in an earlier clause does not protect', text: 'It\'s not on our side, because your setup is dumb.',
      errors: [
        { messageId: 'insult', line: 1, column: 45, endColumn: 49, suggestions: [] },
      ],
    },
    { name: 'an insult hashtag', text: 'We fixed it already #pathetic',
      errors: [
        { messageId: 'insultWithRewrite', line: 1, column: 22, endColumn: 30, suggestions: ['disappointing'] },
      ],
    },
    { name: 'joke of a', text: 'We have closed your joke of a request.',
      errors: [
        { messageId: 'insult', line: 1, column: 21, endColumn: 30, suggestions: [] },
      ],
    },
    { name: 'add: ["numbskull"]', text: 'That is a numbskull move.', options: { add: ['numbskull'] },
      errors: [
        { messageId: 'insult', line: 1, column: 11, endColumn: 20, suggestions: [] },
      ],
    },
    { docs: true, name: 'aimed at their settings, softened', text: 'Hi Sam, your router settings are a bit messy, so please reset them.',
      errors: [
        { messageId: 'insult', line: 1, column: 40, endColumn: 45, suggestions: [] },
      ],
    },
    { name: 'aimed at their question', text: 'I know it is late, but your question is rather confusing.',
      errors: [
        { messageId: 'insult', line: 1, column: 48, endColumn: 57, suggestions: [] },
      ],
    },
    { name: 'aimed at the person', text: 'Honestly, you\'re being a bit dramatic about one late parcel.',
      errors: [
        { messageId: 'insult', line: 1, column: 30, endColumn: 38, suggestions: [] },
      ],
    },
    { docs: true, name: 'name-calling', text: 'Read the label first, you clown.',
      errors: [
        { messageId: 'insult', line: 1, column: 23, endColumn: 32, suggestions: [] },
      ],
    },
    { name: 'a judgement of the customer\'s question before \'but\'', text: 'That\'s a silly question, but yes, it charges in four hours.',
      errors: [
        { messageId: 'insultWithRewrite', line: 1, column: 10, endColumn: 24, suggestions: ['question', 'good question'] },
      ],
    },
    { name: 'aimed word at its own position', text: 'Thanks Priya. Your settings are a mess.',
      errors: [
        { messageId: 'insult', line: 1, column: 35, endColumn: 39, suggestions: [] },
      ],
    },
    { docs: true, name: 'tr: saçma bir talep in an e-commerce e-mail, with a rewrite', text: 'Merhaba Ayşe Hanım,\n\nBu saçma bir talep, iade süresi çoktan geçmiş.\n\nSaygılarımızla,\nMehmet', context: { language: 'tr' },
      errors: [
        { messageId: 'insultWithRewrite', line: 3, column: 4, endColumn: 19, suggestions: ['alışılmadık bir talep', 'karşılayamadığımız bir talep'], data: { actual: 'saçma bir talep', rewrite: 'alışılmadık bir talep' } },
      ],
    },
    { name: 'tr: an inflected phrase: saçma bir talebiniz', text: 'Emre Bey, bu gerçekten saçma bir talebiniz; kampanya fiyatı geri verilemez.', context: { language: 'tr' },
      errors: [
        { messageId: 'insultWithRewrite', line: 1, column: 24, endColumn: 43, suggestions: ['alışılmadık bir talep', 'karşılayamadığımız bir talep'] },
      ],
    },
    { name: 'tr: salak mısınız in a GSM chat', text: 'Modemi fişten çekip takmak bu kadar zor olmamalı, salak mısınız?', context: { language: 'tr', channel: 'chat' },
      errors: [
        { messageId: 'insult', line: 1, column: 51, endColumn: 56, suggestions: [] },
      ],
    },
    { name: 'tr: gerizekalı about a third party (airline)', text: 'Zeynep Hanım, bagaj etiketini okuyamayan gerizekalı biri yazmış adresi.', context: { language: 'tr' },
      errors: [
        { messageId: 'insult', line: 1, column: 42, endColumn: 52, suggestions: [] },
      ],
    },
    { name: 'tr: beyinsiz (insurance)', text: 'Merhaba Mehmet Bey,\n\nFormu beyinsiz gibi doldurmuşsunuz, tekrar doldurun.\n\nSelin', context: { language: 'tr' },
      errors: [
        { messageId: 'insult', line: 3, column: 7, endColumn: 15, suggestions: [] },
      ],
    },
    { name: 'tr: ahmak (bank)', text: 'Onur Bey, şifrenizi paylaşacak kadar ahmak olmayın.', context: { language: 'tr' },
      errors: [
        { messageId: 'insult', line: 1, column: 38, endColumn: 43, suggestions: [] },
      ],
    },
    { name: 'tr: saçmalıyorsunuz (e-commerce)', text: 'Merhaba Elif Hanım,\n\nSaçmalıyorsunuz, ürün hasarsız teslim edildi.\n\nBurak', context: { language: 'tr' },
      errors: [
        { messageId: 'insultWithRewrite', line: 3, column: 1, endColumn: 16, suggestions: ['bu konuda farklı düşünüyoruz'] },
      ],
    },
    { name: 'tr: mal mısınız (cargo)', text: 'Emre Bey, mal mısınız, adresi yanlış yazmışsınız.', context: { language: 'tr' },
      errors: [
        { messageId: 'insult', line: 1, column: 11, endColumn: 22, suggestions: [] },
      ],
    },
    { name: 'tr: a genitive: salağın teki (cargo)', text: 'Kurye salağın teki, adresi bulamamış; yarın başka kurye gelecek.', context: { language: 'tr' },
      errors: [
        { messageId: 'insult', line: 1, column: 7, endColumn: 14, suggestions: [] },
      ],
    },
    { name: 'tr: a derived noun with a possessive: aptallığınız (bank)', text: 'Aptallığınız yüzünden kartınız bloke oldu.', context: { language: 'tr' },
      errors: [
        { messageId: 'insult', line: 1, column: 1, endColumn: 13, suggestions: [] },
      ],
    },
    { name: 'tr: a copula: cahilsiniz (bank)', text: 'Ne kadar cahilsiniz, IBAN numarası TR ile başlar.', context: { language: 'tr' },
      errors: [
        { messageId: 'insultWithRewrite', line: 1, column: 10, endColumn: 20, suggestions: ['bilgisi olmayan'] },
      ],
    },
    { name: 'tr: capitals with a Turkish I (GSM)', text: 'Sizin gibi SALAK müşterilerle uğraşamayız.', context: { language: 'tr' },
      errors: [
        { messageId: 'insult', line: 1, column: 12, endColumn: 17, suggestions: [] },
      ],
    },
    { name: 'tr: bare saçma at the end of a clause (airline)', text: 'Bu talebiniz gerçekten saçma.', context: { language: 'tr' },
      errors: [
        { messageId: 'insultWithRewrite', line: 1, column: 24, endColumn: 29, suggestions: ['beklenmedik', 'can sıkıcı'] },
      ],
    },
    { name: 'tr: add: ["hımbıl"]', text: 'Kurye tam bir hımbıl, paketi yine getirmedi.', context: { language: 'tr' }, options: { add: ['hımbıl'] },
      errors: [
        { messageId: 'insult', line: 1, column: 15, endColumn: 21, suggestions: [] },
      ],
    },
    { name: 'tr: mal gibi aimed at the customer', text: 'Ahmet Bey, formu mal gibi doldurmuşsunuz.', context: { language: 'tr' },
      errors: [
        { messageId: 'insult', line: 1, column: 18, endColumn: 26, suggestions: [] },
      ],
    },
    { name: 'a judgement of the customer’s complaint', text: 'I\'m afraid this is a silly complaint, the fee is in the contract.',
      errors: [
        { messageId: 'insult', line: 1, column: 22, endColumn: 37, suggestions: [] },
      ],
    },
    { name: 'a judgement after "without": the act as a whole', text: 'Changing it without a backup was a moronic thing to do.',
      errors: [
        { messageId: 'insult', line: 1, column: 36, endColumn: 43, suggestions: [] },
      ],
    },
    { name: 'tr: kafasız said of a person (GSM)', text: 'Bunu yapmak için kafasız biri olmak lazım.', context: { language: 'tr' },
      errors: [
        { messageId: 'insult', line: 1, column: 18, endColumn: 25, suggestions: [] },
      ],
    },
  ],
}
