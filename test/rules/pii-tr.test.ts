/**
 * `pii` on Turkish replies: TC Kimlik numbers (checksum), TR IBANs (mod-97), card numbers,
 * passwords and codes after Turkish cue words; not the last four digits, order or cargo numbers,
 * the call centre, the company's own IBAN. A TC Kimlik No in a non-Turkish draft needs a cue.
 */
import { describe, expect, it } from 'vitest'
import { findings, only } from '../helpers.js'
import { createLinter } from '../../src/linter.js'
import { rules } from '../../rules/index.js'
import { isValidTckn } from '../../rules/pii/turkish.js'
import type { ReplyContext } from '../../src/types.js'

const tr = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>) => only('pii', text, { language: 'tr', ...ctx }, options)
const actuals = (text: string, ctx: ReplyContext = {}) => tr(text, ctx).map((m) => m.actual)

function fixed(text: string, ctx: ReplyContext = {}): string {
  const off = Object.fromEntries(rules.map((r) => [r.meta.id, 'off' as const]))
  return createLinter({ rules: { ...off, pii: 'error' } }).fixSync(text, { language: 'tr', ...ctx })
}

describe('pii (tr): identity numbers, IBANs and cards', () => {
  it('checks the TC Kimlik No checksum', () => {
    expect(['12345678950', '10000000146', '12345678951', '02345678950', '1234567895'].map(isValidTckn)).toEqual([true, true, false, false, false])
  })

  it('flags a valid TC Kimlik No as an error and masks it to the last four digits (bank)', () => {
    const text = 'Merhaba Ayşe Hanım,\n\n12345678950 T.C. kimlik numaralı hesabınız açıldı.\n\nSaygılarımızla,\nBankamız'
    const [m, ...rest] = findings('pii', text, { language: 'tr' })
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'pii', severity: 'error', actual: '12345678950', line: 3, column: 1, suggestions: ['•••••••8950'] })
    expect(m!.message).toBe('A full Turkish identity number (TC Kimlik No) is in the reply: never send it in clear. Mask it to the last four digits (“•••••••8950”).')
    expect(fixed(text)).toBe('Merhaba Ayşe Hanım,\n\n•••••••8950 T.C. kimlik numaralı hesabınız açıldı.\n\nSaygılarımızla,\nBankamız')
  })

  it('flags a TR IBAN with spaces and masks it (e-commerce refund)', () => {
    const text = 'Mehmet Bey, iadeniz TR33 0006 1005 1978 6457 8413 26 numaralı hesabınıza yapıldı.'
    const [m] = tr(text)
    expect(m).toMatchObject({ actual: 'TR33 0006 1005 1978 6457 8413 26', suggestions: ['•••• 1326'], fix: { text: '•••• 1326' } })
    expect(fixed(text)).toBe('Mehmet Bey, iadeniz •••• 1326 numaralı hesabınıza yapıldı.')
  })

  it.each([
    ['a contiguous TR IBAN (bank chat)', 'Elif Hanım, kayıtlı IBAN’ınız TR680001000000123456789012 olarak görünüyor.', 'TR680001000000123456789012'],
    ['a card number (insurance)', 'Gökhan Bey, kartınız 4111 1111 1111 1111 numarasıyla yeniden tanımlandı.', '4111 1111 1111 1111'],
    ['an identity number after its cue (airline)', 'Kimlik numaranız 10000000146 olarak rezervasyona eklendi.', '10000000146'],
  ])('flags %s', (_label, text, actual) => {
    expect(actuals(text)).toEqual([actual])
  })

  it('flags a TC Kimlik No in an English reply only next to a cue', () => {
    expect(actuals('Hi Emre, your T.C. ID 12345678950 is now linked to your booking.', { language: 'en' })).toEqual(['12345678950'])
    expect(actuals('Hi Emre, your TCKN: 12345678950 is on file.', { language: 'en' })).toEqual(['12345678950'])
    expect(actuals('Hi Emre, order 12345678950 has shipped.', { language: 'en' })).toEqual([])
    expect(actuals('Hi Emre, please quote reference 12345678950 when you call.', { language: 'en' })).toEqual([])
  })
})

