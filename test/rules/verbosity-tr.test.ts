/**
 * `verbosity` on Turkish replies: the same channel budgets, a 22-word sentence limit, Turkish
 * filler (bureaucratic lead-ins and wrapper formulas) and pleonasms, Turkish capitalisation in fixes.
 */
import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { createLinter } from '../../src/linter.js'
import { rules } from '../../rules/index.js'
import type { ReplyContext } from '../../src/types.js'

const tr = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>) => only('verbosity', text, { language: 'tr', ...ctx }, options)
const actuals = (text: string, ctx: ReplyContext = {}) => tr(text, ctx).map((m) => m.actual)

function fixed(text: string, ctx: ReplyContext = {}): string {
  const off = Object.fromEntries(rules.map((r) => [r.meta.id, 'off' as const]))
  return createLinter({ rules: { ...off, verbosity: 'warn' } }).fixSync(text, { language: 'tr', ...ctx })
}

describe('verbosity (tr): filler and pleonasms', () => {
  it('deletes a bureaucratic lead-in and capitalises the next word (e-commerce)', () => {
    const text = 'Merhaba Ayşe Hanım,\n\nŞunu belirtmek isteriz ki siparişiniz bugün kargoya verildi.\n\nSaygılarımızla,\nMehmet'
    const [m, ...rest] = tr(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'verbosity', severity: 'warning', actual: 'Şunu belirtmek isteriz ki siparişiniz', line: 3, column: 1, suggestions: ['Siparişiniz'] })
    expect(m!.message).toBe('“Şunu belirtmek isteriz ki” is filler: the sentence says the same without it.')
    expect(fixed(text)).toBe('Merhaba Ayşe Hanım,\n\nSiparişiniz bugün kargoya verildi.\n\nSaygılarımızla,\nMehmet')
  })

  it('deletes a lead-in after the greeting in a one-line chat message (bank)', () => {
    const text = 'Merhaba Can Bey, öncelikle şunu belirtmek isteriz ki yeni kartınız yarın elinizde olacak.'
    const [m] = tr(text, { channel: 'chat' })
    expect(m).toMatchObject({ actual: 'öncelikle şunu belirtmek isteriz ki ', offset: text.indexOf('öncelikle'), suggestions: [''] })
    expect(fixed(text, { channel: 'chat' })).toBe('Merhaba Can Bey, yeni kartınız yarın elinizde olacak.')
  })

  it('removes a stand-alone “Bilgilerinize sunarız.” with its line (telecom)', () => {
    const text = 'Merhaba Elif Hanım,\n\nİadeniz onaylandı, tutar kartınıza 5 iş günü içinde yansıyacaktır.\n\nBilgilerinize sunarız.\n\nSaygılarımızla,\nBurak'
    const [m] = tr(text)
    expect(m).toMatchObject({ actual: 'Bilgilerinize sunarız.', line: 5, column: 1, suggestions: [''] })
    expect(m!.fix).toEqual({ offset: text.indexOf('Bilgilerinize'), endOffset: text.indexOf('Saygılarımızla'), text: '' })
    expect(fixed(text)).toBe('Merhaba Elif Hanım,\n\nİadeniz onaylandı, tutar kartınıza 5 iş günü içinde yansıyacaktır.\n\nSaygılarımızla,\nBurak')
  })

  it('lets “iyi günler dileriz” take over from “Bilgilerinize sunar,” with a Turkish capital İ (cargo)', () => {
    const text = 'Gönderiniz şubemize ulaştı. Bilgilerinize sunar, iyi günler dileriz.'
    const [m] = tr(text)
    expect(m).toMatchObject({ actual: 'Bilgilerinize sunar, iyi', suggestions: ['İyi'] })
    expect(fixed(text)).toBe('Gönderiniz şubemize ulaştı. İyi günler dileriz.')
  })

  it('points at a wrapper formula that ends a statement, without a fix (utilities)', () => {
    const text = 'Sayacınızın yeniden okunduğunu ve faturanızın düzeltildiğini bilgilerinize sunarız.'
    const [m] = tr(text)
    expect(m).toMatchObject({ actual: 'bilgilerinize sunarız', offset: text.indexOf('bilgilerinize'), suggestions: [] })
    expect(m!.fix).toBeUndefined()
    expect(m!.message).toMatch(/state the fact itself/)
  })

  it.each([
    ['geri iade (e-commerce)', 'Geri iade talebiniz onaylandı.', 'Geri iade', 'İade', 'İade talebiniz onaylandı.'],
    ['tekrar yeniden (airline)', 'Biletinizi tekrar yeniden düzenledik.', 'tekrar yeniden', 'yeniden', 'Biletinizi yeniden düzenledik.'],
    ['hala daha (GSM)', 'Deniz Hanım, hala daha arıza kaydınız görünüyor, bugün kapatacağız.', 'hala daha', 'hâlâ', 'Deniz Hanım, hâlâ arıza kaydınız görünüyor, bugün kapatacağız.'],
    ['açık ve net (bank)', 'Sözleşmede açık ve net yazdığı üzere kart aidatı iade edilir.', 'açık ve net', 'net', 'Sözleşmede net yazdığı üzere kart aidatı iade edilir.'],
    ['ilk önce (GSM)', 'İlk önce modemi kapatıp açın.', 'İlk önce', 'Önce', 'Önce modemi kapatıp açın.'],
  ])('replaces the pleonasm %s', (_label, text, actual, replacement, result) => {
    const [m] = tr(text)
    expect(m).toMatchObject({ actual, suggestions: [replacement], fix: { text: replacement } })
    expect(fixed(text)).toBe(result)
  })

  it('deletes comma-set filler (games)', () => {
    const text = 'Açıkçası, bu hata sunucudan kaynaklanıyor.'
    expect(tr(text)[0]).toMatchObject({ actual: 'Açıkçası, bu', suggestions: ['Bu'] })
  })
})

