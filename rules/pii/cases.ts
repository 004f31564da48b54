/**
 * `pii` test cases (English and Turkish): run by test/rules/pii.test.ts (RuleTester) and shown in
 * README.md (`docs: true` ones) by `npm run docs`. Positions are 1-based; columns count UTF-16 code units.
 */
import type { RuleCases } from '../../src/rule.js'
import type { PiiOptions } from './index.js'

export const cases: RuleCases<PiiOptions> = {
  valid: [
    { docs: true, name: 'a well-written reply with the last four digits', text: "Hi Leo,\n\nWe refunded $12.99 to the card ending 4417 today. If you'd like to change your password, use the reset link on the sign-in page.\n\nThanks,\nMia" },
    { name: 'last four digits', text: 'We refunded the card ending 4417 today.' },
    { name: 'a masked card number', text: 'Your card **** **** **** 4417 was charged $12.99.' },
    { name: 'a masked card with bullets', text: 'Card •••• •••• •••• 1111 is your default.' },
    { name: 'an order number that passes Luhn', text: 'Your order 4111111111111111 has shipped.' },
    { name: 'a tracking number', text: 'Tracking number 9400 1000 0000 0000 0000 00 shows it in transit.' },
    { name: 'a phone number', text: 'Call us on +1 800 555 0199 or 020 7946 0958 any time.' },
    { name: 'an IMEI', text: 'The IMEI 490154203237518 is not blocked on our network.' },
    { name: 'a Luhn-invalid number', text: 'Reference 4111 1111 1111 1112 is on your invoice.' },
    { name: 'a date and a time', text: 'Your plan renews on 2024-11-05 at 10:30.' },
    { name: 'a promo code', text: 'Your promo code is SAVE2024 and works until Sunday.' },
    { name: 'an error code', text: 'The error code is 0x80070005, which means a permissions problem.' },
    { name: 'a booking confirmation code', text: 'Your confirmation code is K7XQ2P for the 9:40 flight.' },
    { name: 'a password rule, not a password', text: 'Your password is case-sensitive and must be at least 12 characters.' },
    { name: 'a password that was reset', text: 'Your password has been reset; use the link we sent to choose a new one.' },
    { name: 'a reset link with a token in the URL', text: 'Reset it here: https://example.com/reset?token=Zx8Kq2LmN9pR4sT7vW1yB3cD5' },
    { name: 'a placeholder in a template', text: 'Your temporary password is {{temp_password}}.' },
    { name: 'our own IBAN for a bank transfer', text: 'Please transfer the balance to our account, IBAN GB82 WEST 1234 5698 7654 32.' },
    { name: 'an IBAN with a bad checksum', text: 'The refund went to DE89 3704 0044 0532 0130 01.' },
    { name: 'an SSN-shaped part number', text: 'Part 123-45-6789 is on back order.' },
    { name: 'an SSN with an invalid area', text: 'Your case 666-12-3456 is with our team.' },
    { name: 'a publishable Stripe key', text: 'The publishable key pk_live_51H8xYZabc123 goes in the web form.' },
    { docs: true, name: 'a secret quoted from the customer', text: 'Thanks, please never share this again, we have blocked that card.\n\n> my card is 4111 1111 1111 1111 and my password is Xk9!pq2' },
    { name: 'code inside quoted customer text', text: 'Thanks, we have reset it for you.\n\n> my password is `Xy7kq2Lm9`' },
    { name: 'ignore: ["code"] switches a detector off', text: 'Your code is 482913.', options: { ignore: ['code'] } },
    { name: 'an 11-digit order number in an English reply', text: 'Hi Emre, order 12345678950 has shipped.', context: { language: 'en' } },
    { name: 'an 11-digit reference in an English reply', text: 'Hi Emre, please quote reference 12345678950 when you call.', context: { language: 'en' } },
    { name: 'tr: an order number that passes the checksum', text: 'Merhaba Ayşe Hanım,\n\nSipariş numaranız: 12345678950, kargoya verildi.\n\nSaygılarımızla,\nMehmet', context: { language: 'tr' } },
    { name: 'tr: a cargo tracking number', text: 'Deniz Hanım, kargo takip numaranız 48201937510 olarak güncellendi.', context: { language: 'tr' } },
    { name: 'tr: a number named after it', text: '12345678950 numaralı gönderiniz dağıtımda.', context: { language: 'tr' } },
    { name: 'tr: a subscriber number', text: 'Abone numaranız 10000000146, faturalarınızda da yazıyor.', context: { language: 'tr' } },
    { name: 'tr: the last four digits', text: 'Can Bey, kartınızın son 4 hanesi 4417 olan işlem iptal edildi.', context: { language: 'tr' } },
    { name: 'tr: a masked card', text: 'Elif Hanım, kartınız **** **** **** 4417 ile yapılan ödeme iade edildi.', context: { language: 'tr' } },
    { name: 'tr: the call centre', text: 'Çağrı merkezimize 444 0 123 veya 0850 222 0 600 numaralarından ulaşabilirsiniz.', context: { language: 'tr' } },
    { name: 'tr: a mobile number with a leading zero', text: 'Sizi 05321234567 numarasından arayacağız.', context: { language: 'tr' } },
    { name: 'tr: an IMEI', text: 'Cihazınızın IMEI numarası 356938035643809 olarak kayıtlı.', context: { language: 'tr' } },
    { name: 'tr: the company IBAN before “hesabımıza”', text: 'Ödemenizi TR33 0006 1005 1978 6457 8413 26 numaralı hesabımıza yapabilirsiniz.', context: { language: 'tr' } },
    { name: 'tr: the company IBAN after “IBAN numaramız:”', text: 'IBAN numaramız: TR33 0006 1005 1978 6457 8413 26', context: { language: 'tr' } },
    { name: 'tr: a reset, not a password', text: 'Şifreniz sıfırlandı; yeni şifreniz SMS ile gönderildi. Şifrenizi kimseyle paylaşmayın.', context: { language: 'tr' } },
    { name: 'tr: password rules', text: 'Yeni şifreniz en az 8 karakterden oluşmalı; 1234 gibi tahmin edilebilir şifreler kullanmayın.', context: { language: 'tr' } },
    { name: 'tr: a year after “şifreniz”', text: 'Şifreniz 2025 yılında oluşturulmuş, değiştirmenizi öneririz.', context: { language: 'tr' } },
    { name: 'tr: a campaign code', text: 'Kampanya kodunuz: YAZ2025, sepette kullanabilirsiniz.', context: { language: 'tr' } },
    { name: 'tr: an order code', text: 'Sipariş kodunuz 482913 olarak oluşturuldu.', context: { language: 'tr' } },
    { name: 'tr: a Wi-Fi password that is not given', text: 'Wi-Fi şifreniz modemin arkasındaki etikette yazıyor.', context: { language: 'tr' } },
    { name: 'tr: an identity number in quoted customer text', text: 'Kaydınızı güncelledik.\n\n> TC kimlik numaram 12345678950, lütfen kontrol edin.', context: { language: 'tr' } },
    { name: 'tr: ignore: ["tckn"]', text: 'Kimlik numaranız 12345678950.', context: { language: 'tr' }, options: { ignore: ['tckn'] } },
  ],
  invalid: [
    {
      docs: true,
      name: 'a full card number in an e-mail: masked to the last four',
      text: 'Hi Leo,\n\nWe charged your card 4111 1111 1111 1111 for the annual plan.\n\nThanks,\nMia',
      errors: [
        { messageId: 'card', line: 3, column: 22, endColumn: 41, suggestions: ['•••• 1111'], data: { mask: '•••• 1111' } },
      ],
      output: 'Hi Leo,\n\nWe charged your card •••• 1111 for the annual plan.\n\nThanks,\nMia',
    },
    {
      name: 'a card written with dashes',
      text: 'The refund went to 5555-5555-5555-4444 this morning.',
      errors: [
        { messageId: 'card', line: 1, column: 20, endColumn: 39, suggestions: ['•••• 4444'], data: { mask: '•••• 4444' } },
      ],
      output: 'The refund went to •••• 4444 this morning.',
    },
    {
      name: 'a card written with no separators',
      text: 'Card on file: 4012888888881881.',
      errors: [
        { messageId: 'card', line: 1, column: 15, endColumn: 31, suggestions: ['•••• 1881'], data: { mask: '•••• 1881' } },
      ],
      output: 'Card on file: •••• 1881.',
    },
    {
      name: 'a card written with Amex grouping',
      text: 'Your Amex 3782 822463 10005 was declined.',
      errors: [
        { messageId: 'card', line: 1, column: 11, endColumn: 28, suggestions: ['•••• 0005'], data: { mask: '•••• 0005' } },
      ],
      output: 'Your Amex •••• 0005 was declined.',
    },
    {
      docs: true,
      name: 'a temporary password: a reset link suggested, no fix',
      text: 'Your temporary password is Xk9!pq2. Please change it after you sign in.',
      errors: [
        { messageId: 'password', line: 1, column: 28, endColumn: 35, suggestions: ['send a password reset link instead'], data: { label: 'password', aLabel: 'A password' } },
      ],
    },
    {
      name: 'a one-time code',
      text: 'Your code is 482913, it expires in ten minutes.',
      errors: [
        { messageId: 'code', line: 1, column: 14, endColumn: 20, suggestions: ['ask the customer to request a new code'] },
      ],
    },
    {
      name: 'a verification code with letters',
      text: 'Your verification code: G7K2P9.',
      errors: [
        { messageId: 'code', line: 1, column: 25, endColumn: 31, suggestions: ['ask the customer to request a new code'] },
      ],
    },
    {
      name: 'a PIN',
      text: 'Your new voicemail PIN is 0417.',
      errors: [
        { messageId: 'password', line: 1, column: 27, endColumn: 31, suggestions: ['send a password reset link instead'], data: { label: 'PIN', aLabel: 'A PIN' } },
      ],
    },
    {
      name: 'a quoted password',
      text: 'For now your password is "sunshine" until you reset it.',
      errors: [
        { messageId: 'password', line: 1, column: 27, endColumn: 35, suggestions: ['send a password reset link instead'], data: { label: 'password', aLabel: 'A password' } },
      ],
    },
    {
      name: 'a password after a colon',
      text: 'Username: dana.k / Password: Bluebird#7',
      errors: [
        { messageId: 'password', line: 1, column: 30, endColumn: 40, suggestions: ['send a password reset link instead'], data: { label: 'password', aLabel: 'A password' } },
      ],
    },
    {
      name: 'a full SSN, masked',
      text: 'We have your SSN as 219-09-9999 on the tax form.',
      errors: [
        { messageId: 'ssn', line: 1, column: 21, endColumn: 32, suggestions: ['•••-••-9999'], data: { mask: '•••-••-9999' } },
      ],
      output: 'We have your SSN as •••-••-9999 on the tax form.',
    },
    {
      name: "a customer's IBAN (mod-97 valid), masked",
      text: 'The refund was sent to DE89 3704 0044 0532 0130 00 today.',
      errors: [
        { messageId: 'iban', line: 1, column: 24, endColumn: 51, suggestions: ['•••• 3000'], data: { mask: '•••• 3000' } },
      ],
      output: 'The refund was sent to •••• 3000 today.',
    },
    {
      name: 'a Stripe key',
      text: 'Use this key in the dashboard: sk_live_4eC39HqLyjWDarjtT1zdp7dc',
      errors: [
        { messageId: 'key', line: 1, column: 32, endColumn: 64, suggestions: ['send a link to the key settings instead'], data: { label: 'Stripe secret key', aLabel: 'A Stripe secret key' } },
      ],
    },
    {
      name: 'an AWS key',
      text: 'The access key AKIAIOSFODNN7EXAMPLE belongs to your sandbox.',
      errors: [
        { messageId: 'key', line: 1, column: 16, endColumn: 36, suggestions: ['send a link to the key settings instead'], data: { label: 'AWS access key', aLabel: 'An AWS access key' } },
      ],
    },
    {
      name: 'a GitHub token',
      text: 'Set GH_TOKEN to ghp_16C7e42F292c6912E7710c838347Ae178B4a and rerun.',
      errors: [
        { messageId: 'key', line: 1, column: 17, endColumn: 57, suggestions: ['send a link to the key settings instead'], data: { label: 'GitHub token', aLabel: 'A GitHub token' } },
      ],
    },
    {
      name: 'a random token after "API key"',
      text: 'Your API key is Zx8Kq2LmN9pR4sT7vW1yB3cD.',
      errors: [
        { messageId: 'key', line: 1, column: 17, endColumn: 41, suggestions: ['send a link to the key settings instead'], data: { label: 'secret token', aLabel: 'A secret token' } },
      ],
    },
    {
      docs: true,
      name: 'a password pasted as code in a plain-text draft',
      text: 'Hi Dana,\n\nI have reset your account. Your temporary password is `Xy7kq2Lm9` and you can change it after you log in.\n\nBest regards,\nSam\n',
      errors: [
        { messageId: 'password', line: 3, column: 56, endColumn: 65, suggestions: ['send a password reset link instead'], data: { label: 'password', aLabel: 'A password' } },
      ],
    },
    {
      name: 'a password pasted as code in a Markdown draft',
      text: 'Hi Dana,\n\nI have reset your account. Your temporary password is `Xy7kq2Lm9` and you can change it after you log in.\n\nBest regards,\nSam\n',
      context: { format: 'markdown' },
      errors: [
        { messageId: 'password', line: 3, column: 56, endColumn: 65, suggestions: ['send a password reset link instead'], data: { label: 'password', aLabel: 'A password' } },
      ],
    },
    {
      name: 'a key in a code block',
      text: 'Here is the config line you need:\n\n```\napi_key = sk_live_4eC39HqLyjWDarjtT1zdp7dc\n```\n',
      errors: [
        { messageId: 'key', line: 4, column: 11, endColumn: 43, suggestions: ['send a link to the key settings instead'], data: { label: 'Stripe secret key', aLabel: 'A Stripe secret key' } },
      ],
    },
    {
      name: 'tr: a card number on a Turkish draft (pii runs for every language)',
      text: 'Kartınız 4111 1111 1111 1111 ile ödeme alındı.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'card', line: 1, column: 10, endColumn: 29, suggestions: ['•••• 1111'], data: { mask: '•••• 1111' } },
      ],
      output: 'Kartınız •••• 1111 ile ödeme alındı.',
    },
    {
      docs: true,
      name: 'tr: a valid TC Kimlik No, masked to the last four digits (bank)',
      text: 'Merhaba Ayşe Hanım,\n\n12345678950 T.C. kimlik numaralı hesabınız açıldı.\n\nSaygılarımızla,\nBankamız',
      context: { language: 'tr' },
      errors: [
        { messageId: 'tckn', line: 3, column: 1, endColumn: 12, suggestions: ['•••••••8950'], data: { mask: '•••••••8950' } },
      ],
      output: 'Merhaba Ayşe Hanım,\n\n•••••••8950 T.C. kimlik numaralı hesabınız açıldı.\n\nSaygılarımızla,\nBankamız',
    },
    {
      name: 'tr: a TR IBAN with spaces, masked (e-commerce refund)',
      text: 'Mehmet Bey, iadeniz TR33 0006 1005 1978 6457 8413 26 numaralı hesabınıza yapıldı.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'iban', line: 1, column: 21, endColumn: 53, suggestions: ['•••• 1326'], data: { mask: '•••• 1326' } },
      ],
      output: 'Mehmet Bey, iadeniz •••• 1326 numaralı hesabınıza yapıldı.',
    },
    {
      name: 'tr: a contiguous TR IBAN (bank chat)',
      text: 'Elif Hanım, kayıtlı IBAN’ınız TR680001000000123456789012 olarak görünüyor.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'iban', line: 1, column: 31, endColumn: 57, suggestions: ['•••• 9012'], data: { mask: '•••• 9012' } },
      ],
      output: 'Elif Hanım, kayıtlı IBAN’ınız •••• 9012 olarak görünüyor.',
    },
    {
      name: 'tr: a card number (insurance)',
      text: 'Gökhan Bey, kartınız 4111 1111 1111 1111 numarasıyla yeniden tanımlandı.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'card', line: 1, column: 22, endColumn: 41, suggestions: ['•••• 1111'], data: { mask: '•••• 1111' } },
      ],
      output: 'Gökhan Bey, kartınız •••• 1111 numarasıyla yeniden tanımlandı.',
    },
    {
      name: 'tr: an identity number after its cue (airline)',
      text: 'Kimlik numaranız 10000000146 olarak rezervasyona eklendi.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'tckn', line: 1, column: 18, endColumn: 29, suggestions: ['•••••••0146'], data: { mask: '•••••••0146' } },
      ],
      output: 'Kimlik numaranız •••••••0146 olarak rezervasyona eklendi.',
    },
    {
      name: 'a TC Kimlik No in an English reply next to “T.C. ID”',
      text: 'Hi Emre, your T.C. ID 12345678950 is now linked to your booking.',
      context: { language: 'en' },
      errors: [
        { messageId: 'tckn', line: 1, column: 23, endColumn: 34, suggestions: ['•••••••8950'], data: { mask: '•••••••8950' } },
      ],
      output: 'Hi Emre, your T.C. ID •••••••8950 is now linked to your booking.',
    },
    {
      name: 'a TC Kimlik No in an English reply after “TCKN:”',
      text: 'Hi Emre, your TCKN: 12345678950 is on file.',
      context: { language: 'en' },
      errors: [
        { messageId: 'tckn', line: 1, column: 21, endColumn: 32, suggestions: ['•••••••8950'], data: { mask: '•••••••8950' } },
      ],
      output: 'Hi Emre, your TCKN: •••••••8950 is on file.',
    },
    {
      docs: true,
      name: 'tr: a temporary password after “geçici şifreniz:” (bank chat)',
      text: 'Can Bey, geçici şifreniz: 4821Xa. İlk girişte değiştirebilir misiniz?',
      context: { language: 'tr' },
      errors: [
        { messageId: 'password', line: 1, column: 27, endColumn: 33, suggestions: ['send a password reset link instead'], data: { label: 'password', aLabel: 'A password' } },
      ],
    },
    {
      name: 'tr: a modem password (GSM)',
      text: 'Deniz Hanım, modem şifreniz: Tt4xq92K olarak güncellendi.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'password', line: 1, column: 30, endColumn: 38, suggestions: ['send a password reset link instead'], data: { label: 'password', aLabel: 'A password' } },
      ],
    },
    {
      name: 'tr: a password with a copula suffix (games)',
      text: 'Yeni parolanız Kargo2025!’dir. Giriş yaptıktan sonra değiştirin.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'password', line: 1, column: 16, endColumn: 25, suggestions: ['send a password reset link instead'], data: { label: 'password', aLabel: 'A password' } },
      ],
    },
    {
      name: 'tr: a card PIN (bank)',
      text: 'Kart şifreniz 0417 olarak tanımlandı.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'password', line: 1, column: 15, endColumn: 19, suggestions: ['send a password reset link instead'], data: { label: 'PIN', aLabel: 'A PIN' } },
      ],
    },
    {
      name: 'tr: an English-keyboard spelling',
      text: 'gecici sifreniz: 4821Xa',
      context: { language: 'tr' },
      errors: [
        { messageId: 'password', line: 1, column: 18, endColumn: 24, suggestions: ['send a password reset link instead'], data: { label: 'password', aLabel: 'A password' } },
      ],
    },
    {
      name: 'tr: a verification code (social) (a one-time code)',
      text: 'Zeynep Hanım, doğrulama kodunuz 662514, uygulamaya girebilirsiniz.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'code', line: 1, column: 33, endColumn: 39, suggestions: ['ask the customer to request a new code'] },
      ],
    },
    {
      name: 'tr: an approval code (e-commerce) (a one-time code)',
      text: 'Onay kodunuz: 482913',
      context: { language: 'tr' },
      errors: [
        { messageId: 'code', line: 1, column: 15, endColumn: 21, suggestions: ['ask the customer to request a new code'] },
      ],
    },
    {
      name: 'tr: a bare code of digits (airline) (a one-time code)',
      text: 'Kodunuz 905127, check-in ekranına girebilirsiniz.',
      context: { language: 'tr' },
      errors: [
        { messageId: 'code', line: 1, column: 9, endColumn: 15, suggestions: ['ask the customer to request a new code'] },
      ],
    },
  ],
}
