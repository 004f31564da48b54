/**
 * `shouting` test cases: run by test/rules/shouting.test.ts (RuleTester) and shown in README.md
 * (`docs: true` ones) by `npm run docs`. Positions are 1-based; columns count UTF-16 code units.
 */
import type { RuleCases } from '../../src/rule.js'
import type { ShoutingOptions } from './index.js'

export const cases: RuleCases<ShoutingOptions> = {
  valid: [
    { docs: true, name: 'a well-written e-mail with acronyms, codes and a keyword', text: 'Hi Maria,\n\nPlease don\'t reply to this email. This plan does not include roaming, but you can add it in the app.\n\nUse code SAVE20 on SKU-2291; error E404 means the page moved. Reply STOP to opt out. Check the FAQ and enter your PIN at the ATM.\n\nBest regards,\nSam', context: { channel: 'email', customer: { name: 'Maria Lopez', message: 'WHY WAS I CHARGED FOR ROAMING???' } } },
    { docs: true, name: 'a social reply with a handle, a menu path and agent initials', text: '@TTERRYJR Thanks for reaching out! Select Account > I STILL NEED HELP and we\'ll call you. ^JR', context: { channel: 'social' } },
    { docs: true, name: 'a Turkish reply with TL, KDV, SMS and a keyword before its cue', text: 'Can Bey, güvenliğiniz için şifrenizi kimseyle paylaşmayın. İptal için İPTAL yazıp 4455\'e SMS gönderebilirsiniz; tutar 150 TL + KDV.', context: { channel: 'chat', language: 'tr' } },
    { name: 'acronyms', text: 'Check the FAQ, plug in the USB cable and enter your PIN at the ATM.' },
    { name: 'codes with digits', text: 'Use promo code SAVE20 on SKU-2291; error E404 means the page moved.' },
    { name: 'a tracking number', text: 'Your tracking number is 1Z999AA10123456784 and the order is ORD-88123.' },
    { name: 'an unknown short acronym alone', text: 'Your KTN and PNR are on the booking page, and COVID rules still apply.' },
    { name: 'an unknown long word alone (brand, booking code)', text: 'Your booking WEMYUR was refunded to your AIRTEL account.' },
    { name: 'a keyword after reply', text: 'Reply STOP to opt out, or text HELP for help.' },
    { name: 'a code after "code"', text: 'Enter the code FREE at checkout.' },
    { name: 'a UI label', text: 'Click the button labelled SAVE CHANGES, then the EMAIL field.' },
    { name: 'a quoted label', text: 'Choose "DO NOT DISTURB" in the menu.' },
    { name: 'a menu path', text: 'Select Account > I STILL NEED HELP > Contact us.' },
    { name: 'initials closing a reply', text: 'We will revert back to you. Thank you. SO' },
    { name: 'a single !', text: 'Happy to help!' },
    { name: 'a signature block in capitals', text: 'Thanks for your patience.\n\nJOHN SMITH\nACME CORPORATION' },
    { name: 'a capitalised address line', text: 'We will send it to:\n221B BAKER STREET, LONDON NW1 6XE' },
    { docs: true, name: 'quoted customer text', text: '> WHERE IS MY ORDER???\n\nHi Lee, your order left our warehouse today.' },
    { name: 'a Windows path', text: 'Delete C:\\Users\\USERNAME\\AppData\\Spotify and reinstall.' },
    { name: 'system specs', text: 'Could you share your system specs (OS, CPU, RAM, GPU)?' },
    { name: 'a setting state (real brand tweet)', text: 'Is Auto-Brightness ON or OFF?' },
    { name: 'a status after "marked as" (real brand tweet)', text: 'The parcel is marked as DELIVERED in our system.' },
    { docs: true, name: 'near miss: a product name outside a warning', text: 'Your NINTENDO SWITCH console is covered until May.' },
    { name: 'near miss: a label outside a warning (issue 15)', text: 'We have passed your case on with HIGH PRIORITY to the repair team.' },
    { name: 'near miss: a brand-like word in a warning', text: 'Do not share your code with anyone at NORDEX.' },
    { name: 'warm capitals on the customer in a celebratory post', text: '@sam_k We are thrilled and proud to welcome YOU to the crew! #TeamNorth', context: { channel: 'social' } },
    { name: 'a capitalised word in a playful reply', text: '@sam_k Crunchy AND sweet? Count us in 😋', context: { channel: 'social' } },
    { name: 'a warm greeting in capitals with a smile', text: '@sam_k Everyone knows breakfast makes people say GOOD morning :)', context: { channel: 'social' } },
    { name: 'celebration marks with an emoji', text: '@sam_k Party time!!! 🎉 Enjoy the new flat.', context: { channel: 'social' } },
    { name: 'a two-word birthday wish in capitals', text: '@sam_k Pass on a HAPPY BIRTHDAY from all of us, and have fun! 🎂', context: { channel: 'social' } },
    { name: '!! on a sentence of thanks', text: '@sam_k Thanks so much!! -KM', context: { channel: 'social' } },
    { name: '"Thank YOU": thanks handed back', text: '@sam_k Thank YOU for joining the clean-up day!', context: { channel: 'social' } },
    { name: 'punctuation: false leaves !! alone', text: 'Thanks!! We are on it.', options: { punctuation: false } },
    { name: 'ignore: ["NOT"]', text: 'This plan does NOT include roaming.', options: { ignore: ['NOT'] } },
    { name: 'tr: TL, KDV, SMS (e-commerce)', text: 'Merhaba Ayşe Hanım,\n\nTutar 150 TL + KDV olarak SMS ile gönderildi.\n\nSaygılarımızla,\nMehmet', context: { language: 'tr' } },
    { name: 'tr: PTT, IBAN (cargo, bank)', text: 'PTT Kargo ile gönderilen paketiniz yarın teslim edilecek. İadeniz IBAN numaranıza yapılacak.', context: { language: 'tr' } },
    { name: 'tr: a keyword before its cue (GSM)', text: 'Can Bey, İPTAL yazıp 4455’e SMS gönderebilirsiniz.', context: { language: 'tr' } },
    { name: 'tr: a button label (bank)', text: 'Deniz Hanım, KAYDET butonuna basabilir misiniz?', context: { language: 'tr' } },
    { name: 'tr: NOT: a label (e-commerce)', text: 'Merhaba Elif Hanım,\n\nNOT: Kampanya 31 Mart’ta sona eriyor.', context: { language: 'tr' } },
    { name: 'tr: T.C., PNR, THY (airline)', text: 'T.C. kimlik numaranız ve PNR kodunuz ile THY uygulamasından bilet değişikliği yapabilirsiniz.', context: { language: 'tr' } },
    { name: 'tr: acronyms with suffixes (e-commerce)', text: 'Tutar KDV’Lİ 150 TL’dir, SMS’le bilgilendirme yapılacak.', context: { language: 'tr' } },
    { name: 'tr: an address in capitals (cargo)', text: 'Adres: ATATÜRK MAH. CUMHURİYET CAD. NO:5 34000 KADIKÖY/İSTANBUL', context: { language: 'tr' } },
    { name: 'tr: a carrier name in capitals (cargo)', text: 'Paketiniz YURTİÇİ KARGO ile yola çıktı; TÜRK TELEKOM altyapısında arıza yok.', context: { language: 'tr' } },
    { name: 'tr: a menu path (bank)', text: 'Menüden Hesabım > ŞİFRE DEĞİŞTİR adımlarını izleyin.', context: { language: 'tr' } },
    { name: 'tr: a promo code (e-commerce)', text: 'Kampanya kodu YAZINDIRIM ile indirim alabilirsiniz.', context: { language: 'tr' } },
    { name: 'tr: an inline quote (cargo)', text: 'Kuryemiz "ACİL TESLİMAT" etiketi ile çıkardı.', context: { language: 'tr' } },
    { name: 'tr: acronyms from options, upper-cased with the Turkish locale (utilities)', text: 'İZSU ARIZA EKİBİ yarın gelecek.', context: { language: 'tr' }, options: { acronyms: ['arıza', 'ekibi'] } },
    { name: 'tr: the customer’s name in capitals (bank)', text: 'AYŞE YILMAZ adına kayıtlı hat kapatıldı.', context: { language: 'tr', customer: { name: 'Ayşe Yılmaz' } } },
  ],
  invalid: [
    {
      docs: true, name: 'a sentence in capitals in an e-mail', text: 'Hi Maria,\n\nPLEASE DO NOT REPLY TO THIS EMAIL. Your ticket number is 48213.\n\nThanks,\nSupport', context: { channel: 'email', customer: { name: 'Maria Lopez' } },
      errors: [
        {
          messageId: 'capsRun', line: 3, column: 1, endColumn: 34, suggestions: ['Please do not reply to this email'],
          message: '“PLEASE DO NOT REPLY TO THIS EMAIL” is in capitals, which reads as shouting. Write it in sentence case: “Please do not reply to this email”.',
        },
      ],
      output: 'Hi Maria,\n\nPlease do not reply to this email. Your ticket number is 48213.\n\nThanks,\nSupport',
    },
    {
      name: 'single emphasised words: NOT, MUST NEVER', text: 'This plan does NOT include roaming, and you MUST NEVER share your PIN.',
      errors: [
        { messageId: 'capsWord', line: 1, column: 16, endColumn: 19, suggestions: ['not'] },
        { messageId: 'capsRun', line: 1, column: 45, endColumn: 55, suggestions: ['must never'] },
      ],
      output: 'This plan does not include roaming, and you must never share your PIN.',
    },
    {
      name: 'known acronyms stay out of the span and in capitals', text: 'Your USB DRIVE IS NOT SUPPORTED by the TV, sorry.',
      errors: [
        { messageId: 'capsRun', line: 1, column: 10, endColumn: 32, suggestions: ['drive is not supported'] },
      ],
      output: 'Your USB drive is not supported by the TV, sorry.',
    },
    {
      name: 'the whole reply in capitals, acronyms kept', text: 'THANK YOU FOR SENDING THE PDF AND YOUR ORDER ID.',
      errors: [
        { messageId: 'capsRun', line: 1, column: 1, endColumn: 45, suggestions: ['Thank you for sending the PDF and your order'] },
      ],
      output: 'Thank you for sending the PDF and your order ID.',
    },
    {
      docs: true, name: 'a possible name in a warning: Title Case offered, no fix', text: 'Your NINTENDO SWITCH console is not covered after May.',
      errors: [
        {
          messageId: 'capsName', line: 1, column: 6, endColumn: 21, suggestions: ['Nintendo Switch', 'nintendo switch'],
          message: '“NINTENDO SWITCH” is in capitals, which reads as shouting. Write it in normal case: “Nintendo Switch”.',
        },
      ],
      output: 'Your NINTENDO SWITCH console is not covered after May.',
    },
    {
      name: 'the customer\'s name keeps its capital', text: 'THANK YOU MARIA, the parcel is on its way.', context: { customer: { name: 'Maria Lopez' } },
      errors: [
        { messageId: 'capsRun', line: 1, column: 1, endColumn: 16, suggestions: ['Thank you Maria'] },
      ],
      output: 'Thank you Maria, the parcel is on its way.',
    },
    {
      name: '!! on an announcement', text: 'Your refund has been approved!!',
      errors: [
        { messageId: 'repeatedExclamation', line: 1, column: 30, endColumn: 32, suggestions: ['!'] },
      ],
      output: 'Your refund has been approved!',
    },
    {
      name: '!!! on a welcome', text: 'Welcome aboard!!!', context: { channel: 'social' },
      errors: [
        { messageId: 'repeatedExclamation', line: 1, column: 15, endColumn: 18, suggestions: ['!'] },
      ],
      output: 'Welcome aboard!',
    },
    {
      docs: true, name: '??? in chat', text: 'Did you get the code???', context: { channel: 'chat' },
      errors: [
        { messageId: 'repeatedQuestion', line: 1, column: 21, endColumn: 24, suggestions: ['?'], data: { marks: '???' } },
      ],
      output: 'Did you get the code?',
    },
    {
      name: '?!?!', text: 'The order was cancelled?!?!',
      errors: [
        { messageId: 'repeatedQuestion', line: 1, column: 24, endColumn: 28, suggestions: ['?'] },
      ],
      output: 'The order was cancelled?',
    },
    {
      name: '?!', text: 'You paid twice?!',
      errors: [
        { messageId: 'repeatedQuestion', line: 1, column: 15, endColumn: 17, suggestions: ['?'] },
      ],
      output: 'You paid twice?',
    },
    {
      name: 'an IMPORTANT label in chat', text: 'IMPORTANT: your card will be replaced.', context: { channel: 'chat' },
      errors: [
        { messageId: 'capsWord', line: 1, column: 1, endColumn: 10, suggestions: ['Important'] },
      ],
      output: 'Important: your card will be replaced.',
    },
    {
      name: 'a shouted apology in chat', text: 'I AM SO SORRY ABOUT THIS', context: { channel: 'chat' },
      errors: [
        { messageId: 'capsRun', line: 1, column: 1, endColumn: 25, suggestions: ['I am so sorry about this'] },
      ],
      output: 'I am so sorry about this',
    },
    {
      name: 'URGENT before "call" (regression: not a label noun)', text: 'URGENT: call us today about your account.', context: { channel: 'sms' },
      errors: [
        { messageId: 'capsWord', line: 1, column: 1, endColumn: 7, suggestions: ['Urgent'] },
      ],
      output: 'Urgent: call us today about your account.',
    },
    {
      docs: true, name: 'a whole reply fixed', text: 'We are SO sorry!! PLEASE CALL US on 0800 123 456.',
      errors: [
        { messageId: 'capsWord', line: 1, column: 8, endColumn: 10, suggestions: ['so'] },
        { messageId: 'repeatedExclamation', line: 1, column: 16, endColumn: 18, suggestions: ['!'], message: '“!!” reads as shouting: one “!” is enough.' },
        { messageId: 'capsRun', line: 1, column: 19, endColumn: 33, suggestions: ['Please call us'] },
      ],
      output: 'We are so sorry! Please call us on 0800 123 456.',
    },
    {
      name: 'emphatic: ["mega"] from options', text: 'That is MEGA news.', options: { emphatic: ['mega'] },
      errors: [
        { messageId: 'capsWord', line: 1, column: 9, endColumn: 13, suggestions: ['mega'] },
      ],
      output: 'That is mega news.',
    },
    {
      name: 'acronyms: ["NETGEAR"] from options', text: 'Your NETGEAR ROUTER IS NOT WORKING.', options: { acronyms: ['NETGEAR'] },
      errors: [
        { messageId: 'capsRun', line: 1, column: 14, endColumn: 35, suggestions: ['router is not working'] },
      ],
      output: 'Your NETGEAR router is not working.',
    },
    {
      name: 'a shouted sentence after a handle starts with a capital', text: '@lia_m YOUR PARCEL IS DELAYED, it should arrive on Monday.', context: { channel: 'social' },
      errors: [
        { messageId: 'capsRun', line: 1, column: 8, endColumn: 30, suggestions: ['Your parcel is delayed'] },
      ],
      output: '@lia_m Your parcel is delayed, it should arrive on Monday.',
    },
    {
      name: 'a warning inside a warm reply', text: '@sam_k Thanks for the love! Remember to NEVER post your card number here.', context: { channel: 'social' },
      errors: [
        { messageId: 'capsWord', line: 1, column: 41, endColumn: 46, suggestions: ['never'] },
      ],
      output: '@sam_k Thanks for the love! Remember to never post your card number here.',
    },
    {
      name: 'a stressed word in a plain thank-you', text: '@sam_k Thank you SO much for your patience while we fixed it! ^TR', context: { channel: 'social' },
      errors: [
        { messageId: 'capsWord', line: 1, column: 18, endColumn: 20, suggestions: ['so'] },
      ],
      output: '@sam_k Thank you so much for your patience while we fixed it! ^TR',
    },
    {
      name: 'a stressed word in a polite demand', text: 'Thanks for asking! Yes, please ALWAYS keep your receipt for returns. 🙂', context: { channel: 'social' },
      errors: [
        { messageId: 'capsWord', line: 1, column: 32, endColumn: 38, suggestions: ['always'] },
      ],
      output: 'Thanks for asking! Yes, please always keep your receipt for returns. 🙂',
    },
    {
      name: '!! in a complaint reply without playfulness', text: '@sam_k Thanks for waiting. Your refund went out yesterday!!', context: { channel: 'social' },
      errors: [
        { messageId: 'repeatedExclamation', line: 1, column: 58, endColumn: 60, suggestions: ['!'] },
      ],
      output: '@sam_k Thanks for waiting. Your refund went out yesterday!',
    },
    {
      name: 'a single capitalised word stressed in a warning', text: 'Your account will be SUSPENDED if the invoice stays unpaid.',
      errors: [
        { messageId: 'capsWord', line: 1, column: 22, endColumn: 31, suggestions: ['suspended'] },
      ],
      output: 'Your account will be suspended if the invoice stays unpaid.',
    },
    {
      name: 'a single capitalised word stressed in a demand', text: 'Hi Ana, the balance is OVERDUE and must be settled this week.',
      errors: [
        { messageId: 'capsWord', line: 1, column: 24, endColumn: 31, suggestions: ['overdue'] },
      ],
      output: 'Hi Ana, the balance is overdue and must be settled this week.',
    },
    {
      name: '"Thank YOU" is fine, NOT in the same reply is not', text: '@sam_k Thank YOU, and do NOT post your card number here.', context: { channel: 'social' },
      errors: [
        { messageId: 'capsWord', line: 1, column: 26, endColumn: 29, suggestions: ['not'] },
      ],
      output: '@sam_k Thank YOU, and do not post your card number here.',
    },
    {
      name: 'tr: an emphatic word, lower-cased with the Turkish locale (e-commerce)', text: 'Merhaba Ayşe Hanım,\n\nSiparişiniz KESİNLİKLE iptal edilemez.\n\nSaygılarımızla,\nMehmet', context: { language: 'tr' },
      errors: [
        {
          messageId: 'capsWord', line: 3, column: 13, endColumn: 23, suggestions: ['kesinlikle'],
          message: '“KESİNLİKLE” in capitals reads as shouting. Write “kesinlikle”; if it matters, say why in words.',
        },
      ],
      output: 'Merhaba Ayşe Hanım,\n\nSiparişiniz kesinlikle iptal edilemez.\n\nSaygılarımızla,\nMehmet',
    },
    {
      name: 'tr: a shouted sentence in sentence case, İ → i, I → ı (GSM)', text: 'Merhaba Mehmet Bey,\n\nBU SİZİN SORUMLULUĞUNUZDA.\n\nSaygılarımızla,\nMehmet', context: { language: 'tr' },
      errors: [
        { messageId: 'capsRun', line: 3, column: 1, endColumn: 26, suggestions: ['Bu sizin sorumluluğunuzda'] },
      ],
      output: 'Merhaba Mehmet Bey,\n\nBu sizin sorumluluğunuzda.\n\nSaygılarımızla,\nMehmet',
    },
    {
      name: 'tr: a run mid-sentence', text: 'Hakan Bey, hattınız ŞİMDİ AÇILDI.', context: { language: 'tr' },
      errors: [
        { messageId: 'capsRun', line: 1, column: 21, endColumn: 33, suggestions: ['şimdi açıldı'] },
      ],
      output: 'Hakan Bey, hattınız şimdi açıldı.',
    },
    {
      name: 'tr: two words in one reply (bank)', text: 'Can Bey, LÜTFEN şifrenizi kimseyle PAYLAŞMAYIN!', context: { language: 'tr' },
      errors: [
        { messageId: 'capsWord', line: 1, column: 10, endColumn: 16, suggestions: ['lütfen'] },
        { messageId: 'capsWord', line: 1, column: 36, endColumn: 47, suggestions: ['paylaşmayın'] },
      ],
      output: 'Can Bey, lütfen şifrenizi kimseyle paylaşmayın!',
    },
    {
      docs: true, name: 'tr: LÜTFEN, PAYLAŞMAYIN and !!! in chat (bank)', text: 'Can Bey, LÜTFEN şifrenizi kimseyle PAYLAŞMAYIN!!!', context: { channel: 'chat', language: 'tr' },
      errors: [
        { messageId: 'capsWord', line: 1, column: 10, endColumn: 16, suggestions: ['lütfen'] },
        { messageId: 'capsWord', line: 1, column: 36, endColumn: 47, suggestions: ['paylaşmayın'] },
        { messageId: 'repeatedExclamation', line: 1, column: 47, endColumn: 50, suggestions: ['!'] },
      ],
      output: 'Can Bey, lütfen şifrenizi kimseyle paylaşmayın!',
    },
    {
      docs: true, name: 'tr: an I that may be a dotted i typed on another keyboard: suggestions only (GSM)', text: 'Onur Bey, HESABINIZ KAPATILDI.', context: { language: 'tr' },
      errors: [
        { messageId: 'capsName', line: 1, column: 11, endColumn: 30, suggestions: ['Hesabınız Kapatıldı', 'hesabınız kapatıldı', 'hesabiniz kapatildi'] },
      ],
      output: 'Onur Bey, HESABINIZ KAPATILDI.',
    },
    {
      name: 'tr: TIKLAMAYIN', text: 'Lütfen şu linke TIKLAMAYIN.', context: { language: 'tr' },
      errors: [
        { messageId: 'capsWord', line: 1, column: 17, endColumn: 27, suggestions: ['tıklamayın'] },
      ],
      output: 'Lütfen şu linke tıklamayın.',
    },
    {
      name: 'tr: ASLA (airline)', text: 'Zeynep Hanım, bagajınız ASLA kaybolmadı, sadece gecikti.', context: { language: 'tr' },
      errors: [
        { messageId: 'capsWord', line: 1, column: 25, endColumn: 29, suggestions: ['asla'] },
      ],
      output: 'Zeynep Hanım, bagajınız asla kaybolmadı, sadece gecikti.',
    },
    {
      name: 'tr: HEMEN and !!! (GSM)', text: 'Deniz Hanım, modemi HEMEN fişten çekin!!!', context: { language: 'tr' },
      errors: [
        { messageId: 'capsWord', line: 1, column: 21, endColumn: 26, suggestions: ['hemen'] },
        { messageId: 'repeatedExclamation', line: 1, column: 39, endColumn: 42, suggestions: ['!'] },
      ],
      output: 'Deniz Hanım, modemi hemen fişten çekin!',
    },
    {
      name: 'tr: HİÇBİR beside a capitalised number word (e-commerce)', text: 'Merhaba Elif Hanım,\n\nİade süresi 14 GÜNDÜR, sonrasında HİÇBİR iade kabul edilmez.\n\nMehmet', context: { language: 'tr' },
      errors: [
        { messageId: 'capsWord', line: 3, column: 35, endColumn: 41, suggestions: ['hiçbir'] },
      ],
      output: 'Merhaba Elif Hanım,\n\nİade süresi 14 GÜNDÜR, sonrasında hiçbir iade kabul edilmez.\n\nMehmet',
    },
    {
      name: 'tr: BUGÜN (cargo, SMS)', text: 'Emre Bey, kurye BUGÜN gelecek, adreste olun.', context: { language: 'tr', channel: 'sms' },
      errors: [
        { messageId: 'capsWord', line: 1, column: 17, endColumn: 22, suggestions: ['bugün'] },
      ],
      output: 'Emre Bey, kurye bugün gelecek, adreste olun.',
    },
    {
      name: 'tr: SADECE (GSM)', text: 'Kampanya SADECE bu hafta geçerli.', context: { language: 'tr' },
      errors: [
        { messageId: 'capsWord', line: 1, column: 10, endColumn: 16, suggestions: ['sadece'] },
      ],
      output: 'Kampanya sadece bu hafta geçerli.',
    },
    {
      name: 'tr: a whole sentence (utilities)', text: 'FATURANIZ ÖDENMEDİĞİ İÇİN HATTINIZ KAPATILACAKTIR.', context: { language: 'tr' },
      errors: [
        { messageId: 'capsName', line: 1, column: 1, endColumn: 50, suggestions: ['Faturanız Ödenmediği İçin Hattınız Kapatılacaktır', 'Faturanız ödenmediği için hattınız kapatılacaktır'] },
      ],
    },
    {
      name: 'tr: a run without acronyms from options (utilities)', text: 'İZSU ARIZA EKİBİ yarın gelecek.', context: { language: 'tr' },
      errors: [
        { messageId: 'capsName', line: 1, column: 6, endColumn: 17, suggestions: ['Arıza Ekibi', 'arıza ekibi'] },
      ],
      output: 'İZSU ARIZA EKİBİ yarın gelecek.',
    },
  ],
}
