/**
 * `acronym` on Turkish replies: Turkish acronyms with Turkish letters (ÖTV, GİB, KVKK), apostrophe
 * suffixes (PNR'nizi), Turkish definitions (`Özel Tüketim Vergisi (ÖTV)`, `PNR, yani …`); and the
 * acronyms every Turkish customer knows (TL, KDV, SMS, PTT, IBAN, EFT, ATM, THY, ABD).
 */
import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { acronymData } from '../../rules/acronym/lexicon.js'
import type { ReplyContext } from '../../src/types.js'

const tr = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>) => only('acronym', text, { language: 'tr', ...ctx }, options)
const actuals = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>) => tr(text, ctx, options).map((m) => m.actual)

describe('acronym (tr): fires', () => {
  it('spells out ÖTV at its first use, with position and fix (e-commerce)', () => {
    const text = 'Merhaba Ayşe Hanım,\n\nÜrün bedeline ÖTV dahil değildir. ÖTV oranı yüzde 20’dir.\n\nSaygılarımızla,\nMehmet'
    const [m, ...rest] = tr(text)
    expect(rest).toEqual([])
    const at = text.indexOf('ÖTV')
    expect(m).toMatchObject({ ruleId: 'acronym', actual: 'ÖTV', line: 3, column: 15, suggestions: ['Özel Tüketim Vergisi (ÖTV)'], fix: { offset: at, endOffset: at + 3, text: 'Özel Tüketim Vergisi (ÖTV)' } })
    expect(m!.message).toBe('"ÖTV" is not spelled out; customers may not know it. Write “Özel Tüketim Vergisi (ÖTV)” the first time.')
  })

  it('only suggests when a Turkish suffix is attached (airline)', () => {
    const [m] = tr('Zeynep Hanım, PNR’nizi DM’den iletebilir misiniz?', { channel: 'social' })
    expect(m).toMatchObject({ actual: 'PNR', column: 15, suggestions: ['rezervasyon kodu (PNR)'] })
    expect(m!.fix).toBeUndefined()
  })

  it('capitalises a lower-case expansion at the start of a sentence (airline)', () => {
    expect(tr('ETA bilgisini yarın paylaşacağız.')[0]!.suggestions).toEqual(['Tahmini varış saati (ETA)'])
  })

  it.each([
    ['KVKK (e-commerce)', 'Merhaba Mehmet Bey,\n\nBaşvurunuz KVKK kapsamında işlenmiştir.', 'KVKK', 'Kişisel Verilerin Korunması Kanunu (KVKK)'],
    ['KMH, a Turkish acronym that is km/h in English (bank)', 'Can Bey, KMH faiziniz bu ay değişti.', 'KMH', 'Kredili Mevduat Hesabı (KMH)'],
    ['FTTH (GSM)', 'Deniz Hanım, hattınız FTTH altyapısına taşındı.', 'FTTH', 'evinize kadar fiber (FTTH)'],
    ['OTP (bank)', 'Onur Bey, ödemeniz OTP ile onaylanmadığı için reddedildi.', 'OTP', 'tek kullanımlık şifre (OTP)'],
    ['DASK (insurance)', 'Merhaba Gökhan Bey,\n\nDASK poliçeniz yenilendi.', 'DASK', 'Zorunlu Deprem Sigortası (DASK)'],
    ['MNP (GSM)', 'Emre Bey, MNP işleminiz 3 gün sürecek.', 'MNP', 'numara taşıma (MNP)'],
    ['GİB, with a dotted capital İ (e-commerce)', 'Faturanız GİB kayıtlarında görünüyor.', 'GİB', 'Gelir İdaresi Başkanlığı (GİB)'],
    ['KKB (bank)', 'Kredi başvurunuzda KKB raporu inceleniyor.', 'KKB', 'Kredi Kayıt Bürosu (KKB)'],
  ])('flags %s', (_label, text, expected, spelled) => {
    const [m, ...rest] = tr(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ actual: expected, suggestions: [spelled], fix: { text: spelled } })
  })

  it('flags an unknown consonant-only acronym without an expansion (cargo)', () => {
    const [m] = tr('Paketiniz DGM biriminde bekliyor.')
    expect(m).toMatchObject({ actual: 'DGM', suggestions: [] })
    expect(m!.message).toMatch(/full words \(DGM\)/)
  })

  it('can be extended and allowed from options', () => {
    expect(actuals('Talebiniz KSA ile işlendi.', {}, { add: { KSA: 'kısa süreli abonelik' } })).toEqual(['KSA'])
    expect(actuals('Talebiniz KVKK ile işlendi.', {}, { allow: ['KVKK'] })).toEqual([])
  })

  it('has at least 50 Turkish expansions', () => {
    expect(Object.keys(acronymData('tr').expansions).length).toBeGreaterThanOrEqual(50)
  })
})

describe('acronym (tr): does not fire', () => {
  it.each([
    ['TL, KDV, SMS (e-commerce)', 'Merhaba Ayşe Hanım,\n\nTutar 150 TL + KDV olarak SMS ile gönderildi.'],
    ['IBAN, EFT (bank)', 'Merhaba Mehmet Bey,\n\nİadeniz IBAN numaranıza EFT ile yapıldı.'],
    ['PTT, ATM with suffixes (bank)', 'Can Bey, PTT şubesinden ya da ATM’den kartınızı alabilirsiniz.'],
    ['defined in brackets, Turkish letters (e-commerce)', 'Katma Değer Vergisi (KDV) ve Özel Tüketim Vergisi (ÖTV) fiyata dahildir.'],
    ['defined with yani (airline)', 'PNR, yani rezervasyon kodunuz, biletinizin üstünde yazar.'],
    ['a promo code (e-commerce)', 'Deniz Hanım, kampanya kodu YAZ25 ile indirim alabilirsiniz.'],
    ['THY, ABD (airline)', 'Zeynep Hanım, THY uçuşunuz ABD’ye aktarmasız.'],
    ['acronyms customers know (GSM)', 'SGK ve MERNİS kayıtlarınız güncel, IMEI kaydınız da tamam; ADSL hattınız aktif.'],
    ['shouted words are shouting’s business (GSM)', 'HESABINIZ KAPATILDI VE İPTAL EDİLDİ.'],
    ['a carrier in capitals (cargo)', 'Siparişiniz YURTİÇİ KARGO ile yola çıktı.'],
    ['store brands (e-commerce)', 'BİM ve ŞOK mağazalarında geçerli, TTNET hatları etkilenmedi.'],
    ['loanword onsets (e-commerce)', 'TREN seferleri iptal, SPOR salonu kapalı.'],
  ])('is silent on %s', (_label, text) => {
    expect(actuals(text)).toEqual([])
  })

  it('is silent when the customer used the acronym first', () => {
    expect(actuals('MNP işleminiz 3 gün sürecek.', { customer: { message: 'mnp başvurum ne durumda?' } })).toEqual([])
  })
})
