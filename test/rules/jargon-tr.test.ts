/**
 * `jargon` on Turkish replies: the team's English loanwords (ticket, eskale, refund, cache,
 * login), banking, insurance, cargo and airline terms (provizyon, ters ibraz, rücu, desi, PIR
 * kaydı) and Ottoman-bureaucratic wording (tarafınıza, istinaden, mezkûr); and the words customers
 * see every day (taahhüt, cayma bedeli, dağıtıma çıkarıldı, asgari ödeme tutarı, reset tuşu).
 */
import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { jargonData } from '../../rules/jargon/lexicon.js'
import type { ReplyContext } from '../../src/types.js'

const tr = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>) => only('jargon', text, { language: 'tr', ...ctx }, options)
const actuals = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>) => tr(text, ctx, options).map((m) => m.actual)

describe('jargon (tr): fires', () => {
  it('flags support-tool loanwords with positions and Turkish alternatives (e-commerce)', () => {
    const text = 'Merhaba Ayşe Hanım,\n\nTicket’ınız ikinci seviye destek ekibine eskale edildi.\n\nSaygılarımızla,\nMehmet'
    const found = tr(text)
    expect(found.map((m) => [m.actual, m.line, m.column, m.suggestions])).toEqual([
      ['Ticket’ınız', 3, 1, ['Destek talebi', 'Talep']],
      ['ikinci seviye destek', 3, 13, ['uzman ekibimiz']],
      ['eskale edildi', 3, 42, ['uzman ekibimize iletildi']],
    ])
    expect(found[0]!.message).toBe('“Ticket’ınız” is jargon a customer may not know; say “Destek talebi” or “Talep” instead.')
    expect(found.every((m) => m.fix === undefined)).toBe(true)
  })

  it('fixes a loanword with one plain form, capitalised with the Turkish İ (e-commerce)', () => {
    const [m] = tr('Refund işleminiz tamamlandı.')
    expect(m).toMatchObject({ actual: 'Refund', suggestions: ['İade'], fix: { offset: 0, endOffset: 6, text: 'İade' } })
  })

  it('suggests but does not fix an inflected form (e-commerce)', () => {
    const [m] = tr('Sellerımız ürünü yarın kargolayacak.')
    expect(m).toMatchObject({ actual: 'Sellerımız', suggestions: ['Satıcı'] })
    expect(m!.fix).toBeUndefined()
  })

  it('fixes bureaucratic wording where the rewrite fits as is (cargo)', () => {
    const [m] = tr('Takip numarası tarafınıza iletilecektir.')
    expect(m).toMatchObject({ actual: 'tarafınıza', suggestions: ['size'], fix: { text: 'size' } })
    expect(m!.message).toBe('“tarafınıza” is stiff, bureaucratic wording; “size” says the same more plainly.')
  })

  it.each([
    ['provizyon (bank)', 'Merhaba Mehmet Bey,\n\nKartınızdaki provizyon 7 gün içinde kalkacaktır.\n\nSaygılarımızla,\nMehmet', ['provizyon']],
    ['ters ibraz (bank)', 'Merhaba Can Bey,\n\nHarcamanız için ters ibraz süreci başlatıldı.', ['ters ibraz']],
    ['port arızası (GSM)', 'Deniz Hanım, santralde port arızası var, teknisyen yarın gelecek.', ['port arızası']],
    ['istinaden, mezkûr (e-commerce)', 'Merhaba Elif Hanım,\n\nTalebinize istinaden mezkûr sipariş iptal edilmiştir.', ['istinaden', 'mezkûr']],
    ['cache with a suffix, login (e-commerce)', 'Onur Bey, cache’i temizleyip tekrar login olabilir misiniz?', ['cache’i', 'login olabilir']],
    ['PIR in capitals (airline)', 'Zeynep Hanım, bagajınız için PIR kaydı açıldı.', ['PIR kaydı']],
    ['muafiyet tutarı, rücu (insurance)', 'Muafiyet tutarı düşüldükten sonra rücu süreci başlatılacaktır.', ['Muafiyet tutarı', 'rücu']],
    ['desi with a case ending (cargo)', 'Kargo ücreti desiye göre hesaplanır.', ['desiye']],
    ['reset atın (GSM)', 'Modeminize reset atın, sonra tekrar deneyin.', ['reset atın']],
    ['valör (bank)', 'Ödemeniz valör tarihinde hesabınıza geçer.', ['valör']],
  ])('flags %s', (_label, text, expected) => {
    expect(actuals(text)).toEqual(expected)
  })

  it('gives the matching form of the plain verb (e-commerce)', () => {
    expect(tr('Lütfen login olun.')[0]!.suggestions).toEqual(['giriş yapın'])
  })

  it('has at least 50 Turkish entries', () => {
    const data = jargonData('tr')
    expect(Object.keys(data.glossary).length + Object.keys(data.wordy.keep).length).toBeGreaterThanOrEqual(50)
  })
})

