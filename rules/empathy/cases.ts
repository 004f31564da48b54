/**
 * `empathy` test cases: run by test/rules/empathy.test.ts (RuleTester) and shown in README.md
 * (`docs: true` ones) by `npm run docs`. Positions are 1-based; columns count UTF-16 code units.
 * The finding is a zero-width insertion point where the acknowledgement belongs; nothing in the
 * customer's message (context only) is ever reported. Real replies are paraphrased.
 */
import type { RuleCases } from '../../src/rule.js'
import type { ReplyContext } from '../../src/types.js'
import type { EmpathyOptions } from './index.js'

const REPLY = 'Hi Maria,\n\nWe have refunded the delivery fee to your card.\n\nBest regards,\nSam'
const TR_REPLY = 'Merhaba Ayşe Hanım,\n\nTalebiniz ilgili ekibe iletildi ve yarın sonuçlanacak.'
/** An e-mail to Maria Garcia answering `message`. */
const said = (message: string): ReplyContext => ({ channel: 'email', customer: { name: 'Maria Garcia', message } })
/** A Turkish reply answering `message`. */
const tr = (message: string | undefined, channel: ReplyContext['channel'] = 'email', name = 'Ayşe Yılmaz'): ReplyContext => ({
  language: 'tr',
  channel,
  customer: { name, ...(message === undefined ? {} : { message }) },
})
const UNDERSTAND_EN = 'I understand how frustrating this must be. '
const APOLOGY = 'Yaşadığınız sorun için özür dileriz. '
const UNDERSTAND = 'Bu durumun ne kadar can sıkıcı olduğunu anlıyoruz. '

