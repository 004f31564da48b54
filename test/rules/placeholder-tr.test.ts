/** `placeholder` is language-independent: it works unchanged on Turkish replies. */
import { describe, expect, it } from 'vitest'
import { createLinter } from '../../src/linter.js'
import type { ReplyContext } from '../../src/types.js'

const linter = createLinter()
const found = (text: string, ctx: ReplyContext = {}) => linter.lintSync(text, { language: 'tr', ...ctx }).messages.filter((m) => m.ruleId === 'placeholder')
const actual = (text: string, ctx: ReplyContext = {}) => found(text, ctx).map((m) => m.actual)

describe('placeholder (tr): fires', () => {
  it.each([
    ['Liquid first name', 'Merhaba {{ad}},\n\nSiparişiniz kargoya verildi.', '{{ad}}'],
    ['Liquid field path', 'Merhaba {{musteri.ad}} {{musteri.soyad}}, hattınız açıldı.', '{{musteri.ad}}|{{musteri.soyad}}'],
    ['bracket label with Turkish letters', 'Sayın [Müşteri Adı],\n\nKredi kartı başvurunuz onaylandı.', '[Müşteri Adı]'],
    ['order number label', 'Sipariş numaranız [Sipariş No] ile iade talebiniz oluşturuldu.', '[Sipariş No]'],
    ['cargo tracking label', 'Kargo takip numaranız: [Kargo Takip No]. İyi günler dileriz.', '[Kargo Takip No]'],
    ['discount code label', 'Bir sonraki alışverişinizde [İndirim Kodu] kodunu kullanabilirsiniz.', '[İndirim Kodu]'],
    ['date label', 'Uçuşunuz [Tarih] tarihine alındı.', '[Tarih]'],
    ['XXX blank before TL', 'İade tutarı olan XXX TL kartınıza yansıyacaktır.', 'XXX'],
    ['percent dialect', 'Sayın %AD_SOYAD%, faturanız ekte.', '%AD_SOYAD%'],
  ])('%s', (_label, text, expected) => {
    expect(actual(text).join('|')).toBe(expected)
  })

  it('reports exact positions and fills a Turkish first-name field from customer.name', () => {
    const text = 'Merhaba {{ad}},\n\nSiparişiniz kargoya verildi.'
    const [m] = found(text, { customer: { name: 'Ayşe Yılmaz' } })
    expect(m).toMatchObject({ severity: 'error', line: 1, column: 9, offset: 8, endOffset: 14, suggestions: ['Ayşe'], fix: { offset: 8, endOffset: 14, text: 'Ayşe' } })
  })

  it('fills full-name and surname fields with the right part of the name', () => {
    const ctx = { customer: { name: 'Ayşe Yılmaz' } }
    expect(found('Sayın [Müşteri Adı], başvurunuz onaylandı.', ctx)[0]!.fix!.text).toBe('Ayşe Yılmaz')
    expect(found('Sayın [Ad Soyad], başvurunuz onaylandı.', ctx)[0]!.fix!.text).toBe('Ayşe Yılmaz')
    expect(found('Sayın {{musteri.soyad}}, başvurunuz onaylandı.', ctx)[0]!.fix!.text).toBe('Yılmaz')
    expect(linter.fixSync('Merhaba {{ad}}, [Ürün Adı] ürününüz yolda.', { language: 'tr', ...ctx })).toBe('Merhaba Ayşe, [Ürün Adı] ürününüz yolda.')
  })
})

describe('placeholder (tr): does not fire', () => {
  it.each([
    ['masked card number', 'Kartınız XXXX XXXX XXXX 4417 ile yapılan ödeme iade edildi.'],
    ['footnote', 'Kampanya koşulları [1] geçerlidir.'],
    ['percentages', 'Tüm ürünlerde %20 indirim ve üyelere ek %10 var.'],
    ['quoted merge tag explained to a colleague', 'Şablonda adın geleceği yere "{{ad}}" yazmanız yeterli.'],
    ['lowercase xxx', 'Çok teşekkürler, xxx'],
    ['a bracketed aside', 'Paketiniz [yarın sabah] dağıtıma çıkacak.'],
  ])('is silent on %s', (_label, text) => {
    expect(actual(text)).toEqual([])
  })
})
