/**
 * `vague-promise` on Turkish replies: vague time words and contact promises without a time,
 * not concrete times, requests, wishes, events, conditions, the past or attributive uses.
 */
import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { foldText, hasConcreteTime, slaTurkish, turkishDurations } from '../../rules/vague-promise/time-tr.js'
import { slaHours } from '../../rules/vague-promise/time.js'
import type { Config, ReplyContext } from '../../src/types.js'

const SLA: Config = { sla: { firstResponse: '12 hours', resolution: '48 hours' } }
const tr = (text: string, ctx: ReplyContext = {}, config: Config = {}, options?: Record<string, unknown>) => only('vague-promise', text, { language: 'tr', ...ctx }, options, config)
const actuals = (text: string, config: Config = {}) => tr(text, {}, config).map((m) => m.actual)

describe('vague-promise (tr): vague times', () => {
  it('flags “en kısa sürede” with its position and a Turkish placeholder when no SLA is set (e-commerce)', () => {
    const text = 'Merhaba Ayşe Hanım,\n\nTalebinizle ilgili en kısa sürede size dönüş yapacağız.\n\nSaygılarımızla,\nMehmet'
    const [m, ...rest] = tr(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'vague-promise', severity: 'warning', actual: 'en kısa sürede', line: 3, column: 20, suggestions: ['<süre> içinde'] })
    expect(m!.offset).toBe(text.indexOf('en kısa'))
    expect(m!.message).toBe('“en kısa sürede” is not a time the customer can plan around: say when (“<süre> içinde”).')
    expect(m!.fix).toBeUndefined()
  })

  it('runs on an auto-detected Turkish draft', () => {
    const found = only('vague-promise', 'Merhaba Ayşe Hanım, talebinizle ilgili en kısa sürede size dönüş yapacağız. İyi günler dileriz.')
    expect(found.map((m) => [m.actual, m.suggestions])).toEqual([['en kısa sürede', ['<süre> içinde']]])
  })

  it('suggests the SLA in Turkish: the resolution SLA for fixes, the first-response SLA for replies', () => {
    const [fix] = tr('En yakın zamanda arızanız giderilecektir.', {}, SLA)
    expect(fix).toMatchObject({ actual: 'En yakın zamanda', suggestions: ['48 saat içinde'] })
    expect(fix!.message).toMatch(/\(“48 saat içinde”, from your SLA\)/)
    const [reply] = tr('Birazdan size yanıt vereceğiz.', {}, SLA)
    expect(reply).toMatchObject({ actual: 'Birazdan', suggestions: ['12 saat içinde'] })
  })

  it.each([
    ['yakında (e-commerce)', 'Ürün yakında stoklarımızda olacak.', 'yakında'],
    ['birazdan (GSM chat)', 'Can Bey, birazdan sizi arayacağım.', 'birazdan'],
    ['bir ara (GSM)', 'Deniz Hanım, bir ara teknisyenimiz uğrayacak.', 'bir ara'],
    ['en kısa zamanda (airline)', 'Zeynep Hanım, bagajınız en kısa zamanda size ulaştırılacaktır.', 'en kısa zamanda'],
    ['kısa süre içinde (cargo)', 'Kargonuz kısa süre içinde teslim edilecektir.', 'kısa süre içinde'],
    ['önümüzdeki günlerde (bank)', 'Yeni kartınız önümüzdeki günlerde adresinize ulaşacaktır.', 'önümüzdeki günlerde'],
    ['ilk fırsatta (utilities)', 'Ekibimiz ilk fırsatta sayacınızı değiştirecek.', 'ilk fırsatta'],
    ['daha sonra with a future verb (games)', 'Daha sonra size bilgi vereceğiz.', 'Daha sonra'],
    ['an English-keyboard spelling', 'Paketiniz en kisa surede yola cikacak.', 'en kisa surede'],
    ['capitals typed on a Turkish keyboard', 'EN KISA SÜREDE SİZE DÖNÜŞ YAPACAĞIZ.', 'EN KISA SÜREDE'],
    ['a place name that looks like a condition (Bursa: -rsA)', 'Bursa şubemiz yakında açılacak.', 'yakında'],
    ['a noun in -mAnIz, not a request (ödemeniz: your payment)', 'Eksper raporu tamamlandı, ödemeniz bir an önce yapılacak.', 'bir an önce'],
  ])('flags %s', (_label, text, actual) => {
    expect(actuals(text)).toEqual([actual])
  })
})

