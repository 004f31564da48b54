/**
 * `informal` test cases: run by test/rules/informal.test.ts (RuleTester) and shown in README.md
 * (`docs: true` ones) by `npm run docs`. English and Turkish; every assertion of the former
 * informal.test.ts and informal-tr.test.ts is a case here. Positions are 1-based UTF-16 columns.
 */
import type { RuleCases } from '../../src/rule.js'
import type { InformalOptions } from './index.js'

export const cases: RuleCases<InformalOptions> = {
  valid: [
    { docs: true, name: "a professional e-mail with U.S., Plan U and Vitamin K", text: "Hi Sam,\n\nThanks for waiting: you can restart the router now. Your U.S. number moves to Plan U next month, and Vitamin K is back in stock.\n\nBest,\nAl", context: {"channel":"email"} },
    { docs: true, name: "emoji and emoticons in chat", text: "No worries, the refund is done 🎉 :)", context: {"channel":"chat"} },
    { docs: true, name: "tr: a polite chat reply with ya … ya da", text: "Merhaba Can Bey, kartınız yarın kargoda. Ya kapıda ya da şubeden teslim alabilirsiniz; teşekkürler.", context: {"language":"tr","channel":"chat"} },
    { name: "U.S. and Plan U", text: "Your U.S. number moves to Plan U next month." },
    { name: "Vitamin K and a grade label", text: "Vitamin K is in stock, and the grade u label is on the box." },
    { name: "units after a number", text: "The dose is 100 u per ml and the run is 5 k long." },
    { name: "a placeholder", text: "Hi {{u}}, thanks for writing in." },
    { name: "a URL", text: "See https://example.com/u/k/pls for the guide." },
    { name: "a name that looks like text-speak", text: "Hello, Ty. Your order is ready." },
    { name: "the customer's name", text: "Ty, your order is ready.", context: {"customer":{"name":"Ty Burrell"}} },
    { name: "capitals as an acronym", text: "Our NP will call you, and the TY column shows the tax year." },
    { name: "agent initials", text: "Keep us posted /K" },
    { name: "emoji and an emoticon in chat", text: "All sorted 🎉 :)", context: {"channel":"chat"} },
    { name: "emoji on social", text: "Happy birthday! 🎂", context: {"channel":"social"} },
    { name: "a time and a colon", text: "The shop opens at 9:30 (see note 1:) on Sundays." },
    { name: "quoted customer text", text: "> thx u r gr8 lol\n\nThank you, Sam. We are glad it worked." },
    { name: "an inline quote", text: "Type \"pls help\" into the search box of the help centre." },
    { name: "a typed key", text: "Press k to pause the video." },
    { name: "near miss: \"no worries\" on its own", text: "No worries, the new card is on its way." },
    { name: "casual \"Yeah\" in chat (e-mail only)", text: "Yeah, the refund went through.", context: {"channel":"chat"} },
    { name: "\"Gotcha\" outside e-mail (real brand tweet)", text: "Gotcha. Could you DM us the email address on the account?", context: {"channel":"social"} },
    { name: "Spanish \"ya\" (real brand tweet)", text: "¿Se sincronizan ya? Vuelve a refrescar la pantalla.", context: {"channel":"social"} },
    { name: "the Malay particle \"ya\" (real brand tweet)", text: "Please proceed to the website for the list of routes ya.", context: {"channel":"social"} },
    { name: "the name Ty mid-sentence", text: "Our engineer Ty will call you at 3 pm." },
    { name: "tr: emoji in chat", text: "Siparişiniz yolda 😊", context: {"language":"tr","channel":"chat"} },
    { name: "tr: tamamdır in chat (e-mail only)", text: "Tamamdır, iadenizi yaptık.", context: {"language":"tr","channel":"chat"} },
    { name: "tr: sen/sana without the pronouns option (bank)", text: "Sana yeni kartını yarın gönderiyoruz.", context: {"language":"tr","channel":"chat"} },
    { name: "tr: ya … ya da (e-commerce)", text: "Merhaba Ayşe Hanım,\n\nYa kartınızla ya da havaleyle ödeyebilirsiniz.\n\nSaygılarımızla,\nMehmet", context: {"language":"tr","channel":"email"} },
    { name: "tr: a name that starts with abi (e-commerce)", text: "Merhaba Abidin Bey,\n\nSiparişiniz yolda.\n\nSaygılarımızla,\nMehmet", context: {"language":"tr","channel":"email"} },
    { name: "tr: LAN in capitals and in lower case before kablosu (GSM)", text: "Deniz Hanım, LAN kablosunu modemin sarı girişine takabilir misiniz? lan kablosu yoksa Wi-Fi de olur.", context: {"language":"tr","channel":"chat"} },
    { name: "tr: tel, a wire (e-commerce)", text: "Kemal Bey, tel örgü siparişiniz yarın kargoda.", context: {"language":"tr","channel":"chat"} },
    { name: "tr: a signature line (bank)", text: "Saygılarımızla,\nMüşteri Hizmetleri\nTel: 0212 555 55 55", context: {"language":"tr","channel":"email"} },
    { name: "tr: ok, an arrow key (GSM)", text: "Can Bey, ekrandaki OK tuşuna, sonra sağ ok tuşuna basabilir misiniz?", context: {"language":"tr","channel":"chat"} },
    { name: "tr: NBR, nitrile rubber (e-commerce)", text: "NBR conta siparişiniz kargoya verildi.", context: {"language":"tr","channel":"email"} },
    { name: "tr: TSK, the armed forces (airline)", text: "TSK mensuplarına özel indirimimiz devam ediyor.", context: {"language":"tr","channel":"email"} },
    { name: "tr: aynen, exactly (e-commerce)", text: "Merhaba Aga Bey,\n\nÜrün aynen teslim aldığınız gibi iade edilir.", context: {"language":"tr","channel":"email"} },
    { name: "tr: short labels (cargo)", text: "Ürünü A blok B kapısından teslim alabilirsiniz.", context: {"language":"tr","channel":"chat"} },
    { name: "tr: a customer name that is slang elsewhere (bank)", text: "Reis Bey, kartınız hazır.", context: {"language":"tr","channel":"chat","customer":{"name":"Reis Kaya"}} },
  ],
  invalid: [
    {
      docs: true,
      name: "text-speak and an emoji in an e-mail",
      text: "Hi Sam,\n\nThx for waiting, u can pls restart the router now. I'm gonna check ur account too 😀\n\nBest,\nAl",
      context: {"channel":"email"},
      errors: [
        { messageId: "slang", line: 3, column: 1, endColumn: 4, suggestions: ["Thanks"], message: "“Thx” is text-speak or slang, too casual for a professional reply: write “Thanks”." },
        { messageId: "slang", line: 3, column: 18, endColumn: 19, suggestions: ["you"], message: "“u” is text-speak or slang, too casual for a professional reply: write “you”." },
        { messageId: "slang", line: 3, column: 24, endColumn: 27, suggestions: ["please"], message: "“pls” is text-speak or slang, too casual for a professional reply: write “please”." },
        { messageId: "slang", line: 3, column: 56, endColumn: 61, suggestions: ["going to"], message: "“gonna” is text-speak or slang, too casual for a professional reply: write “going to”." },
        { messageId: "slang", line: 3, column: 68, endColumn: 70, suggestions: ["your","you're"], message: "“ur” is text-speak or slang, too casual for a professional reply: write “your” or “you're”." },
        { messageId: "emojiEmail", line: 3, column: 83, endColumn: 85, suggestions: [], message: "“😀”: emoji are too casual for an e-mail; say it in words or leave it out." },
      ],
      output: "Hi Sam,\n\nThanks for waiting, you can please restart the router now. I'm going to check ur account too 😀\n\nBest,\nAl",
    },
    {
      docs: true,
      name: "np and see ya in chat",
      text: "np, see ya!",
      context: {"channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 1, endColumn: 3, suggestions: ["no problem","you're welcome"], message: "“np” is text-speak or slang, too casual for a professional reply: write “no problem” or “you're welcome”." },
        { messageId: "slang", line: 1, column: 5, endColumn: 11, suggestions: ["see you"], message: "“see ya” is text-speak or slang, too casual for a professional reply: write “see you”." },
      ],
      output: "no problem, see you!",
    },
    {
      docs: true,
      name: "tr: slm and tşk in chat",
      text: "slm Can Bey, kartınız yarın kargoda, tşk.",
      context: {"language":"tr","channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 1, endColumn: 4, suggestions: ["Merhaba"], message: "“slm” is text-speak or slang, too casual for a professional reply: write “Merhaba”." },
        { messageId: "slang", line: 1, column: 38, endColumn: 41, suggestions: ["teşekkürler"], message: "“tşk” is text-speak or slang, too casual for a professional reply: write “teşekkürler”." },
      ],
      output: "Merhaba Can Bey, kartınız yarın kargoda, teşekkürler.",
    },
    {
      name: "\"pls\" with its fix",
      text: "Hi Ana,\n\nCould you pls send us the order number?\n\nThanks,\nLuis",
      errors: [
        { messageId: "slang", line: 3, column: 11, endColumn: 14, suggestions: ["please"], message: "“pls” is text-speak or slang, too casual for a professional reply: write “please”." },
      ],
      output: "Hi Ana,\n\nCould you please send us the order number?\n\nThanks,\nLuis",
    },
    {
      name: "a text-speak chat reply, the capital kept at the start of a sentence",
      text: "Thx for waiting! I'm gonna check if u can get a refund, pls hold on.",
      context: {"channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 1, endColumn: 4, suggestions: ["Thanks"], message: "“Thx” is text-speak or slang, too casual for a professional reply: write “Thanks”." },
        { messageId: "slang", line: 1, column: 22, endColumn: 27, suggestions: ["going to"], message: "“gonna” is text-speak or slang, too casual for a professional reply: write “going to”." },
        { messageId: "slang", line: 1, column: 37, endColumn: 38, suggestions: ["you"], message: "“u” is text-speak or slang, too casual for a professional reply: write “you”." },
        { messageId: "slang", line: 1, column: 57, endColumn: 60, suggestions: ["please"], message: "“pls” is text-speak or slang, too casual for a professional reply: write “please”." },
      ],
      output: "Thanks for waiting! I'm going to check if you can get a refund, please hold on.",
    },
    {
      name: "\"ur\": both readings, no fix",
      text: "We have updated ur account.",
      errors: [
        { messageId: "slang", line: 1, column: 17, endColumn: 19, suggestions: ["your","you're"], message: "“ur” is text-speak or slang, too casual for a professional reply: write “your” or “you're”." },
      ],
    },
    {
      name: "\"k\" and \"kk\" as standalone words",
      text: "k, I will check. kk thanks.",
      context: {"channel":"sms"},
      errors: [
        { messageId: "slang", line: 1, column: 1, endColumn: 2, suggestions: ["OK"], message: "“k” is text-speak or slang, too casual for a professional reply: write “OK”." },
        { messageId: "slang", line: 1, column: 18, endColumn: 20, suggestions: ["OK"], message: "“kk” is text-speak or slang, too casual for a professional reply: write “OK”." },
      ],
      output: "OK, I will check. OK thanks.",
    },
    {
      name: "lol",
      text: "The courier went to the wrong town lol.",
      context: {"channel":"chat"},
      errors: [
        { messageId: "slangLeaveOut", line: 1, column: 36, endColumn: 39, suggestions: [], message: "“lol” is text-speak or slang, too casual for a professional reply: leave it out." },
      ],
    },
    {
      name: "idk",
      text: "Honestly idk why the app logged you out.",
      context: {"channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 10, endColumn: 13, suggestions: ["I don't know"], message: "“idk” is text-speak or slang, too casual for a professional reply: write “I don't know”." },
      ],
      output: "Honestly I don't know why the app logged you out.",
    },
    {
      name: "omg in capitals",
      text: "OMG, that is a lovely photo of the cake!",
      context: {"channel":"chat"},
      errors: [
        { messageId: "slangLeaveOut", line: 1, column: 1, endColumn: 4, suggestions: [], message: "“OMG” is text-speak or slang, too casual for a professional reply: leave it out." },
      ],
    },
    {
      name: "np",
      text: "np, glad it works now.",
      context: {"channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 1, endColumn: 3, suggestions: ["no problem","you're welcome"], message: "“np” is text-speak or slang, too casual for a professional reply: write “no problem” or “you're welcome”." },
      ],
      output: "no problem, glad it works now.",
    },
    {
      name: "wanna",
      text: "Do you wanna upgrade to fibre?",
      context: {"channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 8, endColumn: 13, suggestions: ["want to"], message: "“wanna” is text-speak or slang, too casual for a professional reply: write “want to”." },
      ],
      output: "Do you want to upgrade to fibre?",
    },
    {
      name: "gotta",
      text: "You gotta restart the console first.",
      context: {"channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 5, endColumn: 10, suggestions: ["have to","got to"], message: "“gotta” is text-speak or slang, too casual for a professional reply: write “have to” or “got to”." },
      ],
    },
    {
      name: "cuz",
      text: "The fee applies cuz the plan ended.",
      context: {"channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 17, endColumn: 20, suggestions: ["because"], message: "“cuz” is text-speak or slang, too casual for a professional reply: write “because”." },
      ],
      output: "The fee applies because the plan ended.",
    },
    {
      name: "see ya",
      text: "Thanks for calling, see ya!",
      context: {"channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 21, endColumn: 27, suggestions: ["see you"], message: "“see ya” is text-speak or slang, too casual for a professional reply: write “see you”." },
      ],
      output: "Thanks for calling, see you!",
    },
    {
      name: "no worries mate",
      text: "No worries mate, the refund is done.",
      context: {"channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 1, endColumn: 16, suggestions: ["No problem","You're welcome"], message: "“No worries mate” is text-speak or slang, too casual for a professional reply: write “No problem” or “You're welcome”." },
      ],
    },
    {
      name: "thx 4",
      text: "Thx 4 letting us know about the outage.",
      context: {"channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 1, endColumn: 6, suggestions: ["Thanks for"], message: "“Thx 4” is text-speak or slang, too casual for a professional reply: write “Thanks for”." },
      ],
      output: "Thanks for letting us know about the outage.",
    },
    {
      name: "emoji and emoticons in e-mail, one finding per cluster",
      text: "Hi Jo,\n\nYour parcel is on its way 😀👍🏽 Enjoy :)\n\nBest,\nMia",
      errors: [
        { messageId: "emojiEmail", line: 3, column: 27, endColumn: 33, suggestions: [], message: "“😀👍🏽”: emoji are too casual for an e-mail; say it in words or leave it out." },
        { messageId: "emoticonEmail", line: 3, column: 40, endColumn: 42, suggestions: [], message: "“:)”: emoticons are too casual for an e-mail; say it in words or leave it out." },
      ],
    },
    {
      name: "emoji in chat with emoji: false",
      text: "All sorted 🎉",
      context: {"channel":"chat"},
      options: {"emoji":false},
      errors: [
        { messageId: "emoji", line: 1, column: 12, endColumn: 14, suggestions: [], message: "“🎉”: emoji are too casual for a professional reply; say it in words or leave it out." },
      ],
    },
    {
      name: "casual \"Yeah\" in e-mail",
      text: "Yeah, the refund went through.",
      context: {"channel":"email"},
      errors: [
        { messageId: "slang", line: 1, column: 1, endColumn: 5, suggestions: ["Yes"], message: "“Yeah” is text-speak or slang, too casual for a professional reply: write “Yes”." },
      ],
      output: "Yes, the refund went through.",
    },
    {
      name: "add: { gr8t: \"great\" }",
      text: "The fix is gr8t news.",
      options: {"add":{"gr8t":"great"}},
      errors: [
        { messageId: "slang", line: 1, column: 12, endColumn: 16, suggestions: ["great"], message: "“gr8t” is text-speak or slang, too casual for a professional reply: write “great”." },
      ],
      output: "The fix is great news.",
    },
    {
      name: "Tks mid-reply (real reply)",
      text: "Your card is on its way. Tks - Dev",
      errors: [
        { messageId: "slang", line: 1, column: 26, endColumn: 29, suggestions: ["Thanks"], message: "“Tks” is text-speak or slang, too casual for a professional reply: write “Thanks”." },
      ],
      output: "Your card is on its way. Thanks - Dev",
    },
    {
      name: "TY in capitals (real reply)",
      text: "Your card is on its way. TY ^MB",
      errors: [
        { messageId: "slang", line: 1, column: 26, endColumn: 28, suggestions: ["Thank you"], message: "“TY” is text-speak or slang, too casual for a professional reply: write “Thank you”." },
      ],
      output: "Your card is on its way. Thank you ^MB",
    },
    {
      name: "TQ in capitals (real reply)",
      text: "Noted, TQ.",
      errors: [
        { messageId: "slang", line: 1, column: 8, endColumn: 10, suggestions: ["Thank you"], message: "“TQ” is text-speak or slang, too casual for a professional reply: write “Thank you”." },
      ],
      output: "Noted, Thank you.",
    },
    {
      name: "amt (real reply)",
      text: "The amt owing is shown on the statement.",
      errors: [
        { messageId: "slang", line: 1, column: 5, endColumn: 8, suggestions: ["amount"], message: "“amt” is text-speak or slang, too casual for a professional reply: write “amount”." },
      ],
      output: "The amount owing is shown on the statement.",
    },
    {
      name: "acct (real reply)",
      text: "Please check the acct page for the refund.",
      errors: [
        { messageId: "slang", line: 1, column: 18, endColumn: 22, suggestions: ["account"], message: "“acct” is text-speak or slang, too casual for a professional reply: write “account”." },
      ],
      output: "Please check the account page for the refund.",
    },
    {
      name: "tr: slm with the formal fix (cargo chat)",
      text: "slm Can Bey, kartınız yarın kargoda.",
      context: {"language":"tr","channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 1, endColumn: 4, suggestions: ["Merhaba"], message: "“slm” is text-speak or slang, too casual for a professional reply: write “Merhaba”." },
      ],
      output: "Merhaba Can Bey, kartınız yarın kargoda.",
    },
    {
      name: "tr: tşk at the end, the rewrite lower-cased mid-sentence (GSM)",
      text: "Onur Bey hesabınız açıldı, tşk.",
      context: {"language":"tr","channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 28, endColumn: 31, suggestions: ["teşekkürler"], message: "“tşk” is text-speak or slang, too casual for a professional reply: write “teşekkürler”." },
      ],
      output: "Onur Bey hesabınız açıldı, teşekkürler.",
    },
    {
      name: "tr: Tşk at the start, the rewrite capitalised",
      text: "Tşk, hesabınız açıldı.",
      context: {"language":"tr","channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 1, endColumn: 4, suggestions: ["Teşekkürler"], message: "“Tşk” is text-speak or slang, too casual for a professional reply: write “Teşekkürler”." },
      ],
      output: "Teşekkürler, hesabınız açıldı.",
    },
    {
      name: "tr: an address word with nothing to replace it (e-commerce social)",
      text: "kanka paketin yarın kapında",
      context: {"language":"tr","channel":"social"},
      errors: [
        { messageId: "slangLeaveOut", line: 1, column: 1, endColumn: 6, suggestions: [], message: "“kanka” is text-speak or slang, too casual for a professional reply: leave it out." },
      ],
    },
    {
      name: "tr: emoji in an e-mail",
      text: "Merhaba Ayşe Hanım,\n\nSiparişiniz yolda 😊\n\nSaygılarımızla,\nMehmet",
      context: {"language":"tr","channel":"email"},
      errors: [
        { messageId: "emojiEmail", line: 3, column: 19, endColumn: 21, suggestions: [], message: "“😊”: emoji are too casual for an e-mail; say it in words or leave it out." },
      ],
    },
    {
      name: "tr: careless spellings, the capital kept (e-commerce)",
      text: "Malesef kampanya bitti, birşey yapamıyoruz.",
      context: {"language":"tr","channel":"chat"},
      errors: [
        { messageId: "misspelling", line: 1, column: 1, endColumn: 8, suggestions: ["Maalesef"], message: "“Malesef” is a common misspelling, which reads as careless: write “Maalesef”." },
        { messageId: "misspelling", line: 1, column: 25, endColumn: 31, suggestions: ["bir şey"], message: "“birşey” is a common misspelling, which reads as careless: write “bir şey”." },
      ],
      output: "Maalesef kampanya bitti, bir şey yapamıyoruz.",
    },
    {
      name: "tr: mrb (GSM)",
      text: "mrb Deniz Hanım, arıza bugün giderilecek.",
      context: {"language":"tr","channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 1, endColumn: 4, suggestions: ["Merhaba"], message: "“mrb” is text-speak or slang, too casual for a professional reply: write “Merhaba”." },
      ],
      output: "Merhaba Deniz Hanım, arıza bugün giderilecek.",
    },
    {
      name: "tr: tmm (e-commerce)",
      text: "tmm Emre Bey, adresinizi güncelledim.",
      context: {"language":"tr","channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 1, endColumn: 4, suggestions: ["Tamam"], message: "“tmm” is text-speak or slang, too casual for a professional reply: write “Tamam”." },
      ],
      output: "Tamam Emre Bey, adresinizi güncelledim.",
    },
    {
      name: "tr: knk (e-commerce)",
      text: "knk siparişin yolda, yarın gelir.",
      context: {"language":"tr","channel":"chat"},
      errors: [
        { messageId: "slangLeaveOut", line: 1, column: 1, endColumn: 4, suggestions: [], message: "“knk” is text-speak or slang, too casual for a professional reply: leave it out." },
      ],
    },
    {
      name: "tr: yaa (e-commerce)",
      text: "Gizem Hanım yaa çok üzüldük, yenisini gönderiyoruz.",
      context: {"language":"tr","channel":"chat"},
      errors: [
        { messageId: "slangLeaveOut", line: 1, column: 13, endColumn: 16, suggestions: [], message: "“yaa” is text-speak or slang, too casual for a professional reply: leave it out." },
      ],
    },
    {
      name: "tr: kib (bank)",
      text: "Selin Hanım faturanız düzeltildi, kib.",
      context: {"language":"tr","channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 35, endColumn: 38, suggestions: ["kendinize iyi bakın"], message: "“kib” is text-speak or slang, too casual for a professional reply: write “kendinize iyi bakın”." },
      ],
      output: "Selin Hanım faturanız düzeltildi, kendinize iyi bakın.",
    },
    {
      name: "tr: Tskler typed without Turkish letters (airline)",
      text: "Tskler, iyi günler.",
      context: {"language":"tr","channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 1, endColumn: 7, suggestions: ["Teşekkürler"], message: "“Tskler” is text-speak or slang, too casual for a professional reply: write “Teşekkürler”." },
      ],
      output: "Teşekkürler, iyi günler.",
    },
    {
      name: "tr: nbr, a suggestion only (GSM)",
      text: "nbr Ahmet Bey, hattınız açıldı.",
      context: {"language":"tr","channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 1, endColumn: 4, suggestions: ["Merhaba","Nasılsınız"], message: "“nbr” is text-speak or slang, too casual for a professional reply: write “Merhaba” or “Nasılsınız”." },
      ],
    },
    {
      name: "tr: a dropped-letter future (cargo)",
      text: "Kuryeye bakıcam, dönüş yapacağım.",
      context: {"language":"tr","channel":"chat"},
      errors: [
        { messageId: "slang", line: 1, column: 9, endColumn: 16, suggestions: ["bakacağım"], message: "“bakıcam” is text-speak or slang, too casual for a professional reply: write “bakacağım”." },
      ],
      output: "Kuryeye bakacağım, dönüş yapacağım.",
    },
    {
      name: "tr: lan in lower case (GSM)",
      text: "Sistem hatası lan, düzelttik.",
      context: {"language":"tr","channel":"chat"},
      errors: [
        { messageId: "slangLeaveOut", line: 1, column: 15, endColumn: 18, suggestions: [], message: "“lan” is text-speak or slang, too casual for a professional reply: leave it out." },
      ],
    },
    {
      name: "tr: tamamdır in an e-mail (cargo)",
      text: "Merhaba Kemal Bey,\n\nTamamdır, iadenizi yaptık.\n\nİyi günler",
      context: {"language":"tr","channel":"email"},
      errors: [
        { messageId: "slang", line: 3, column: 1, endColumn: 9, suggestions: ["Tamam"], message: "“Tamamdır” is text-speak or slang, too casual for a professional reply: write “Tamam”." },
      ],
      output: "Merhaba Kemal Bey,\n\nTamam, iadenizi yaptık.\n\nİyi günler",
    },
    {
      name: "tr: sen for siz with pronouns: true (bank)",
      text: "Sana yeni kartını yarın gönderiyoruz.",
      context: {"language":"tr","channel":"chat"},
      options: {"pronouns":true},
      errors: [
        { messageId: "pronoun", line: 1, column: 1, endColumn: 5, suggestions: ["Size"], message: "“Sana” addresses the customer informally (sen); use the polite siz form: write “Size”." },
      ],
    },
  ],
}