describe('jargon (tr): does not fire', () => {
  it.each([
    ['tracking by SMS (cargo)', 'Merhaba Ayşe Hanım,\n\nSiparişiniz kargoya verildi, takip numarası SMS ile gelecek.'],
    ['a port cable (GSM)', 'Deniz Hanım, modeminizin arkasındaki port kablosunu takabilir misiniz?'],
    ['taahhüt ederiz: we pledge (GSM)', 'Bu konuda gereken her şeyi yapacağımızı taahhüt ederiz.'],
    ['Turkish words for cookies and browser (e-commerce)', 'Can Bey, çerezleri silip tarayıcıyı yeniden açabilir misiniz?'],
    ['open ticket in Turkish (airline)', 'Biletiniz açık bilete çevrildi; bir yıl içinde dilediğiniz tarihte kullanabilirsiniz.'],
    ['tracking-page words (cargo)', 'Bugün kargoya verilecek; paketiniz transfer merkezinde, yarın dağıtıma çıkarılacak.'],
    ['the RESET button (GSM)', 'Modeminizin arkasındaki reset tuşuna 10 saniye basılı tutun.'],
    ['contract words customers know (GSM)', 'Taahhüdünüz haziranda bitiyor, cayma bedeli yansımayacak.'],
    ['statement words (bank)', 'Asgari ödeme tutarını ödediğiniz için gecikme faizi yansımadı.'],
    ['sistemsel: ordinary (e-commerce)', 'Sistemsel bir hata nedeniyle sipariş iptal oldu.'],
    ['a saint’s name (e-commerce)', 'Pir Sultan Abdal kitabı stokta.'],
    ['a lost parcel (cargo)', 'Paket kaybı yaşandığı için ücretinizi iade ettik.'],
    ['bugün is not bug (GSM)', 'Arıza bugün giderilecek.'],
  ])('is silent on %s', (_label, text) => {
    expect(actuals(text)).toEqual([])
  })

  it('is silent when the customer used the term first, in any form', () => {
    const customer = { message: 'Kartımda 500 TL provizyonu var, ticket’ım da kapanmış.' }
    expect(actuals('Provizyon 7 gün içinde kalkacak, ticket numaranızı da güncelledik.', { customer })).toEqual([])
  })

  it('can be extended and trimmed from options', () => {
    expect(actuals('Desi hesabı ve onboarding süreci tamam.', {}, { ignore: ['desi'], add: { 'hesap kesimi': 'ekstre tarihi' } })).toEqual(['onboarding süreci'])
    expect(actuals('Hesap kesimi ayın 5’inde.', {}, { add: { 'hesap kesimi': 'ekstre tarihi' } })).toEqual(['Hesap kesimi'])
    expect(actuals('Hesap kesiminiz ayın 5’inde.', {}, { add: { 'hesap kesim+': 'ekstre tarihi' } })).toEqual(['Hesap kesiminiz'])
  })
})

describe('jargon (Turkish): one rule per formula (blind draft)', () => {
  it('leaves the wrapper formula “Bilgilerinize sunarız.” to verbosity', () => {
    const text = 'Merhaba Nur Hanım,\n\nSiparişiniz bugün kargoya verildi.\n\nBilgilerinize sunarız.\n\nSaygılarımızla,\nEvim'
    expect(only('jargon', text, { channel: 'email', language: 'tr' })).toEqual([])
    expect(only('verbosity', text, { channel: 'email', language: 'tr' }).map((m) => [m.ruleId, m.actual])).toEqual([['verbosity', 'Bilgilerinize sunarız.']])
  })
})