describe('vague-promise (tr): promises to come back without a time', () => {
  it('flags “size dönüş yapacağız” with the time placed before it (e-commerce)', () => {
    const [m] = tr('Konuyu inceleyip size dönüş yapacağız.', {}, SLA)
    expect(m).toMatchObject({ actual: 'size dönüş yapacağız', suggestions: ['12 saat içinde size dönüş yapacağız'] })
    expect(m!.message).toBe('“size dönüş yapacağız” gives no time: say when, so the customer knows when to expect it (“12 saat içinde size dönüş yapacağız”).')
  })

  it.each([
    ['a passive promise (insurance)', 'Hasar dosyanız ilgili birime iletildi, tarafınıza dönüş sağlanacaktır.', 'tarafınıza dönüş sağlanacaktır'],
    ['a contact promise at the start (GSM)', 'Şikayetiniz kayda alındı. Sizinle iletişime geçilecektir.', 'Sizinle iletişime geçilecektir'],
    ['a third-person promise (utilities)', 'Arıza kaydınız oluşturuldu, teknisyenimiz sizi arayacak.', 'sizi arayacak'],
    ['both: only the vague word is reported (bank)', 'Talebiniz iletilmiştir, en kısa zamanda tarafınıza dönüş sağlanacaktır.', 'en kısa zamanda'],
  ])('flags %s', (_label, text, actual) => {
    expect(actuals(text)).toEqual([actual])
  })
})

describe('vague-promise (tr): promises longer than the SLA', () => {
  it('flags a reply promise longer than the first-response SLA and a fix longer than the resolution SLA', () => {
    const [reply] = tr('3 iş günü içinde size dönüş yapacağız.', {}, SLA)
    expect(reply).toMatchObject({ actual: '3 iş günü içinde', suggestions: ['12 saat içinde'] })
    expect(reply!.message).toBe('“3 iş günü içinde” is longer than your first-response SLA (12 hours): promise what the SLA commits to, or check the date with your team.')
    const [fix] = tr('Arızanız 5 iş günü içinde giderilecektir.', {}, SLA)
    expect(fix).toMatchObject({ actual: '5 iş günü içinde', suggestions: ['48 saat içinde'] })
  })

  it('does not compare bank posting times, customer deadlines or promises within the SLA', () => {
    expect(actuals('İadeniz 3-5 iş günü içinde kartınıza yansıyacaktır.', SLA)).toEqual([])
    expect(actuals('Randevunuzu 72 saat içinde iptal edebilirsiniz.', SLA)).toEqual([])
    expect(actuals('Arızanız 2 gün içinde giderilecektir.', SLA)).toEqual([])
  })

  it('takes the SLA written in Turkish too', () => {
    const [m] = tr('3 iş günü içinde size dönüş yapacağız.', {}, { sla: { firstResponse: '12 saat', resolution: '2 iş günü' } })
    expect(m).toMatchObject({ actual: '3 iş günü içinde', suggestions: ['12 saat içinde'] })
    expect(slaHours('2 iş günü')).toBe(48)
  })

  it('reads Turkish durations and renders SLA strings in Turkish', () => {
    expect(turkishDurations(foldText('iki ila üç gün içinde size döneceğiz')).map((d) => d.hours)).toEqual([72])
    expect(turkishDurations(foldText('3-5 iş günü içinde')).map((d) => d.hours)).toEqual([120])
    expect([slaTurkish('12 hours'), slaTurkish('2 business days'), slaTurkish('30 minutes')]).toEqual(['12 saat içinde', '2 iş günü içinde', '30 dakika içinde'])
  })

  it.each([
    ['24 saat içinde size dönüş yapacağız.', true],
    ['Bugün saat 17:00’ye kadar sizi arayacağız.', true],
    ['Cuma gününe kadar çözülecek.', true],
    ['12 Mart’ta uçuşunuz yeniden planlandı.', true],
    ['Kartınız iki ila üç gün içinde adresinizde.', true],
    ['48 saatte teslim edilir.', true],
    ['Pazar yerindeki satıcıya ilettik.', false],
    ['Aralıklı kesinti için inceleme yapacağız.', false],
    ['Fark 12.50 TL olarak iade edildi.', false],
  ])('reads concrete times: %s', (text, concrete) => {
    expect(hasConcreteTime(foldText(text))).toBe(concrete)
  })
})