export const cases: RuleCases<EmpathyOptions> = {
  valid: [
    { name: 'a reply with an apology to an angry customer', text: 'Hi Maria,\n\nI am so sorry about the double charge; the refund is processed.\n\nBest,\nSam', context: said('This is the THIRD time I am asking!!! Still not working.') },
    { name: 'a reply with an acknowledgement to an angry customer', text: 'Hi Maria,\n\nI understand how frustrating this has been. The refund is processed.\n\nBest,\nSam', context: said('This is the THIRD time I am asking!!! Still not working.') },
    { name: 'a reply with thanks for patience to an angry customer', text: 'Hi Maria,\n\nThank you for your patience. The refund is processed.\n\nBest,\nSam', context: said('This is the THIRD time I am asking!!! Still not working.') },
    { name: 'a reply with apologies to an angry customer', text: 'Apologies for the delay, Maria. The refund is processed.', context: said('This is the THIRD time I am asking!!! Still not working.') },
    {
      docs: true,
      name: 'a reply with an informal acknowledgement to an angry customer',
      text: '@maria_g Oh no, that is not the experience we want for you. DM us and we will sort it.',
      context: said('This is the THIRD time I am asking!!! Still not working.'),
    },
    {
      name: 'a reply with an acknowledgement of the experience to an angry customer',
      text: 'Hi Maria,\n\nThat is not the kind of experience we want you to have. The refund is processed.\n\nBest,\nSam',
      context: said('This is the THIRD time I am asking!!! Still not working.'),
    },
    { name: 'the customer sent no message at all', text: REPLY, context: { channel: 'email', customer: { name: 'Maria Garcia' } } },
    { name: 'the customer sent a calm question', text: REPLY, context: said('How do I change the e-mail address on my account?') },
    { name: 'the customer sent an excited thank-you in capitals', text: REPLY, context: said('THANK YOU SO MUCH!!! It works now') },
    { name: 'the customer sent acronyms in capitals', text: REPLY, context: said('My USB hub and the HDMI port on my PS5 are not detected by the TV') },
    { name: 'the customer sent a happy message with emoji', text: REPLY, context: said('Got it working!! 😊') },
    { name: 'the customer sent a form prompt in capitals', text: REPLY, context: said('[TYPE YOUR QUESTION HERE] how do I pair the printer with my laptop?') },
    { name: 'the customer sent a link with capitals', text: REPLY, context: said('Is this page right? https://example.com/HELP/ACCOUNT/RESET-PASSWORD') },
    { name: 'the customer sent a phishing warning', text: REPLY, context: said('Heads up, there is a new phishing scam going around with your logo') },
    { name: 'the customer sent a joke about names', text: REPLY, context: said('I changed my username as a joke, can I change it back?') },
    { name: 'the customer sent a single exclamation mark', text: REPLY, context: said('My parcel arrived but the box was empty!') },
    { name: 'the customer sent "nobody" describing the problem (real reply, paraphrased)', text: REPLY, context: said('My comments post fine but nobody else can see them, is that normal?') },
    { name: 'the customer sent "seriously" in a quote (real reply, paraphrased)', text: REPLY, context: said('Your site says "we take privacy very seriously", so how do I delete my data?') },
    { name: 'the customer sent "many times" as frequency (real reply, paraphrased)', text: REPLY, context: said('Many times the guide does not say which channel a match is on, could you add that?') },
    { name: 'the customer sent good news with "again today" (real reply, paraphrased)', text: REPLY, context: said('I checked again today and it is working now, thanks') },
    { name: 'the customer sent a loud but happy message (real reply, paraphrased)', text: REPLY, context: said('YOU GUYS CAME THROUGH!!!! 🎉') },
    { name: 'the customer sent "!!" from an excited customer (real reply, paraphrased)', text: REPLY, context: said('Just for info, the album is there today!! 😁') },
    { name: '“gutted” without add', text: REPLY, context: said('Gutted about the cancelled flight') },
    {
      name: 'acknowledgements: ["we are on it"]',
      text: 'Hi Maria,\n\nWe are on it: the refund is processed.\n\nBest,\nSam',
      context: said('Honestly, this is a shambles from start to finish, gutted.'),
      options: { acknowledgements: ['we are on it'] },
    },
    { name: 'ignore: ["shambles"]', text: REPLY, context: said('Honestly, this is a shambles from start to finish, gutted.'), options: { ignore: ['shambles'] } },
    { name: 'not a complaint: the customer says it works now', text: REPLY, context: said('Reinstalled it for the second time and it is working now, thanks anyway!') },
    { name: 'not a complaint: the customer now understands', text: REPLY, context: said('I was upset the album vanished, but now I understand why. Thank you.') },
    { name: 'not a complaint: the customer thanks for the help after sad emoji', text: REPLY, context: said('😩😩 Alright, thanks for your help!!') },
    { name: 'not a complaint: a mood named in a question', text: REPLY, context: said('Which playlist should I put on when angry?') },
    { name: 'not a complaint: a hedge', text: REPLY, context: said('As ridiculous as this may sound, I would love a dark mode.') },
    { name: "not a complaint: the customer's self-doubt", text: REPLY, context: said('Sorry if this is a dumb question, but where is the serial number?') },
    { name: 'not a complaint: a complaint asked about', text: REPLY, context: said('Can you confirm you received my complaint?') },
    { name: 'not a complaint: a joke', text: REPLY, context: said('lmao jk!!!') },
    { name: 'not a complaint: a negated complaint word', text: REPLY, context: said("Haha, it wasn't a complaint, just amused me.") },
    { name: "not a complaint: another account's product", text: REPLY, context: said("It is not your update, only @othertunes's awful app crashes.") },
    { name: 'not a complaint: a literal "how many times"', text: REPLY, context: said('Thanks! How many times (roughly) does an ad play in an hour?') },
    { name: 'not a complaint: capitals in a shared post', text: REPLY, context: said('Phishing page found, hosted by EXAMPLEHOST-AMS NL GROUP #phishing https://scan.example/abc') },
    { name: 'social: the second part of a reply split over several tweets', text: '@dana_k 2: then restart the app and sign in again.', context: { channel: 'social', customer: { name: 'Maria Garcia', message: 'Still not working!!' } } },
    { name: 'an acknowledgement in other words', text: "Hi Maria,\n\nDon't throw in the towel just yet! We'd still like to help: which phone do you use?\n\nSam", context: said('This app is useless.') },
    { name: 'tr: özür dileriz (e-commerce)', text: 'Merhaba Ayşe Hanım,\n\nGecikme için özür dileriz. Siparişiniz yarın teslim edilecek.', context: tr('Rezalet! Siparişim 10 gündür gelmedi.') },
    { name: 'tr: kusura bakmayın (cargo chat)', text: 'Kusura bakmayın Fatma Hanım, kurye yarın yeniden gelecek.', context: tr('Kurye hiç gelmedi, dalga mı geçiyorsunuz?') },
    { name: 'tr: anlıyorum (bank)', text: 'Merhaba Mehmet Bey,\n\nAnlıyorum, uygulamanın çökmesi can sıkıcı. Yeni sürüm yayında.', context: tr('UYGULAMANIZ YİNE ÇÖKTÜ') },
    { name: 'tr: yaşadığınız sorun için üzgünüz (airline)', text: 'Merhaba Zeynep Hanım,\n\nYaşadığınız sorun için üzgünüz. Bagajınız bu akşam İzmir’e gönderilecek.', context: tr('Berbat bir hizmet, bagajım kayıp!') },
    { name: 'tr: sabrınız için teşekkürler (GSM)', text: 'Merhaba Deniz Hanım,\n\nSabrınız için teşekkürler. Arıza akşam 18:00’e kadar giderilecek.', context: tr('internetim hala calismiyor') },
    { name: 'tr: an excited customer writing in capitals (bank)', text: 'Merhaba Can Bey,\n\nRica ederiz, iyi günlerde kullanın.', context: tr('SÜPER, KARTIM GELDİ, ÇOK TEŞEKKÜRLER!!!') },
    { name: 'tr: acronyms in capitals (utility)', text: 'Merhaba Selin Hanım,\n\nFaturanıza KDV dahil tutar yansıtıldı.', context: tr('FATURADA KDV VE ÖTV TUTARI TL OLARAK YAZSIN') },
    { docs: true, name: 'tr: a calm problem report (e-commerce)', text: 'Merhaba Elif Hanım,\n\nİadeniz 3 Mart’ta onaylandı; 3-5 iş günü içinde kartınıza yansıyacaktır.', context: tr('İade ettiğim ayakkabının parası hâlâ yatmadı.') },
    { name: 'tr: a damaged parcel reported calmly (cargo)', text: 'Merhaba Burak Bey,\n\nHasarlı ürünü kapıdan ücretsiz aldırıyoruz, yenisi yarın kargoda.', context: tr('Paketim hasarlı geldi, resmi ektedir.') },
    { name: 'tr: a customer awaiting an answer politely (GSM)', text: 'Merhaba Hakan Bey,\n\nTalebiniz teknik ekibe iletildi, yarın 12:00’ye kadar size dönüş yapılacak.', context: tr('Hat taşıma talebimle ilgili cevabınızı bekliyorum.') },
    { name: 'tr: a game called PES (games)', text: 'Merhaba Mehmet Bey,\n\nSunucu bakımı bitti, şu an bağlanabilirsiniz.', context: tr('PES 2021 oyunumda sunucuya bağlanamıyorum') },
    { name: 'tr: “son kez” meaning “last time” (games)', text: 'Merhaba Mehmet Bey,\n\nŞifre yenileme bağlantısını gönderdik.', context: tr('Hesabıma son kez dün girdim, şifremi unuttum') },
    { name: 'tr: “no complaint” (GSM)', text: 'Merhaba Mehmet Bey,\n\nFaturanız ekte.', context: tr('Hiçbir şikayetim yok, sadece faturamı görmek istiyorum') },
    { name: 'tr: hala meaning aunt (GSM)', text: 'Merhaba Mehmet Bey,\n\nHat sahibinin onayıyla tanımlayabiliyoruz.', context: tr('Halamın hattına ek paket tanımlayabilir misiniz?') },
    { name: 'tr: a recurring problem stated calmly (GSM chat)', text: 'Merhaba Deniz Hanım, bölgesel arıza 16:00’ya kadar giderilecek.', context: tr('İnternetim sürekli kopuyor') },
    { name: 'tr: no customer message', text: 'Merhaba Ayşe Hanım,\n\nSiparişiniz yolda.', context: tr(undefined) },
    {
      docs: true,
      name: 'an apology for the repeat contact before the answer',
      text: "Hi Maria,\n\nI'm sorry you've had to contact us about this again. We have refunded the delivery fee to your card.\n\nBest regards,\nSam",
      context: said("This is the third time I've asked for this refund."),
    },
    {
      docs: true,
      name: 'chat: an excited thank-you in capitals is no complaint',
      text: "You're welcome, Maria! Enjoy the new headphones.",
      context: { channel: 'chat', customer: { name: 'Maria Garcia', message: 'THANK YOU SO MUCH!!! It works now' } },
    },
    {
      docs: true,
      name: 'tr: an apology for the repeat contact (e-commerce)',
      text: 'Merhaba Ayşe Hanım,\n\nSize tekrar yazmak zorunda kaldığınız için özür dileriz. İadeniz dün bankanıza gönderildi ve 2 iş günü içinde hesabınızda olacak.\n\nSaygılarımızla,\nMehmet\nTrendmarket Müşteri Hizmetleri',
      context: tr('Rezalet! Üçüncü kez yazıyorum, iadem hâlâ yatmadı.'),
    },
  ],
  invalid: [
    {
      docs: true,
      name: '“third time” in an e-mail: reported where the body starts, after the greeting',
      text: REPLY,
      context: said("This is the third time I've asked for this refund."),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry you've had to contact us about this again. ", UNDERSTAND_EN], data: { why: '“third time”' } }],
    },
    {
      name: 'the customer wrote a problem that persists',
      text: REPLY,
      context: said('My internet is still not working after the engineer visit.'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry this is still happening. ", UNDERSTAND_EN], data: { why: '“still not”' } }],
    },
    {
      docs: true,
      name: 'the customer wrote a long wait',
      text: REPLY,
      context: said("I've been on hold for two hours and nobody has answered."),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry for the wait, and thank you for your patience. ", UNDERSTAND_EN], data: { why: '“on hold”' } }],
    },
    {
      name: 'the customer wrote an angry word',
      text: REPLY,
      context: said('Charging me a late fee for your own outage is ridiculous.'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry for the trouble this has caused. ", UNDERSTAND_EN], data: { why: '“ridiculous”' } }],
    },
    {
      name: 'the customer wrote a complaint',
      text: REPLY,
      context: said('I was charged twice for the same order.'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry for the trouble this has caused. ", UNDERSTAND_EN], data: { why: '“charged twice”' } }],
    },
    {
      name: 'the customer wrote profanity',
      text: REPLY,
      context: said('Where the hell is my parcel'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry for the trouble this has caused. ", UNDERSTAND_EN], data: { why: 'strong language' } }],
    },
    {
      name: 'the customer wrote shouting',
      text: REPLY,
      context: said('WHY IS MY ACCOUNT LOCKED AGAIN'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry for the trouble this has caused. ", UNDERSTAND_EN], data: { why: 'writing in capitals' } }],
    },
    {
      name: 'the customer wrote a row of exclamation marks',
      text: REPLY,
      context: said('My order was supposed to arrive on Monday!!!'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry for the trouble this has caused. ", UNDERSTAND_EN], data: { why: '“!!!”' } }],
    },
    {
      name: 'the customer wrote an angry emoji',
      text: REPLY,
      context: said('The app logged me out again 😡'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry for the trouble this has caused. ", UNDERSTAND_EN], data: { why: '😡' } }],
    },
    {
      name: 'the customer wrote a repeat contact',
      text: REPLY,
      context: said('I already called you twice about this bill.'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry you've had to contact us about this again. ", UNDERSTAND_EN], data: { why: '“already called”' } }],
    },
    {
      name: 'social: reported after the @handle',
      text: '@maria_g Your refund is processed and will show within 5 days.',
      context: { channel: 'social', customer: { message: '@Acme still no refund after 3 weeks' } },
      errors: [{ messageId: 'frustrated', line: 1, column: 10, endColumn: 10, suggestions: ["I'm sorry this is still happening. ", UNDERSTAND_EN], data: { why: '“still no”' } }],
    },
    {
      name: 'chat: reported after an inline greeting',
      text: 'Hi Maria, the replacement ships today.',
      context: { channel: 'chat', customer: { name: 'Maria Garcia', message: 'Fed up with this broken kettle' } },
      errors: [{ messageId: 'frustrated', line: 1, column: 11, endColumn: 11, suggestions: ["I'm sorry for the trouble this has caused. ", UNDERSTAND_EN], data: { why: '“Fed up”' } }],
    },
    {
      name: 'an apology only in quoted text does not count',
      text: 'Hi Maria,\n\nThe refund is processed.\n\nBest,\nSam\n\n> Sorry to bother you again, but this is ridiculous.',
      context: said('This is ridiculous, still no refund'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry this is still happening. ", UNDERSTAND_EN], data: { why: '“still no”' } }],
    },
    {
      name: '“shambles” is a built-in frustration word',
      text: REPLY,
      context: said('Honestly, this is a shambles from start to finish, gutted.'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry for the trouble this has caused. ", UNDERSTAND_EN], data: { why: '“shambles”' } }],
    },
    {
      name: 'add: ["gutted"]',
      text: REPLY,
      context: said('Gutted about the cancelled flight'),
      options: { add: ['gutted'] },
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry for the trouble this has caused. ", UNDERSTAND_EN], data: { why: '“Gutted”' } }],
    },
    {
      name: 'the customer wrote a sarcastic thanks',
      text: REPLY,
      context: said('Thanks for making a liar out of me. You promised delivery today!!!'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry for the trouble this has caused. ", UNDERSTAND_EN], data: { why: '“!!!”' } }],
    },
    {
      name: 'the customer wrote a hashtag',
      text: REPLY,
      context: said('Three days without internet #useless'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry for the trouble this has caused. ", UNDERSTAND_EN], data: { why: '“useless”' } }],
    },
    {
      name: 'the customer wrote "stupid"',
      text: REPLY,
      context: said('This stupid router drops every hour.'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry for the trouble this has caused. ", UNDERSTAND_EN], data: { why: '“stupid”' } }],
    },
    {
      name: 'the customer wrote an unanswered question',
      text: REPLY,
      context: said('I asked about the fee last week and you never replied.'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry for the wait, and thank you for your patience. ", UNDERSTAND_EN], data: { why: '“never replied”' } }],
    },
    {
      name: 'the customer wrote a refused refund',
      text: REPLY,
      context: said('You refused my refund without any reason.'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry for the trouble this has caused. ", UNDERSTAND_EN], data: { why: '“refused”' } }],
    },
    {
      name: 'the customer wrote "how many times do I have to…"',
      text: REPLY,
      context: said('How many times do I have to ask for my refund?'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry you've had to contact us about this again. ", UNDERSTAND_EN], data: { why: '“How many times”' } }],
    },
    {
      name: 'tr: “Rezalet!” (e-commerce)',
      text: 'Merhaba Ayşe Hanım,\n\nSiparişiniz yarın saat 12:00’ye kadar teslim edilecek.\n\nSaygılarımızla,\nTrendmarket',
      context: tr('Rezalet! Siparişim hâlâ ortada yok.'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: [APOLOGY, UNDERSTAND], data: { why: '“Rezalet”' } }],
    },
    {
      name: 'tr: ASCII-typed “still not working” (GSM)',
      text: TR_REPLY,
      context: tr('internetim hala calismiyor, dun de yazmistim'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ['Sorunun hâlâ devam ettiği için özür dileriz. ', UNDERSTAND], data: { why: '“hala calismiyor”' } }],
    },
    {
      name: 'tr: “third time” (e-commerce)',
      text: TR_REPLY,
      context: tr('Üçüncü kez yazıyorum, iadem nerede?'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ['Bu konuda bize tekrar yazmak zorunda kaldığınız için özür dileriz. ', UNDERSTAND], data: { why: '“Üçüncü kez”' } }],
    },
    {
      docs: true,
      name: 'tr: an ordinal with a dot (cargo)',
      text: TR_REPLY,
      context: tr('3. kez yazıyorum, kargom nerede'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ['Bu konuda bize tekrar yazmak zorunda kaldığınız için özür dileriz. ', UNDERSTAND], data: { why: '“3. kez”' } }],
    },
    {
      name: 'tr: days of waiting (GSM)',
      text: TR_REPLY,
      context: tr('Günlerdir müşteri hizmetlerine ulaşamıyorum, kimse dönüş yapmadı.'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ['Beklettiğimiz için özür dileriz, sabrınız için teşekkür ederiz. ', UNDERSTAND], data: { why: '“Günlerdir”' } }],
    },
    {
      name: 'tr: berbat (airline)',
      text: TR_REPLY,
      context: tr('Berbat bir hizmet. Bagajım nerede?'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: [APOLOGY, UNDERSTAND], data: { why: '“Berbat”' } }],
    },
    {
      name: 'tr: an inflected stem: rezaletsiniz (bank)',
      text: TR_REPLY,
      context: tr('Rezaletsiniz, kartım hâlâ gelmedi'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ['Beklettiğimiz için özür dileriz, sabrınız için teşekkür ederiz. ', UNDERSTAND], data: { why: '“hâlâ gelmedi”' } }],
    },
    {
      name: 'tr: a complaint threat (utility)',
      text: TR_REPLY,
      context: tr('Bu fatura kabul edilemez, tüketici hakem heyetine gideceğim.'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: [APOLOGY, UNDERSTAND], data: { why: '“kabul edilemez”' } }],
    },
    {
      name: 'tr: Turkish profanity (cargo, social)',
      text: 'Paketiniz yarın dağıtıma çıkacak.',
      context: tr('kargom gelmedi amk', 'social', 'Burak Kılıç'),
      errors: [{ messageId: 'frustrated', line: 1, column: 1, endColumn: 1, suggestions: [APOLOGY, UNDERSTAND], data: { why: 'strong language' } }],
    },
    {
      name: 'tr: capitals typed on a Turkish keyboard (bank)',
      text: 'Merhaba Mehmet Bey,\n\nYeni sürüm yayında.',
      context: tr('UYGULAMANIZA GİRİŞ YAPAMIYORUM ŞİFREMİ KABUL ETMİYOR', 'email', 'Mehmet Kaya'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: [APOLOGY, UNDERSTAND], data: { why: 'writing in capitals' } }],
    },
    {
      name: 'tr: an emphatic word in capitals on an English keyboard (GSM chat)',
      text: 'Arızanız akşam giderilecek.',
      context: tr('internet YINE gitti', 'chat', 'Deniz Aydın'),
      errors: [{ messageId: 'frustrated', line: 1, column: 1, endColumn: 1, suggestions: [APOLOGY, UNDERSTAND], data: { why: 'writing in capitals' } }],
    },
    {
      docs: true,
      name: 'social: a customer shouting, answered without a word about it',
      text: '@maria_g Try resetting your password from the sign-in page.',
      context: { channel: 'social', customer: { message: '@Acme WHY IS MY ACCOUNT LOCKED AGAIN' } },
      errors: [{ messageId: 'frustrated', line: 1, column: 10, endColumn: 10, suggestions: ["I'm sorry for the trouble this has caused. ", UNDERSTAND_EN], data: { why: 'writing in capitals' } }],
    },
    {
      docs: true,
      name: 'tr: a third message about a refund (e-commerce)',
      text: 'Merhaba Ayşe Hanım,\n\nİadeniz dün bankanıza gönderildi ve 2 iş günü içinde hesabınızda olacak.\n\nSaygılarımızla,\nMehmet\nTrendmarket Müşteri Hizmetleri',
      context: tr('Rezalet! Üçüncü kez yazıyorum, iadem hâlâ yatmadı.'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ['Bu konuda bize tekrar yazmak zorunda kaldığınız için özür dileriz. ', UNDERSTAND], data: { why: '“Üçüncü kez”' } }],
    },
    {
      name: 'the customer wrote “fed-up” with a hyphen',
      text: REPLY,
      context: said('Totally fed-up with this kettle, it leaks again.'),
      errors: [{ messageId: 'frustrated', line: 3, column: 1, endColumn: 1, suggestions: ["I'm sorry for the trouble this has caused. ", UNDERSTAND_EN], data: { why: '“fed-up”' } }],
    },
  ],
}