describe('pii (tr): passwords, PINs and codes', () => {
  it('flags a temporary password after “geçici şifreniz:” and suggests a reset link, without a fix (bank chat)', () => {
    const text = 'Can Bey, geçici şifreniz: 4821Xa. İlk girişte değiştirebilir misiniz?'
    const [m] = tr(text)
    expect(m).toMatchObject({ actual: '4821Xa', offset: text.indexOf('4821Xa'), suggestions: ['send a password reset link instead'] })
    expect(m!.message).toBe('A password is given in clear: anyone who sees this reply can use it. Send a reset link instead.')
    expect(m!.fix).toBeUndefined()
  })

  it.each([
    ['a modem password (GSM)', 'Deniz Hanım, modem şifreniz: Tt4xq92K olarak güncellendi.', 'Tt4xq92K', 'password'],
    ['a password with a copula suffix (games)', 'Yeni parolanız Kargo2025!’dir. Giriş yaptıktan sonra değiştirin.', 'Kargo2025', 'password'],
    ['a card PIN (bank)', 'Kart şifreniz 0417 olarak tanımlandı.', '0417', 'PIN'],
    ['an English-keyboard spelling', 'gecici sifreniz: 4821Xa', '4821Xa', 'password'],
  ])('flags %s', (_label, text, actual, label) => {
    const [m] = tr(text)
    expect(m).toMatchObject({ actual })
    expect(m!.message).toMatch(new RegExp(`^A ${label} is given in clear`))
  })

  it.each([
    ['a verification code (social)', 'Zeynep Hanım, doğrulama kodunuz 662514, uygulamaya girebilirsiniz.', '662514'],
    ['an approval code (e-commerce)', 'Onay kodunuz: 482913', '482913'],
    ['a bare code of digits (airline)', 'Kodunuz 905127, check-in ekranına girebilirsiniz.', '905127'],
  ])('flags %s as a one-time code', (_label, text, actual) => {
    const [m] = tr(text)
    expect(m).toMatchObject({ actual, suggestions: ['ask the customer to request a new code'] })
  })
})

describe('pii (tr): does not fire', () => {
  it.each([
    ['an order number that passes the checksum', 'Merhaba Ayşe Hanım,\n\nSipariş numaranız: 12345678950, kargoya verildi.\n\nSaygılarımızla,\nMehmet'],
    ['a cargo tracking number', 'Deniz Hanım, kargo takip numaranız 48201937510 olarak güncellendi.'],
    ['a number named after it', '12345678950 numaralı gönderiniz dağıtımda.'],
    ['a subscriber number', 'Abone numaranız 10000000146, faturalarınızda da yazıyor.'],
    ['the last four digits', 'Can Bey, kartınızın son 4 hanesi 4417 olan işlem iptal edildi.'],
    ['a masked card', 'Elif Hanım, kartınız **** **** **** 4417 ile yapılan ödeme iade edildi.'],
    ['the call centre', 'Çağrı merkezimize 444 0 123 veya 0850 222 0 600 numaralarından ulaşabilirsiniz.'],
    ['a mobile number with a leading zero', 'Sizi 05321234567 numarasından arayacağız.'],
    ['an IMEI', 'Cihazınızın IMEI numarası 356938035643809 olarak kayıtlı.'],
    ['the company IBAN before “hesabımıza”', 'Ödemenizi TR33 0006 1005 1978 6457 8413 26 numaralı hesabımıza yapabilirsiniz.'],
    ['the company IBAN after “IBAN numaramız:”', 'IBAN numaramız: TR33 0006 1005 1978 6457 8413 26'],
    ['a reset, not a password', 'Şifreniz sıfırlandı; yeni şifreniz SMS ile gönderildi. Şifrenizi kimseyle paylaşmayın.'],
    ['password rules', 'Yeni şifreniz en az 8 karakterden oluşmalı; 1234 gibi tahmin edilebilir şifreler kullanmayın.'],
    ['a year after “şifreniz”', 'Şifreniz 2025 yılında oluşturulmuş, değiştirmenizi öneririz.'],
    ['a campaign code', 'Kampanya kodunuz: YAZ2025, sepette kullanabilirsiniz.'],
    ['an order code', 'Sipariş kodunuz 482913 olarak oluşturuldu.'],
    ['a Wi-Fi password that is not given', 'Wi-Fi şifreniz modemin arkasındaki etikette yazıyor.'],
    ['an identity number in quoted customer text', 'Kaydınızı güncelledik.\n\n> TC kimlik numaram 12345678950, lütfen kontrol edin.'],
  ])('is silent on %s', (_label, text) => {
    expect(actuals(text)).toEqual([])
  })

  it('can switch the identity-number detector off', () => {
    expect(tr('Kimlik numaranız 12345678950.', {}, { ignore: ['tckn'] })).toEqual([])
  })
})
