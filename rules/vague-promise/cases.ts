/**
 * `vague-promise` test cases: run by test/rules/vague-promise.test.ts (RuleTester) and shown in
 * README.md (`docs: true` ones) by `npm run docs`. English and Turkish; every assertion of the former
 * vague-promise.test.ts and vague-promise-tr.test.ts about findings is a case here (the duration and
 * SLA readers stay in the test file). Positions are 1-based UTF-16 columns.
 */
import type { RuleCases } from '../../src/rule.js'
import type { VaguePromiseOptions } from './index.js'

export const cases: RuleCases<VaguePromiseOptions> = {
  valid: [
    { docs: true, name: "dates instead of promises, and a closing with soon", text: "Hi Grace,\n\nThanks for the photos of the kettle. We will send a replacement by Friday, and you will get the tracking number within 24 hours.\n\nGet well soon!\nOmar" },
    { docs: true, name: "tr: dates and an event instead of promises", text: "Merhaba Ayşe Hanım,\n\nFotoğraflar için teşekkür ederiz. Yeni ürününüz yarın kargoya verilecek; takip numarasını 24 saat içinde SMS ile göndereceğiz. Ürün depoya ulaştığında iade sürecini de başlatacağız.\n\nGeçmiş olsun,\nMehmet", context: {"language":"tr"} },
    { docs: true, name: "timing tied to an event", text: "Your refund will be issued as soon as the payment clears." },
    { name: "a concrete time", text: "We will get back to you within 24 hours." },
    { name: "a day and time", text: "The engineer will call you soon, by Friday 5 pm at the latest." },
    { name: "a business-day range", text: "Your replacement will ship shortly, in 3–5 business days." },
    { name: "today", text: "We will e-mail you the new contract as soon as possible today." },
    { name: "tomorrow morning", text: "We'll get back to you tomorrow morning." },
    { name: "a commitment that waits for the customer's own step", text: "We'll get back to you once you've sent us the receipt." },
    { name: "a closing", text: "Get well soon, and thanks for flying with us!" },
    { name: "talk soon", text: "Thanks again for your help today. Talk soon!" },
    { name: "a hope about something not ours to date", text: "Sometimes albums are pulled for licensing reasons. Hopefully we will have it back soon!" },
    { name: "an invitation", text: "Thanks for the kind words about our fries! Stop by again soon." },
    { name: "a request to the customer", text: "Please send us the receipt as soon as possible so we can process your refund." },
    { name: "a question", text: "Would you like us to call you back shortly?" },
    { name: "a condition", text: "If you don't hear back soon, just reply to this e-mail." },
    { name: "a past apology", text: "Sorry it took us so long to get back to you." },
    { name: "a wish, not a promise", text: "We'd like to follow up with you about this, could you DM us your order number?" },
    { name: "\"soon after\" in the past", text: "The parcel was scanned at the depot and left soon after." },
    { name: "\"at some point\" in the past", text: "It looks like the app signed you out at some point yesterday." },
    { name: "\"shortly after\" an event", text: "Your card will be charged shortly after the order ships." },
    { name: "24/7 is not a date, but a customer action is no promise", text: "Our chat is open 24/7, so you can reach us in a timely manner." },
    { name: "\"fingers crossed\" (real social reply)", text: "We hear you! Fingers crossed we'll be able to have that playlist back soon." },
    { name: "looking forward to a visit (real social reply)", text: "Thanks for coming in, we look forward to seeing you again soon!" },
    { name: "an invitation after \"and\" (real social reply)", text: "Treat yourself and stop in soon for a fresh batch." },
    { name: "\"see ya soon\" (real social reply)", text: "Glad you liked it, see ya soon!" },
    { name: "a question ending in an emoticon (real social reply)", text: "Breakfast date soon? :)" },
    { name: "vague words in quoted customer text", text: "Your order shipped today with tracking 1Z999.\n\n> Please fix this ASAP, I need it soon!" },
    { name: "the purpose of a DM request", text: "Please send us a DM with your order number so we can look into it ASAP." },
    { name: "the purpose of a request without please", text: "Share the details through the form so that we can reach out asap." },
    { name: "the customer's own wish", text: "We can tell you'd love to see that feature again soon." },
    { name: "an announcement with no one promising", text: "More colours coming soon!" },
    { name: "a hedged \"any time soon\"", text: "We're not sure it will come back any time soon, but your vote counts." },
    { name: "a goodbye", text: "Enjoy the concert, and see you again soon!" },
    { name: "\"a while ago\" in the past", text: "We changed that setting a while ago." },
    { name: "\"eventually\" in the past", text: "The parcel eventually arrived at the depot yesterday." },
    { name: "a habit", text: "We always aim to ship orders as quickly as possible." },
    { name: "a suggestion", text: "We could grab another coffee together soon!" },
    { name: "a bank posting time is not the team's promise", text: "The refund will show on your statement within 5–7 business days.", config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}} },
    { name: "promises within the SLA", text: "We will reply within 12 hours and fix it within 2 business days.", config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}} },
    { name: "a past duration", text: "We resolved a similar case in 5 days last month.", config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}} },
    { name: "a customer deadline", text: "You can cancel up to 48 hours before the appointment, and we will reply to any question.", config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}} },
    { name: "ignore: [\"shortly\"]", text: "We will ship it shortly.", options: {"ignore":["shortly"]} },
    { name: "\"soon\" in a live chat means seconds", text: "One moment please, soon I will tell you the status of your order.", context: {"channel":"chat"} },
    { name: "a DM answer promised \"shortly\" on social", text: "We've got your DM and will answer there shortly.", context: {"channel":"social"} },
    { name: "tr: a concrete time", text: "Merhaba Ayşe Hanım,\n\n24 saat içinde size dönüş yapacağız.\n\nSaygılarımızla,\nMehmet", context: {"language":"tr"} },
    { name: "tr: a business-day range", text: "İadeniz 3-5 iş günü içinde kartınıza yansıyacaktır.", context: {"language":"tr"} },
    { name: "tr: tomorrow", text: "Can Bey, kartınız yarın kargoya verilecek.", context: {"language":"tr"} },
    { name: "tr: a time of day", text: "Deniz Hanım, bugün saat 17:00’ye kadar sizi arayacağız.", context: {"language":"tr"} },
    { name: "tr: timing tied to an event", text: "Ürün depoya ulaştığında size döneceğiz.", context: {"language":"tr"} },
    { name: "tr: an event clause before a comma", text: "İnceleme tamamlanınca, en kısa sürede size dönüş yapacağız.", context: {"language":"tr"} },
    { name: "tr: “gelir gelmez” (as soon as)", text: "Ürün stoğa girer girmez size haber vereceğiz.", context: {"language":"tr"} },
    { name: "tr: a condition", text: "Ödemeniz onaylanırsa, en kısa sürede kargoya verilecek.", context: {"language":"tr"} },
    { name: "tr: a request to the customer", text: "Lütfen en kısa sürede bize ulaşın; biletinizi 48 saat tutabiliyoruz.", context: {"language":"tr"} },
    { name: "tr: “rica ederiz” after a -mAnIzI request", text: "Belgeleri en kısa sürede iletmenizi rica ederiz.", context: {"language":"tr"} },
    { name: "tr: something the customer can do", text: "Daha sonra tekrar deneyebilirsiniz.", context: {"language":"tr"} },
    { name: "tr: something the customer must do", text: "Kartınızın kapanmaması için en kısa sürede ödeme yapmanız gerekmektedir.", context: {"language":"tr"} },
    { name: "tr: a wish", text: "En kısa sürede iyileşmenizi dileriz.", context: {"language":"tr"} },
    { name: "tr: a hope", text: "Umarız yakında tekrar görüşürüz.", context: {"language":"tr"} },
    { name: "tr: a general statement", text: "Bu tür sorunlar genellikle kısa sürede çözülür.", context: {"language":"tr"} },
    { name: "tr: the past", text: "Sorununuz en kısa sürede çözüldü.", context: {"language":"tr"} },
    { name: "tr: “yakın zamanda” meaning recently", text: "Yakın zamanda yaptığınız alışveriş için teşekkür ederiz.", context: {"language":"tr"} },
    { name: "tr: “bir ara çözüm” (an interim solution)", text: "Size bir ara çözüm olarak yedek modem gönderiyoruz.", context: {"language":"tr"} },
    { name: "tr: “kısa bir ara” (a short break)", text: "Bakım için kısa bir ara vereceğiz.", context: {"language":"tr"} },
    { name: "tr: an attributive use", text: "Ürününüz yakında gelecek olan kampanyamıza dahil değil.", context: {"language":"tr"} },
    { name: "tr: a commitment verb as a participle", text: "Size bilgi verecek bir yetkilimiz şu an müsait değil.", context: {"language":"tr"} },
    { name: "tr: money coming back, not a reply", text: "Paranız size geri dönecek, merak etmeyin.", context: {"language":"tr"} },
    { name: "tr: a question", text: "Teknisyenimizin sizi birazdan aramasını ister misiniz?", context: {"language":"tr"} },
    { name: "tr: vague words in quoted customer text", text: "Siparişiniz bugün kargoya verildi.\n\n> En kısa sürede dönüş yapın, yakında tatile çıkıyorum.", context: {"language":"tr"} },
    { name: "tr: \"yarım saat önce\" is a concrete time", text: "Merhaba Umut Bey, teknisyenimiz gelmeden yarım saat önce sizi arayacak.", context: {"language":"tr"} },
    { name: "tr: a bank posting time (SLA set)", text: "İadeniz 3-5 iş günü içinde kartınıza yansıyacaktır.", context: {"language":"tr"}, config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}} },
    { name: "tr: a customer deadline (SLA set)", text: "Randevunuzu 72 saat içinde iptal edebilirsiniz.", context: {"language":"tr"}, config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}} },
    { name: "tr: a fix within the SLA", text: "Arızanız 2 gün içinde giderilecektir.", context: {"language":"tr"}, config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}} },
    { name: "tr: ignore: [\"bir ara\"]", text: "Ürün bir ara stoklara girecek.", context: {"language":"tr"}, options: {"ignore":["bir ara"]} },
  ],
  invalid: [
    {
      docs: true,
      name: "a vague time and a contact promise without a time",
      text: "Hi Grace,\n\nThanks for the photos of the kettle. We will send a replacement soon, and our claims team will be in touch.\n\nBest,\nOmar",
      errors: [
        { messageId: "vague", line: 3, column: 65, endColumn: 69, suggestions: ["by <day/time>"], message: "“soon” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      docs: true,
      name: "as soon as possible with an SLA in config",
      text: "Our engineers will resolve this as soon as possible.",
      context: {"channel":"email"},
      config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}},
      errors: [
        { messageId: "vagueSla", line: 1, column: 33, endColumn: 52, suggestions: ["within 48 hours"], message: "“as soon as possible” is not a time the customer can plan around: say when (“within 48 hours”, from your SLA)." },
      ],
    },
    {
      name: "\"soon\" with a generic hint when no SLA is set",
      text: "Hi Grace,\n\nThanks for the photos. We will send a replacement kettle soon.\n\nBest,\nOmar",
      errors: [
        { messageId: "vague", line: 3, column: 58, endColumn: 62, suggestions: ["by <day/time>"], message: "“soon” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      name: "the resolution SLA suggested for a fix",
      text: "Our engineers will have your line working again as soon as possible.",
      config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}},
      errors: [
        { messageId: "vagueSla", line: 1, column: 49, endColumn: 68, suggestions: ["within 48 hours"], message: "“as soon as possible” is not a time the customer can plan around: say when (“within 48 hours”, from your SLA)." },
      ],
    },
    {
      name: "the first-response SLA suggested for a reply",
      text: "Our billing team will reply to your e-mail shortly.",
      config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}},
      errors: [
        { messageId: "vagueSla", line: 1, column: 44, endColumn: 51, suggestions: ["within 12 hours"], message: "“shortly” is not a time the customer can plan around: say when (“within 12 hours”, from your SLA)." },
      ],
    },
    {
      name: "ASAP",
      text: "We are working to get your account unlocked ASAP.",
      errors: [
        { messageId: "vague", line: 1, column: 45, endColumn: 49, suggestions: ["by <day/time>"], message: "“ASAP” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      name: "in due course",
      text: "Your claim will be assessed in due course.",
      errors: [
        { messageId: "vague", line: 1, column: 29, endColumn: 42, suggestions: ["by <day/time>"], message: "“in due course” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      name: "at some point",
      text: "The team will look at your feature request at some point.",
      errors: [
        { messageId: "vague", line: 1, column: 44, endColumn: 57, suggestions: ["by <day/time>"], message: "“at some point” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      name: "in a while",
      text: "The new firmware will reach your model in a while.",
      errors: [
        { messageId: "vague", line: 1, column: 40, endColumn: 50, suggestions: ["by <day/time>"], message: "“in a while” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      name: "in the near future",
      text: "Refund tracking will be added to the app in the near future.",
      errors: [
        { messageId: "vague", line: 1, column: 42, endColumn: 60, suggestions: ["by <day/time>"], message: "“in the near future” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      name: "very soon",
      text: "Your new SIM will be activated very soon.",
      errors: [
        { messageId: "vague", line: 1, column: 32, endColumn: 41, suggestions: ["by <day/time>"], message: "“very soon” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      name: "as soon as we can",
      text: "Sorry for the wait, we will call you back as soon as we can.",
      errors: [
        { messageId: "vague", line: 1, column: 43, endColumn: 60, suggestions: ["by <day/time>"], message: "“as soon as we can” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      name: "shortly in a second clause",
      text: "Thanks for the details, and a specialist will be with you shortly.",
      errors: [
        { messageId: "vague", line: 1, column: 59, endColumn: 66, suggestions: ["by <day/time>"], message: "“shortly” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      name: "will be in touch",
      text: "Send us a note through the form and our team will be in touch.",
      errors: [
        { messageId: "noTime", line: 1, column: 51, endColumn: 62, suggestions: ["be in touch by <day/time>"], message: "“be in touch” gives no time: say when, so the customer knows when to expect it (“be in touch by <day/time>”)." },
      ],
    },
    {
      name: "a commitment and a vague word: reported once",
      text: "We'll get back to you soon.",
      errors: [
        { messageId: "vague", line: 1, column: 23, endColumn: 27, suggestions: ["by <day/time>"], message: "“soon” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      name: "a polite request that carries a promise",
      text: "Please note that we'll refund the difference shortly.",
      errors: [
        { messageId: "vague", line: 1, column: 46, endColumn: 53, suggestions: ["by <day/time>"], message: "“shortly” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      name: "an event in a later clause",
      text: "We'll update the address shortly, and you'll get an e-mail when it's done.",
      errors: [
        { messageId: "vague", line: 1, column: 26, endColumn: 33, suggestions: ["by <day/time>"], message: "“shortly” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      name: "eventually",
      text: "The missing points will eventually show in your balance.",
      errors: [
        { messageId: "vague", line: 1, column: 25, endColumn: 35, suggestions: ["by <day/time>"], message: "“eventually” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      name: "a while",
      text: "It will take a while for the new plan to show on your bill.",
      errors: [
        { messageId: "vague", line: 1, column: 14, endColumn: 21, suggestions: ["by <day/time>"], message: "“a while” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      name: "someone else as soon as they can",
      text: "The courier will collect it as soon as they can.",
      errors: [
        { messageId: "vague", line: 1, column: 29, endColumn: 48, suggestions: ["by <day/time>"], message: "“as soon as they can” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      name: "in the coming days",
      text: "A technician will call you in the coming days.",
      errors: [
        { messageId: "vague", line: 1, column: 28, endColumn: 46, suggestions: ["by <day/time>"], message: "“in the coming days” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      name: "a promise to come back after the company's own step",
      text: "Thanks, Dana. We'll get back to you once the billing team has reviewed the charge.",
      errors: [
        { messageId: "noTime", line: 1, column: 21, endColumn: 36, suggestions: ["get back to you by <day/time>"], message: "“get back to you” gives no time: say when, so the customer knows when to expect it (“get back to you by <day/time>”)." },
      ],
    },
    {
      name: "we'll get back to you, rewritten with the SLA",
      text: "I've passed this to our claims team and we'll get back to you.",
      config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}},
      errors: [
        { messageId: "noTime", line: 1, column: 47, endColumn: 62, suggestions: ["get back to you within 12 hours"], message: "“get back to you” gives no time: say when, so the customer knows when to expect it (“get back to you within 12 hours”)." },
      ],
    },
    {
      docs: true,
      name: "a resolution promise longer than the resolution SLA",
      text: "Our engineers will resolve this within 5 business days.",
      config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}},
      errors: [
        { messageId: "overResolutionSla", line: 1, column: 33, endColumn: 55, suggestions: ["within 48 hours"], message: "“within 5 business days” is longer than your resolution SLA (48 hours): promise what the SLA commits to, or check the date with your team." },
      ],
    },
    {
      name: "a reply promise longer than the first-response SLA (the range's upper bound)",
      text: "You can expect a reply from the complaints team in 1–3 days.",
      config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}},
      errors: [
        { messageId: "overResponseSla", line: 1, column: 49, endColumn: 60, suggestions: ["within 12 hours"], message: "“in 1–3 days” is longer than your first-response SLA (12 hours): promise what the SLA commits to, or check the date with your team." },
      ],
    },
    {
      name: "add: { vague: [\"in the coming days\"] }",
      text: "We will ship it in the coming days.",
      options: {"add":{"vague":["in the coming days"]}},
      errors: [
        { messageId: "vague", line: 1, column: 17, endColumn: 35, suggestions: ["by <day/time>"], message: "“in the coming days” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      name: "\"soon\" in a chat when it is not the next step",
      text: "Your new SIM will be active soon.",
      context: {"channel":"chat"},
      errors: [
        { messageId: "vague", line: 1, column: 29, endColumn: 33, suggestions: ["by <day/time>"], message: "“soon” is not a time the customer can plan around: say when (“by <day/time>”)." },
      ],
    },
    {
      docs: true,
      name: "tr: a vague time and a promise to come back",
      text: "Merhaba Ayşe Hanım,\n\nFotoğraflar için teşekkür ederiz. Yeni ürününüzü en kısa sürede göndereceğiz, konuyu inceleyip size dönüş yapacağız.\n\nSaygılarımızla,\nMehmet",
      context: {"language":"tr"},
      errors: [
        { messageId: "vague", line: 3, column: 50, endColumn: 64, suggestions: ["<süre> içinde"], message: "“en kısa sürede” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "tr: “en kısa sürede” with a Turkish placeholder when no SLA is set (e-commerce)",
      text: "Merhaba Ayşe Hanım,\n\nTalebinizle ilgili en kısa sürede size dönüş yapacağız.\n\nSaygılarımızla,\nMehmet",
      context: {"language":"tr"},
      errors: [
        { messageId: "vague", line: 3, column: 20, endColumn: 34, suggestions: ["<süre> içinde"], message: "“en kısa sürede” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "an auto-detected Turkish draft",
      text: "Merhaba Ayşe Hanım, talebinizle ilgili en kısa sürede size dönüş yapacağız. İyi günler dileriz.",
      errors: [
        { messageId: "vague", line: 1, column: 40, endColumn: 54, suggestions: ["<süre> içinde"], message: "“en kısa sürede” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "tr: the resolution SLA in Turkish for a fix",
      text: "En yakın zamanda arızanız giderilecektir.",
      context: {"language":"tr"},
      config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}},
      errors: [
        { messageId: "vagueSla", line: 1, column: 1, endColumn: 17, suggestions: ["48 saat içinde"], message: "“En yakın zamanda” is not a time the customer can plan around: say when (“48 saat içinde”, from your SLA)." },
      ],
    },
    {
      name: "tr: the first-response SLA in Turkish for a reply",
      text: "Birazdan size yanıt vereceğiz.",
      context: {"language":"tr"},
      config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}},
      errors: [
        { messageId: "vagueSla", line: 1, column: 1, endColumn: 9, suggestions: ["12 saat içinde"], message: "“Birazdan” is not a time the customer can plan around: say when (“12 saat içinde”, from your SLA)." },
      ],
    },
    {
      name: "tr: yakında (e-commerce)",
      text: "Ürün yakında stoklarımızda olacak.",
      context: {"language":"tr"},
      errors: [
        { messageId: "vague", line: 1, column: 6, endColumn: 13, suggestions: ["<süre> içinde"], message: "“yakında” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "tr: birazdan (GSM chat)",
      text: "Can Bey, birazdan sizi arayacağım.",
      context: {"language":"tr"},
      errors: [
        { messageId: "vague", line: 1, column: 10, endColumn: 18, suggestions: ["<süre> içinde"], message: "“birazdan” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "tr: bir ara (GSM)",
      text: "Deniz Hanım, bir ara teknisyenimiz uğrayacak.",
      context: {"language":"tr"},
      errors: [
        { messageId: "vague", line: 1, column: 14, endColumn: 21, suggestions: ["<süre> içinde"], message: "“bir ara” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "tr: en kısa zamanda (airline)",
      text: "Zeynep Hanım, bagajınız en kısa zamanda size ulaştırılacaktır.",
      context: {"language":"tr"},
      errors: [
        { messageId: "vague", line: 1, column: 25, endColumn: 40, suggestions: ["<süre> içinde"], message: "“en kısa zamanda” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "tr: kısa süre içinde (cargo)",
      text: "Kargonuz kısa süre içinde teslim edilecektir.",
      context: {"language":"tr"},
      errors: [
        { messageId: "vague", line: 1, column: 10, endColumn: 26, suggestions: ["<süre> içinde"], message: "“kısa süre içinde” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "tr: önümüzdeki günlerde (bank)",
      text: "Yeni kartınız önümüzdeki günlerde adresinize ulaşacaktır.",
      context: {"language":"tr"},
      errors: [
        { messageId: "vague", line: 1, column: 15, endColumn: 34, suggestions: ["<süre> içinde"], message: "“önümüzdeki günlerde” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "tr: ilk fırsatta (utilities)",
      text: "Ekibimiz ilk fırsatta sayacınızı değiştirecek.",
      context: {"language":"tr"},
      errors: [
        { messageId: "vague", line: 1, column: 10, endColumn: 22, suggestions: ["<süre> içinde"], message: "“ilk fırsatta” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "tr: daha sonra with a future verb (games)",
      text: "Daha sonra size bilgi vereceğiz.",
      context: {"language":"tr"},
      errors: [
        { messageId: "vague", line: 1, column: 1, endColumn: 11, suggestions: ["<süre> içinde"], message: "“Daha sonra” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "tr: an English-keyboard spelling",
      text: "Paketiniz en kisa surede yola cikacak.",
      context: {"language":"tr"},
      errors: [
        { messageId: "vague", line: 1, column: 11, endColumn: 25, suggestions: ["<süre> içinde"], message: "“en kisa surede” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "tr: capitals typed on a Turkish keyboard",
      text: "EN KISA SÜREDE SİZE DÖNÜŞ YAPACAĞIZ.",
      context: {"language":"tr"},
      errors: [
        { messageId: "vague", line: 1, column: 1, endColumn: 15, suggestions: ["<süre> içinde"], message: "“EN KISA SÜREDE” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "tr: a place name that looks like a condition (Bursa: -rsA)",
      text: "Bursa şubemiz yakında açılacak.",
      context: {"language":"tr"},
      errors: [
        { messageId: "vague", line: 1, column: 15, endColumn: 22, suggestions: ["<süre> içinde"], message: "“yakında” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "tr: a noun in -mAnIz, not a request (ödemeniz: your payment)",
      text: "Eksper raporu tamamlandı, ödemeniz bir an önce yapılacak.",
      context: {"language":"tr"},
      errors: [
        { messageId: "vague", line: 1, column: 36, endColumn: 47, suggestions: ["<süre> içinde"], message: "“bir an önce” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "tr: a passive promise (insurance)",
      text: "Hasar dosyanız ilgili birime iletildi, tarafınıza dönüş sağlanacaktır.",
      context: {"language":"tr"},
      errors: [
        { messageId: "noTime", line: 1, column: 40, endColumn: 70, suggestions: ["<süre> içinde tarafınıza dönüş sağlanacaktır"], message: "“tarafınıza dönüş sağlanacaktır” gives no time: say when, so the customer knows when to expect it (“<süre> içinde tarafınıza dönüş sağlanacaktır”)." },
      ],
    },
    {
      name: "tr: a contact promise at the start (GSM)",
      text: "Şikayetiniz kayda alındı. Sizinle iletişime geçilecektir.",
      context: {"language":"tr"},
      errors: [
        { messageId: "noTime", line: 1, column: 27, endColumn: 57, suggestions: ["<süre> içinde sizinle iletişime geçilecektir"], message: "“Sizinle iletişime geçilecektir” gives no time: say when, so the customer knows when to expect it (“<süre> içinde sizinle iletişime geçilecektir”)." },
      ],
    },
    {
      name: "tr: a third-person promise (utilities)",
      text: "Arıza kaydınız oluşturuldu, teknisyenimiz sizi arayacak.",
      context: {"language":"tr"},
      errors: [
        { messageId: "noTime", line: 1, column: 43, endColumn: 56, suggestions: ["<süre> içinde sizi arayacak"], message: "“sizi arayacak” gives no time: say when, so the customer knows when to expect it (“<süre> içinde sizi arayacak”)." },
      ],
    },
    {
      name: "tr: both: only the vague word is reported (bank)",
      text: "Talebiniz iletilmiştir, en kısa zamanda tarafınıza dönüş sağlanacaktır.",
      context: {"language":"tr"},
      errors: [
        { messageId: "vague", line: 1, column: 25, endColumn: 40, suggestions: ["<süre> içinde"], message: "“en kısa zamanda” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "tr: en seri şekilde",
      text: "Merhaba Zeynep Hanım, iadeniz en seri şekilde hesabınıza aktarılacaktır.",
      context: {"language":"tr"},
      errors: [
        { messageId: "vague", line: 1, column: 31, endColumn: 46, suggestions: ["<süre> içinde"], message: "“en seri şekilde” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "tr: bir an evvel",
      text: "Merhaba Zeynep Hanım, kargonuzu bir an evvel yeni adrese yönlendireceğiz.",
      context: {"language":"tr"},
      errors: [
        { messageId: "vague", line: 1, column: 33, endColumn: 45, suggestions: ["<süre> içinde"], message: "“bir an evvel” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
    {
      name: "tr: “size dönüş yapacağız” with the time placed before it (e-commerce)",
      text: "Konuyu inceleyip size dönüş yapacağız.",
      context: {"language":"tr"},
      config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}},
      errors: [
        { messageId: "noTime", line: 1, column: 18, endColumn: 38, suggestions: ["12 saat içinde size dönüş yapacağız"], message: "“size dönüş yapacağız” gives no time: say when, so the customer knows when to expect it (“12 saat içinde size dönüş yapacağız”)." },
      ],
    },
    {
      name: "tr: a reply promise longer than the first-response SLA",
      text: "3 iş günü içinde size dönüş yapacağız.",
      context: {"language":"tr"},
      config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}},
      errors: [
        { messageId: "overResponseSla", line: 1, column: 1, endColumn: 17, suggestions: ["12 saat içinde"], message: "“3 iş günü içinde” is longer than your first-response SLA (12 hours): promise what the SLA commits to, or check the date with your team." },
      ],
    },
    {
      name: "tr: a fix longer than the resolution SLA",
      text: "Arızanız 5 iş günü içinde giderilecektir.",
      context: {"language":"tr"},
      config: {"sla":{"firstResponse":"12 hours","resolution":"48 hours"}},
      errors: [
        { messageId: "overResolutionSla", line: 1, column: 10, endColumn: 26, suggestions: ["48 saat içinde"], message: "“5 iş günü içinde” is longer than your resolution SLA (48 hours): promise what the SLA commits to, or check the date with your team." },
      ],
    },
    {
      name: "tr: an SLA written in Turkish",
      text: "3 iş günü içinde size dönüş yapacağız.",
      context: {"language":"tr"},
      config: {"sla":{"firstResponse":"12 saat","resolution":"2 iş günü"}},
      errors: [
        { messageId: "overResponseSla", line: 1, column: 1, endColumn: 17, suggestions: ["12 saat içinde"], message: "“3 iş günü içinde” is longer than your first-response SLA (12 saat): promise what the SLA commits to, or check the date with your team." },
      ],
    },
    {
      name: "tr: add: { vague: [\"önümüzdeki haftalarda\"] }",
      text: "Ürün önümüzdeki haftalarda stoklara girecek.",
      context: {"language":"tr"},
      options: {"add":{"vague":["önümüzdeki haftalarda"]}},
      errors: [
        { messageId: "vague", line: 1, column: 6, endColumn: 27, suggestions: ["<süre> içinde"], message: "“önümüzdeki haftalarda” is not a time the customer can plan around: say when (“<süre> içinde”)." },
      ],
    },
  ],
}