describe('vague-promise (tr): does not fire', () => {
  it.each([
    ['a concrete time', 'Merhaba Ayşe Hanım,\n\n24 saat içinde size dönüş yapacağız.\n\nSaygılarımızla,\nMehmet'],
    ['a business-day range', 'İadeniz 3-5 iş günü içinde kartınıza yansıyacaktır.'],
    ['tomorrow', 'Can Bey, kartınız yarın kargoya verilecek.'],
    ['a time of day', 'Deniz Hanım, bugün saat 17:00’ye kadar sizi arayacağız.'],
    ['timing tied to an event', 'Ürün depoya ulaştığında size döneceğiz.'],
    ['an event clause before a comma', 'İnceleme tamamlanınca, en kısa sürede size dönüş yapacağız.'],
    ['“gelir gelmez” (as soon as)', 'Ürün stoğa girer girmez size haber vereceğiz.'],
    ['a condition', 'Ödemeniz onaylanırsa, en kısa sürede kargoya verilecek.'],
    ['a request to the customer', 'Lütfen en kısa sürede bize ulaşın; biletinizi 48 saat tutabiliyoruz.'],
    ['“rica ederiz” after a -mAnIzI request', 'Belgeleri en kısa sürede iletmenizi rica ederiz.'],
    ['something the customer can do', 'Daha sonra tekrar deneyebilirsiniz.'],
    ['something the customer must do', 'Kartınızın kapanmaması için en kısa sürede ödeme yapmanız gerekmektedir.'],
    ['a wish', 'En kısa sürede iyileşmenizi dileriz.'],
    ['a hope', 'Umarız yakında tekrar görüşürüz.'],
    ['a general statement', 'Bu tür sorunlar genellikle kısa sürede çözülür.'],
    ['the past', 'Sorununuz en kısa sürede çözüldü.'],
    ['“yakın zamanda” meaning recently', 'Yakın zamanda yaptığınız alışveriş için teşekkür ederiz.'],
    ['“bir ara çözüm” (an interim solution)', 'Size bir ara çözüm olarak yedek modem gönderiyoruz.'],
    ['“kısa bir ara” (a short break)', 'Bakım için kısa bir ara vereceğiz.'],
    ['an attributive use', 'Ürününüz yakında gelecek olan kampanyamıza dahil değil.'],
    ['a commitment verb as a participle', 'Size bilgi verecek bir yetkilimiz şu an müsait değil.'],
    ['money coming back, not a reply', 'Paranız size geri dönecek, merak etmeyin.'],
    ['a question', 'Teknisyenimizin sizi birazdan aramasını ister misiniz?'],
    ['vague words in quoted customer text', 'Siparişiniz bugün kargoya verildi.\n\n> En kısa sürede dönüş yapın, yakında tatile çıkıyorum.'],
  ])('is silent on %s', (_label, text) => {
    expect(actuals(text)).toEqual([])
  })

  it('takes extra phrases and an ignore list from the options, folded like the built-in ones', () => {
    expect(tr('Ürün bir ara stoklara girecek.', {}, {}, { ignore: ['bir ara'] })).toEqual([])
    expect(tr('Ürün önümüzdeki haftalarda stoklara girecek.', {}, {}, { add: { vague: ['önümüzdeki haftalarda'] } }).map((m) => m.actual)).toEqual(['önümüzdeki haftalarda'])
  })
})

describe('vague-promise (tr): more horizons and relative times (issue 16)', () => {
  it.each([
    ['en seri şekilde', 'Merhaba Zeynep Hanım, iadeniz en seri şekilde hesabınıza aktarılacaktır.', 'en seri şekilde'],
    ['bir an evvel', 'Merhaba Zeynep Hanım, kargonuzu bir an evvel yeni adrese yönlendireceğiz.', 'bir an evvel'],
  ])('flags %s', (_label, text, actual) => {
    expect(only('vague-promise', text, { language: 'tr' }).map((m) => m.actual)).toEqual([actual])
  })

  it('reads "yarım saat önce" as a concrete time', () => {
    expect(only('vague-promise', 'Merhaba Umut Bey, teknisyenimiz gelmeden yarım saat önce sizi arayacak.', { language: 'tr' })).toEqual([])
  })
})
