/**
 * `greeting` on Turkish replies: no greeting in an e-mail or first chat message, and an
 * impersonal one (`Merhaba,` alone, `Değerli müşterimiz`, `Sayın yetkili`) when the name is known.
 * The fix addresses the customer as `Ayşe Hanım` / `Mehmet Bey` when the first name tells which
 * fits, else by full name (`Sayın Deniz Aydın`).
 */
import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { createLinter } from '../../src/linter.js'
import { rules } from '../../rules/index.js'
import type { ReplyContext } from '../../src/types.js'

const ayse: ReplyContext = { language: 'tr', customer: { name: 'Ayşe Yılmaz' } }
const tr = (name?: string, extra: ReplyContext = {}): ReplyContext => ({ language: 'tr', ...(name ? { customer: { name } } : {}), ...extra })
const run = (text: string, ctx: ReplyContext = ayse) => only('greeting', text, ctx)
const linter = createLinter({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === 'greeting' ? 'warn' : 'off'])) })
const BODY = '\n\nSiparişiniz bugün kargoya verildi, takip numaranız 7301245588.\n\nSaygılarımızla,\nMehmet\nTrendmarket Müşteri Hizmetleri'

describe('greeting (tr): fires', () => {
  it('inserts `Merhaba Ayşe Hanım,` into an e-commerce e-mail without a greeting', () => {
    const text = BODY.trimStart()
    const [m, ...rest] = run(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'greeting', severity: 'warning', line: 1, column: 1, offset: 0, endOffset: 0, actual: '', suggestions: ['Merhaba Ayşe Hanım,\n\n'] })
    expect(m!.fix).toEqual({ offset: 0, endOffset: 0, text: 'Merhaba Ayşe Hanım,\n\n' })
    expect(m!.message).toMatch(/Ayşe Yılmaz/)
    expect(linter.fixSync(text, ayse)).toBe(`Merhaba Ayşe Hanım,\n\n${text}`)
  })

  it('greets inline on the first message of a GSM chat, with Bey for a man', () => {
    const [m] = run('Hattınıza 10 GB ek paket tanımlandı, bu akşam 23:59’a kadar geçerli.', tr('Mehmet Kaya', { channel: 'chat' }))
    expect(m).toMatchObject({ actual: '', offset: 0, suggestions: ['Merhaba Mehmet Bey! '], fix: { offset: 0, endOffset: 0, text: 'Merhaba Mehmet Bey! ' } })
  })

  it('uses the full name when the first name does not tell Bey from Hanım (bank)', () => {
    const [m] = run('Kartınız 2 iş günü içinde adresinize ulaşacak.\n\nSaygılarımızla,\nAnadolu Bank', tr('Deniz Aydın'))
    expect(m!.fix!.text).toBe('Merhaba Deniz Aydın,\n\n')
  })

  it.each([
    ['Merhaba,', 'Merhaba', 'Merhaba Ayşe Hanım', 'Ayşe Yılmaz', 'cargo'],
    ['Merhabalar,', 'Merhabalar', 'Merhabalar Hakan Bey', 'Hakan Yıldız', 'airline'],
    ['Değerli müşterimiz,', 'Değerli müşterimiz', 'Değerli Ayşe Hanım', 'Ayşe Yılmaz', 'e-commerce'],
    ['Sayın müşterimiz,', 'Sayın müşterimiz', 'Sayın Mehmet Bey', 'Mehmet Kaya', 'bank'],
    ['Sayın yetkili,', 'Sayın yetkili', 'Sayın Hakan Bey', 'Hakan Yıldız', 'airline'],
    ['İyi günler,', 'İyi günler', 'İyi günler Selin Hanım', 'Selin Aksoy', 'GSM'],
    ['Merhaba efendim,', 'Merhaba efendim', 'Merhaba Zeynep Hanım', 'Zeynep Arslan', 'cargo'],
    ['Değerli Yolcularımız,', 'Değerli Yolcularımız', 'Değerli Zeynep Hanım', 'Zeynep Arslan', 'airline'],
    ['SAYIN ABONEMİZ,', 'SAYIN ABONEMİZ', 'Sayın Mehmet Bey', 'Mehmet Kaya', 'GSM, capitals'],
    ['Merhaba değerli müşterimiz,', 'Merhaba değerli müşterimiz', 'Merhaba Elif Hanım', 'Elif Koç', 'e-commerce'],
  ])('replaces the impersonal greeting %j (%s)', (greeting, actual, fix, name) => {
    const text = `${greeting}${BODY}`
    const [m, ...rest] = run(text, tr(name))
    expect(rest).toEqual([])
    expect(m).toMatchObject({ actual, offset: 0, endOffset: actual.length, suggestions: [fix], fix: { offset: 0, endOffset: actual.length, text: fix } })
    expect(m!.message).toContain(`instead of “${actual}”`)
  })

  it('reads `Değerli geri bildiriminiz için…` as no greeting, not as an impersonal one', () => {
    const [m] = run('Değerli geri bildiriminiz için teşekkür ederiz. Önerinizi ürün ekibimize ilettik.\n\nSaygılarımızla,\nTrendmarket')
    expect(m).toMatchObject({ actual: '', offset: 0, suggestions: ['Merhaba Ayşe Hanım,\n\n'] })
  })

  it('writes a name the CRM holds in capitals in title case (GSM)', () => {
    const [m] = run('Hattınız açıldı.\n\nSaygılarımızla,\nHızlıNet', tr('İLKER BAŞARAN'))
    expect(m!.fix!.text).toBe('Merhaba İlker Bey,\n\n')
  })

  it('suggests `Merhaba,` without a fix when the name is unknown', () => {
    const [m] = run('Kampanyamız 31 Mart’a kadar geçerlidir.\n\nSaygılarımızla,\nTrendmarket', tr())
    expect(m).toMatchObject({ actual: '', suggestions: ['Merhaba,\n\n'] })
    expect(m!.fix).toBeUndefined()
  })
})

