/**
 * `informal` on Turkish replies: chat shorthand (slm, mrb, tşk, tmm, nbr, knk, kib), slang
 * (kanka, yaa, valla), careless spellings (birşey, malesef), emoji in e-mail; and the words that
 * only look like them (`ya … ya da`, Abidin, LAN, `tel örgü`, `OK tuşu`, NBR conta, TSK).
 */
import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import type { ReplyContext } from '../../src/types.js'

const tr = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>) => only('informal', text, { language: 'tr', channel: 'chat', ...ctx }, options)
const actuals = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>) => tr(text, ctx, options).map((m) => m.actual)

describe('informal (tr): fires', () => {
  it('flags `slm` with its position and the formal fix (cargo chat)', () => {
    const text = 'slm Can Bey, kartınız yarın kargoda.'
    const [m, ...rest] = tr(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'informal', actual: 'slm', line: 1, column: 1, suggestions: ['Merhaba'], fix: { offset: 0, endOffset: 3, text: 'Merhaba' } })
    expect(m!.message).toBe('“slm” is text-speak or slang, too casual for a professional reply: write “Merhaba”.')
  })

  it('flags `tşk` at the end of a GSM chat with its column, lower-casing the rewrite mid-sentence', () => {
    const [m] = tr('Onur Bey hesabınız açıldı, tşk.')
    expect(m).toMatchObject({ actual: 'tşk', column: 28, suggestions: ['teşekkürler'], fix: { text: 'teşekkürler' } })
    expect(tr('Tşk, hesabınız açıldı.')[0]!.fix!.text).toBe('Teşekkürler')
  })

  it('flags address words with nothing to replace them (e-commerce social)', () => {
    const [m] = tr('kanka paketin yarın kapında', { channel: 'social' })
    expect(m).toMatchObject({ actual: 'kanka', suggestions: [] })
    expect(m!.fix).toBeUndefined()
    expect(m!.message).toMatch(/: leave it out\.$/)
  })

  it('flags emoji in an e-mail only', () => {
    const text = 'Merhaba Ayşe Hanım,\n\nSiparişiniz yolda 😊\n\nSaygılarımızla,\nMehmet'
    expect(tr(text, { channel: 'email' }).map((m) => m.actual)).toEqual(['😊'])
    expect(actuals('Siparişiniz yolda 😊')).toEqual([])
  })

  it('fixes careless spellings, keeping the capital (e-commerce)', () => {
    expect(tr('Malesef kampanya bitti, birşey yapamıyoruz.').map((m) => [m.actual, m.fix?.text])).toEqual([
      ['Malesef', 'Maalesef'],
      ['birşey', 'bir şey'],
    ])
    expect(tr('Malesef kampanya bitti.')[0]!.message).toMatch(/common misspelling/)
  })

  it.each([
    ['mrb (GSM)', 'mrb Deniz Hanım, arıza bugün giderilecek.', 'mrb', 'Merhaba'],
    ['tmm (e-commerce)', 'tmm Emre Bey, adresinizi güncelledim.', 'tmm', 'Tamam'],
    ['knk (e-commerce)', 'knk siparişin yolda, yarın gelir.', 'knk', undefined],
    ['yaa (e-commerce)', 'Gizem Hanım yaa çok üzüldük, yenisini gönderiyoruz.', 'yaa', undefined],
    ['kib (bank)', 'Selin Hanım faturanız düzeltildi, kib.', 'kib', 'kendinize iyi bakın'],
    ['Tskler typed without Turkish letters (airline)', 'Tskler, iyi günler.', 'Tskler', 'Teşekkürler'],
    ['nbr, a suggestion only (GSM)', 'nbr Ahmet Bey, hattınız açıldı.', 'nbr', undefined],
    ['a dropped-letter future (cargo)', 'Kuryeye bakıcam, dönüş yapacağım.', 'bakıcam', 'bakacağım'],
    ['lan in lower case (GSM)', 'Sistem hatası lan, düzelttik.', 'lan', undefined],
  ])('flags %s', (_label, text, expected, fix) => {
    const found = tr(text)
    expect(found.map((m) => m.actual)).toEqual([expected])
    expect(found[0]!.fix?.text).toBe(fix)
  })

  it('flags tamamdır only in e-mail (cargo)', () => {
    expect(actuals('Merhaba Kemal Bey,\n\nTamamdır, iadenizi yaptık.\n\nİyi günler', { channel: 'email' })).toEqual(['Tamamdır'])
    expect(actuals('Tamamdır, iadenizi yaptık.')).toEqual([])
  })

  it('flags `sen` for `siz` only when the pronouns option is on (bank)', () => {
    const text = 'Sana yeni kartını yarın gönderiyoruz.'
    expect(actuals(text)).toEqual([])
    const [m] = tr(text, {}, { pronouns: true })
    expect(m).toMatchObject({ actual: 'Sana', suggestions: ['Size'] })
    expect(m!.fix).toBeUndefined()
  })
})

describe('informal (tr): does not fire', () => {
  it.each([
    ['ya … ya da (e-commerce)', 'Merhaba Ayşe Hanım,\n\nYa kartınızla ya da havaleyle ödeyebilirsiniz.\n\nSaygılarımızla,\nMehmet', 'email'],
    ['a name that starts with abi (e-commerce)', 'Merhaba Abidin Bey,\n\nSiparişiniz yolda.\n\nSaygılarımızla,\nMehmet', 'email'],
    ['LAN in capitals and in lower case before kablosu (GSM)', 'Deniz Hanım, LAN kablosunu modemin sarı girişine takabilir misiniz? lan kablosu yoksa Wi-Fi de olur.', 'chat'],
    ['tel: wire (e-commerce)', 'Kemal Bey, tel örgü siparişiniz yarın kargoda.', 'chat'],
    ['a signature line (bank)', 'Saygılarımızla,\nMüşteri Hizmetleri\nTel: 0212 555 55 55', 'email'],
    ['ok: an arrow key (GSM)', 'Can Bey, ekrandaki OK tuşuna, sonra sağ ok tuşuna basabilir misiniz?', 'chat'],
    ['NBR: nitrile rubber (e-commerce)', 'NBR conta siparişiniz kargoya verildi.', 'email'],
    ['TSK: the armed forces (airline)', 'TSK mensuplarına özel indirimimiz devam ediyor.', 'email'],
    ['aynen: exactly (e-commerce)', 'Merhaba Aga Bey,\n\nÜrün aynen teslim aldığınız gibi iade edilir.', 'email'],
    ['short labels (cargo)', 'Ürünü A blok B kapısından teslim alabilirsiniz.', 'chat'],
    ['a customer name that is slang elsewhere (bank)', 'Reis Bey, kartınız hazır.', 'chat'],
  ])('is silent on %s', (_label, text, channel) => {
    expect(actuals(text, { channel: channel as ReplyContext['channel'], customer: { name: _label.includes('customer name') ? 'Reis Kaya' : undefined } })).toEqual([])
  })
})
