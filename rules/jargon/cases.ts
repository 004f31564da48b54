/**
 * `jargon` test cases: run by test/rules/jargon.test.ts (RuleTester) and shown in README.md
 * (`docs: true` ones) by `npm run docs`. English and Turkish; every assertion of the former
 * jargon.test.ts and jargon-tr.test.ts about findings is a case here (the data checks and the
 * verbosity interplay stay in the test file). Positions are 1-based UTF-16 columns.
 */
import type { RuleCases } from '../../src/rule.js'
import type { JargonOptions } from './index.js'

export const cases: RuleCases<JargonOptions> = {
  valid: [
    { docs: true, name: "plain words for a new line and a restart", text: "Hi Dana, your new line is still being set up and should be active by 6 pm. If the SIM shows no service after that, please turn the phone off and on again." },
    { docs: true, name: "a plain refund request", text: "To process your refund, we need the serial number before we ship the replacement." },
    { docs: true, name: "plain words for the team and the fault, and cache as everyday advice", text: "Our specialist team confirmed the delay was caused by a problem in our systems, which is now fixed. You can clear your browser cache and sign in again." },
    { docs: true, name: "tr: plain Turkish for an escalation and a card hold", text: "Talebinizi uzman ekibimize ilettik; kartınızda geçici olarak ayrılan tutar size iade edilecek.", context: {"language":"tr"} },
    { name: "plain support words", text: "Please update your browser, reset your password and check your account. Your refund is on its way." },
    { name: "a ticket is not jargon", text: "I have opened a ticket for you and our team will reply by Friday 5 pm." },
    { name: "clearing the cache is everyday advice", text: "Please clear your browser cache and cookies, then sign in again." },
    { name: "ordinary support verbs retext-simplify flags", text: "Happy to assist! Please provide your order number so we can ensure the additional item ships. However, we currently have it in stock." },
    { name: "at this time is standard phrasing", text: "We are unable to offer a refund at this time, but we can send a replacement." },
    { name: "a port in the back of the router", text: "Plug the cable into the port in the back of the router, then restart it." },
    { name: "near miss: a plan tier, not a support tier", text: "You can upgrade to tier 2 at any time from the Plans page." },
    { name: "tier 2 plan pricing", text: "Moving to tier 2 plan pricing takes effect on your next bill." },
    { name: "end-of-life care in healthcare admin", text: "Our end-of-life care team can talk you through the options." },
    { name: "vague promises belong to vague-promise", text: "We will fix this in a timely manner and in the near future we will add more stores." },
    { name: "pass away is the kind wording", text: "I'm so sorry to hear that your father passed away. We have closed the account for you." },
    { name: "expedited shipping is a product", text: "We upgraded your order to expedited shipping at no cost." },
    { name: "an acronym definition is not jargon", text: "We need a Return Merchandise Authorization (RMA) before you ship it back." },
    { name: "or lack thereof is an idiom", text: "Sorry about the sandwich, or lack thereof! Can you send us a photo of the receipt?" },
    { name: "manifested in its ordinary sense", text: "The symptoms manifested after the second dose, so please talk to your doctor." },
    { name: "deployed in the military sense", text: "Thank you for your service. While you are deployed overseas we can pause your plan." },
    { docs: true, name: "a term the customer used first", text: "Sorry your data is being throttled, Jo. You have used your 20 GB allowance.", context: {"customer":{"message":"why is my data throttled?? I pay for unlimited"}} },
    { name: "quoted customer text and URLs", text: "Sorry about that!\n\n> my port-out keeps failing and the latency is awful\n\nSee https://example.com/help/latency-and-provisioning for help." },
    { name: "\"further\" on its own is plain English", text: "We need nothing further to close the case, and we will not go further." },
    { name: "\"provided that\" (real reply)", text: "Yes, you can bring it on board, provided that it fits under the seat in front of you.", context: {"channel":"social"} },
    { name: "tr: tracking by SMS (cargo)", text: "Merhaba Ayşe Hanım,\n\nSiparişiniz kargoya verildi, takip numarası SMS ile gelecek.", context: {"language":"tr"} },
    { name: "tr: a port cable (GSM)", text: "Deniz Hanım, modeminizin arkasındaki port kablosunu takabilir misiniz?", context: {"language":"tr"} },
    { name: "tr: taahhüt ederiz: we pledge (GSM)", text: "Bu konuda gereken her şeyi yapacağımızı taahhüt ederiz.", context: {"language":"tr"} },
    { name: "tr: Turkish words for cookies and browser (e-commerce)", text: "Can Bey, çerezleri silip tarayıcıyı yeniden açabilir misiniz?", context: {"language":"tr"} },
    { name: "tr: open ticket in Turkish (airline)", text: "Biletiniz açık bilete çevrildi; bir yıl içinde dilediğiniz tarihte kullanabilirsiniz.", context: {"language":"tr"} },
    { name: "tr: tracking-page words (cargo)", text: "Bugün kargoya verilecek; paketiniz transfer merkezinde, yarın dağıtıma çıkarılacak.", context: {"language":"tr"} },
    { name: "tr: the RESET button (GSM)", text: "Modeminizin arkasındaki reset tuşuna 10 saniye basılı tutun.", context: {"language":"tr"} },
    { name: "tr: contract words customers know (GSM)", text: "Taahhüdünüz haziranda bitiyor, cayma bedeli yansımayacak.", context: {"language":"tr"} },
    { name: "tr: statement words (bank)", text: "Asgari ödeme tutarını ödediğiniz için gecikme faizi yansımadı.", context: {"language":"tr"} },
    { name: "tr: sistemsel: ordinary (e-commerce)", text: "Sistemsel bir hata nedeniyle sipariş iptal oldu.", context: {"language":"tr"} },
    { name: "tr: a saint’s name (e-commerce)", text: "Pir Sultan Abdal kitabı stokta.", context: {"language":"tr"} },
    { name: "tr: a lost parcel (cargo)", text: "Paket kaybı yaşandığı için ücretinizi iade ettik.", context: {"language":"tr"} },
    { name: "tr: bugün is not bug (GSM)", text: "Arıza bugün giderilecek.", context: {"language":"tr"} },
    { name: "tr: the customer used the terms first, in other forms", text: "Provizyon 7 gün içinde kalkacak, ticket numaranızı da güncelledik.", context: {"language":"tr","customer":{"message":"Kartımda 500 TL provizyonu var, ticket’ım da kapanmış."}} },
    { name: "tr: the wrapper formula “Bilgilerinize sunarız.” is verbosity’s", text: "Merhaba Nur Hanım,\n\nSiparişiniz bugün kargoya verildi.\n\nBilgilerinize sunarız.\n\nSaygılarımızla,\nEvim", context: {"channel":"email","language":"tr"} },
  ],
  invalid: [
    {
      docs: true,
      name: "support-desk jargon and a stiff verb",
      text: "Our tier 2 support team confirmed the latency was caused by a backend issue, which has now been remediated.",
      errors: [
        { messageId: "jargon", line: 1, column: 5, endColumn: 19, suggestions: ["our specialist team"], message: "“tier 2 support” is jargon a customer may not know; say “our specialist team” instead." },
        { messageId: "jargon", line: 1, column: 39, endColumn: 46, suggestions: ["delay","lag"], message: "“latency” is jargon a customer may not know; say “delay” or “lag” instead." },
        { messageId: "jargon", line: 1, column: 63, endColumn: 70, suggestions: ["our systems"], message: "“backend” is jargon a customer may not know; say “our systems” instead." },
        { messageId: "jargon", line: 1, column: 97, endColumn: 107, suggestions: ["fixed"], message: "“remediated” is jargon a customer may not know; say “fixed” instead." },
      ],
      output: "Our tier 2 support team confirmed the latency was caused by a backend issue, which has now been fixed.",
    },
    {
      docs: true,
      name: "tr: a loanword, a support tier, eskale, provizyon and tarafınıza",
      text: "Ticket'ınız ikinci seviye destek ekibine eskale edildi; provizyon tutarı tarafınıza iade edilecektir.",
      context: {"language":"tr"},
      errors: [
        { messageId: "jargon", line: 1, column: 1, endColumn: 12, suggestions: ["Destek talebi","Talep"], message: "“Ticket'ınız” is jargon a customer may not know; say “Destek talebi” or “Talep” instead." },
        { messageId: "jargon", line: 1, column: 13, endColumn: 33, suggestions: ["uzman ekibimiz"], message: "“ikinci seviye destek” is jargon a customer may not know; say “uzman ekibimiz” instead." },
        { messageId: "jargon", line: 1, column: 42, endColumn: 55, suggestions: ["uzman ekibimize iletildi"], message: "“eskale edildi” is jargon a customer may not know; say “uzman ekibimize iletildi” instead." },
        { messageId: "jargon", line: 1, column: 57, endColumn: 66, suggestions: ["ön onay tutarı","geçici olarak ayrılan tutar"], message: "“provizyon” is jargon a customer may not know; say “ön onay tutarı” or “geçici olarak ayrılan tutar” instead." },
        { messageId: "wordy", line: 1, column: 74, endColumn: 84, suggestions: ["size"], message: "“tarafınıza” is stiff, bureaucratic wording; “size” says the same more plainly." },
      ],
      output: "Ticket'ınız ikinci seviye destek ekibine eskale edildi; provizyon tutarı size iade edilecektir.",
    },
    {
      docs: true,
      name: "telecom jargon with two plain alternatives (no fix)",
      text: "Hi Dana,\n\nYour new line is still provisioning and should be active by 6 pm tonight.\n\nBest,\nOmar",
      errors: [
        { messageId: "jargon", line: 3, column: 24, endColumn: 36, suggestions: ["setting up","activation"], message: "“provisioning” is jargon a customer may not know; say “setting up” or “activation” instead." },
      ],
    },
    {
      name: "an inflected form fixed when one plain form fits (power cycling)",
      text: "Sorry the box keeps freezing, Priya. Could you try power cycling the router before we book a visit?",
      errors: [
        { messageId: "jargon", line: 1, column: 52, endColumn: 65, suggestions: ["restarting"], message: "“power cycling” is jargon a customer may not know; say “restarting” instead." },
      ],
      output: "Sorry the box keeps freezing, Priya. Could you try restarting the router before we book a visit?",
    },
    {
      docs: true,
      name: "the wordy classics: in order to, prior to, utilize",
      text: "In order to release the refund, we need the serial number prior to shipping. You can utilize the prepaid label.",
      errors: [
        { messageId: "wordy", line: 1, column: 1, endColumn: 12, suggestions: ["To"], message: "“In order to” is stiff, bureaucratic wording; “To” says the same more plainly." },
        { messageId: "wordy", line: 1, column: 59, endColumn: 67, suggestions: ["before"], message: "“prior to” is stiff, bureaucratic wording; “before” says the same more plainly." },
        { messageId: "wordy", line: 1, column: 86, endColumn: 93, suggestions: ["use"], message: "“utilize” is stiff, bureaucratic wording; “use” says the same more plainly." },
      ],
      output: "To release the refund, we need the serial number before shipping. You can use the prepaid label.",
    },
    {
      name: "suggestions only where the rewrite needs a person",
      text: "Pursuant to our terms, the cancellation commenced on 3 May. We are unable to facilitate an exchange outside the warranty.",
      errors: [
        { messageId: "wordy", line: 1, column: 1, endColumn: 12, suggestions: ["Under","In line with"], message: "“Pursuant to” is stiff, bureaucratic wording; “Under” or “In line with” says the same more plainly." },
        { messageId: "wordy", line: 1, column: 41, endColumn: 50, suggestions: ["started","began"], message: "“commenced” is stiff, bureaucratic wording; “started” or “began” says the same more plainly." },
        { messageId: "wordy", line: 1, column: 78, endColumn: 88, suggestions: ["help","make easier"], message: "“facilitate” is stiff, bureaucratic wording; “help” or “make easier” says the same more plainly." },
      ],
    },
    {
      name: "letter-writing openers: further to, subsequent to",
      text: "Further to your e-mail of 3 May, your appointment has moved. Subsequent to the move, we will send a reminder.",
      errors: [
        { messageId: "wordy", line: 1, column: 1, endColumn: 16, suggestions: ["Following your","About your"], message: "“Further to your” is stiff, bureaucratic wording; “Following your” or “About your” says the same more plainly." },
        { messageId: "wordy", line: 1, column: 62, endColumn: 75, suggestions: ["After"], message: "“Subsequent to” is stiff, bureaucratic wording; “After” says the same more plainly." },
      ],
      output: "Further to your e-mail of 3 May, your appointment has moved. After the move, we will send a reminder.",
    },
    {
      docs: true,
      name: "the article changes with the fix (an edge case → a rare case)",
      text: "Thanks for the detail, Lee. This is an edge case in the app, and we will fix it in the next release.",
      errors: [
        { messageId: "jargon", line: 1, column: 40, endColumn: 49, suggestions: ["rare case"], message: "“edge case” is jargon a customer may not know; say “rare case” instead." },
      ],
      output: "Thanks for the detail, Lee. This is a rare case in the app, and we will fix it in the next release.",
    },
    {
      name: "banking jargon: chargeback and authorization hold",
      text: "The $1 authorization hold drops off in 3 days. If you already filed a chargeback, the bank will contact you.",
      errors: [
        { messageId: "jargon", line: 1, column: 8, endColumn: 26, suggestions: ["temporary hold"], message: "“authorization hold” is jargon a customer may not know; say “temporary hold” instead." },
        { messageId: "jargon", line: 1, column: 71, endColumn: 81, suggestions: ["card dispute","payment dispute"], message: "“chargeback” is jargon a customer may not know; say “card dispute” or “payment dispute” instead." },
      ],
      output: "The $1 temporary hold drops off in 3 days. If you already filed a chargeback, the bank will contact you.",
    },
    {
      name: "support-desk jargon: triaged, to tier 2, backend",
      text: "Your ticket was triaged this morning and I escalated it to tier 2. It looks like a backend problem.",
      errors: [
        { messageId: "jargon", line: 1, column: 17, endColumn: 24, suggestions: ["reviewed","sorted"], message: "“triaged” is jargon a customer may not know; say “reviewed” or “sorted” instead." },
        { messageId: "jargon", line: 1, column: 57, endColumn: 66, suggestions: ["to our specialist team"], message: "“to tier 2” is jargon a customer may not know; say “to our specialist team” instead." },
        { messageId: "jargon", line: 1, column: 84, endColumn: 91, suggestions: ["our systems"], message: "“backend” is jargon a customer may not know; say “our systems” instead." },
      ],
    },
    {
      name: "hyphenated and spaced spellings alike",
      text: "We saw a back-end error. Your port-out was rejected, so please resubmit the port-in request.",
      errors: [
        { messageId: "jargon", line: 1, column: 10, endColumn: 18, suggestions: ["our systems"], message: "“back-end” is jargon a customer may not know; say “our systems” instead." },
        { messageId: "jargon", line: 1, column: 31, endColumn: 39, suggestions: ["move your number to another provider"], message: "“port-out” is jargon a customer may not know; say “move your number to another provider” instead." },
        { messageId: "jargon", line: 1, column: 77, endColumn: 92, suggestions: ["request to move your number to us"], message: "“port-in request” is jargon a customer may not know; say “request to move your number to us” instead." },
      ],
    },
    {
      name: "IT jargon: DNS propagation and latency",
      text: "The new records are still propagating, so some visitors see the old site. Latency should drop once that finishes.",
      errors: [
        { messageId: "jargon", line: 1, column: 27, endColumn: 38, suggestions: ["taking effect everywhere","updating"], message: "“propagating” is jargon a customer may not know; say “taking effect everywhere” or “updating” instead." },
        { messageId: "jargon", line: 1, column: 75, endColumn: 82, suggestions: ["Delay","Lag"], message: "“Latency” is jargon a customer may not know; say “Delay” or “Lag” instead." },
      ],
    },
    {
      name: "insurance jargon",
      text: "Your claim was adjudicated on Monday and the subrogation team will contact the other insurer.",
      errors: [
        { messageId: "jargon", line: 1, column: 16, endColumn: 27, suggestions: ["decided","reviewed"], message: "“adjudicated” is jargon a customer may not know; say “decided” or “reviewed” instead." },
        { messageId: "jargon", line: 1, column: 46, endColumn: 57, suggestions: ["recovering costs from the other party's insurer"], message: "“subrogation” is jargon a customer may not know; say “recovering costs from the other party's insurer” instead." },
      ],
    },
    {
      name: "airline jargon",
      text: "We have reaccommodated you on the 6:40 flight to Denver.",
      errors: [
        { messageId: "jargon", line: 1, column: 9, endColumn: 23, suggestions: ["rebooked"], message: "“reaccommodated” is jargon a customer may not know; say “rebooked” instead." },
      ],
      output: "We have rebooked you on the 6:40 flight to Denver.",
    },
    {
      name: "a bureaucratic phrase, its case kept in the fix",
      text: "At this point in time we cannot reissue the voucher.",
      errors: [
        { messageId: "wordy", line: 1, column: 1, endColumn: 22, suggestions: ["Now"], message: "“At this point in time” is stiff, bureaucratic wording; “Now” says the same more plainly." },
      ],
      output: "Now we cannot reissue the voucher.",
    },
    {
      name: "without a customer message, throttled is jargon",
      text: "Sorry your data is being throttled, Jo.",
      errors: [
        { messageId: "jargon", line: 1, column: 26, endColumn: 35, suggestions: ["slowed down"], message: "“throttled” is jargon a customer may not know; say “slowed down” instead." },
      ],
    },
    {
      name: "at any point in time gets its own rewrite (real social reply)",
      text: "Fares are dynamic and can change at any point in time.",
      errors: [
        { messageId: "wordy", line: 1, column: 34, endColumn: 54, suggestions: ["at any time"], message: "“at any point in time” is stiff, bureaucratic wording; “at any time” says the same more plainly." },
      ],
      output: "Fares are dynamic and can change at any time.",
    },
    {
      name: "a possessive of a term",
      text: "We checked the backend's logs and found the error.",
      errors: [
        { messageId: "jargon", line: 1, column: 16, endColumn: 25, suggestions: ["our systems"], message: "“backend's” is jargon a customer may not know; say “our systems” instead." },
      ],
    },
    {
      name: "a trailing number with a full stop (to tier 2.)",
      text: "I escalated it to tier 2. They reply within 24 hours.",
      errors: [
        { messageId: "jargon", line: 1, column: 16, endColumn: 25, suggestions: ["to our specialist team"], message: "“to tier 2” is jargon a customer may not know; say “to our specialist team” instead." },
      ],
    },
    {
      name: "add and ignore from options",
      text: "The hyperdrive sync failed and latency is high, so I moved you to the gold lane.",
      options: {"add":{"hyperdrive sync":"account sync","gold lane":["priority queue","fast track"]},"ignore":["latency"]},
      errors: [
        { messageId: "jargon", line: 1, column: 5, endColumn: 20, suggestions: ["account sync"], message: "“hyperdrive sync” is jargon a customer may not know; say “account sync” instead." },
        { messageId: "jargon", line: 1, column: 71, endColumn: 80, suggestions: ["priority queue","fast track"], message: "“gold lane” is jargon a customer may not know; say “priority queue” or “fast track” instead." },
      ],
    },
    {
      name: "wordy: false turns off the wordy half",
      text: "In order to fix the backend issue, we deployed a patch.",
      options: {"wordy":false},
      errors: [
        { messageId: "jargon", line: 1, column: 21, endColumn: 28, suggestions: ["our systems"], message: "“backend” is jargon a customer may not know; say “our systems” instead." },
        { messageId: "jargon", line: 1, column: 39, endColumn: 47, suggestions: ["released"], message: "“deployed” is jargon a customer may not know; say “released” instead." },
      ],
    },
    {
      name: "the shared allow list",
      text: "The backend is fine; the latency came from the CDN.",
      config: {"allow":["backend"]},
      errors: [
        { messageId: "jargon", line: 1, column: 26, endColumn: 33, suggestions: ["delay","lag"], message: "“latency” is jargon a customer may not know; say “delay” or “lag” instead." },
      ],
    },
    {
      name: "tr: support-tool loanwords (e-commerce)",
      text: "Merhaba Ayşe Hanım,\n\nTicket’ınız ikinci seviye destek ekibine eskale edildi.\n\nSaygılarımızla,\nMehmet",
      context: {"language":"tr"},
      errors: [
        { messageId: "jargon", line: 3, column: 1, endColumn: 12, suggestions: ["Destek talebi","Talep"], message: "“Ticket’ınız” is jargon a customer may not know; say “Destek talebi” or “Talep” instead." },
        { messageId: "jargon", line: 3, column: 13, endColumn: 33, suggestions: ["uzman ekibimiz"], message: "“ikinci seviye destek” is jargon a customer may not know; say “uzman ekibimiz” instead." },
        { messageId: "jargon", line: 3, column: 42, endColumn: 55, suggestions: ["uzman ekibimize iletildi"], message: "“eskale edildi” is jargon a customer may not know; say “uzman ekibimize iletildi” instead." },
      ],
    },
    {
      name: "tr: a loanword with one plain form, capitalised with İ (e-commerce)",
      text: "Refund işleminiz tamamlandı.",
      context: {"language":"tr"},
      errors: [
        { messageId: "jargon", line: 1, column: 1, endColumn: 7, suggestions: ["İade"], message: "“Refund” is jargon a customer may not know; say “İade” instead." },
      ],
      output: "İade işleminiz tamamlandı.",
    },
    {
      name: "tr: an inflected form: suggested, not fixed (e-commerce)",
      text: "Sellerımız ürünü yarın kargolayacak.",
      context: {"language":"tr"},
      errors: [
        { messageId: "jargon", line: 1, column: 1, endColumn: 11, suggestions: ["Satıcı"], message: "“Sellerımız” is jargon a customer may not know; say “Satıcı” instead." },
      ],
    },
    {
      name: "tr: bureaucratic wording fixed where the rewrite fits (cargo)",
      text: "Takip numarası tarafınıza iletilecektir.",
      context: {"language":"tr"},
      errors: [
        { messageId: "wordy", line: 1, column: 16, endColumn: 26, suggestions: ["size"], message: "“tarafınıza” is stiff, bureaucratic wording; “size” says the same more plainly." },
      ],
      output: "Takip numarası size iletilecektir.",
    },
    {
      name: "tr: provizyon (bank)",
      text: "Merhaba Mehmet Bey,\n\nKartınızdaki provizyon 7 gün içinde kalkacaktır.\n\nSaygılarımızla,\nMehmet",
      context: {"language":"tr"},
      errors: [
        { messageId: "jargon", line: 3, column: 14, endColumn: 23, suggestions: ["ön onay tutarı","geçici olarak ayrılan tutar"], message: "“provizyon” is jargon a customer may not know; say “ön onay tutarı” or “geçici olarak ayrılan tutar” instead." },
      ],
    },
    {
      name: "tr: ters ibraz (bank)",
      text: "Merhaba Can Bey,\n\nHarcamanız için ters ibraz süreci başlatıldı.",
      context: {"language":"tr"},
      errors: [
        { messageId: "jargon", line: 3, column: 17, endColumn: 27, suggestions: ["harcama itirazı"], message: "“ters ibraz” is jargon a customer may not know; say “harcama itirazı” instead." },
      ],
    },
    {
      name: "tr: port arızası (GSM)",
      text: "Deniz Hanım, santralde port arızası var, teknisyen yarın gelecek.",
      context: {"language":"tr"},
      errors: [
        { messageId: "jargon", line: 1, column: 24, endColumn: 36, suggestions: ["bağlantı noktası arızası"], message: "“port arızası” is jargon a customer may not know; say “bağlantı noktası arızası” instead." },
      ],
    },
    {
      name: "tr: istinaden, mezkûr (e-commerce)",
      text: "Merhaba Elif Hanım,\n\nTalebinize istinaden mezkûr sipariş iptal edilmiştir.",
      context: {"language":"tr"},
      errors: [
        { messageId: "wordy", line: 3, column: 12, endColumn: 21, suggestions: ["üzerine","göre"], message: "“istinaden” is stiff, bureaucratic wording; “üzerine” or “göre” says the same more plainly." },
        { messageId: "wordy", line: 3, column: 22, endColumn: 28, suggestions: ["bu","söz konusu"], message: "“mezkûr” is stiff, bureaucratic wording; “bu” or “söz konusu” says the same more plainly." },
      ],
    },
    {
      name: "tr: cache with a suffix, login (e-commerce)",
      text: "Onur Bey, cache’i temizleyip tekrar login olabilir misiniz?",
      context: {"language":"tr"},
      errors: [
        { messageId: "jargon", line: 1, column: 11, endColumn: 18, suggestions: ["tarayıcınızın geçici dosyaları","önbellek"], message: "“cache’i” is jargon a customer may not know; say “tarayıcınızın geçici dosyaları” or “önbellek” instead." },
        { messageId: "jargon", line: 1, column: 37, endColumn: 51, suggestions: ["giriş yapabilir"], message: "“login olabilir” is jargon a customer may not know; say “giriş yapabilir” instead." },
      ],
    },
    {
      name: "tr: PIR in capitals (airline)",
      text: "Zeynep Hanım, bagajınız için PIR kaydı açıldı.",
      context: {"language":"tr"},
      errors: [
        { messageId: "jargon", line: 1, column: 30, endColumn: 39, suggestions: ["Kayıp bagaj tutanağı"], message: "“PIR kaydı” is jargon a customer may not know; say “Kayıp bagaj tutanağı” instead." },
      ],
    },
    {
      name: "tr: muafiyet tutarı, rücu (insurance)",
      text: "Muafiyet tutarı düşüldükten sonra rücu süreci başlatılacaktır.",
      context: {"language":"tr"},
      errors: [
        { messageId: "jargon", line: 1, column: 1, endColumn: 16, suggestions: ["Sizin ödeyeceğiniz kısım"], message: "“Muafiyet tutarı” is jargon a customer may not know; say “Sizin ödeyeceğiniz kısım” instead." },
        { messageId: "jargon", line: 1, column: 35, endColumn: 39, suggestions: ["karşı taraftan geri isteme"], message: "“rücu” is jargon a customer may not know; say “karşı taraftan geri isteme” instead." },
      ],
    },
    {
      name: "tr: desi with a case ending (cargo)",
      text: "Kargo ücreti desiye göre hesaplanır.",
      context: {"language":"tr"},
      errors: [
        { messageId: "jargon", line: 1, column: 14, endColumn: 20, suggestions: ["hacim ağırlığı","paketin boyutuna göre ağırlık"], message: "“desiye” is jargon a customer may not know; say “hacim ağırlığı” or “paketin boyutuna göre ağırlık” instead." },
      ],
    },
    {
      name: "tr: reset atın (GSM)",
      text: "Modeminize reset atın, sonra tekrar deneyin.",
      context: {"language":"tr"},
      errors: [
        { messageId: "jargon", line: 1, column: 12, endColumn: 22, suggestions: ["yeniden başlatın"], message: "“reset atın” is jargon a customer may not know; say “yeniden başlatın” instead." },
      ],
    },
    {
      name: "tr: valör (bank)",
      text: "Ödemeniz valör tarihinde hesabınıza geçer.",
      context: {"language":"tr"},
      errors: [
        { messageId: "jargon", line: 1, column: 10, endColumn: 15, suggestions: ["paranın hesaba geçtiği tarih","faizin başladığı tarih"], message: "“valör” is jargon a customer may not know; say “paranın hesaba geçtiği tarih” or “faizin başladığı tarih” instead." },
      ],
    },
    {
      name: "tr: the matching form of the plain verb",
      text: "Lütfen login olun.",
      context: {"language":"tr"},
      errors: [
        { messageId: "jargon", line: 1, column: 8, endColumn: 18, suggestions: ["giriş yapın"], message: "“login olun” is jargon a customer may not know; say “giriş yapın” instead." },
      ],
    },
    {
      name: "tr: ignore and add from options",
      text: "Desi hesabı ve onboarding süreci tamam.",
      context: {"language":"tr"},
      options: {"ignore":["desi"],"add":{"hesap kesimi":"ekstre tarihi"}},
      errors: [
        { messageId: "jargon", line: 1, column: 16, endColumn: 33, suggestions: ["başlangıç kurulumu"], message: "“onboarding süreci” is jargon a customer may not know; say “başlangıç kurulumu” instead." },
      ],
    },
    {
      name: "tr: an added phrase",
      text: "Hesap kesimi ayın 5’inde.",
      context: {"language":"tr"},
      options: {"add":{"hesap kesimi":"ekstre tarihi"}},
      errors: [
        { messageId: "jargon", line: 1, column: 1, endColumn: 13, suggestions: ["Ekstre tarihi"], message: "“Hesap kesimi” is jargon a customer may not know; say “Ekstre tarihi” instead." },
      ],
    },
    {
      name: "tr: an added stem with endings",
      text: "Hesap kesiminiz ayın 5’inde.",
      context: {"language":"tr"},
      options: {"add":{"hesap kesim+":"ekstre tarihi"}},
      errors: [
        { messageId: "jargon", line: 1, column: 1, endColumn: 16, suggestions: ["Ekstre tarihi"], message: "“Hesap kesiminiz” is jargon a customer may not know; say “Ekstre tarihi” instead." },
      ],
    },
  ],
}