describe('greeting (tr): does not fire', () => {
  it.each([
    ['first name + Hanım (e-commerce)', `Merhaba Ayşe Hanım,${BODY}`, ayse],
    ['Sayın + first name + Bey (bank)', 'Sayın Mehmet Bey,\n\nKredi kartı limitiniz artırıldı.\n\nSaygılarımızla,\nAnadolu Bank', tr('Mehmet Kaya')],
    ['Sayın + surname (bank)', 'Sayın Yılmaz,\n\nBaşvurunuz onaylandı.\n\nSaygılarımızla,\nAnadolu Bank', tr('Selin Yılmaz')],
    ['Sn. + full name (bank)', 'Sn. Ayşe Yılmaz,\n\nBaşvurunuz onaylanmıştır.\n\nSaygılarımızla,\nAnadolu Bank', ayse],
    ['a role and an addressee together (e-commerce)', 'Değerli Müşterimiz Ayşe Hanım,\n\nKampanya kodunuz tanımlandı.\n\nSaygılarımızla,\nTrendmarket', ayse],
    ['a lower-case honorific (e-commerce)', 'Merhaba Ayşe hanım,\n\nSiparişiniz yolda.\n\nSaygılarımızla,\nTrendmarket', ayse],
    ['Sayın + full name (insurance)', 'Sayın Gökhan Erdem,\n\nPoliçeniz yenilendi.\n\nSaygılarımızla,\nGüvenSigorta', tr('Gökhan Erdem')],
    ['Merhaba + first name in a GSM chat', 'Merhaba Can, ek paketin tanımlandı!', tr('Can Öztürk', { channel: 'chat' })],
    ['name first, then merhaba (cargo)', 'Ayşe Hanım merhaba,\n\nGönderiniz yarın teslim edilecek.\n\nSaygılarımızla,\nHızlı Kargo', ayse],
    ['name and honorific opening the line (airline)', 'Zeynep Hanım, bagajınız bulundu ve yarın otelinize teslim edilecek.\n\nİyi yolculuklar dileriz,\nGökyolu Havayolları', tr('Zeynep Arslan')],
    ['thanks + name + honorific in a GSM chat', 'Teşekkürler Mehmet Bey, ödemeniz alındı ve hattınız açıldı.', tr('Mehmet Kaya', { channel: 'chat' })],
    ['Merhaba Sayın + surname (bank)', 'Merhaba Sayın Kaya,\n\nLimit artış talebiniz onaylandı.\n\nSaygılarımızla,\nAnadolu Bank', tr('Mehmet Kaya')],
    ['Değerli müşterimiz with no known name (e-commerce)', 'Değerli müşterimiz,\n\nKampanyamız 31 Mart’a kadar geçerlidir.\n\nSaygılarımızla,\nTrendmarket', tr()],
    ['a name typed without Turkish letters (GSM)', 'Merhaba Ilker Bey,\n\nNakil işleminiz 21 Mart’a planlandı.\n\nSaygılarımızla,\nNetEv', tr('İlker Başaran')],
    ['capitals on a Turkish keyboard (cargo)', 'İYİ GÜNLER AYŞE HANIM,\n\nGÖNDERİNİZ YOLDA.\n\nHızlı Kargo', ayse],
    ['a social reply (airline)', 'Bagajınız İstanbul’da bulundu, yarın öğlene kadar otelinize teslim edilecek.', tr('Zeynep Arslan', { channel: 'social' })],
    ['a chat follow-up (GSM)', 'İşleminiz tamamlandı, hattınız 15 Haziran’a kadar donduruldu.', tr('Nazlı Er', { channel: 'chat', followup: true })],
    ['an SMS (cargo)', 'Paketiniz yarın 09:00-13:00 arasında teslim edilecek.', tr('Emre Şahin', { channel: 'sms' })],
  ])('%s', (_label, text, ctx) => {
    expect(run(text, ctx)).toEqual([])
  })

  it('accepts an addressee the team removed with `ignore`, in Turkish case rules', () => {
    const text = `DEĞERLİ MÜŞTERİMİZ,${BODY}`
    expect(run(text).map((m) => m.actual)).toEqual(['DEĞERLİ MÜŞTERİMİZ'])
    expect(only('greeting', text, ayse, { ignore: ['müşterimiz'] })).toEqual([])
  })

  it('leaves someone else’s name to wrong-name', () => {
    expect(run(`Merhaba Fatma Hanım,${BODY}`)).toEqual([])
  })
})
