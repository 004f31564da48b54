/**
 * `shouting` on Turkish replies: capitals detected and lower-cased with the Turkish locale
 * (`İ` → `i`, `I` → `ı`), Turkish emphatic words, and the capitals that are not shouting
 * (TL, KDV, SMS, PTT, IBAN, TC, `İPTAL yazıp`, `KAYDET butonuna`, `NOT:`, addresses).
 */
import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import type { ReplyContext } from '../../src/types.js'

const tr = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>) => only('shouting', text, { language: 'tr', ...ctx }, options)
const actuals = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>) => tr(text, ctx, options).map((m) => m.actual)

describe('shouting (tr): fires', () => {
  it('flags an emphatic word with its position and a Turkish lower-case fix (e-commerce)', () => {
    const text = 'Merhaba Ayşe Hanım,\n\nSiparişiniz KESİNLİKLE iptal edilemez.\n\nSaygılarımızla,\nMehmet'
    const [m, ...rest] = tr(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'shouting', actual: 'KESİNLİKLE', line: 3, column: 13, suggestions: ['kesinlikle'], fix: { offset: text.indexOf('KESİNLİKLE'), endOffset: text.indexOf('KESİNLİKLE') + 10, text: 'kesinlikle' } })
    expect(m!.message).toBe('“KESİNLİKLE” in capitals reads as shouting. Write “kesinlikle”; if it matters, say why in words.')
  })

  it('writes a shouted sentence in sentence case: İ → i, I → ı (GSM)', () => {
    const [m] = tr('Merhaba Mehmet Bey,\n\nBU SİZİN SORUMLULUĞUNUZDA.\n\nSaygılarımızla,\nMehmet')
    expect(m).toMatchObject({ actual: 'BU SİZİN SORUMLULUĞUNUZDA', suggestions: ['Bu sizin sorumluluğunuzda'], fix: { text: 'Bu sizin sorumluluğunuzda' } })
    const [n] = tr('Hakan Bey, hattınız ŞİMDİ AÇILDI.')
    expect(n).toMatchObject({ actual: 'ŞİMDİ AÇILDI', fix: { text: 'şimdi açıldı' } })
  })

  it('fixes the whole draft, locale-aware (bank)', () => {
    const text = 'Can Bey, LÜTFEN şifrenizi kimseyle PAYLAŞMAYIN!'
    expect(tr(text).map((m) => [m.actual, m.fix?.text])).toEqual([
      ['LÜTFEN', 'lütfen'],
      ['PAYLAŞMAYIN', 'paylaşmayın'],
    ])
  })

  it('only suggests when an I could be a dotted i typed on another keyboard (GSM)', () => {
    const [m] = tr('Onur Bey, HESABINIZ KAPATILDI.')
    expect(m).toMatchObject({ actual: 'HESABINIZ KAPATILDI', suggestions: ['Hesabınız Kapatıldı', 'hesabınız kapatıldı', 'hesabiniz kapatildi'] })
    expect(m!.fix).toBeUndefined()
    const [n] = tr('Lütfen şu linke TIKLAMAYIN.')
    expect(n).toMatchObject({ actual: 'TIKLAMAYIN', suggestions: ['tıklamayın'], fix: { text: 'tıklamayın' } })
  })

  it.each([
    ['ASLA (airline)', 'Zeynep Hanım, bagajınız ASLA kaybolmadı, sadece gecikti.', 'ASLA|'],
    ['HEMEN and !!! (GSM)', 'Deniz Hanım, modemi HEMEN fişten çekin!!!', 'HEMEN|!!!'],
    ['HİÇBİR beside a capitalised number word (e-commerce)', 'Merhaba Elif Hanım,\n\nİade süresi 14 GÜNDÜR, sonrasında HİÇBİR iade kabul edilmez.\n\nMehmet', 'HİÇBİR|'],
    ['BUGÜN (cargo, SMS)', 'Emre Bey, kurye BUGÜN gelecek, adreste olun.', 'BUGÜN|'],
    ['SADECE (GSM)', 'Kampanya SADECE bu hafta geçerli.', 'SADECE|'],
    ['a whole sentence (utilities)', 'FATURANIZ ÖDENMEDİĞİ İÇİN HATTINIZ KAPATILACAKTIR.', 'FATURANIZ ÖDENMEDİĞİ İÇİN HATTINIZ KAPATILACAKTIR|'],
  ])('flags %s', (_label, text, expected) => {
    expect(actuals(text).join('|') + (actuals(text).length === 1 ? '|' : '')).toBe(expected)
  })
})

describe('shouting (tr): does not fire', () => {
  it.each([
    ['TL, KDV, SMS (e-commerce)', 'Merhaba Ayşe Hanım,\n\nTutar 150 TL + KDV olarak SMS ile gönderildi.\n\nSaygılarımızla,\nMehmet'],
    ['PTT, IBAN (cargo, bank)', 'PTT Kargo ile gönderilen paketiniz yarın teslim edilecek. İadeniz IBAN numaranıza yapılacak.'],
    ['a keyword before its cue (GSM)', 'Can Bey, İPTAL yazıp 4455’e SMS gönderebilirsiniz.'],
    ['a button label (bank)', 'Deniz Hanım, KAYDET butonuna basabilir misiniz?'],
    ['NOT: a label (e-commerce)', 'Merhaba Elif Hanım,\n\nNOT: Kampanya 31 Mart’ta sona eriyor.'],
    ['T.C., PNR, THY (airline)', 'T.C. kimlik numaranız ve PNR kodunuz ile THY uygulamasından bilet değişikliği yapabilirsiniz.'],
    ['acronyms with suffixes (e-commerce)', 'Tutar KDV’Lİ 150 TL’dir, SMS’le bilgilendirme yapılacak.'],
    ['an address in capitals (cargo)', 'Adres: ATATÜRK MAH. CUMHURİYET CAD. NO:5 34000 KADIKÖY/İSTANBUL'],
    ['a carrier name in capitals (cargo)', 'Paketiniz YURTİÇİ KARGO ile yola çıktı; TÜRK TELEKOM altyapısında arıza yok.'],
    ['a menu path (bank)', 'Menüden Hesabım > ŞİFRE DEĞİŞTİR adımlarını izleyin.'],
    ['a promo code (e-commerce)', 'Kampanya kodu YAZINDIRIM ile indirim alabilirsiniz.'],
    ['an inline quote (cargo)', 'Kuryemiz "ACİL TESLİMAT" etiketi ile çıkardı.'],
  ])('is silent on %s', (_label, text) => {
    expect(actuals(text)).toEqual([])
  })

  it('takes acronyms from options, upper-cased with the Turkish locale (utilities)', () => {
    expect(actuals('İZSU ARIZA EKİBİ yarın gelecek.')).toEqual(['ARIZA EKİBİ'])
    expect(actuals('İZSU ARIZA EKİBİ yarın gelecek.', {}, { acronyms: ['arıza', 'ekibi'] })).toEqual([])
  })

  it('is silent on the customer’s name in capitals (bank)', () => {
    expect(actuals('AYŞE YILMAZ adına kayıtlı hat kapatıldı.', { customer: { name: 'Ayşe Yılmaz' } })).toEqual([])
  })
})
