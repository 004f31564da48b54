/**
 * `sign-off` test cases: run by test/rules/sign-off.test.ts (RuleTester) and shown in README.md
 * (`docs: true` ones) by `npm run docs`. Positions are 1-based; columns count UTF-16 code units.
 */
import type { RuleCases } from '../../src/rule.js'
import type { SignOffOptions } from './index.js'

export const cases: RuleCases<SignOffOptions> = {
  valid: [
    { docs: true, name: 'Best regards and a name', text: 'Hi Maria,\n\nYour refund is on its way.\n\nBest regards,\nSam', context: { channel: 'email', customer: { name: 'Maria Garcia' } } },
    { name: 'Kind regards alone', text: 'Hi Maria,\n\nYour refund is on its way.\n\nKind regards', context: { channel: 'email', customer: { name: 'Maria Garcia' } } },
    { docs: true, name: 'Thanks and a team line', text: 'Hi Maria,\n\nYour refund is on its way.\n\nThanks,\nThe Acme Support Team', context: { channel: 'email', customer: { name: 'Maria Garcia' } } },
    { name: 'a closing on one line with the name', text: 'Hi Maria,\n\nYour refund is on its way.\n\nCheers, Sam', context: { channel: 'email', customer: { name: 'Maria Garcia' } } },
    { name: 'Sincerely with a signature block', text: 'Dear Ms. Garcia,\n\nYour claim is approved.\n\nSincerely,\nDr. Alan Lee\nRiverside Clinic Billing\n+1 (555) 010-2000\nwww.riverside.example', context: { channel: 'email', customer: { name: 'Maria Garcia' } } },
    { name: 'a dash and a name', text: 'Hi Maria,\n\nYour refund is on its way.\n\n— Sam', context: { channel: 'email', customer: { name: 'Maria Garcia' } } },
    { docs: true, name: 'a thanks sentence ending the last line', text: 'Hi Maria, your refund is on its way. Let me know if it has not arrived by Friday. Thanks!', context: { channel: 'email', customer: { name: 'Maria Garcia' } } },
    { name: 'a short thanks line', text: 'Hi Maria,\n\nYour refund is on its way.\n\nThank you for choosing Acme!', context: { channel: 'email', customer: { name: 'Maria Garcia' } } },
    { name: 'a well-wish closing', text: 'Hi Maria,\n\nYour refund is on its way.\n\nHave a great weekend!', context: { channel: 'email', customer: { name: 'Maria Garcia' } } },
    { name: 'a name-only signature', text: 'Hi Maria,\n\nYour refund is on its way.\n\nSam Lee | Acme Billing', context: { channel: 'email', customer: { name: 'Maria Garcia' } } },
    { name: 'a signature delimiter', text: 'Hi Maria,\n\nYour refund is on its way.\n\n--\nAcme Billing, 1 Main St', context: { channel: 'email', customer: { name: 'Maria Garcia' } } },
    { name: 'a mobile footer after the closing', text: 'Hi Maria,\n\nYour refund is on its way.\n\nThanks,\nSam\n\nSent from my iPhone', context: { channel: 'email', customer: { name: 'Maria Garcia' } } },
    { name: 'a closing above quoted history', text: 'Hi Maria,\n\nDone!\n\nBest,\nSam\n\nOn Tue, 4 Mar 2025, Maria Garcia <maria@example.com> wrote:\n> Is it done yet?', context: { channel: 'email', customer: { name: 'Maria Garcia' } } },
    { docs: true, name: 'a chat reply', text: 'Your refund is on its way and should arrive by Friday.', context: { channel: 'chat' } },
    { name: 'a social reply', text: 'Your refund is on its way and should arrive by Friday.', context: { channel: 'social' } },
    { name: 'an SMS', text: 'Your refund is on its way and should arrive by Friday.', context: { channel: 'sms' } },
    { name: 'the configured signature is already there', text: 'Hi Maria,\n\nDone.\n\nSam Lee\nNorthwind Telecom Support', context: { channel: 'email', customer: { name: 'Maria Garcia' } }, config: { signature: 'Sam Lee\nNorthwind Telecom Support' } },
    { name: 'a canned template (help desks append signatures)', text: 'Hi {{first_name}},\n\nYour ticket has been solved.', context: { channel: 'email', customer: { name: 'Maria Garcia' } }, template: true },
    { name: 'add: a house closing', text: 'Hi Maria,\n\nYour refund is on its way.\n\nYours in service', context: { channel: 'email', customer: { name: 'Maria Garcia' } }, options: { add: ['yours in service'] } },
    { name: 'the closing above a P.S. line', text: 'Hi Maria,\n\nYour replacement router ships today.\n\nKind regards,\nSam\nP.S. The old router can go in the same box.', context: { channel: 'email', customer: { name: 'Maria Garcia' } } },
    { name: 'the closing above a PS: paragraph', text: 'Hi Maria,\n\nYour replacement router ships today.\n\nKind regards,\nSam\n\nPS: keep the old power cable, it fits the new one.', context: { channel: 'email', customer: { name: 'Maria Garcia' } } },
    { name: 'the closing above a legal footer', text: 'Hi Maria,\n\nYour replacement router ships today.\n\nBest,\nSam\n\nThis message is confidential and meant only for the intended recipient. Northwind Ltd, registered in England, company number 0123456.', context: { channel: 'email', customer: { name: 'Maria Garcia' } } },
    { docs: true, name: 'tr: Saygılarımızla and a name (e-commerce)', text: 'Merhaba Ayşe Hanım,\n\nSiparişiniz yolda.\n\nSaygılarımızla,\nMehmet', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } } },
    { name: 'tr: İyi günler dileriz and a team (GSM)', text: 'Merhaba Mehmet Bey,\n\nFaturanız düzeltildi.\n\nİyi günler dileriz.\nHızlıNet Müşteri Hizmetleri', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } } },
    { name: 'tr: Sevgiler (e-commerce, warm brand voice)', text: 'Merhaba Can,\n\nKartın yolda!\n\nSevgiler,\nEkip', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } } },
    { name: 'tr: İyi çalışmalar (B2B)', text: 'Merhaba Elif Hanım,\n\nTeklifiniz ektedir.\n\nİyi çalışmalar,\nBurak', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } } },
    { name: 'tr: a thanks sentence ending the e-mail (airline)', text: 'Merhaba Hakan Bey,\n\nBiletiniz iade edildi. Bizi tercih ettiğiniz için teşekkür ederiz.', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } } },
    { name: 'tr: a wish ending the last sentence (e-commerce)', text: 'Merhaba Ayşe Hanım,\n\nSiparişiniz yolda. Başka bir sorunuz olursa yazabilirsiniz, iyi günler dileriz.', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } } },
    { name: 'tr: İyi yolculuklar dileriz (airline)', text: 'Merhaba Zeynep Hanım,\n\nBagajınız yarın otelinizde.\n\nİyi yolculuklar dileriz,\nGökyolu Havayolları', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } } },
    { name: 'tr: capitals on a Turkish keyboard (utility)', text: 'MERHABA SELİN HANIM,\n\nFATURANIZ DÜZELTİLDİ.\n\nSAYGILARIMIZLA\nENERJİPLUS', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } } },
    { name: 'tr: a signature with lower-case team words (bank)', text: 'Merhaba Can Bey,\n\nKartınız yolda.\n\nAnadolu Bank destek ekibi', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } } },
    { name: 'tr: a name, company and phone line (airline)', text: 'Merhaba Zeynep Hanım,\n\nBagajınız yarın teslim edilecek.\n\nSaygılarımla,\nAylin Kaya\nGökyolu Havayolları\nTel: 0850 444 0 849', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } } },
    { name: 'tr: a closing above a phone’s line (cargo)', text: 'Merhaba Can Bey,\n\nGönderiniz yolda.\n\nSaygılarımla,\nEmre\n\niPhone’umdan gönderildi', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } } },
    { name: 'tr: a chat reply', text: 'Merhaba Deniz Hanım, arızanız bugün 16:00’ya kadar giderilecek.', context: { language: 'tr', channel: 'chat', customer: { name: 'Ayşe Yılmaz' } } },
    { name: 'tr: an SMS', text: 'Emre Bey, paketiniz yarın 09:00-13:00 arasında teslim edilecek.', context: { language: 'tr', channel: 'sms', customer: { name: 'Ayşe Yılmaz' } } },
    { name: 'tr: a social reply', text: 'Zeynep Hanım, bagajınız yarın otelinizde olacak.', context: { language: 'tr', channel: 'social', customer: { name: 'Ayşe Yılmaz' } } },
  ],
  invalid: [
    { docs: true, name: 'an e-mail that just stops, with closings to add', text: 'Hi Maria,\n\nYour refund of $42.10 was issued today.\nIt should reach your card within five working days.', context: { channel: 'email', customer: { name: 'Maria Garcia' } },
      errors: [
        { messageId: 'addClosing', line: 4, column: 1, endColumn: 52, suggestions: ['It should reach your card within five working days.\n\nBest regards,', 'It should reach your card within five working days.\n\nKind regards,'] },
      ],
    },
    { docs: true, name: 'the configured signature appended as a fix', text: 'Hi Maria,\n\nThe engineer visit is booked for Monday 9–11am.\n', context: { channel: 'email', customer: { name: 'Maria Garcia' } }, config: { signature: 'Kind regards,\nSam Lee\nNorthwind Telecom Support' },
      errors: [
        { messageId: 'addSignature', line: 3, column: 1, endColumn: 48, suggestions: ['The engineer visit is booked for Monday 9–11am.\n\nKind regards,\nSam Lee\nNorthwind Telecom Support'] },
      ],
      output: 'Hi Maria,\n\nThe engineer visit is booked for Monday 9–11am.\n\nKind regards,\nSam Lee\nNorthwind Telecom Support\n',
    },
    { name: 'a closing question', text: 'Hi Maria,\n\nIs there anything else I can help you with today?', context: { channel: 'email', customer: { name: 'Maria Garcia' } },
      errors: [
        { messageId: 'addClosing', line: 3, column: 1, endColumn: 50, suggestions: ['Is there anything else I can help you with today?\n\nBest regards,', 'Is there anything else I can help you with today?\n\nKind regards,'] },
      ],
    },
    { name: 'an offer to help further', text: 'Hello,\n\nYour tracking number is 1Z999AA10123456784.\n\nLet me know if you have any other questions.', context: { channel: 'email', customer: { name: 'Maria Garcia' } },
      errors: [
        { messageId: 'addClosing', line: 5, column: 1, endColumn: 45, suggestions: ['Let me know if you have any other questions.\n\nBest regards,', 'Let me know if you have any other questions.\n\nKind regards,'] },
      ],
    },
    { name: 'a one-line e-mail', text: 'Your password has been reset, you can log in now.', context: { channel: 'email', customer: { name: 'Maria Garcia' } },
      errors: [
        { messageId: 'addClosing', line: 1, column: 1, endColumn: 50, suggestions: ['Your password has been reset, you can log in now.\n\nBest regards,', 'Your password has been reset, you can log in now.\n\nKind regards,'] },
      ],
    },
    { name: 'a last line that starts like a closing but is a sentence', text: 'Hi Maria,\n\nBest practice is to restart the router before the engineer arrives.', context: { channel: 'email', customer: { name: 'Maria Garcia' } },
      errors: [
        { messageId: 'addClosing', line: 3, column: 1, endColumn: 68, suggestions: ['Best practice is to restart the router before the engineer arrives.\n\nBest regards,', 'Best practice is to restart the router before the engineer arrives.\n\nKind regards,'] },
      ],
    },
    { name: 'a thanks sentence that is too long to be a closing', text: 'Hi Maria,\n\nThanks to the new billing system, your invoices now show each line rental charge separately per month.', context: { channel: 'email', customer: { name: 'Maria Garcia' } },
      errors: [
        { messageId: 'addClosing', line: 3, column: 1, endColumn: 103, suggestions: ['Thanks to the new billing system, your invoices now show each line rental charge separately per month.\n\nBest regards,', 'Thanks to the new billing system, your invoices now show each line rental charge separately per month.\n\nKind regards,'] },
      ],
    },
    { name: 'a follow-up e-mail', text: 'Hi again Maria,\n\nThe courier confirmed delivery at 2:14pm.', context: { channel: 'email', customer: { name: 'Maria Garcia' }, followup: true },
      errors: [
        { messageId: 'addClosing', line: 3, column: 1, endColumn: 42, suggestions: ['The courier confirmed delivery at 2:14pm.\n\nBest regards,', 'The courier confirmed delivery at 2:14pm.\n\nKind regards,'] },
      ],
    },
    { docs: true, name: 'a reply above quoted history', text: 'Hi Maria,\n\nWe have credited the late fee.\n\nOn Tue, 4 Mar 2025 at 09:12, Maria Garcia <maria@example.com> wrote:\n> Why was I charged a late fee?\n>\n> Best,\n> Maria', context: { channel: 'email', customer: { name: 'Maria Garcia' } },
      errors: [
        { messageId: 'addClosing', line: 3, column: 1, endColumn: 31, suggestions: ['We have credited the late fee.\n\nBest regards,', 'We have credited the late fee.\n\nKind regards,'] },
      ],
    },
    { name: 'a Markdown e-mail ending in a list', text: 'Hi Maria,\n\nTo finish the setup:\n\n1. Open **Settings**.\n2. Choose *Sync now*.', context: { channel: 'email', customer: { name: 'Maria Garcia' }, format: 'markdown' },
      errors: [
        { messageId: 'addClosing', line: 6, column: 1, endColumn: 22, suggestions: ['2. Choose \\*Sync now\\*.\n\nBest regards,', '2. Choose \\*Sync now\\*.\n\nKind regards,'] },
      ],
    },
    { name: 'a closing hidden mid-draft', text: 'Hi Maria,\n\nThanks,\nSam\n\nPS: your replacement card was dispatched this morning by first class post.', context: { channel: 'email', customer: { name: 'Maria Garcia' } },
      errors: [
        { messageId: 'addClosing', line: 6, column: 1, endColumn: 75, suggestions: ['PS: your replacement card was dispatched this morning by first class post.\n\nBest regards,', 'PS: your replacement card was dispatched this morning by first class post.\n\nKind regards,'] },
      ],
    },
    { name: 'an e-mail ending in a signature-less contact line', text: 'Hi Maria,\n\nPlease call us back about the claim at your convenience today.', context: { channel: 'email', customer: { name: 'Maria Garcia' } },
      errors: [
        { messageId: 'addClosing', line: 3, column: 1, endColumn: 63, suggestions: ['Please call us back about the claim at your convenience today.\n\nBest regards,', 'Please call us back about the claim at your convenience today.\n\nKind regards,'] },
      ],
    },
    { name: 'templates: true checks canned templates', text: 'Hi {{first_name}},\n\nYour ticket has been solved.', context: { channel: 'email', customer: { name: 'Maria Garcia' } }, options: { templates: true }, template: true,
      errors: [
        { messageId: 'addClosing', line: 3, column: 1, endColumn: 29, suggestions: ['Your ticket has been solved.\n\nBest regards,', 'Your ticket has been solved.\n\nKind regards,'] },
      ],
    },
    { name: 'a house closing the built-in list does not know', text: 'Hi Maria,\n\nYour refund is on its way.\n\nYours in service', context: { channel: 'email', customer: { name: 'Maria Garcia' } },
      errors: [
        { messageId: 'addClosing', line: 5, column: 1, endColumn: 17, suggestions: ['Yours in service\n\nBest regards,', 'Yours in service\n\nKind regards,'] },
      ],
    },
    { name: 'ignore: ["cheers"]', text: 'Hi Maria,\n\nDone.\n\nCheers!', context: { channel: 'email', customer: { name: 'Maria Garcia' } }, options: { ignore: ['cheers'] },
      errors: [
        { messageId: 'addClosing', line: 5, column: 1, endColumn: 8, suggestions: ['Cheers!\n\nBest regards,', 'Cheers!\n\nKind regards,'] },
      ],
    },
    { name: 'a missing sign-off above a footer, at the last line of the body', text: 'Hi Maria,\n\nYour replacement router ships today.\n\nThis message is confidential and meant only for the intended recipient.', context: { channel: 'email', customer: { name: 'Maria Garcia' } },
      errors: [
        { messageId: 'addClosing', line: 3, column: 1, endColumn: 37, suggestions: ['Your replacement router ships today.\n\nBest regards,', 'Your replacement router ships today.\n\nKind regards,'] },
      ],
    },
    { name: 'a body paragraph is no footer when nothing is above it', text: 'P.S. Your replacement router ships today.', context: { channel: 'email', customer: { name: 'Maria Garcia' } },
      errors: [
        { messageId: 'addClosing', line: 1, column: 1, endColumn: 42, suggestions: ['P.S. Your replacement router ships today.\n\nBest regards,', 'P.S. Your replacement router ships today.\n\nKind regards,'] },
      ],
    },
    { docs: true, name: 'tr: an e-commerce e-mail that just stops, with Turkish closings', text: 'Merhaba Ayşe Hanım,\n\nSiparişiniz bugün kargoya verildi.\nYarın 18:00’e kadar teslim edilecek.', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } },
      errors: [
        { messageId: 'addClosing', line: 4, column: 1, endColumn: 37, suggestions: ['Yarın 18:00’e kadar teslim edilecek.\n\nSaygılarımızla,', 'Yarın 18:00’e kadar teslim edilecek.\n\nİyi günler dileriz,'] },
      ],
    },
    { name: 'tr: the configured signature appended as a fix (GSM)', text: 'Merhaba Mehmet Bey,\n\nHattınıza 10 GB ek paket tanımlandı.', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } }, config: { signature: 'Saygılarımızla,\nSelin Kaya\nHızlıNet Müşteri Hizmetleri' },
      errors: [
        { messageId: 'addSignature', line: 3, column: 1, endColumn: 37, suggestions: ['Hattınıza 10 GB ek paket tanımlandı.\n\nSaygılarımızla,\nSelin Kaya\nHızlıNet Müşteri Hizmetleri'] },
      ],
      output: 'Merhaba Mehmet Bey,\n\nHattınıza 10 GB ek paket tanımlandı.\n\nSaygılarımızla,\nSelin Kaya\nHızlıNet Müşteri Hizmetleri',
    },
    { name: 'tr: only a phone’s line under the body (cargo)', text: 'Merhaba Can Bey,\n\nKargonuz 2 iş günü içinde adresinizde olacak.\n\niPhone’umdan gönderildi', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } },
      errors: [
        { messageId: 'addClosing', line: 3, column: 1, endColumn: 46, suggestions: ['Kargonuz 2 iş günü içinde adresinizde olacak.\n\nSaygılarımızla,', 'Kargonuz 2 iş günü içinde adresinizde olacak.\n\nİyi günler dileriz,'] },
      ],
    },
    { name: 'tr: only an Outlook line (insurance)', text: 'Merhaba Gökhan Bey,\n\nPoliçeniz iptal edildi.\n\nAndroid için Outlook’u edinin', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } },
      errors: [
        { messageId: 'addClosing', line: 3, column: 1, endColumn: 24, suggestions: ['Poliçeniz iptal edildi.\n\nSaygılarımızla,', 'Poliçeniz iptal edildi.\n\nİyi günler dileriz,'] },
      ],
    },
    { name: 'tr: a question ending the e-mail (bank)', text: 'Merhaba Burak Bey,\n\nİki seçenek sunabiliyoruz: 12 veya 24 ay vade. Tercihinizi bize bildirir misiniz?', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } },
      errors: [
        { messageId: 'addClosing', line: 3, column: 1, endColumn: 82, suggestions: ['İki seçenek sunabiliyoruz: 12 veya 24 ay vade. Tercihinizi bize bildirir misiniz?\n\nSaygılarımızla,', 'İki seçenek sunabiliyoruz: 12 veya 24 ay vade. Tercihinizi bize bildirir misiniz?\n\nİyi günler dileriz,'] },
      ],
    },
    { name: 'tr: a phone number alone (GSM)', text: 'Merhaba Nazlı Hanım,\n\nHattınız 3 ay süreyle donduruldu.\n\n0850 222 0 333', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } },
      errors: [
        { messageId: 'addClosing', line: 5, column: 1, endColumn: 15, suggestions: ['0850 222 0 333\n\nSaygılarımızla,', '0850 222 0 333\n\nİyi günler dileriz,'] },
      ],
    },
    { name: 'tr: an address line (cargo)', text: 'Merhaba Onur Bey,\n\nKargonuz şubede bekliyor.\nŞube adresi: Atatürk Cad. No: 12 Kadıköy', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } },
      errors: [
        { messageId: 'addClosing', line: 4, column: 1, endColumn: 41, suggestions: ['Şube adresi: Atatürk Cad. No: 12 Kadıköy\n\nSaygılarımızla,', 'Şube adresi: Atatürk Cad. No: 12 Kadıköy\n\nİyi günler dileriz,'] },
      ],
    },
    { name: 'tr: a one-line airline e-mail', text: 'Sayın Hakan Yıldız, uçuş değişikliğiniz yapıldı ve yeni biniş kartınız ekte.', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } },
      errors: [
        { messageId: 'addClosing', line: 1, column: 1, endColumn: 77, suggestions: ['Sayın Hakan Yıldız, uçuş değişikliğiniz yapıldı ve yeni biniş kartınız ekte.\n\nSaygılarımızla,', 'Sayın Hakan Yıldız, uçuş değişikliğiniz yapıldı ve yeni biniş kartınız ekte.\n\nİyi günler dileriz,'] },
      ],
    },
    { name: 'tr: a code line (e-commerce)', text: 'Merhaba Elif Hanım,\n\nİadeniz onaylandı. Kargo kodunuz: 48213', context: { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } },
      errors: [
        { messageId: 'addClosing', line: 3, column: 1, endColumn: 40, suggestions: ['İadeniz onaylandı. Kargo kodunuz: 48213\n\nSaygılarımızla,', 'İadeniz onaylandı. Kargo kodunuz: 48213\n\nİyi günler dileriz,'] },
      ],
    },
  ],
}