describe('verbosity (tr): length', () => {
  const LONG =
    'Bagajınızın İstanbul aktarmasında yanlış uçağa yüklendiğini tespit ettik, bu akşamki ilk uçuşla İzmir’e gönderiyoruz ve yarın öğlene kadar otelinize teslim edeceğiz, ayrıca yaşadığınız gecikme için hesabınıza 500 mil tanımladık.'

  it('flags a sentence over 22 words and offers a split at “, ayrıca” (airline)', () => {
    const [m] = tr(`Merhaba Zeynep Hanım,\n\n${LONG}\n\nSaygılarımızla,\nAylin`)
    expect(m!.actual).toBe(LONG)
    expect(m!.message).toMatch(/has 29 words; keep sentences to 22 words or fewer \(split it in two\)/)
    expect(m!.suggestions).toEqual([
      'Bagajınızın İstanbul aktarmasında yanlış uçağa yüklendiğini tespit ettik, bu akşamki ilk uçuşla İzmir’e gönderiyoruz ve yarın öğlene kadar otelinize teslim edeceğiz. Ayrıca yaşadığınız gecikme için hesabınıza 500 mil tanımladık.',
    ])
  })

  it('uses the same SMS budget as English: 320 characters (cargo)', () => {
    const text =
      'Emre Bey, paketiniz yarın 09:00-13:00 arasında teslim edilecek. Adreste olamayacaksanız paketiniz en yakın şubemize bırakılacak ve size SMS ile haber verilecek. Şubeden almak için kimliğinizi yanınızda bulundurun. Teslimat gününü değiştirmek için bu mesajı yanıtlayarak yeni bir gün seçebilirsiniz. İyi günler dileriz, Kargo Ekspres.'
    const [m] = tr(text, { channel: 'sms' })
    expect(m!.message).toMatch(/^This sms reply is \d{3} characters; the limit is 320/)
    expect(m!.offset).toBeGreaterThan(300)
  })

  it('honours maxSentenceWords from the options in Turkish too', () => {
    const text = 'Kartınızı kapattık, yenisini hazırladık ve kargoya verdik; takip numarası SMS ile telefonunuza gelecek.'
    expect(actuals(text)).toEqual([])
    expect(tr(text, {}, { maxSentenceWords: 10 }).map((m) => m.actual)).toEqual([text])
  })
})

describe('verbosity (tr): does not fire', () => {
  it.each([
    ['an exemplary e-mail', 'Merhaba Ayşe Hanım,\n\nSiparişiniz bugün kargoya verildi ve yarın teslim edilecek.\n\nSaygılarımızla,\nMehmet'],
    ['a semicolon chat answer', 'Can Bey, kartınızı kapattık; yenisi 2 iş günü içinde elinizde olacak.'],
    ['“aslında” (actually), which is not filler', 'Faturanız düzeltildi. Aslında fark yalnızca 12 TL idi.'],
    ['“temelde” without commas (literal)', 'Sorun temelde modemin yazılımıyla ilgili, bu akşam güncelleyeceğiz.'],
    ['“hâlâ daha fazla” (still more)', 'Hâlâ daha fazla bilgiye ihtiyacınız olursa bize yazabilirsiniz.'],
    ['“geri” and “iade” in different phrases', 'Ürünü geri gönderdiğinizde iade tutarı kartınıza yansır.'],
    ['“bilgilerinizi” (your details), not the formula', 'Bilgilerinizi güncelledik; yeni adresiniz sisteme kaydedildi.'],
    ['a 22-word sentence', 'Kartınızı güvenlik için kapattık ve yenisini adresinize gönderdik, bu sürede mobil uygulamadan kartsız para çekebilir ve ödemelerinizi sanal kartınızla yapmaya devam edebilirsiniz.'],
    ['filler in quoted customer text', 'Siparişiniz yarın teslim edilecek.\n\n> Şunu belirtmek isterim ki çok bekledim, bilgilerinize sunarım.'],
  ])('is silent on %s', (_label, text) => {
    expect(actuals(text)).toEqual([])
  })

  it('can drop a Turkish phrase with `ignore` and add one with `add`', () => {
    expect(actuals('Geri iade talebiniz onaylandı.', {})).toEqual(['Geri iade'])
    expect(tr('Geri iade talebiniz onaylandı.', {}, { ignore: ['geri iade'] })).toEqual([])
    expect(tr('Netice itibarıyla, iadeniz onaylandı.', {}, { add: { commaFiller: ['netice itibarıyla'] } }).map((m) => m.actual)).toEqual(['Netice itibarıyla, iadeniz'])
  })
})
