/**
 * `acronym` test cases: run by test/rules/acronym.test.ts (RuleTester) and shown in README.md
 * (`docs: true` ones) by `npm run docs`. English and Turkish; every assertion of the former
 * acronym.test.ts and acronym-tr.test.ts about findings is a case here (the data and helper checks
 * stay in the test file). Positions are 1-based UTF-16 columns.
 */
import type { RuleCases } from '../../src/rule.js'
import type { AcronymOptions } from './index.js'

export const cases: RuleCases<AcronymOptions> = {
  valid: [
    { docs: true, name: "spelled out at first use, then a reference number", text: "Hi Sam, I've issued a return merchandise authorization (RMA) for the headset. The RMA number is RMA-55812, and the courier should arrive on Thursday." },
    { docs: true, name: "a defined acronym, a promo code and an error code", text: "Please set up two-factor authentication (2FA) in Settings. Once 2FA is on, use code SAVE20 at checkout for 20% off. Error E404 means the page moved." },
    { docs: true, name: "known acronyms and agent initials", text: "Thanks for the DM! Your PIN and the PDF of your bill are in the app. ^JK" },
    { docs: true, name: "tr: spelled out at first use, with TL, KDV and SMS", text: "Emre Bey, numara taşıma (MNP) işleminiz 3 gün sürecek; ürün bedeline Özel Tüketim Vergisi (ÖTV) dahil değildir. Tutar 150 TL + KDV olarak SMS ile bildirildi.", context: {"language":"tr"} },
    { name: "widely known acronyms", text: "Your PIN, the PDF of your bill and the FAQ are in the app. The ATM in the UK works too, OK?" },
    { name: "times, zones and units", text: "The store opens at 9 AM GMT and the parcel weighs 2 KG." },
    { name: "a defined acronym, expansion first", text: "We issued a Return Merchandise Authorization (RMA). Print the RMA label and ship it." },
    { name: "a defined acronym, acronym first", text: "Your RMA (return merchandise authorization) is ready. The RMA number is on the label." },
    { name: "a defined acronym with digits", text: "Please set up two-factor authentication (2FA). Once 2FA is on, sign in again." },
    { name: "stands for", text: "ETA stands for estimated time of arrival: your ETA is Friday." },
    { name: "promo and error codes", text: "Use code SAVE20 at checkout. If you see E404, refresh the page." },
    { name: "order and booking references", text: "Your order KXRT ships today and booking HQDJPH is confirmed. The RMA-55812 label is attached." },
    { name: "shouted words", text: "That offer is NOT available in store, but shipping is FREE. PLEASE keep your receipt." },
    { name: "a sentence in capitals", text: "PLEASE DO NOT SHARE YOUR PIN OR SSN WITH ANYONE." },
    { name: "agent initials after ^ on a social reply", text: "Glad we could help! ^JKL" },
    { name: "agent initials after * on a social reply", text: "Happy flying! *TDL" },
    { name: "a sign-off after a dash", text: "Thanks for waiting, we fixed it. -KC" },
    { name: "airport codes", text: "Your flight from JFK to LHR leaves at 6 pm." },
    { name: "route codes", text: "The DPS-DMK-PNH route moved to 8:25." },
    { name: "amounts with currency codes", text: "The upgrade is 102.82 MYR per guest." },
    { name: "hashtags and handles", text: "Follow #NRCFAM and @TeamXYZ for updates." },
    { name: "product names before app", text: "Log out of the NRC app, restart your phone, then open NRC again." },
    { name: "roman numerals", text: "Call of Duty: WWII and Rocky III are back in stock." },
    { name: "interjections", text: "HMM, that is odd. GRR, sorry!" },
    { name: "placeholders and URLs", text: "Hi {{first_name}}, see https://example.com/KYC-FAQ for help." },
    { name: "a product name on a watch (real social reply)", text: "Open NRC on your watch first, then log out of the NRC app and back in." },
    { name: "two product names (real social reply)", text: "Are you on the NRC or NTC app? Tell us the version too." },
    { name: "nicknames and everyday acronyms (real social reply)", text: "You're the real MVP! Enjoy the BBQ pizza and the BTS album." },
    { name: "Cloud DVR and COD (real social reply)", text: "Your Cloud DVR keeps shows for 9 months, and COD fans will love the new display." },
    { name: "DM and a sign-off (real social reply)", text: "Hi there! Please DM us your booking number. Thanks -Sha" },
    { name: "an acronym the customer used first", text: "Sure, the ETA is Friday by 5 pm.", context: {"customer":{"message":"what is the ETA on my order?"}} },
    { name: "quoted customer text", text: "Thanks, we will check.\n\n> my RMA and the SLA are wrong" },
    { name: "the shared allow list", text: "Your ETA is Friday.", config: {"allow":["ETA"]} },
    { name: "a brand-like caps word it cannot expand, on social", text: "Which version of the GRX tracker are you on? Restart GRX and try again.", context: {"channel":"social"} },
    { name: "everyday and regional abbreviations on social", text: "@ola_p Your new ETA is 9 pm. Please DM us your DOB and NRIC number.", context: {"channel":"social"} },
    { name: "an acronym in parentheses after a capitalised name", text: "You can pay through Online Bank Transfer (FPX) on the website.", context: {"channel":"email"} },
    { name: "an acronym the customer used in the plural", text: "Sorry about that! Is the DLC showing as installed?", context: {"channel":"chat","customer":{"message":"I bought two DLCs and neither works"}} },
    { name: "a caps value after \"code is\"", text: "Your booking code is XKQR and the gate opens at 14:20.", context: {"channel":"chat"} },
    { name: "IBAN, a term every bank customer knows", text: "Please pay to our account, IBAN GB00 TEST 0000 0000 0000 00, with your customer number as the reference.", context: {"channel":"sms"} },
    { name: "an acronym ending a product name (Angular CLI)", text: "Please update the Angular CLI and run the build again.", context: {"channel":"email"} },
    { name: "an acronym ending a product name (Contoso Cloud SDK)", text: "You can also use the Contoso Cloud SDK for this.", context: {"channel":"email"} },
    { name: "tr: TL, KDV, SMS (e-commerce)", text: "Merhaba Ayşe Hanım,\n\nTutar 150 TL + KDV olarak SMS ile gönderildi.", context: {"language":"tr"} },
    { name: "tr: IBAN, EFT (bank)", text: "Merhaba Mehmet Bey,\n\nİadeniz IBAN numaranıza EFT ile yapıldı.", context: {"language":"tr"} },
    { name: "tr: PTT, ATM with suffixes (bank)", text: "Can Bey, PTT şubesinden ya da ATM’den kartınızı alabilirsiniz.", context: {"language":"tr"} },
    { name: "tr: defined in brackets, Turkish letters (e-commerce)", text: "Katma Değer Vergisi (KDV) ve Özel Tüketim Vergisi (ÖTV) fiyata dahildir.", context: {"language":"tr"} },
    { name: "tr: defined with yani (airline)", text: "PNR, yani rezervasyon kodunuz, biletinizin üstünde yazar.", context: {"language":"tr"} },
    { name: "tr: a promo code (e-commerce)", text: "Deniz Hanım, kampanya kodu YAZ25 ile indirim alabilirsiniz.", context: {"language":"tr"} },
    { name: "tr: THY, ABD (airline)", text: "Zeynep Hanım, THY uçuşunuz ABD’ye aktarmasız.", context: {"language":"tr"} },
    { name: "tr: acronyms customers know (GSM)", text: "SGK ve MERNİS kayıtlarınız güncel, IMEI kaydınız da tamam; ADSL hattınız aktif.", context: {"language":"tr"} },
    { name: "tr: shouted words are shouting’s business (GSM)", text: "HESABINIZ KAPATILDI VE İPTAL EDİLDİ.", context: {"language":"tr"} },
    { name: "tr: a carrier in capitals (cargo)", text: "Siparişiniz YURTİÇİ KARGO ile yola çıktı.", context: {"language":"tr"} },
    { name: "tr: store brands (e-commerce)", text: "BİM ve ŞOK mağazalarında geçerli, TTNET hatları etkilenmedi.", context: {"language":"tr"} },
    { name: "tr: loanword onsets (e-commerce)", text: "TREN seferleri iptal, SPOR salonu kapalı.", context: {"language":"tr"} },
    { name: "tr: the customer used the acronym first", text: "MNP işleminiz 3 gün sürecek.", context: {"language":"tr","customer":{"message":"mnp başvurum ne durumda?"}} },
    { name: "tr: allow: [\"KVKK\"]", text: "Talebiniz KVKK ile işlendi.", context: {"language":"tr"}, options: {"allow":["KVKK"]} },
  ],
  invalid: [
    {
      docs: true,
      name: "an RMA and an ETA in one reply",
      text: "Hi Sam, I've issued an RMA for the headset. The courier's ETA is Thursday, and the refund follows within 3 business days.",
      errors: [
        { messageId: "spellOut", line: 1, column: 24, endColumn: 27, suggestions: ["return merchandise authorization (RMA)"], message: "\"RMA\" is not spelled out; customers may not know it. Write “return merchandise authorization (RMA)” the first time." },
        { messageId: "spellOut", line: 1, column: 59, endColumn: 62, suggestions: ["estimated time of arrival (ETA)"], message: "\"ETA\" is not spelled out; customers may not know it. Write “estimated time of arrival (ETA)” the first time." },
      ],
      output: "Hi Sam, I've issued a return merchandise authorization (RMA) for the headset. The courier's estimated time of arrival (ETA) is Thursday, and the refund follows within 3 business days.",
    },
    {
      docs: true,
      name: "KYC and ACH",
      text: "For security we need to complete a KYC check before we can raise your ACH transfer limit.",
      errors: [
        { messageId: "spellOut", line: 1, column: 36, endColumn: 39, suggestions: ["know your customer (KYC)"], message: "\"KYC\" is not spelled out; customers may not know it. Write “know your customer (KYC)” the first time." },
        { messageId: "spellOut", line: 1, column: 71, endColumn: 74, suggestions: ["Automated Clearing House (ACH)"], message: "\"ACH\" is not spelled out; customers may not know it. Write “Automated Clearing House (ACH)” the first time." },
      ],
      output: "For security we need to complete a know your customer (KYC) check before we can raise your Automated Clearing House (ACH) transfer limit.",
    },
    {
      docs: true,
      name: "tr: MNP and ÖTV",
      text: "Emre Bey, MNP işleminiz 3 gün sürecek; ürün bedeline ÖTV dahil değildir.",
      context: {"language":"tr"},
      errors: [
        { messageId: "spellOut", line: 1, column: 11, endColumn: 14, suggestions: ["numara taşıma (MNP)"], message: "\"MNP\" is not spelled out; customers may not know it. Write “numara taşıma (MNP)” the first time." },
        { messageId: "spellOut", line: 1, column: 54, endColumn: 57, suggestions: ["Özel Tüketim Vergisi (ÖTV)"], message: "\"ÖTV\" is not spelled out; customers may not know it. Write “Özel Tüketim Vergisi (ÖTV)” the first time." },
      ],
      output: "Emre Bey, numara taşıma (MNP) işleminiz 3 gün sürecek; ürün bedeline Özel Tüketim Vergisi (ÖTV) dahil değildir.",
    },
    {
      name: "the first use, spelled out by the fix",
      text: "Hi Sam,\n\nThe courier has your parcel and the ETA is Thursday.\n\nBest,\nLena",
      errors: [
        { messageId: "spellOut", line: 3, column: 37, endColumn: 40, suggestions: ["estimated time of arrival (ETA)"], message: "\"ETA\" is not spelled out; customers may not know it. Write “estimated time of arrival (ETA)” the first time." },
      ],
      output: "Hi Sam,\n\nThe courier has your parcel and the estimated time of arrival (ETA) is Thursday.\n\nBest,\nLena",
    },
    {
      name: "one finding per acronym, at its first use",
      text: "Your RMA is approved. Print the RMA label and write the RMA number on the box.",
      errors: [
        { messageId: "spellOut", line: 1, column: 6, endColumn: 9, suggestions: ["return merchandise authorization (RMA)"], message: "\"RMA\" is not spelled out; customers may not know it. Write “return merchandise authorization (RMA)” the first time." },
      ],
      output: "Your return merchandise authorization (RMA) is approved. Print the RMA label and write the RMA number on the box.",
    },
    {
      name: "the article changes when spelling out",
      text: "I've issued an RMA for the headset.",
      errors: [
        { messageId: "spellOut", line: 1, column: 16, endColumn: 19, suggestions: ["return merchandise authorization (RMA)"], message: "\"RMA\" is not spelled out; customers may not know it. Write “return merchandise authorization (RMA)” the first time." },
      ],
      output: "I've issued a return merchandise authorization (RMA) for the headset.",
    },
    {
      name: "a plural, capitalised at the start of a sentence",
      text: "SKUs ending in -B ship from our second warehouse.",
      errors: [
        { messageId: "spellOut", line: 1, column: 1, endColumn: 5, suggestions: ["Stock keeping units (SKUs)"], message: "\"SKUs\" is not spelled out; customers may not know it. Write “Stock keeping units (SKUs)” the first time." },
      ],
      output: "Stock keeping units (SKUs) ending in -B ship from our second warehouse.",
    },
    {
      name: "banking acronyms, each once",
      text: "To raise your ACH limit we first need a KYC review. After the KYC review, ACH transfers above $5,000 work.",
      errors: [
        { messageId: "spellOut", line: 1, column: 15, endColumn: 18, suggestions: ["Automated Clearing House (ACH)"], message: "\"ACH\" is not spelled out; customers may not know it. Write “Automated Clearing House (ACH)” the first time." },
        { messageId: "spellOut", line: 1, column: 41, endColumn: 44, suggestions: ["know your customer (KYC)"], message: "\"KYC\" is not spelled out; customers may not know it. Write “know your customer (KYC)” the first time." },
      ],
      output: "To raise your Automated Clearing House (ACH) limit we first need a know your customer (KYC) review. After the KYC review, ACH transfers above $5,000 work.",
    },
    {
      name: "acronyms with digits",
      text: "Turn on 2FA in Settings. Our 3PL ships the replacement tomorrow.",
      errors: [
        { messageId: "spellOut", line: 1, column: 9, endColumn: 12, suggestions: ["two-factor authentication (2FA)"], message: "\"2FA\" is not spelled out; customers may not know it. Write “two-factor authentication (2FA)” the first time." },
        { messageId: "spellOut", line: 1, column: 30, endColumn: 33, suggestions: ["third-party logistics (3PL)"], message: "\"3PL\" is not spelled out; customers may not know it. Write “third-party logistics (3PL)” the first time." },
      ],
      output: "Turn on two-factor authentication (2FA) in Settings. Our third-party logistics (3PL) ships the replacement tomorrow.",
    },
    {
      name: "an ambiguous acronym: several expansions, no fix",
      text: "Please confirm the POC for this account by Friday.",
      errors: [
        { messageId: "spellOutExample", line: 1, column: 20, endColumn: 23, suggestions: ["point of contact (POC)","proof of concept (POC)"], message: "\"POC\" is not spelled out; customers may not know it. Spell it out the first time, for example “point of contact (POC)”." },
      ],
    },
    {
      name: "an unknown consonant-heavy acronym",
      text: "Your QBR deck is attached, Ana. Let me know if anything is missing.",
      errors: [
        { messageId: "unknown", line: 1, column: 6, endColumn: 9, suggestions: [], message: "\"QBR\" is not spelled out; customers may not know it. Spell it out the first time: “full words (QBR)”." },
      ],
    },
    {
      docs: true,
      name: "spelled out only later",
      text: "Your TAT is 5 days. Turnaround time (TAT) starts when we receive the device.",
      errors: [
        { messageId: "definedLater", line: 1, column: 6, endColumn: 9, suggestions: [], message: "\"TAT\" is not spelled out; customers may not know it. It is spelled out later: do it at its first use instead." },
      ],
    },
    {
      name: "insurance acronyms",
      text: "Your EOB shows the PPO discount.",
      errors: [
        { messageId: "spellOut", line: 1, column: 6, endColumn: 9, suggestions: ["explanation of benefits (EOB)"], message: "\"EOB\" is not spelled out; customers may not know it. Write “explanation of benefits (EOB)” the first time." },
        { messageId: "spellOut", line: 1, column: 20, endColumn: 23, suggestions: ["preferred provider organization (PPO)"], message: "\"PPO\" is not spelled out; customers may not know it. Write “preferred provider organization (PPO)” the first time." },
      ],
      output: "Your explanation of benefits (EOB) shows the preferred provider organization (PPO) discount.",
    },
    {
      name: "a telecom acronym",
      text: "Please send us the IMEI so we can unlock the phone.",
      errors: [
        { messageId: "spellOut", line: 1, column: 20, endColumn: 24, suggestions: ["International Mobile Equipment Identity (IMEI)"], message: "\"IMEI\" is not spelled out; customers may not know it. Write “International Mobile Equipment Identity (IMEI)” the first time." },
      ],
      output: "Please send us the International Mobile Equipment Identity (IMEI) so we can unlock the phone.",
    },
    {
      name: "an airline acronym",
      text: "Please share your PNR and we will check the seat.",
      errors: [
        { messageId: "spellOut", line: 1, column: 19, endColumn: 22, suggestions: ["passenger name record (PNR)"], message: "\"PNR\" is not spelled out; customers may not know it. Write “passenger name record (PNR)” the first time." },
      ],
      output: "Please share your passenger name record (PNR) and we will check the seat.",
    },
    {
      name: "add and allow from options",
      text: "Our NOC saw the outage; the SLA credit is automatic.",
      options: {"add":{"NOC":"network operations centre"},"allow":["SLA"]},
      errors: [
        { messageId: "spellOut", line: 1, column: 5, endColumn: 8, suggestions: ["network operations centre (NOC)"], message: "\"NOC\" is not spelled out; customers may not know it. Write “network operations centre (NOC)” the first time." },
      ],
      output: "Our network operations centre (NOC) saw the outage; the SLA credit is automatic.",
    },
    {
      name: "unknown: false flags dictionary acronyms only",
      text: "Your QBR and the SLA report are attached.",
      options: {"unknown":false},
      errors: [
        { messageId: "spellOut", line: 1, column: 18, endColumn: 21, suggestions: ["service level agreement (SLA)"], message: "\"SLA\" is not spelled out; customers may not know it. Write “service level agreement (SLA)” the first time." },
      ],
      output: "Your QBR and the service level agreement (SLA) report are attached.",
    },
    {
      name: "a brand-like caps word in an e-mail",
      text: "Which version of the GRX tracker are you on? Restart GRX and try again.",
      context: {"channel":"email"},
      errors: [
        { messageId: "unknown", line: 1, column: 22, endColumn: 25, suggestions: [], message: "\"GRX\" is not spelled out; customers may not know it. Spell it out the first time: “full words (GRX)”." },
      ],
    },
    {
      name: "ETA in chat",
      text: "The courier says the ETA is 9 pm.",
      context: {"channel":"chat"},
      errors: [
        { messageId: "spellOut", line: 1, column: 22, endColumn: 25, suggestions: ["estimated time of arrival (ETA)"], message: "\"ETA\" is not spelled out; customers may not know it. Write “estimated time of arrival (ETA)” the first time." },
      ],
      output: "The courier says the estimated time of arrival (ETA) is 9 pm.",
    },
    {
      name: "a support acronym with a known expansion on social",
      text: "@ola_p We have issued an RMA for the speaker. ^JB",
      context: {"channel":"social"},
      errors: [
        { messageId: "spellOut", line: 1, column: 26, endColumn: 29, suggestions: ["return merchandise authorization (RMA)"], message: "\"RMA\" is not spelled out; customers may not know it. Write “return merchandise authorization (RMA)” the first time." },
      ],
      output: "@ola_p We have issued a return merchandise authorization (RMA) for the speaker. ^JB",
    },
    {
      name: "one capitalised word is not a name that explains it",
      text: "You can pay through the Portal (FPX) on the website.",
      context: {"channel":"email"},
      errors: [
        { messageId: "unknown", line: 1, column: 33, endColumn: 36, suggestions: [], message: "\"FPX\" is not spelled out; customers may not know it. Spell it out the first time: “full words (FPX)”." },
      ],
    },
    {
      name: "the same acronym outside a product name",
      text: "Please update the CLI and run the build again.",
      context: {"channel":"email"},
      errors: [
        { messageId: "spellOut", line: 1, column: 19, endColumn: 22, suggestions: ["command-line interface (CLI)"], message: "\"CLI\" is not spelled out; customers may not know it. Write “command-line interface (CLI)” the first time." },
      ],
      output: "Please update the command-line interface (CLI) and run the build again.",
    },
    {
      name: "tr: ÖTV at its first use (e-commerce)",
      text: "Merhaba Ayşe Hanım,\n\nÜrün bedeline ÖTV dahil değildir. ÖTV oranı yüzde 20’dir.\n\nSaygılarımızla,\nMehmet",
      context: {"language":"tr"},
      errors: [
        { messageId: "spellOut", line: 3, column: 15, endColumn: 18, suggestions: ["Özel Tüketim Vergisi (ÖTV)"], message: "\"ÖTV\" is not spelled out; customers may not know it. Write “Özel Tüketim Vergisi (ÖTV)” the first time." },
      ],
      output: "Merhaba Ayşe Hanım,\n\nÜrün bedeline Özel Tüketim Vergisi (ÖTV) dahil değildir. ÖTV oranı yüzde 20’dir.\n\nSaygılarımızla,\nMehmet",
    },
    {
      name: "tr: a Turkish suffix attached: suggest only (airline)",
      text: "Zeynep Hanım, PNR’nizi DM’den iletebilir misiniz?",
      context: {"language":"tr","channel":"social"},
      errors: [
        { messageId: "spellOut", line: 1, column: 15, endColumn: 18, suggestions: ["rezervasyon kodu (PNR)"], message: "\"PNR\" is not spelled out; customers may not know it. Write “rezervasyon kodu (PNR)” the first time." },
      ],
    },
    {
      name: "tr: a lower-case expansion capitalised at the start of a sentence (airline)",
      text: "ETA bilgisini yarın paylaşacağız.",
      context: {"language":"tr"},
      errors: [
        { messageId: "spellOut", line: 1, column: 1, endColumn: 4, suggestions: ["Tahmini varış saati (ETA)"], message: "\"ETA\" is not spelled out; customers may not know it. Write “Tahmini varış saati (ETA)” the first time." },
      ],
      output: "Tahmini varış saati (ETA) bilgisini yarın paylaşacağız.",
    },
    {
      name: "tr: KVKK (e-commerce)",
      text: "Merhaba Mehmet Bey,\n\nBaşvurunuz KVKK kapsamında işlenmiştir.",
      context: {"language":"tr"},
      errors: [
        { messageId: "spellOut", line: 3, column: 12, endColumn: 16, suggestions: ["Kişisel Verilerin Korunması Kanunu (KVKK)"], message: "\"KVKK\" is not spelled out; customers may not know it. Write “Kişisel Verilerin Korunması Kanunu (KVKK)” the first time." },
      ],
      output: "Merhaba Mehmet Bey,\n\nBaşvurunuz Kişisel Verilerin Korunması Kanunu (KVKK) kapsamında işlenmiştir.",
    },
    {
      name: "tr: KMH, a Turkish acronym that is km/h in English (bank)",
      text: "Can Bey, KMH faiziniz bu ay değişti.",
      context: {"language":"tr"},
      errors: [
        { messageId: "spellOut", line: 1, column: 10, endColumn: 13, suggestions: ["Kredili Mevduat Hesabı (KMH)"], message: "\"KMH\" is not spelled out; customers may not know it. Write “Kredili Mevduat Hesabı (KMH)” the first time." },
      ],
      output: "Can Bey, Kredili Mevduat Hesabı (KMH) faiziniz bu ay değişti.",
    },
    {
      name: "tr: FTTH (GSM)",
      text: "Deniz Hanım, hattınız FTTH altyapısına taşındı.",
      context: {"language":"tr"},
      errors: [
        { messageId: "spellOut", line: 1, column: 23, endColumn: 27, suggestions: ["evinize kadar fiber (FTTH)"], message: "\"FTTH\" is not spelled out; customers may not know it. Write “evinize kadar fiber (FTTH)” the first time." },
      ],
      output: "Deniz Hanım, hattınız evinize kadar fiber (FTTH) altyapısına taşındı.",
    },
    {
      name: "tr: OTP (bank)",
      text: "Onur Bey, ödemeniz OTP ile onaylanmadığı için reddedildi.",
      context: {"language":"tr"},
      errors: [
        { messageId: "spellOut", line: 1, column: 20, endColumn: 23, suggestions: ["tek kullanımlık şifre (OTP)"], message: "\"OTP\" is not spelled out; customers may not know it. Write “tek kullanımlık şifre (OTP)” the first time." },
      ],
      output: "Onur Bey, ödemeniz tek kullanımlık şifre (OTP) ile onaylanmadığı için reddedildi.",
    },
    {
      name: "tr: DASK (insurance)",
      text: "Merhaba Gökhan Bey,\n\nDASK poliçeniz yenilendi.",
      context: {"language":"tr"},
      errors: [
        { messageId: "spellOut", line: 3, column: 1, endColumn: 5, suggestions: ["Zorunlu Deprem Sigortası (DASK)"], message: "\"DASK\" is not spelled out; customers may not know it. Write “Zorunlu Deprem Sigortası (DASK)” the first time." },
      ],
      output: "Merhaba Gökhan Bey,\n\nZorunlu Deprem Sigortası (DASK) poliçeniz yenilendi.",
    },
    {
      name: "tr: MNP (GSM)",
      text: "Emre Bey, MNP işleminiz 3 gün sürecek.",
      context: {"language":"tr"},
      errors: [
        { messageId: "spellOut", line: 1, column: 11, endColumn: 14, suggestions: ["numara taşıma (MNP)"], message: "\"MNP\" is not spelled out; customers may not know it. Write “numara taşıma (MNP)” the first time." },
      ],
      output: "Emre Bey, numara taşıma (MNP) işleminiz 3 gün sürecek.",
    },
    {
      name: "tr: GİB, with a dotted capital İ (e-commerce)",
      text: "Faturanız GİB kayıtlarında görünüyor.",
      context: {"language":"tr"},
      errors: [
        { messageId: "spellOut", line: 1, column: 11, endColumn: 14, suggestions: ["Gelir İdaresi Başkanlığı (GİB)"], message: "\"GİB\" is not spelled out; customers may not know it. Write “Gelir İdaresi Başkanlığı (GİB)” the first time." },
      ],
      output: "Faturanız Gelir İdaresi Başkanlığı (GİB) kayıtlarında görünüyor.",
    },
    {
      name: "tr: KKB (bank)",
      text: "Kredi başvurunuzda KKB raporu inceleniyor.",
      context: {"language":"tr"},
      errors: [
        { messageId: "spellOut", line: 1, column: 20, endColumn: 23, suggestions: ["Kredi Kayıt Bürosu (KKB)"], message: "\"KKB\" is not spelled out; customers may not know it. Write “Kredi Kayıt Bürosu (KKB)” the first time." },
      ],
      output: "Kredi başvurunuzda Kredi Kayıt Bürosu (KKB) raporu inceleniyor.",
    },
    {
      name: "tr: an unknown consonant-only acronym (cargo)",
      text: "Paketiniz DGM biriminde bekliyor.",
      context: {"language":"tr"},
      errors: [
        { messageId: "unknown", line: 1, column: 11, endColumn: 14, suggestions: [], message: "\"DGM\" is not spelled out; customers may not know it. Spell it out the first time: “full words (DGM)”." },
      ],
    },
    {
      name: "tr: add: { KSA: \"kısa süreli abonelik\" }",
      text: "Talebiniz KSA ile işlendi.",
      context: {"language":"tr"},
      options: {"add":{"KSA":"kısa süreli abonelik"}},
      errors: [
        { messageId: "spellOut", line: 1, column: 11, endColumn: 14, suggestions: ["kısa süreli abonelik (KSA)"], message: "\"KSA\" is not spelled out; customers may not know it. Write “kısa süreli abonelik (KSA)” the first time." },
      ],
      output: "Talebiniz kısa süreli abonelik (KSA) ile işlendi.",
    },
  ],
}
