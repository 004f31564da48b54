/**
 * `readability` test cases: run by test/rules/readability.test.ts (RuleTester) and shown in README.md
 * (`docs: true` ones) by `npm run docs`. English and Turkish; every assertion of the former
 * readability.test.ts and readability-tr.test.ts is a case here. Positions are 1-based UTF-16 columns.
 */
import type { RuleCases } from '../../src/rule.js'
import type { ReadabilityOptions } from './index.js'

export const cases: RuleCases<ReadabilityOptions> = {
  valid: [
    { docs: true, name: 'a plain e-mail after a fix', text: 'Hi Jordan,\n\nWe found the problem. A setting on our side stopped you from signing in. We fixed it this morning, and you can sign in again on all your devices.\n\nRegards,\nSam' },
    {
      name: 'tr: a plain apology for a late order',
      text: 'Merhaba Elif Hanım,\n\nSiparişinizi tedarikçimiz geç gönderdi, bu yüzden zamanında teslim edemedik. Özür dileriz. Tedarikçiyle konuştuk ve ürününüz yarın kargoya verilecek.\n\nSaygılarımızla,\nBurak',
      context: { language: 'tr' },
    },
    {
      docs: true,
      name: 'an exemplary e-mail',
      text: 'Hi Ana,\n\nThanks for your patience. We found the problem: your router was set to an old channel. We changed it from our side this morning. Your internet should be fast again now. If it is still slow tonight, reply to this e-mail and we will send an engineer.\n\nBest,\nTom',
    },
    { name: 'a long sentence of short words (left to verbosity)', text: 'We sent the new card to your home on Monday and it should be with you by the end of the week, so keep an eye on your post box.' },
    { name: 'everyday long words', text: 'Thanks for the information, your delivery is available to track in your account today, and our customer team is happy to help with anything else.' },
    { name: 'brand and place names', text: 'Your Samsung Galaxy repair at our Wolverhampton Brierley Hill location is booked for Saturday at ten.' },
    { name: 'numbers, links and codes', text: 'Your order 40213377 shipped today: https://track.example.com/packages/40213377?carrier=ups-international-expedited and it should arrive by 14:00 on 12/06.' },
    { name: 'a short chat answer', text: 'Yes, that plan includes unlimited international roaming. Anything else I can check?' },
    { name: 'a two-sentence reply of moderate difficulty', text: 'We have reset your password and unlocked your account. You can sign in again with the temporary details we sent.' },
    {
      name: 'a plain four-sentence reply at the default target',
      text: 'We have reviewed your account. The additional charge appeared because your subscription renewed automatically. We have processed a refund to your original payment method. Please allow several business days for it to appear.',
    },
    {
      name: 'the rule option readingGrade wins over the shared readingGrade',
      text: 'We have reviewed your account. The additional charge appeared because your subscription renewed automatically. We have processed a refund to your original payment method. Please allow several business days for it to appear.',
      options: { readingGrade: 14 },
      config: { readingGrade: 7 },
    },
    {
      name: 'a handle, a third-party tool and an HTML entity (real reply)',
      text: '@_killagaming_ Looks like you are using a third-party tool, and we cannot confirm the accuracy of the numbers that tool shows for your channel&gt; reporting.',
      context: { channel: 'social' },
    },
    {
      docs: true,
      name: 'dense quoted customer text',
      text: 'Thanks Jordan, we have fixed this for you and your devices work again.\n\n> Following a comprehensive investigation, our infrastructure engineering organisation determined that the intermittent authentication failures originated from a misconfigured synchronisation component.\n> Following a comprehensive investigation, our infrastructure engineering organisation determined that the intermittent authentication failures originated from a misconfigured synchronisation component.',
    },
    {
      name: 'a dense e-mail with the target raised to 30',
      text: 'Hi Jordan,\n\nFollowing a comprehensive investigation, our infrastructure engineering organisation determined that the intermittent authentication failures originated from a misconfigured synchronisation component. Consequently, administrative reconfiguration of your subscription entitlements was necessary. Subsequently, verification procedures confirmed successful restoration of functionality across all registered devices.\n\nRegards,\nSam',
      options: { readingGrade: 30 },
    },
    {
      name: 'a menu path reads as one step a sentence',
      text: 'Let us sort it. Go ahead and log out of the app > uninstall the app > unpair your devices > restart your devices > reinstall the app > log back in. Try a run and tell us.',
      context: { channel: 'social' },
    },
    { name: 'near miss: a short sentence with a couple of long words', text: 'Gift card expiry dates are displayed in several places, including promotional material and the terms page.', context: { channel: 'social' } },
    {
      name: 'near miss: a reply barely above the target',
      text: 'I understand the frustration. This service was planned with twelve carriages. A fault meant only eight could run. The operator told us late in the morning. We are sorry about the crowding.',
      context: { channel: 'social' },
    },
    { name: 'a Malay reply is not graded as English', text: 'Sila semak status permohonan anda melalui aplikasi mudah alih kami dan hubungi pusat panggilan jika perlu bantuan lanjut.', context: { channel: 'social' } },
    { name: 'a Spanish reply is not graded as English', text: 'Prueba a desinstalar la aplicación, limpia la caché, reinicia el teléfono y vuelve a emparejarlo desde cero.', context: { channel: 'social' } },
    { name: 'a short plain chat reply', text: 'Thanks for waiting! Your parcel is on the van and should reach you before six tonight.', context: { channel: 'chat' } },
    { name: 'a short Spanish reply', text: 'Cualquier otra duda, no dudes en escribirnos.', context: { channel: 'social' } },
    { name: 'hashtags are not words', text: 'Keep chasing that finish line! 🏁 #perseverance #motivation #celebration -Jo', context: { channel: 'social' } },
    { name: 'near miss: a short reply with a few long words among plain ones', text: 'For questions regarding a companion certificate, please call the card issuer at 0800 555 0100.', context: { channel: 'social' } },
    {
      docs: true,
      name: 'tr: a plain e-commerce e-mail',
      text: 'Merhaba Ayşe Hanım,\n\nSiparişiniz bugün kargoya verildi. Yarın öğlene kadar elinizde olur. Takip numarası SMS ile gelecek. Bir sorun olursa bize yazın.\n\nSaygılarımızla,\nMehmet',
      context: { language: 'tr' },
    },
    {
      name: 'tr: a polite reply full of -InIz endings (airline)',
      text: 'Merhaba Hakan Bey,\n\nUçuşunuzun iptali için özür dileriz. Bilet ücretinizin tamamı olan 2.450 TL’yi bugün iade ettik; kartınıza 7 iş günü içinde yansıyacaktır.\n\nDilerseniz iade yerine aynı tutarda ücretsiz değişiklik hakkı da tanımlayabiliriz. Tercihinizi bu e-postayı yanıtlayarak bildirebilirsiniz.\n\nİyi yolculuklar dileriz,\nAylin',
      context: { language: 'tr' },
    },
    {
      name: 'tr: a GSM chat answer',
      text: 'Merhaba Deniz Hanım, bağlantınızı kontrol ettim: hattınızda bölgesel bir arıza var. Teknik ekibimiz bugün saat 16:00’ya kadar arızayı giderecek. Giderildiğinde size SMS ile haber vereceğiz; kesinti süresi için faturanıza indirim de tanımladım.',
      context: { language: 'tr' },
    },
    {
      name: 'tr: a bank reply with amounts and dates',
      text: 'Merhaba Levent Bey,\n\nKrediniz onaylandı. 50.000 TL tutarındaki kredi 36 ay vadeyle hesabınıza aktarıldı. Geri ödeme planınızı internet şubesinden ve mobil uygulamadan görebilirsiniz. İlk taksitiniz 5 Mayıs’ta hesabınızdan çekilecek.\n\nSaygılarımızla,\nBankamız',
      context: { language: 'tr' },
    },
    { name: 'tr: a cargo reply with place names', text: 'Emre Bey, paketiniz Beşiktaş şubemizde bekliyor. İsterseniz yarın tekrar dağıtıma çıkaralım, isterseniz şubeden teslim alabilirsiniz.', context: { language: 'tr' } },
    { name: 'tr: a short chat answer', text: 'Tabii, kampanya kodunuz tanımlandı: BAHAR25. Sepette indirim otomatik uygulanır.', context: { language: 'tr' } },
    {
      name: 'tr: a reminder label before a colon is not graded with the sentence (bank)',
      text: 'Güvenliğiniz için hatırlatalım: hesabınıza giriş için telefonunuza gelen doğrulama kodunu, bizden arandığınızı söyleyen kişiler dahil, kimseyle paylaşmamanızı rica ederiz.',
      context: { language: 'tr', channel: 'chat' },
    },
    {
      name: 'tr: a short plain reply of three sentences is graded and passes',
      text: 'Merhaba Selim Bey,\n\nTaksit talebiniz için gelir belgenizi bize göndermeniz yeterli. Belgeyi inceledikten sonra sonucu size kısa mesajla bildireceğiz.\n\nAnlayışınız için teşekkür ederiz.\n\nSaygılarımızla,\nDeniz',
      context: { language: 'tr', channel: 'email' },
    },
    {
      name: 'tr: a short reply of everyday words with the polite -InIz',
      text: 'Merhaba Gül Hanım,\n\nKartınızı bugün kapattık ve yeni kartınızı adresinize gönderdik. Kargo takip numaranız mesajla gelecek. Başka bir sorunuz olursa bize yazabilirsiniz.\n\nSaygılarımızla,\nDeniz',
      context: { language: 'tr', channel: 'email' },
    },
    {
      name: 'tr: a dense quoted customer message',
      text: 'Elif Hanım, siparişinizi yeniden gönderdik, yarın elinizde olacak.\n\n> Tarafınızca iletilmiş olan talebinize istinaden yapılan incelemeler neticesinde, mezkûr siparişin tedarikçi firma nezdinde oluşan aksaklıklar sebebiyle planlanan süre zarfında teslim edilemediği tespit edilmiş olup, gerekli düzeltici faaliyetlerin başlatıldığını bilgilerinize sunarız.',
      context: { language: 'tr' },
    },
    {
      name: 'tr: a plain bill explanation at the default target (utilities)',
      text: 'Merhaba Selin Hanım,\n\nFaturanızı inceledik. Sayacınız şubat ayında okunamadığı için tahmini tüketim yazılmış; mart okumasıyla iki ayın farkı birlikte yansımış. Toplam tüketiminiz doğru hesaplandı, fazladan ücret alınmadı.\n\nDilerseniz tutarı 3 taksitte ödeyebilirsiniz. Taksit için bu e-postayı yanıtlamanız yeterli.\n\nSaygılarımızla,\nOğuz',
      context: { language: 'tr' },
    },
    {
      name: 'tr: the rule option readingGrade wins over the shared readingGrade',
      text: 'Merhaba Selin Hanım,\n\nFaturanızı inceledik. Sayacınız şubat ayında okunamadığı için tahmini tüketim yazılmış; mart okumasıyla iki ayın farkı birlikte yansımış. Toplam tüketiminiz doğru hesaplandı, fazladan ücret alınmadı.\n\nDilerseniz tutarı 3 taksitte ödeyebilirsiniz. Taksit için bu e-postayı yanıtlamanız yeterli.\n\nSaygılarımızla,\nOğuz',
      context: { language: 'tr' },
      options: { readingGrade: 12 },
      config: { readingGrade: 6 },
    },
    {
      name: 'tr: a how-to sentence whose length comes from a capitalised menu label',
      text: 'Merhaba Ece Hanım,\n\nFaturanızı bağlamak için bankanızın uygulamasında Ödemeler menüsündeki Otomatik Ödeme Talimatı bölümünü kullanabilirsiniz.\n\nİyi günler dileriz,\nCan',
      context: { channel: 'email', language: 'tr' },
    },
    {
      name: 'tr: a 13-word instruction whose grade comes from suffixes',
      text: 'Merhaba Ece Hanım,\n\nSiparişinizi iade etmek için hesabınızdaki siparişlerim sayfasından ilgili ürünü seçip iade talebi oluşturabilirsiniz.\n\nİyi günler dileriz,\nCan',
      context: { channel: 'email', language: 'tr' },
    },
    // Blind batch 6: a long sentence of everyday words is verbosity's long sentence, not a hard one (Turkish caps the length at 22 words).
    {
      name: 'tr: a 35-word sentence of everyday words (cargo)',
      text: 'Siparişinizi bugün kontrol ettim, paketiniz dün akşam İzmir aktarma merkezinden çıktı ve bu sabah dağıtım şubesine ulaştı, kuryemiz öğleden sonra yola çıkacak ve saat beşe kadar kapınızda olacak, bir sorun olursa bize yine buradan yazabilirsiniz.',
      context: { language: 'tr' },
    },
    // Judged real replies (seed 5): plain clauses joined by dashes read as short sentences, not one long one.
    {
      name: 'dash-joined short clauses (en dash) read as separate sentences',
      text: 'Sorry about the buffering – the player may lower the picture quality automatically to keep playback steady – this usually happens on a slower connection.',
      context: { channel: 'social' },
    },
    {
      name: 'dash-joined short clauses (spaced hyphens)',
      text: 'Sorry about the buffering - the player may lower the picture quality automatically to keep playback steady - this usually happens on a slower connection.',
    },
    {
      name: 'an e-mail of dash-joined short clauses',
      text: 'Hi Ana,\n\nWe looked into it – the player may lower the picture quality automatically on a slower connection – you can still choose a higher quality in the settings. Tell us if it keeps happening – we are happy to check your account.\n\nBest,\nTom',
    },
    // Judged real replies (seed 5): short plain sentences only just over the target are not worth a rewrite.
    {
      name: 'near miss: short sentences a grade over the target (11.4, 8 words a sentence)',
      text: 'We are sorry for any disappointment caused. Existing members keep their current benefits until renewal. We continue to introduce additional compatible phones every month. Other messaging apps may offer similar features.',
      context: { channel: 'social' },
    },
    // Judged real replies (seed 5): the name of a security feature the customer has to use has no plainer word.
    {
      name: 'a feature name (two-factor authentication) the customer must use',
      text: 'So that we are on the same page, your sister is trying to receive the two-factor authentication code that unlocks her account, and you wanted to make a repair appointment?',
      context: { channel: 'social' },
    },
    {
      name: 'a feature name (two-step verification) the customer must use',
      text: 'So that we are on the same page, your sister is trying to receive the two-step verification message that unlocks her account, and you wanted to make a repair appointment?',
    },
    { name: 'an SMS with a greeting on the line of a plain explanation (council tax)', text: 'Hi Ian, thanks. Your bill went up because the single person discount ended in April. Leeds City Council', context: { channel: 'sms' } },
  ],
  invalid: [
    {
      name: 'the same question with an ordinary long phrase still fires',
      text: 'So that we are on the same page, your sister is trying to receive the identity verification message that unlocks her account, and you wanted to make a repair appointment?',
      errors: [
        {
          messageId: 'hardSentence',
          line: 1,
          column: 1,
          endColumn: 171,
          suggestions: ['verification', 'identity', 'appointment'],
          message: 'This sentence reads at grade 14.6 (target 10): 30 words, with long words like “verification”, “identity”, “appointment”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'a run-on that names a feature still fires, on its other words',
      text: 'If you originally enabled two-factor authentication, you can recover your account with the backup codes you created when activating it, otherwise contact our support team through the article below for additional assistance.',
      errors: [
        {
          messageId: 'hardSentence',
          line: 1,
          column: 1,
          endColumn: 224,
          suggestions: ['originally', 'activating', 'additional', 'enabled', 'created'],
          message: 'This sentence reads at grade 19.4 (target 10): 32 words, with long words like “originally”, “activating”, “additional”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'short sentences well over the target still fire',
      text: 'We are sorry for any disappointment caused. Existing members keep their current benefits until renewal. We continue to introduce additional compatible phones every month. Other messaging applications may offer similar features.',
      errors: [
        {
          messageId: 'hardReply',
          line: 1,
          column: 1,
          endColumn: 228,
          suggestions: ['disappointment', 'additional', 'compatible', 'existing', 'benefits'],
          message: 'This reply reads at grade 12.6 (Flesch–Kincaid), above the target of 10: sentences average 8 words. Use shorter sentences and everyday words for “disappointment”, “additional”, “compatible”.',
        },
      ],
    },
    {
      name: 'longer sentences just over the target still fire (11.7, 13 words a sentence)',
      text: 'We are sorry for any disappointment caused by the change to the calling service. Existing members keep their current benefits until the renewal date on their subscription. We continue to introduce additional compatible handsets for the service every single month. Alternative messaging applications may offer similar features in the meantime.',
      errors: [
        {
          messageId: 'hardReply',
          line: 1,
          column: 1,
          endColumn: 343,
          suggestions: ['disappointment', 'additional', 'compatible', 'alternative', 'existing'],
          message: 'This reply reads at grade 11.7 (Flesch–Kincaid), above the target of 10: sentences average 13 words. Use shorter sentences and everyday words for “disappointment”, “additional”, “compatible”.',
        },
      ],
    },
    {
      name: 'the same clauses joined by commas are one dense sentence',
      text: 'Sorry about the buffering, the player may lower the picture quality automatically to keep playback steady, this usually happens on a slower connection.',
      errors: [
        {
          messageId: 'hardSentence',
          line: 1,
          column: 1,
          endColumn: 152,
          suggestions: ['automatically', 'buffering', 'quality', 'connection'],
          message: 'This sentence reads at grade 17.0 (target 10): 23 words, with long words like “automatically”, “buffering”, “quality”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'a dash before a long dense clause keeps the sentence whole',
      text: 'Thanks for checking – the charge appears because the original subscription renewed automatically before the cancellation request reached our administration team.',
      errors: [
        {
          messageId: 'hardSentence',
          line: 1,
          column: 1,
          endColumn: 162,
          suggestions: ['automatically', 'administration', 'original'],
          message: 'This sentence reads at grade 18.2 (target 10): 20 words, with long words like “automatically”, “administration”, “original”. Split it or use shorter words.',
        },
      ],
    },
    {
      docs: true,
      name: 'a dense e-mail: its hardest sentence and the reply as a whole, without greeting and sign-off',
      text: 'Hi Jordan,\n\nFollowing a comprehensive investigation, our infrastructure engineering organisation determined that the intermittent authentication failures originated from a misconfigured synchronisation component. Consequently, administrative reconfiguration of your subscription entitlements was necessary. Subsequently, verification procedures confirmed successful restoration of functionality across all registered devices.\n\nRegards,\nSam',
      errors: [
        {
          messageId: 'hardSentence',
          line: 3,
          column: 1,
          endColumn: 201,
          suggestions: ['investigation', 'organisation', 'authentication', 'originated', 'synchronisation'],
          message: 'This sentence reads at grade 28.8 (target 10): 20 words, with long words like “investigation”, “organisation”, “authentication”. Split it or use shorter words.',
        },
        {
          messageId: 'hardReply',
          line: 3,
          column: 1,
          endColumn: 414,
          suggestions: ['reconfiguration', 'functionality', 'investigation', 'organisation', 'authentication'],
          message: 'This reply reads at grade 27.2 (Flesch–Kincaid), above the target of 10: sentences average 14 words. Use shorter sentences and everyday words for “reconfiguration”, “functionality”, “investigation”.',
        },
      ],
    },
    {
      name: 'a one-sentence reply is judged on the sentence only',
      text: 'Your policy documentation indicates that reimbursement eligibility is contingent upon preauthorization from an authorized representative.',
      errors: [
        {
          messageId: 'hardSentence',
          line: 1,
          column: 1,
          endColumn: 138,
          suggestions: ['eligibility', 'preauthorization', 'documentation', 'reimbursement', 'policy'],
          message: 'This sentence reads at grade 25.7 (target 10): 15 words, with long words like “eligibility”, “preauthorization”, “documentation”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'plainLongWords: everyday words the team lists are never offered',
      text: 'Your policy documentation indicates that reimbursement eligibility is contingent upon preauthorization from an authorized representative.',
      options: { plainLongWords: ['documentation', 'policy'] },
      errors: [
        {
          messageId: 'hardSentence',
          line: 1,
          column: 1,
          endColumn: 138,
          suggestions: ['eligibility', 'preauthorization', 'reimbursement', 'indicates', 'contingent'],
          message: 'This sentence reads at grade 25.7 (target 10): 15 words, with long words like “eligibility”, “preauthorization”, “reimbursement”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'a hard banking sentence',
      text: 'Pursuant to the applicable regulatory requirements, the beneficiary verification procedure must be completed prior to the reactivation of international transfer functionality.',
      errors: [
        {
          messageId: 'hardSentence',
          line: 1,
          column: 1,
          endColumn: 176,
          suggestions: ['beneficiary', 'functionality', 'regulatory', 'verification', 'international'],
          message: 'This sentence reads at grade 25.8 (target 10): 21 words, with long words like “beneficiary”, “functionality”, “regulatory”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'a hard telecom sentence',
      text: 'The intermittent connectivity degradation you experienced was attributable to electromagnetic interference affecting the distribution cabinet serving your residential address.',
      errors: [
        {
          messageId: 'hardSentence',
          line: 1,
          column: 1,
          endColumn: 176,
          suggestions: ['electromagnetic', 'connectivity', 'attributable', 'intermittent', 'degradation'],
          message: 'This sentence reads at grade 26.0 (target 10): 19 words, with long words like “electromagnetic”, “connectivity”, “attributable”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'a hard airline sentence',
      text: 'Due to unforeseen operational considerations, the scheduled aircraft was substituted, and consequently the complimentary seating allocation associated with your reservation was invalidated.',
      errors: [
        {
          messageId: 'hardSentence',
          line: 1,
          column: 1,
          endColumn: 190,
          suggestions: ['operational', 'considerations', 'consequently', 'complimentary', 'associated'],
          message: 'This sentence reads at grade 25.7 (target 10): 22 words, with long words like “operational”, “considerations”, “consequently”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'a hard SaaS sentence',
      text: 'Organization administrators can reconfigure authentication requirements, including mandatory multifactor verification, within the security administration console immediately.',
      errors: [
        {
          messageId: 'hardSentence',
          line: 1,
          column: 1,
          endColumn: 175,
          suggestions: ['organization', 'administrators', 'authentication', 'verification', 'administration'],
          message: 'This sentence reads at grade 33.4 (target 10): 16 words, with long words like “organization”, “administrators”, “authentication”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'a hard e-commerce sentence',
      text: 'Regrettably, automated fraud prevention mechanisms identified discrepancies between the billing information and the verification documentation associated with your transaction.',
      errors: [
        {
          messageId: 'hardSentence',
          line: 1,
          column: 1,
          endColumn: 177,
          suggestions: ['verification', 'documentation', 'associated', 'regrettably', 'automated'],
          message: 'This sentence reads at grade 25.4 (target 10): 19 words, with long words like “verification”, “documentation”, “associated”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'a hard utilities sentence',
      text: 'Estimated consumption calculations are automatically generated whenever meter accessibility limitations prevent our representatives from obtaining actual readings.',
      errors: [
        {
          messageId: 'hardSentence',
          line: 1,
          column: 1,
          endColumn: 164,
          suggestions: ['automatically', 'accessibility', 'estimated', 'calculations', 'generated'],
          message: 'This sentence reads at grade 28.5 (target 10): 17 words, with long words like “automatically”, “accessibility”, “estimated”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'a lower target from the shared readingGrade config',
      text: 'We have reviewed your account. The additional charge appeared because your subscription renewed automatically. We have processed a refund to your original payment method. Please allow several business days for it to appear.',
      config: { readingGrade: 7 },
      errors: [
        {
          messageId: 'hardReply',
          line: 1,
          column: 1,
          endColumn: 224,
          suggestions: ['automatically', 'additional', 'original'],
          message: 'This reply reads at grade 9.4 (Flesch–Kincaid), above the target of 7: sentences average 8 words. Use shorter sentences and everyday words for “automatically”, “additional”, “original”.',
        },
      ],
    },
    {
      name: 'long sentences of short words: the reply as a whole, no word to replace',
      text: 'Our support person looked into your problem this morning, checked the router setup on our side, found that a setting was wrong after the last update, and then changed it back for you. Your modem should now connect again without any problem, and the speed should go back to normal within a minute or two after a restart. If the problem comes back later this evening, please reply to this email with a photo of the modem lights and we will send someone out.',
      errors: [{ messageId: 'longSentences', line: 1, column: 1, endColumn: 456, suggestions: [], message: 'This reply reads at grade 11.5 (Flesch–Kincaid), above the target of 10: sentences average 28 words. Use shorter sentences.' }],
    },
    {
      name: 'a social reply: the sentence after the leading @handle',
      text: '@riley_k Unfortunately, promotional eligibility is determined automatically, and manual reinstatement of expired introductory discounts is unavailable.',
      context: { channel: 'social' },
      errors: [
        {
          messageId: 'hardSentence',
          line: 1,
          column: 10,
          endColumn: 152,
          suggestions: ['eligibility', 'automatically', 'introductory', 'promotional', 'determined'],
          message: 'This sentence reads at grade 28.0 (target 10): 15 words, with long words like “eligibility”, “automatically”, “introductory”. Split it or use shorter words.',
        },
      ],
    },
    {
      docs: true,
      name: 'a short chat reply built from very long words (sentence length held in a band)',
      text: 'Unfortunately, authentication verification necessitates supplementary documentation. Reactivation is unavailable.',
      context: { channel: 'chat' },
      errors: [
        {
          messageId: 'hardShortReply',
          line: 1,
          column: 1,
          endColumn: 114,
          suggestions: ['authentication', 'verification', 'supplementary', 'documentation', 'necessitates'],
          message: 'This short reply reads at grade 38.7 (target 10): 6 long words in 9. Use everyday words for “authentication”, “verification”, “supplementary”.',
        },
      ],
    },
    {
      name: 'an SMS whose greeting shares the line with a dense sentence: the greeting is not graded (loans)',
      text: 'Hi Sam, sorry. The delay reflects additional verification and the reprocessing of your application documentation. Fairway Loans',
      context: { channel: 'sms' },
      errors: [
        {
          messageId: 'hardShortReply',
          line: 1,
          column: 1,
          endColumn: 114,
          suggestions: ['verification', 'documentation', 'additional', 'reprocessing'],
          message: 'This short reply reads at grade 17.5 (target 10): 4 long words in 13. Use everyday words for “verification”, “documentation”, “additional”.',
        },
      ],
    },
    {
      name: 'an SMS with "Hello Raj, thanks for asking." before abstract words (council tax)',
      text: 'Hello Raj, thanks for asking. The adjustment reflects the reclassification of your property and updated valuation methodology. Harrow Council',
      context: { channel: 'sms' },
      errors: [
        {
          messageId: 'hardShortReply',
          line: 1,
          column: 1,
          endColumn: 127,
          suggestions: ['reclassification', 'methodology', 'valuation', 'adjustment', 'property'],
          message: 'This short reply reads at grade 15.1 (target 10): 6 long words in 15. Use everyday words for “reclassification”, “methodology”, “valuation”.',
        },
      ],
    },
    {
      name: 'the same words as one sentence give nearly the same grade',
      text: 'Unfortunately, authentication verification necessitates supplementary documentation; reactivation is unavailable.',
      context: { channel: 'chat' },
      errors: [
        {
          messageId: 'hardShortReply',
          line: 1,
          column: 1,
          endColumn: 114,
          suggestions: ['authentication', 'verification', 'supplementary', 'documentation', 'necessitates'],
          message: 'This short reply reads at grade 39.1 (target 10): 6 long words in 9. Use everyday words for “authentication”, “verification”, “supplementary”.',
        },
      ],
    },
    {
      docs: true,
      name: 'tr: a one-sentence bureaucratic reply, bureaucratic words offered first (e-commerce)',
      text: 'Merhaba Elif Hanım,\n\nTarafınızca iletilmiş olan talebinize istinaden yapılan incelemeler neticesinde, mezkûr siparişin tedarikçi firma nezdinde oluşan aksaklıklar sebebiyle planlanan süre zarfında teslim edilemediği tespit edilmiş olup, gerekli düzeltici faaliyetlerin başlatıldığını bilgilerinize sunarız.\n\nSaygılarımızla,\nBurak',
      context: { language: 'tr' },
      errors: [
        {
          messageId: 'hardSentenceScore',
          line: 3,
          column: 1,
          endColumn: 286,
          suggestions: ['tarafınızca', 'neticesinde', 'istinaden', 'nezdinde', 'zarfında'],
          message: 'This sentence reads at grade 23.4 (target 10, Ateşman reading ease -27; 36 or more meets the target): 30 words, with long words like “tarafınızca”, “neticesinde”, “istinaden”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'tr: plainLongWords from the team are never offered',
      text: 'Tarafınızca iletilmiş olan talebinize istinaden yapılan incelemeler neticesinde, mezkûr siparişin tedarikçi firma nezdinde oluşan aksaklıklar sebebiyle planlanan süre zarfında teslim edilemediği tespit edilmiş olup, gerekli düzeltici faaliyetlerin başlatıldığını bilgilerinize sunarız.',
      context: { language: 'tr' },
      options: { plainLongWords: ['tarafınızca', 'neticesinde'] },
      errors: [
        {
          messageId: 'hardSentenceScore',
          line: 1,
          column: 1,
          endColumn: 286,
          suggestions: ['istinaden', 'nezdinde', 'zarfında', 'mezkûr', 'tespit'],
          message: 'This sentence reads at grade 23.4 (target 10, Ateşman reading ease -27; 36 or more meets the target): 30 words, with long words like “istinaden”, “nezdinde”, “zarfında”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'tr: a dense reply as a whole and its hardest sentence (GSM operator)',
      text: 'Merhaba Mehmet Bey,\n\nFaturanıza yansıyan ve taahhütlü kampanyanızın erken sonlandırılmasından kaynaklanan cayma bedelinin, sözleşmenizin ilgili maddesi uyarınca kalan taahhüt süresine orantılı olarak hesaplanmış olduğunu belirtmek isteriz. Söz konusu tutarın itirazınız doğrultusunda yeniden değerlendirilmesi için gerekli kayıt oluşturulmuştur. Değerlendirme sonucunun tarafınıza iletileceğini bilgilerinize sunarız.\n\nSaygılarımızla,\nSelin',
      context: { language: 'tr' },
      errors: [
        {
          messageId: 'hardSentenceScore',
          line: 3,
          column: 1,
          endColumn: 219,
          suggestions: ['uyarınca', 'sonlandırılmasından', 'faturanıza', 'kampanyanızın', 'sözleşmenizin'],
          message: 'This sentence reads at grade 18.6 (target 10, Ateşman reading ease -4; 36 or more meets the target): 23 words, with long words like “uyarınca”, “sonlandırılmasından”, “faturanıza”. Split it or use shorter words.',
        },
        {
          messageId: 'hardReply',
          line: 3,
          column: 1,
          endColumn: 397,
          suggestions: ['doğrultusunda', 'uyarınca', 'sonlandırılmasından', 'değerlendirilmesi', 'iletileceğini'],
          message:
            'This reply reads at grade 15.3 (Ateşman reading ease 11; 36 or more meets the target), above the target of 10: sentences average 13 words. Use shorter sentences and everyday words for “doğrultusunda”, “uyarınca”, “sonlandırılmasından”.',
        },
      ],
    },
    {
      name: 'tr: a hard insurance sentence',
      text: 'Kasko poliçenizin özel şartlarında belirtilen muafiyet tutarının hasar bedelinden mahsup edilmesinin ardından kalan tutarın, eksper raporunun şirketimize ulaşmasını müteakip hesabınıza aktarılacağını bilgilerinize sunarız.',
      context: { language: 'tr' },
      errors: [
        {
          messageId: 'hardSentenceScore',
          line: 1,
          column: 1,
          endColumn: 223,
          suggestions: ['müteakip', 'mahsup', 'aktarılacağını', 'bilgilerinize', 'poliçenizin'],
          message: 'This sentence reads at grade 20.5 (target 10, Ateşman reading ease -13; 36 or more meets the target): 23 words, with long words like “müteakip”, “mahsup”, “aktarılacağını”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'tr: a hard bank sentence',
      text: 'Kredi kartınızla gerçekleştirilen ve tarafınızca tanınmadığı beyan edilen yurt dışı kaynaklı harcamaya ilişkin itiraz sürecinin uluslararası kart kuruluşlarının kuralları çerçevesinde yürütüldüğünü önemle hatırlatırız.',
      context: { language: 'tr' },
      errors: [
        {
          messageId: 'hardSentenceScore',
          line: 1,
          column: 1,
          endColumn: 219,
          suggestions: ['tarafınızca', 'çerçevesinde', 'ilişkin', 'gerçekleştirilen', 'uluslararası'],
          message: 'This sentence reads at grade 19.4 (target 10, Ateşman reading ease -8; 36 or more meets the target): 23 words, with long words like “tarafınızca”, “çerçevesinde”, “ilişkin”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'tr: a hard airline sentence',
      text: 'Havayolu şirketimizin operasyonel gereklilikleri doğrultusunda gerçekleştirilen tarife değişikliği nedeniyle iptal edilen seferinize ilişkin ücret iadesinin, ödeme yöntemi dikkate alınarak yapılacağını belirtmek isteriz.',
      context: { language: 'tr' },
      errors: [
        {
          messageId: 'hardSentenceScore',
          line: 1,
          column: 1,
          endColumn: 221,
          suggestions: ['doğrultusunda', 'ilişkin', 'gereklilikleri', 'gerçekleştirilen', 'yapılacağını'],
          message: 'This sentence reads at grade 21.8 (target 10, Ateşman reading ease -19; 36 or more meets the target): 22 words, with long words like “doğrultusunda”, “ilişkin”, “gereklilikleri”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'tr: a hard cargo sentence',
      text: 'Gönderinizin, alıcı adresinde yapılan teslimat denemesinin olumsuz sonuçlanması ve alıcıya ulaşılamaması nedeniyle bağlı bulunduğu dağıtım şubesine iade edildiğini bilgilerinize sunarız.',
      context: { language: 'tr' },
      errors: [
        {
          messageId: 'hardSentenceScore',
          line: 1,
          column: 1,
          endColumn: 187,
          suggestions: ['ulaşılamaması', 'bilgilerinize', 'gönderinizin', 'denemesinin', 'sonuçlanması'],
          message: 'This sentence reads at grade 19.4 (target 10, Ateşman reading ease -8; 36 or more meets the target): 20 words, with long words like “ulaşılamaması”, “bilgilerinize”, “gönderinizin”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'tr: a hard games sentence',
      text: 'Hesabınızda tespit edilen şüpheli erişim girişimleri nedeniyle güvenlik politikalarımız doğrultusunda geçici olarak erişime kapatılan hesabınızın yeniden kullanıma açılabilmesi için kimlik doğrulamanın tamamlanması gerekmektedir.',
      context: { language: 'tr' },
      errors: [
        {
          messageId: 'hardSentenceScore',
          line: 1,
          column: 1,
          endColumn: 230,
          suggestions: ['doğrultusunda', 'tespit', 'politikalarımız', 'açılabilmesi', 'hesabınızda'],
          message: 'This sentence reads at grade 22.0 (target 10, Ateşman reading ease -20; 36 or more meets the target): 23 words, with long words like “doğrultusunda”, “tespit”, “politikalarımız”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'tr: a hard utilities sentence',
      text: 'Sayaç okumasının gerçekleştirilemediği dönemlerde yürürlükteki mevzuat çerçevesinde geçmiş dönem tüketim ortalamaları esas alınarak tahakkuk ettirilen bedellerin mahsuplaşma yoluyla düzeltildiğini bildiririz.',
      context: { language: 'tr' },
      errors: [
        {
          messageId: 'hardSentenceScore',
          line: 1,
          column: 1,
          endColumn: 209,
          suggestions: ['çerçevesinde', 'tahakkuk', 'gerçekleştirilemediği', 'ortalamaları', 'düzeltildiğini'],
          message: 'This sentence reads at grade 20.7 (target 10, Ateşman reading ease -14; 36 or more meets the target): 20 words, with long words like “çerçevesinde”, “tahakkuk”, “gerçekleştirilemediği”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'tr: a lower target from the shared readingGrade config',
      text: 'Merhaba Selin Hanım,\n\nFaturanızı inceledik. Sayacınız şubat ayında okunamadığı için tahmini tüketim yazılmış; mart okumasıyla iki ayın farkı birlikte yansımış. Toplam tüketiminiz doğru hesaplandı, fazladan ücret alınmadı.\n\nDilerseniz tutarı 3 taksitte ödeyebilirsiniz. Taksit için bu e-postayı yanıtlamanız yeterli.\n\nSaygılarımızla,\nOğuz',
      context: { language: 'tr' },
      config: { readingGrade: 6 },
      errors: [
        {
          messageId: 'hardReply',
          line: 3,
          column: 1,
          endLine: 5,
          endColumn: 93,
          suggestions: ['ödeyebilirsiniz', 'okunamadığı', 'faturanızı', 'okumasıyla', 'tüketiminiz'],
          message: 'This reply reads at grade 6.6 (Ateşman reading ease 52; 55 or more meets the target), above the target of 6: sentences average 7 words. Use shorter sentences and everyday words for “ödeyebilirsiniz”, “okunamadığı”, “faturanızı”.',
        },
      ],
    },
    {
      name: 'tr: a short sentence that is far denser than a plain instruction',
      text: 'Merhaba Ece Hanım,\n\nAboneliğinizi dondurmak için uygulamanın hesap ayarlarındaki üyelik bölümünden dondurma seçeneğini işaretleyip değişikliği kaydederek onaylayabilirsiniz.\n\nİyi günler dileriz,\nCan',
      context: { channel: 'email', language: 'tr' },
      errors: [
        {
          messageId: 'hardSentenceScore',
          line: 3,
          column: 1,
          endColumn: 154,
          suggestions: ['onaylayabilirsiniz', 'ayarlarındaki', 'uygulamanın', 'seçeneğini', 'işaretleyip'],
          message: 'This sentence reads at grade 21.0 (target 10, Ateşman reading ease -16; 36 or more meets the target): 14 words, with long words like “onaylayabilirsiniz”, “ayarlarındaki”, “uygulamanın”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'inflated prose with few everyday function words is still English (broadband)',
      text: 'Hi Omar,\n\nThanks for asking. Premium delivers substantially accelerated synchronous upload capabilities, facilitating simultaneous ultra-high-definition streaming across numerous household devices, whereas Basic accommodates comparatively moderate consumption.\n\nBest wishes,\nRyan',
      errors: [
        {
          messageId: 'hardSentence',
          line: 3,
          column: 20,
          endColumn: 251,
          suggestions: ['ultra-high-definition', 'accelerated', 'capabilities', 'facilitating', 'comparatively'],
          message: 'This sentence reads at grade 33.6 (target 10): 21 words, with long words like “ultra-high-definition”, “accelerated”, “capabilities”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'tr: a long sentence of dense suffixed words is still hard (gym)',
      text: 'Üyeliğinizin dondurulabilmesi için sözleşmenizdeki yükümlülüklerin yerine getirilmiş olmasının yanı sıra dondurma talebinizin yetkilendirilmiş şubelerimizce onaylanmasının ve belgelendirilmesinin tamamlanması ve tarafınıza yazılı bildirimin iletilmesi gerekmektedir.',
      context: { language: 'tr' },
      errors: [
        {
          messageId: 'hardSentenceScore',
          line: 1,
          column: 1,
          endColumn: 267,
          suggestions: ['belgelendirilmesinin', 'dondurulabilmesi', 'üyeliğinizin', 'sözleşmenizdeki', 'yükümlülüklerin'],
          message: 'This sentence reads at grade 26.1 (target 10, Ateşman reading ease -40; 36 or more meets the target): 24 words, with long words like “belgelendirilmesinin”, “dondurulabilmesi”, “üyeliğinizin”. Split it or use shorter words.',
        },
      ],
    },
    {
      name: 'tr: a short reply of three dense sentences (22+ words) is graded as a whole',
      text: 'Merhaba Selim Bey,\n\nKredi kartı taksitlendirme talebinizin değerlendirilebilmesi için güncel gelir belgelerinizin tarafımıza iletilmesi gerekmektedir. Belgelerin incelenmesinin tamamlanmasının ardından sonuç kısa mesajla bildirilecektir.\n\nAnlayışınız için teşekkür ederiz.\n\nSaygılarımızla,\nDeniz',
      context: { language: 'tr', channel: 'email' },
      errors: [
        {
          messageId: 'hardReply',
          line: 3,
          column: 1,
          endLine: 5,
          endColumn: 34,
          suggestions: ['değerlendirilebilmesi', 'belgelerinizin', 'incelenmesinin', 'tamamlanmasının', 'bildirilecektir'],
          message:
            'This reply reads at grade 13.7 (Ateşman reading ease 19; 36 or more meets the target), above the target of 10: sentences average 8 words. Use shorter sentences and everyday words for “değerlendirilebilmesi”, “belgelerinizin”, “incelenmesinin”.',
        },
      ],
    },
    {
      name: 'tr: a dense sentence after a short label is graded from the colon on',
      text: 'Önemli bilgilendirme: başvurunuzun değerlendirilebilmesi için gelir belgelerinizin ve kimlik fotokopinizin tarafımıza eksiksiz olarak iletilmesi ve incelenmesinin tamamlanması gerekmektedir.',
      context: { language: 'tr', channel: 'chat' },
      errors: [
        {
          messageId: 'hardSentenceScore',
          line: 1,
          column: 23,
          endColumn: 191,
          suggestions: ['değerlendirilebilmesi', 'belgelerinizin', 'fotokopinizin', 'incelenmesinin', 'başvurunuzun'],
          message: 'This sentence reads at grade 19.5 (target 10, Ateşman reading ease -9; 36 or more meets the target): 16 words, with long words like “değerlendirilebilmesi”, “belgelerinizin”, “fotokopinizin”. Split it or use shorter words.',
        },
      ],
    },
  ],
}
