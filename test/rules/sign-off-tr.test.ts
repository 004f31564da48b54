/**
 * `sign-off` on Turkish e-mails: `Saygılarımızla`, `İyi günler dileriz`, `Sevgiler`, `İyi
 * çalışmalar`, a thanks or wish ending the last sentence (Turkish puts the verb last), or a
 * signature. Matching is Turkish-case-aware (SAYGILARIMIZLA, İYİ GÜNLER).
 */
import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { createLinter } from '../../src/linter.js'
import { rules } from '../../rules/index.js'
import type { ReplyContext } from '../../src/types.js'

const email: ReplyContext = { language: 'tr', channel: 'email', customer: { name: 'Ayşe Yılmaz' } }
const run = (text: string, ctx: ReplyContext = email) => only('sign-off', text, ctx)
const SIGNATURE = 'Saygılarımızla,\nSelin Kaya\nHızlıNet Müşteri Hizmetleri'

describe('sign-off (tr): fires', () => {
  it('reports the last line of an e-commerce e-mail that just stops, with Turkish closings', () => {
    const text = 'Merhaba Ayşe Hanım,\n\nSiparişiniz bugün kargoya verildi.\nYarın 18:00’e kadar teslim edilecek.'
    const [m, ...rest] = run(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({
      ruleId: 'sign-off',
      severity: 'warning',
      actual: 'Yarın 18:00’e kadar teslim edilecek.',
      line: 4,
      column: 1,
      suggestions: ['Yarın 18:00’e kadar teslim edilecek.\n\nSaygılarımızla,', 'Yarın 18:00’e kadar teslim edilecek.\n\nİyi günler dileriz,'],
    })
    expect(m!.fix).toBeUndefined()
    expect(m!.message).toMatch(/`Saygılarımızla,` \/ `İyi günler dileriz,`/)
  })

  it('appends the configured signature as a fix (GSM)', () => {
    const text = 'Merhaba Mehmet Bey,\n\nHattınıza 10 GB ek paket tanımlandı.'
    const config = { signature: SIGNATURE }
    const [m] = only('sign-off', text, email, undefined, config)
    expect(m).toMatchObject({ actual: 'Hattınıza 10 GB ek paket tanımlandı.', line: 3 })
    expect(m!.fix).toEqual({ offset: 21, endOffset: 57, text: `Hattınıza 10 GB ek paket tanımlandı.\n\n${SIGNATURE}` })
    const linter = createLinter({ ...config, rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === 'sign-off' ? 'warn' : 'off'])) })
    const output = linter.fixSync(text, email)
    expect(output).toBe(`${text}\n\n${SIGNATURE}`)
    expect(linter.lintSync(output, email).messages).toEqual([])
  })

  it.each([
    ['only a phone’s line under the body (cargo)', 'Merhaba Can Bey,\n\nKargonuz 2 iş günü içinde adresinizde olacak.\n\niPhone’umdan gönderildi', 'Kargonuz 2 iş günü içinde adresinizde olacak.'],
    ['only an Outlook line (insurance)', 'Merhaba Gökhan Bey,\n\nPoliçeniz iptal edildi.\n\nAndroid için Outlook’u edinin', 'Poliçeniz iptal edildi.'],
    ['a question ending the e-mail (bank)', 'Merhaba Burak Bey,\n\nİki seçenek sunabiliyoruz: 12 veya 24 ay vade. Tercihinizi bize bildirir misiniz?', 'İki seçenek sunabiliyoruz: 12 veya 24 ay vade. Tercihinizi bize bildirir misiniz?'],
    ['a phone number alone (GSM)', 'Merhaba Nazlı Hanım,\n\nHattınız 3 ay süreyle donduruldu.\n\n0850 222 0 333', '0850 222 0 333'],
    ['an address line (cargo)', 'Merhaba Onur Bey,\n\nKargonuz şubede bekliyor.\nŞube adresi: Atatürk Cad. No: 12 Kadıköy', 'Şube adresi: Atatürk Cad. No: 12 Kadıköy'],
    ['a one-line airline e-mail', 'Sayın Hakan Yıldız, uçuş değişikliğiniz yapıldı ve yeni biniş kartınız ekte.', 'Sayın Hakan Yıldız, uçuş değişikliğiniz yapıldı ve yeni biniş kartınız ekte.'],
    ['a code line (e-commerce)', 'Merhaba Elif Hanım,\n\nİadeniz onaylandı. Kargo kodunuz: 48213', 'İadeniz onaylandı. Kargo kodunuz: 48213'],
  ])('reports %s', (_label, text, actual) => {
    const [m, ...rest] = run(text)
    expect(rest).toEqual([])
    expect(m!.actual).toBe(actual)
    expect(text.slice(m!.offset, m!.endOffset)).toBe(actual)
  })
})

describe('sign-off (tr): does not fire', () => {
  it.each([
    ['Saygılarımızla and a name (e-commerce)', 'Merhaba Ayşe Hanım,\n\nSiparişiniz yolda.\n\nSaygılarımızla,\nMehmet'],
    ['İyi günler dileriz and a team (GSM)', 'Merhaba Mehmet Bey,\n\nFaturanız düzeltildi.\n\nİyi günler dileriz.\nHızlıNet Müşteri Hizmetleri'],
    ['Sevgiler (e-commerce, warm brand voice)', 'Merhaba Can,\n\nKartın yolda!\n\nSevgiler,\nEkip'],
    ['İyi çalışmalar (B2B)', 'Merhaba Elif Hanım,\n\nTeklifiniz ektedir.\n\nİyi çalışmalar,\nBurak'],
    ['a thanks sentence ending the e-mail (airline)', 'Merhaba Hakan Bey,\n\nBiletiniz iade edildi. Bizi tercih ettiğiniz için teşekkür ederiz.'],
    ['a wish ending the last sentence (e-commerce)', 'Merhaba Ayşe Hanım,\n\nSiparişiniz yolda. Başka bir sorunuz olursa yazabilirsiniz, iyi günler dileriz.'],
    ['İyi yolculuklar dileriz (airline)', 'Merhaba Zeynep Hanım,\n\nBagajınız yarın otelinizde.\n\nİyi yolculuklar dileriz,\nGökyolu Havayolları'],
    ['capitals on a Turkish keyboard (utility)', 'MERHABA SELİN HANIM,\n\nFATURANIZ DÜZELTİLDİ.\n\nSAYGILARIMIZLA\nENERJİPLUS'],
    ['a signature with lower-case team words (bank)', 'Merhaba Can Bey,\n\nKartınız yolda.\n\nAnadolu Bank destek ekibi'],
    ['a name, company and phone line (airline)', 'Merhaba Zeynep Hanım,\n\nBagajınız yarın teslim edilecek.\n\nSaygılarımla,\nAylin Kaya\nGökyolu Havayolları\nTel: 0850 444 0 849'],
    ['a closing above a phone’s line (cargo)', 'Merhaba Can Bey,\n\nGönderiniz yolda.\n\nSaygılarımla,\nEmre\n\niPhone’umdan gönderildi'],
  ])('%s', (_label, text) => {
    expect(run(text)).toEqual([])
  })

  it.each([
    ['chat', 'Merhaba Deniz Hanım, arızanız bugün 16:00’ya kadar giderilecek.'],
    ['sms', 'Emre Bey, paketiniz yarın 09:00-13:00 arasında teslim edilecek.'],
    ['social', 'Zeynep Hanım, bagajınız yarın otelinizde olacak.'],
  ] as const)('a %s reply', (channel, text) => {
    expect(run(text, { ...email, channel })).toEqual([])
  })
})
