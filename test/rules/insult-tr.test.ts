/**
 * `insult` on Turkish replies: stems with their endings (aptalsınız, salağın, beyinsizler),
 * insulting phrases (`saçma bir talep`, `mal mısınız`), and the words that only look insulting
 * (malınız, kafasız vida, adi ortaklık) or are the agent owning a slip (`aptalca bir hata yaptık`).
 */
import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import type { ReplyContext } from '../../src/types.js'

const tr = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>) => only('insult', text, { language: 'tr', ...ctx }, options)
const actuals = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>) => tr(text, ctx, options).map((m) => m.actual)

describe('insult (tr): fires', () => {
  it('flags `saçma bir talep` in an e-commerce e-mail with its position and a neutral rewrite', () => {
    const text = 'Merhaba Ayşe Hanım,\n\nBu saçma bir talep, iade süresi çoktan geçmiş.\n\nSaygılarımızla,\nMehmet'
    const [m, ...rest] = tr(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'insult', actual: 'saçma bir talep', line: 3, column: 4, suggestions: ['alışılmadık bir talep', 'karşılayamadığımız bir talep'] })
    expect(text.slice(m!.offset, m!.endOffset)).toBe('saçma bir talep')
    expect(m!.fix).toBeUndefined()
    expect(m!.message).toBe("Don't use “saçma bir talep”: it is demeaning when said about the customer, their request or the situation. Say “alışılmadık bir talep” or reword.")
  })

  it('flags an inflected phrase: `saçma bir talebiniz` (consonant softening)', () => {
    expect(actuals('Emre Bey, bu gerçekten saçma bir talebiniz; kampanya fiyatı geri verilemez.')).toEqual(['saçma bir talebiniz'])
  })

  it('flags `salak mısınız` in a GSM chat, at its column, as an error', () => {
    const [m] = tr('Modemi fişten çekip takmak bu kadar zor olmamalı, salak mısınız?', { channel: 'chat' })
    expect(m).toMatchObject({ actual: 'salak', column: 51, suggestions: [] })
    expect(m!.message).toMatch(/Remove it or reword the sentence\.$/)
  })

  it.each([
    ['gerizekalı about a third party (airline)', 'Zeynep Hanım, bagaj etiketini okuyamayan gerizekalı biri yazmış adresi.', 'gerizekalı'],
    ['beyinsiz (insurance)', 'Merhaba Mehmet Bey,\n\nFormu beyinsiz gibi doldurmuşsunuz, tekrar doldurun.\n\nSelin', 'beyinsiz'],
    ['ahmak (bank)', 'Onur Bey, şifrenizi paylaşacak kadar ahmak olmayın.', 'ahmak'],
    ['saçmalıyorsunuz (e-commerce)', 'Merhaba Elif Hanım,\n\nSaçmalıyorsunuz, ürün hasarsız teslim edildi.\n\nBurak', 'Saçmalıyorsunuz'],
    ['mal mısınız (cargo)', 'Emre Bey, mal mısınız, adresi yanlış yazmışsınız.', 'mal mısınız'],
    ['a genitive: salağın teki (cargo)', 'Kurye salağın teki, adresi bulamamış; yarın başka kurye gelecek.', 'salağın'],
    ['a derived noun with a possessive: aptallığınız (bank)', 'Aptallığınız yüzünden kartınız bloke oldu.', 'Aptallığınız'],
    ['a copula: cahilsiniz (bank)', 'Ne kadar cahilsiniz, IBAN numarası TR ile başlar.', 'cahilsiniz'],
    ['capitals with a Turkish I (GSM)', 'Sizin gibi SALAK müşterilerle uğraşamayız.', 'SALAK'],
    ['bare saçma at the end of a clause (airline)', 'Bu talebiniz gerçekten saçma.', 'saçma'],
  ])('flags %s', (_label, text, expected) => {
    expect(actuals(text)).toEqual([expected])
  })

  it('accepts extra words and ignores from options, with Turkish endings', () => {
    expect(actuals('Kurye tam bir hımbıl, paketi yine getirmedi.', {}, { add: ['hımbıl'] })).toEqual(['hımbıl'])
    expect(actuals('Kurye cahilin teki çıktı.', {}, { ignore: ['cahil+'] })).toEqual([])
  })
})

describe('insult (tr): does not fire', () => {
  it.each([
    ['mal: goods (e-commerce)', 'Merhaba Ayşe Hanım,\n\nMalınız kargoya verildi ve yarın teslim edilecek.\n\nSaygılarımızla,\nMehmet'],
    ['odun: firewood (e-commerce)', 'Kemal Bey, odun ve kömür siparişiniz yarın teslim edilecek.'],
    ['adi ortaklık: a legal term (bank)', 'Merhaba Leyla Hanım,\n\nAdi ortaklık hesabınız için iki ortağın imzası gerekir.\n\nSaygılarımızla,\nBanka'],
    ['ayı: a bear print (e-commerce)', 'Merve Hanım, ayı figürlü çocuk pijaması yeniden stokta.'],
    ['kafasız vida: a headless screw (e-commerce)', 'Serkan Bey, kafasız vida setini yarın kargoya veriyoruz.'],
    ['our own delay (insurance)', 'Merhaba Gökhan Bey,\n\nSaçma sapan bir gecikme yaşattık, özür dileriz. Poliçeniz bugün yenilendi.\n\nNazlı'],
    ['a negation after the phrase (GSM)', 'Hiç de saçma bir talep değil, hemen işleme alıyoruz.'],
    ['owning our slip (cargo)', 'Aptalca bir hata yaptık, kusura bakmayın; iadeniz yapıldı.'],
    ['the agent about themself (e-commerce)', 'Ben de salağım, yanlış linki göndermişim. Doğrusu burada.'],
    ['a book title (e-commerce)', 'Cahil Cesareti kitabı stokta, yarın kargoda.'],
    ['no stupid questions (bank)', 'Aptal soru diye bir şey yoktur, sorduğunuz için teşekkürler.'],
    ['zavallı about a cat (pet shop)', 'Zavallı kedinin mamasını hemen gönderiyoruz.'],
    ['quoting the customer inline (cargo)', '“Salak mısınız” demişsiniz; kurye hakkında şikayet kaydı açtık.'],
    ['hunting pellets (e-commerce)', 'Av saçması siparişiniz kargoda.'],
    ['words sharing a stem’s first letters (health)', 'Saatler içinde sağlık raporunuz sisteme yüklenecek, salı günü hazır olur.'],
  ])('is silent on %s', (_label, text) => {
    expect(actuals(text)).toEqual([])
  })

  it('leaves English drafts to the English list (an English reply quoting a Turkish word)', () => {
    expect(only('insult', 'Hi Can, the courier wrote "aptal" on the box and we have reported him.', { language: 'en' })).toEqual([])
  })
})

describe('insult (tr): "mal" as name-calling, not goods (issue 16)', () => {
  it('flags "mal gibi" aimed at the customer and leaves goods alone', () => {
    expect(only('insult', 'Ahmet Bey, formu mal gibi doldurmuşsunuz.', { language: 'tr' }).map((m) => m.actual)).toEqual(['mal gibi'])
    expect(only('insult', 'Ahmet Bey, mal kabul tutanağını imzaladık, mallarınız depoda.', { language: 'tr' })).toEqual([])
  })
})
