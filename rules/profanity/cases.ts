/**
 * `profanity` test cases: run by test/rules/profanity.test.ts (RuleTester) and shown in README.md
 * (`docs: true` ones) by `npm run docs`. English and Turkish; every assertion of the former
 * profanity.test.ts and profanity-tr.test.ts that a case can hold is a case here (language detection
 * and the informal interplay stay in the test file). Positions are 1-based UTF-16 columns.
 */
import type { RuleCases } from '../../src/rule.js'
import type { ProfanityOptions } from './index.js'

export const cases: RuleCases<ProfanityOptions> = {
  valid: [
    { docs: true, name: "a plain explanation with \"kill the process\"", text: "Hi Jordan,\n\nI'm sorry the update caused this. To close the app, kill the process in Task Manager, then open it again.\n\nThanks,\nAlex" },
    { docs: true, name: "a calm reply to a customer who swore", text: "Hi Jordan,\n\nI'm sorry the app crashed again. Our team has fixed the cause in version 4.2, out today.\n\nThanks,\nAlex", context: {"customer":{"name":"Jordan","message":"your shit app crashed AGAIN"}} },
    { docs: true, name: "tr: a calm reply to a customer who swore, with sıkıntı and götürecek", text: "Merhaba Ayşe Hanım,\n\nYaşadığınız sıkıntı için özür dileriz. Paketinizi şubeden aldık ve kuryemiz yarın saat 12:00'ye kadar adresinize götürecek.\n\nSaygılarımızla,\nMehmet", context: {"language":"tr","customer":{"name":"Ayşe Yılmaz","message":"Kargom 10 gündür gelmedi amk"}} },
    { name: "a professional apology after a failed update", text: "Hi Jordan,\n\nSorry, this happens when the update fails. We have rolled it back and your account works again.\n\nThanks,\nAlex" },
    { name: "near misses: Scunthorpe, Essex, class, assess", text: "Scunthorpe and Essex deliveries are back on schedule. Our class on how to assess your claim starts on Saturday." },
    { name: "cocktail glasses and Shitake mushrooms", text: "The cocktail glasses and Shitake mushrooms ship separately." },
    { name: "run the tap", text: "Please run the tap until you get hot water again." },
    { name: "kill the process", text: "To kill the process, open Task Manager and choose End task." },
    { name: "execute the job, hang up the call", text: "We will execute the job again tonight and hang up the call afterwards." },
    { name: "the dump file", text: "Please send us the dump file from the crash folder." },
    { name: "a niggle with the flange", text: "There is a minor niggle with the flange on the tap, our plumber will fix it." },
    { name: "welfare check and master/slave", text: "The welfare check and the master/slave setting are in the same menu." },
    { name: "a colleague called Dick", text: "I spoke with Dick Carruth from our billing team." },
    { name: "a masked card number", text: "Your card XXXX XXXX XXXX 4417 was charged $12.99." },
    { name: "Cockburn Street", text: "Hello! Your cocktail class booking at the Cockburn Street venue is confirmed." },
    { name: "words only in the customer message", text: "Hi Sam, I am sorry about the delay. Your refund is on its way.", context: {"customer":{"name":"Sam","message":"where is my f***ing refund, this is bullshit"}} },
    { name: "quoted customer text in a plain-text reply", text: "Hi Sam,\n\nI am sorry about the delay.\n\nOn Mon, 3 Mar 2025 at 10:02, Sam Lee <sam@example.com> wrote:\n> this is bullshit\n> fix your shit" },
    { name: "a > quote line", text: "> What the hell is going on?\nSorry for the wait, Sam." },
    { name: "an HTML blockquote", text: "<p>Sorry for the wait.</p><blockquote>where the hell is it</blockquote>", context: {"format":"html"} },
    { name: "words that start like a stem", text: "Our Scunthorpe store has shiitake and shitake mushrooms in stock." },
    { name: "camel-case brand names", text: "Try the PlayStation app or YouTube help." },
    { name: "a camel-case @handle", text: "Thanks @FukTylar, noted." },
    { name: "a name that ends like a stem", text: "Sorry for the wait, Harshit. Your flight leaves at 12:15." },
    { name: "a customer's @handle at the start of a social reply", text: "@asshole_king We are sorry about the delay; a new card is on its way.", context: {"channel":"social"} },
    { name: "@handles running into digits", text: "@rude_bitch99 @shop Thanks for waiting, it ships today.", context: {"channel":"social"} },
    { name: "\"that sucks\" in sympathy (informal's, not profanity)", text: "Oh no, that sucks, sorry! Let us fix it." },
    { name: "Turkish data is not applied to an English draft", text: "Hi Sam, the boks order and the am/pm setting are fixed.", context: {"language":"en"} },
    { name: "tr: sıkıntı, sıkı, sıkıştı (bank)", text: "Merhaba Zeynep Hanım, yaşadığınız sıkıntı için özür dileriz. Kartınız ATM’de sıkıştıysa şubemiz sıkı güvenlik nedeniyle kartı imha eder.", context: {"language":"tr"} },
    { name: "tr: ambulans, Amsterdam, ama, amir (airline)", text: "Amsterdam uçuşunuzda ambulans hizmeti verilebilir, ama istasyon amirimizin onayı gerekir.", context: {"language":"tr"} },
    { name: "tr: memur, sikke, tamam, amaç (cargo)", text: "Tamam Ahmet Bey, gümrük memuru sikke koleksiyonunuzu inceledi. Amacımız paketi bu hafta teslim etmek.", context: {"language":"tr"} },
    { name: "tr: götürmek and its forms (cargo)", text: "Paketinizi şubeye götürdük; kurye yarın adresinize götürecek. Dilerseniz siz de götürebilirsiniz.", context: {"language":"tr"} },
    { name: "tr: Turkish typed without Turkish letters (e-commerce)", text: "Sikayetiniz alindi, yasadiginiz sikinti icin ozur dileriz. Sik sorulan sorular sayfasina da bakabilirsiniz.", context: {"language":"tr"} },
    { name: "tr: ASCII apology for bothering the customer", text: "Caninizi siktigimiz icin ozur dileriz, kartiniz siki bir kontrolden gecti.", context: {"language":"tr"} },
    { name: "tr: gardening: domates piçi, piç alma (e-commerce)", text: "Domates piçi almak için budama makasını kullanın; piç alma fidenin gelişimini hızlandırır.", context: {"language":"tr"} },
    { name: "tr: boks, bokser (e-commerce)", text: "Boks eldiveni ve bokser siparişiniz yarın kargoda.", context: {"language":"tr"} },
    { name: "tr: sıçan, sıçrama, sicil, sıcak (utilities)", text: "Sıçan kapanı stokta; fiyat sıçraması olmayacak. Sicil numaranızı yazarsanız sıcak su arızasına da bakarız.", context: {"language":"tr"} },
    { name: "tr: fahiş fiyat (GSM)", text: "Faturanızdaki fahiş tutar hatalı tarifeden kaynaklanıyor, farkı iade ettik.", context: {"language":"tr"} },
    { name: "tr: names and amen", text: "Amina Hanım, iadeniz tamamlandı. Allah razı olsun dediniz, biz de amin diyoruz.", context: {"language":"tr"} },
    { name: "tr: abbreviations with dots", text: "ABC A.Ş. olarak T.C. kimlik numaranızı istemiyoruz. Uçuşunuz 10 a.m. kalkışlı.", context: {"language":"tr"} },
    { name: "tr: markdown emphasis and footnotes", text: "**Önemli:** fiyat* kampanya dahilindedir. *Kargo ücretsizdir.", context: {"language":"tr"} },
    { name: "tr: stretched innocent words (chat)", text: "Tamaaam, hemen bakıyorum. Çooook özür dileriz.", context: {"language":"tr"} },
    { name: "tr: sıktırmak typed without Turkish letters", text: "Vidalari servise siktirmaniz gerekir, biz de siktiracagiz.", context: {"language":"tr"} },
    { name: "tr: agent initials in a social signature (real data)", text: "Kargonuz yarın teslim edilecek, iyi günler! ^AQ", context: {"language":"tr"} },
    { name: "tr: agent initials after a slash (real data)", text: "Sorununuz çözüldü, bir şey olursa yazın /AQ", context: {"language":"tr"} },
    { name: "tr: profanity quoted from the customer", text: "Merhaba Ali Bey,\n\nGecikme için özür dileriz, paketiniz yarın teslim edilecek.\n\n> Siktiğimin kargosu nerede amk\n> Ali", context: {"language":"tr"} },
    { name: "tr: words only in the customer message", text: "Merhaba Ali Bey, gecikme için özür dileriz.", context: {"language":"tr","customer":{"name":"Ali","message":"orospu çocukları paketimi kaybetmiş"}} },
    { name: "tr: English data (cuss lists \"kondum\") is not applied to a Turkish draft", text: "Merhaba Deniz Hanım, uçağım İzmir’e kondum diye yazmışsınız; bagajınız da aynı uçakla geldi.", context: {"language":"tr"} },
  ],
  invalid: [
    {
      docs: true,
      name: "a masked swear and a profane phrase in an e-mail",
      text: "Hi Jordan,\n\nHonestly this sh*t happens with every update. What the hell were you expecting?\n\nThanks,\nAlex",
      errors: [
        { messageId: "remove", line: 3, column: 15, endColumn: 19, suggestions: [], message: "Don't use “sh*t”: it is profane; remove it." },
        { messageId: "reword", line: 3, column: 47, endColumn: 60, suggestions: ["what"], message: "Don't use “What the hell”: it is profane; say “what” instead." },
      ],
    },
    {
      name: "a plain profane word in an e-mail",
      text: "Hi Jordan,\n\nSorry, but this crap happens when the update fails.\n\nThanks,\nAlex",
      errors: [
        { messageId: "reword", line: 3, column: 17, endColumn: 21, suggestions: ["rubbish","poor"], message: "Don't use “crap”: it is profane; say “rubbish” instead." },
      ],
    },
    {
      name: "a multi-word phrase as one finding with a neutral rewording",
      text: "What the hell happened to your order?",
      errors: [
        { messageId: "reword", line: 1, column: 1, endColumn: 14, suggestions: ["what"], message: "Don't use “What the hell”: it is profane; say “what” instead." },
      ],
    },
    {
      name: "masked with one star",
      text: "Honestly this f*ck up is on our side.",
      errors: [
        { messageId: "remove", line: 1, column: 15, endColumn: 19, suggestions: [], message: "Don't use “f*ck”: it is profane; remove it." },
      ],
    },
    {
      name: "masked with two stars",
      text: "That f**king courier lost it again.",
      errors: [
        { messageId: "remove", line: 1, column: 6, endColumn: 13, suggestions: [], message: "Don't use “f**king”: it is profane; remove it." },
      ],
    },
    {
      name: "leetspeak digit",
      text: "The sh1t update broke your login.",
      errors: [
        { messageId: "remove", line: 1, column: 5, endColumn: 9, suggestions: [], message: "Don't use “sh1t”: it is profane; remove it." },
      ],
    },
    {
      name: "dollar signs",
      text: "Our courier was a real a$$ about it.",
      errors: [
        { messageId: "remove", line: 1, column: 24, endColumn: 27, suggestions: [], message: "Don't use “a$$”: it is profane; remove it." },
      ],
    },
    {
      name: "dotted letters",
      text: "I know, f.u.c.k that delay.",
      errors: [
        { messageId: "remove", line: 1, column: 9, endColumn: 16, suggestions: [], message: "Don't use “f.u.c.k”: it is profane; remove it." },
      ],
    },
    {
      name: "spaced letters",
      text: "It was a f u c k up on our side.",
      errors: [
        { messageId: "remove", line: 1, column: 10, endColumn: 17, suggestions: [], message: "Don't use “f u c k”: it is profane; remove it." },
      ],
    },
    {
      name: "stretched letters",
      text: "Fuuuuck, that was our mistake.",
      errors: [
        { messageId: "remove", line: 1, column: 1, endColumn: 8, suggestions: [], message: "Don't use “Fuuuuck”: it is profane; remove it." },
      ],
    },
    {
      name: "acronym",
      text: "wtf happened with the courier?",
      errors: [
        { messageId: "reword", line: 1, column: 1, endColumn: 4, suggestions: ["what happened"], message: "Don't use “wtf”: it is profane; say “what happened” instead." },
      ],
    },
    {
      name: "minced oath",
      text: "The effing printer jammed again.",
      errors: [
        { messageId: "reword", line: 1, column: 5, endColumn: 11, suggestions: ["very"], message: "Don't use “effing”: it is profane; say “very” instead." },
      ],
    },
    {
      name: "cuss sureness-2 word",
      text: "That update was bullshit and we rolled it back.",
      errors: [
        { messageId: "reword", line: 1, column: 17, endColumn: 25, suggestions: ["not right"], message: "Don't use “bullshit”: it is profane; say “not right” instead." },
      ],
    },
    {
      name: "hyphenated compound",
      text: "That update was total bull-shit, and we rolled it back.",
      errors: [
        { messageId: "remove", line: 1, column: 28, endColumn: 32, suggestions: [], message: "Don't use “shit”: it is profane; remove it." },
      ],
    },
    {
      name: "possessive",
      text: "That bastard's van is late again.",
      errors: [
        { messageId: "remove", line: 1, column: 6, endColumn: 15, suggestions: [], message: "Don't use “bastard's”: it is profane; remove it." },
      ],
    },
    {
      docs: true,
      name: "the customer swore first: still flagged, and the message says so",
      text: "Sorry, that shit should not have happened.",
      context: {"customer":{"message":"Your shit service broke AGAIN"}},
      errors: [
        { messageId: "removeCustomerSwore", line: 1, column: 13, endColumn: 17, suggestions: [], message: "Don't use “shit”: it is profane; remove it. The customer used strong language, but the reply must stay professional even so." },
      ],
    },
    {
      name: "add: [\"frak\"], ignore: [\"crap\"]",
      text: "Frak, that crap delay again.",
      options: {"add":["frak"],"ignore":["crap"]},
      errors: [
        { messageId: "remove", line: 1, column: 1, endColumn: 5, suggestions: [], message: "Don't use “Frak”: it is profane; remove it." },
      ],
    },
    {
      name: "a plural cuss lists only as a singular",
      text: "Honestly, those cunts at the depot lost it.",
      errors: [
        { messageId: "remove", line: 1, column: 17, endColumn: 22, suggestions: [], message: "Don't use “cunts”: it is profane; remove it." },
      ],
    },
    {
      name: "a plural of a word added here",
      text: "The scumbags who stole your parcel were caught.",
      errors: [
        { messageId: "remove", line: 1, column: 5, endColumn: 13, suggestions: [], message: "Don't use “scumbags”: it is profane; remove it." },
      ],
    },
    {
      name: "a slur cuss rates below 2",
      text: "Tell that fag at the desk to call me.",
      errors: [
        { messageId: "remove", line: 1, column: 11, endColumn: 14, suggestions: [], message: "Don't use “fag”: it is profane; remove it." },
      ],
    },
    {
      name: "a camel-case hashtag part",
      text: "Another day, more #LazyBastards at the depot.",
      errors: [
        { messageId: "remove", line: 1, column: 24, endColumn: 32, suggestions: [], message: "Don't use “Bastards”: it is profane; remove it." },
      ],
    },
    {
      name: "a stem compounded with another word",
      text: "Sorry, the launch was a total shitshow.",
      errors: [
        { messageId: "remove", line: 1, column: 31, endColumn: 39, suggestions: [], message: "Don't use “shitshow”: it is profane; remove it." },
      ],
    },
    {
      name: "a compound ending in a stem",
      text: "What a clusterfuck that update was.",
      errors: [
        { messageId: "remove", line: 1, column: 8, endColumn: 19, suggestions: [], message: "Don't use “clusterfuck”: it is profane; remove it." },
      ],
    },
    {
      name: "a spelling variant",
      text: "The fukin courier left it outside.",
      errors: [
        { messageId: "remove", line: 1, column: 5, endColumn: 10, suggestions: [], message: "Don't use “fukin”: it is profane; remove it." },
      ],
    },
    {
      name: "the hashtag part at its own position",
      text: "Thanks for the #CrazyAssholes tip.",
      errors: [
        { messageId: "remove", line: 1, column: 22, endColumn: 30, suggestions: [], message: "Don't use “Assholes”: it is profane; remove it." },
      ],
    },
    {
      name: "an @ used as a letter mid-sentence",
      text: "Sorry, the driver was an @sshole to you.",
      errors: [
        { messageId: "remove", line: 1, column: 26, endColumn: 33, suggestions: [], message: "Don't use “@sshole”: it is profane; remove it." },
      ],
    },
    {
      name: "English data on an English draft: \"Kondum\"",
      text: "Kondum.",
      context: {"language":"en"},
      errors: [
        { messageId: "remove", line: 1, column: 1, endColumn: 7, suggestions: [], message: "Don't use “Kondum”: it is profane; remove it." },
      ],
    },
    {
      docs: true,
      name: "tr: an inflected form (e-commerce)",
      text: "Merhaba Ayşe Hanım,\n\nSiktiğimin sistemi yine hata verdi, siparişinizi elle oluşturdum.\n\nSaygılarımızla,\nMehmet",
      context: {"language":"tr"},
      errors: [
        { messageId: "remove", line: 3, column: 1, endColumn: 11, suggestions: [], message: "Don't use “Siktiğimin”: it is profane; remove it." },
      ],
    },
    {
      name: "tr: a multi-word curse as one finding with a neutral rewording (cargo)",
      text: "Merhaba Can Bey, lanet olsun, kargonuz yine aktarma merkezinde kalmış. Yarın öğlene kadar teslim edilecek.",
      context: {"language":"tr"},
      errors: [
        { messageId: "reword", line: 1, column: 18, endColumn: 29, suggestions: ["maalesef"], message: "Don't use “lanet olsun”: it is profane; say “maalesef” instead." },
      ],
    },
    {
      name: "Turkish profanity in an auto-detected Turkish draft",
      text: "Merhaba Ahmet Bey, bu boktan modem yüzünden bağlantınız kopuyor, size yenisini gönderiyoruz. İyi günler dileriz.",
      errors: [
        { messageId: "reword", line: 1, column: 23, endColumn: 29, suggestions: ["kötü","berbat"], message: "Don't use “boktan”: it is profane; say “kötü” instead." },
      ],
    },
    {
      name: "tr: suffixed noun (airline)",
      text: "Hocam orospuluk yapan havayolu değil, aktarma yapan ekip.",
      context: {"language":"tr"},
      errors: [
        { messageId: "remove", line: 1, column: 7, endColumn: 16, suggestions: [], message: "Don't use “orospuluk”: it is profane; remove it." },
      ],
    },
    {
      name: "tr: dative of a vulgar phrase (GSM)",
      text: "Amına koyayım, faturanız yine yanlış çıkmış, düzeltiyorum.",
      context: {"language":"tr"},
      errors: [
        { messageId: "remove", line: 1, column: 1, endColumn: 14, suggestions: [], message: "Don't use “Amına koyayım”: it is profane; remove it." },
      ],
    },
    {
      name: "tr: abbreviation (GSM chat)",
      text: "Selam, amk sistemi yine çöktü, hattınızı birazdan açacağım.",
      context: {"language":"tr"},
      errors: [
        { messageId: "remove", line: 1, column: 8, endColumn: 11, suggestions: [], message: "Don't use “amk”: it is profane; remove it." },
      ],
    },
    {
      name: "tr: upper case on a Turkish keyboard (bank)",
      text: "SİKTİR GİT demedik efendim, sadece şubeye yönlendirdik.",
      context: {"language":"tr"},
      errors: [
        { messageId: "remove", line: 1, column: 1, endColumn: 11, suggestions: [], message: "Don't use “SİKTİR GİT”: it is profane; remove it." },
      ],
    },
    {
      name: "tr: upper case on an English keyboard",
      text: "AMK, yine mi sistem hatasi. SIKTIR edip yeniden deneyin.",
      context: {"language":"tr"},
      errors: [
        { messageId: "remove", line: 1, column: 1, endColumn: 4, suggestions: [], message: "Don't use “AMK”: it is profane; remove it." },
        { messageId: "remove", line: 1, column: 29, endColumn: 35, suggestions: [], message: "Don't use “SIKTIR”: it is profane; remove it." },
      ],
    },
    {
      name: "tr: leetspeak (e-commerce)",
      text: "Sayın Mehmet Bey, iade talebinizi s1ktir edip yeniden açtık.",
      context: {"language":"tr"},
      errors: [
        { messageId: "remove", line: 1, column: 35, endColumn: 41, suggestions: [], message: "Don't use “s1ktir”: it is profane; remove it." },
      ],
    },
    {
      name: "tr: masked vowel (cargo)",
      text: "Bu s*ktir edilecek bir sorun değil, kuryemiz yarın tekrar gelecek.",
      context: {"language":"tr"},
      errors: [
        { messageId: "remove", line: 1, column: 4, endColumn: 10, suggestions: [], message: "Don't use “s*ktir”: it is profane; remove it." },
      ],
    },
    {
      name: "tr: masked vowel with a suffix",
      text: "Kurye “s*ktirin gidin” demiş, çok özür dileriz.",
      context: {"language":"tr"},
      errors: [
        { messageId: "remove", line: 1, column: 8, endColumn: 16, suggestions: [], message: "Don't use “s*ktirin”: it is profane; remove it." },
      ],
    },
    {
      name: "tr: dotted letters (cargo)",
      text: "Kurye a.m.k diye bağırmış, kendisi hakkında işlem başlattık.",
      context: {"language":"tr"},
      errors: [
        { messageId: "remove", line: 1, column: 7, endColumn: 12, suggestions: [], message: "Don't use “a.m.k”: it is profane; remove it." },
      ],
    },
    {
      name: "tr: spaced letters",
      text: "Bu o r o s p u çocuğu kuryeyi işten çıkardık.",
      context: {"language":"tr"},
      errors: [
        { messageId: "remove", line: 1, column: 4, endColumn: 15, suggestions: [], message: "Don't use “o r o s p u”: it is profane; remove it." },
      ],
    },
    {
      name: "tr: stretched letters (games)",
      text: "Siktirrr, sunucu yine düştü, hesabınıza telafi elması ekledik.",
      context: {"language":"tr"},
      errors: [
        { messageId: "remove", line: 1, column: 1, endColumn: 9, suggestions: [], message: "Don't use “Siktirrr”: it is profane; remove it." },
      ],
    },
    {
      name: "tr: mutated stem (airline)",
      text: "Taşağa alır gibi cevap verdiysek özür dileriz, biletiniz yeniden düzenlendi.",
      context: {"language":"tr"},
      errors: [
        { messageId: "remove", line: 1, column: 1, endColumn: 7, suggestions: [], message: "Don't use “Taşağa”: it is profane; remove it." },
      ],
    },
    {
      name: "tr: past tense of sıçmak (bank)",
      text: "Evet, bu sefer işin içine sıçtık; ücret iadeniz yapıldı.",
      context: {"language":"tr"},
      errors: [
        { messageId: "remove", line: 1, column: 27, endColumn: 33, suggestions: [], message: "Don't use “sıçtık”: it is profane; remove it." },
      ],
    },
    {
      name: "tr: English profanity in a Turkish reply",
      text: "Kusura bakmayın, shit happens; kargonuz yarın teslim edilecek.",
      context: {"language":"tr"},
      errors: [
        { messageId: "reword", line: 1, column: 18, endColumn: 22, suggestions: ["maalesef"], message: "Don't use “shit”: it is profane; say “maalesef” instead." },
      ],
    },
    {
      name: "tr: bold in a plain-text draft",
      text: "Sistem yine **amk** çöktü, hattınızı açıyorum.",
      context: {"language":"tr"},
      errors: [
        { messageId: "remove", line: 1, column: 15, endColumn: 18, suggestions: [], message: "Don't use “amk”: it is profane; remove it." },
      ],
    },
    {
      name: "tr: the Turkish customer swore first: still flagged, and the message says so",
      text: "Sayın Emre Bey, haklısınız, kargo firması işin içine sıçtı. Ücretinizi iade ettik.",
      context: {"language":"tr","customer":{"name":"Emre Kaya","message":"Kargom 10 gündür gelmedi amk, ne biçim firmasınız"}},
      errors: [
        { messageId: "removeCustomerSwore", line: 1, column: 54, endColumn: 59, suggestions: [], message: "Don't use “sıçtı”: it is profane; remove it. The customer used strong language, but the reply must stay professional even so." },
      ],
    },
    {
      name: "tr: add: [\"HÖDÜK\"], ignore: [\"bok\"] with the Turkish locale",
      text: "Merhaba, hödük kurye bu bok gibi paketi bıraktı.",
      context: {"language":"tr"},
      options: {"add":["HÖDÜK"],"ignore":["bok"]},
      errors: [
        { messageId: "remove", line: 1, column: 10, endColumn: 15, suggestions: [], message: "Don't use “hödük”: it is profane; remove it." },
      ],
    },
  ],
}
