/**
 * `condescension` on Turkish replies: reminders that the customer was told before, blame, tone
 * policing and non-apologies, each with a friendlier Turkish rewrite; and the neutral look-alikes
 * (`daha önce görüştüğümüz gibi`, `size ilettik`, `bu sizin hatanız değil`, `kusura bakmayın ama`).
 */
import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import type { ReplyContext } from '../../src/types.js'

const tr = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>) => only('condescension', text, { language: 'tr', ...ctx }, options)
const actuals = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>) => tr(text, ctx, options).map((m) => m.actual)

describe('condescension (tr): fires', () => {
  it('flags `Size zaten söyledim` with its position and Turkish rewrites (e-commerce)', () => {
    const text = 'Merhaba Ayşe Hanım,\n\nSize zaten söyledim, iade süresi 14 gündür.\n\nSaygılarımızla,\nMehmet'
    const [m, ...rest] = tr(text, { followup: true })
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'condescension', severity: 'warning', actual: 'Size zaten söyledim', line: 3, column: 1, suggestions: ['Özetlemek gerekirse', 'Kısaca hatırlatmak isterim'] })
    expect(text.slice(m!.offset, m!.endOffset)).toBe('Size zaten söyledim')
    expect(m!.message).toBe('“Size zaten söyledim” reads as impatience: it reminds the customer they were told before. Try “Özetlemek gerekirse” instead.')
    expect(m!.fix).toBeUndefined()
  })

  it('flags `Daha önce de belirttiğim gibi` at the start of a clause (GSM)', () => {
    const [m] = tr('Merhaba Mehmet Bey,\n\nDaha önce de belirttiğim gibi, taahhüdünüz haziranda bitiyor.\n\nSaygılarımızla,\nSeda')
    expect(m).toMatchObject({ actual: 'Daha önce de belirttiğim gibi', line: 3, column: 1, suggestions: ['Özetle', 'Kısaca tekrar edersem'] })
  })

  it('lower-cases a rewrite mid-sentence and capitalises it with the Turkish İ', () => {
    const [m] = tr('Can Bey, bunu bilmeniz gerekirdi, kart aidatı sözleşmede yazıyor.')
    expect(m).toMatchObject({ actual: 'bunu bilmeniz gerekirdi', column: 10, suggestions: ['bu bilgiyi daha görünür kılmalıyız', 'bu ayrıntı gözden kaçabiliyor'] })
    const [n] = tr('Mesajlarımızı hiç okumuyorsunuz. İyi günler.', {}, { add: { 'hiç okumuyorsunuz': 'iletişimimizi kolaylaştıralım' } })
    expect(n).toMatchObject({ actual: 'hiç okumuyorsunuz', suggestions: ['iletişimimizi kolaylaştıralım'] })
    const [o] = tr('Hiç okumuyorsunuz.', {}, { add: { 'hiç okumuyorsunuz': 'iletişimimizi kolaylaştıralım' } })
    expect(o!.suggestions).toEqual(['İletişimimizi kolaylaştıralım'])
    expect(o!.message).toMatch(/can come across as condescending/)
  })

  it.each([
    ['tone policing (GSM)', 'Deniz Hanım, lütfen sakin olun, arıza bugün giderilecek.', 'lütfen sakin olun'],
    ['blaming someone else (e-commerce)', 'Merhaba Elif Hanım,\n\nBu bizim hatamız değil, kargo firması geç teslim etti.\n\nSaygılarımızla,\nMehmet', 'Bu bizim hatamız değil'],
    ['a non-apology (airline)', 'Merhaba Hakan Bey,\n\nÜzüldüyseniz özür dileriz, ancak kurallar böyle.\n\nSaygılarımızla,\nMehmet', 'Üzüldüyseniz özür dileriz'],
    ['did you not read (bank)', 'Onur Bey, sözleşmeyi okumadınız mı? Kart aidatı orada yazıyor.', 'sözleşmeyi okumadınız mı'],
    ['blaming the customer (cargo)', 'Zeynep Hanım, bu sizin hatanız, etiketi yanlış doldurmuşsunuz.', 'bu sizin hatanız'],
    ['per my last e-mail (insurance)', 'Önceki e-postamda da belirttiğim gibi, hasar dosyanız onaylandı.', 'Önceki e-postamda da belirttiğim gibi'],
    ['you should have checked (e-commerce)', 'Sipariş vermeden önce beden tablosuna bakmanız gerekirdi.', 'bakmanız gerekirdi'],
    ['no need to shout (GSM)', 'Bağırmanıza gerek yok, size yardımcı olmaya çalışıyoruz.', 'Bağırmanıza gerek yok'],
    ['not our fault, formally (cargo)', 'Gecikme firmamızdan kaynaklanmamaktadır.', 'firmamızdan kaynaklanmamaktadır'],
    ['you are the only one (airline)', 'Şikayet eden tek müşteri sizsiniz.', 'Şikayet eden tek müşteri sizsiniz'],
    ['a stem with endings: dikkatsizliğinizden (bank)', 'Dikkatsizliğinizden dolayı kartınız bloke oldu.', 'Dikkatsizliğinizden'],
    ['take it or leave it (GSM)', 'Beğenmiyorsanız başka operatöre geçebilirsiniz.', 'Beğenmiyorsanız başka operatöre'],
    ['do you understand, at the end (bank)', 'Ödeme 15’inde alınır. Anladınız mı?', 'Anladınız mı'],
  ])('flags %s', (_label, text, expected) => {
    expect(actuals(text)).toEqual([expected])
  })

  it('can drop an entry by id', () => {
    expect(actuals('Deniz Hanım, lütfen sakin olun.', {}, { ignore: ['sakin-olun'] })).toEqual([])
  })
})

describe('condescension (tr): does not fire', () => {
  it.each([
    ['tabii ki: friendly (e-commerce)', 'Merhaba Ayşe Hanım,\n\nTabii ki hemen yardımcı olalım: iadeniz bugün yapıldı.\n\nSaygılarımızla,\nMehmet'],
    ['as discussed: neutral (bank)', 'Merhaba Mehmet Bey,\n\nDaha önce görüştüğümüz gibi iadenizi bugün yaptık.\n\nSaygılarımızla,\nMehmet'],
    ['owning the mistake (bank)', 'Can Bey, bu bizim hatamız, özür dileriz. Kartınız yarın elinizde.'],
    ['not your fault (GSM)', 'Deniz Hanım, bu sizin hatanız değil, sistemde bir sorun oluştu.'],
    ['a reminder (utilities)', 'Merhaba Elif Hanım,\n\nHatırlatmak isteriz: son ödeme tarihi 15 Mart.\n\nSaygılarımızla,\nMehmet'],
    ['we sent it to you (GSM)', 'Yeni şifrenizi size SMS ile ilettik; faturanızı da size ilettik.'],
    ['worth knowing, in the present (e-commerce)', 'Bunu bilmeniz gerekir: iade süresi 14 gündür.'],
    ['reassurance (bank)', 'Bu çok kolay bir işlem, ayarlardan yapabilirsiniz. Bu kadar basit bir işlem için şubeye gelmenize gerek yok.'],
    ['a polite “sorry, but” (airline)', 'Kusura bakmayın ama bu işlemi telefonda yapamıyoruz.'],
    ['as mentioned above (cargo)', 'Yukarıda belirttiğim gibi, kargonuz yarın gelecek.'],
    ['sakin: a quiet spot (GSM)', 'Sakin bir köşede kurulum yapmanızı öneririz.'],
    ['our own misunderstanding (e-commerce)', 'Sizi yanlış anladıysam özür dilerim.'],
    ['büyütmek: enlarging a photo (e-commerce)', 'Fotoğrafı büyütmeyin, orijinal boyutta gönderin.'],
    ['a question about attempts (bank)', 'Kaç kez denediniz? Üç kez denediyseniz kart bloke olur.'],
    ['a diagnosis, not blame (GSM)', 'Hata sizin cihazınızdan değil, altyapıdan kaynaklanıyor.'],
    ['a courtesy formula (airline)', 'Anlayışınız için teşekkür ederiz, bildiğiniz gibi kampanya dün bitti.'],
  ])('is silent on %s', (_label, text) => {
    expect(actuals(text)).toEqual([])
  })
})

describe('condescension (tr): classes missed on blind drafts (issue 16)', () => {
  it.each([
    ['"you must not have understood" before repeating', 'Derya Hanım, anlamamışsınız galiba, adımları tekrar yazıyorum.', 'anlamamışsınız galiba'],
    ['"we already sent it to you"', 'Merhaba Oya Hanım, sözleşmeyi size zaten ilettik, gelen kutunuza bakabilirsiniz.', 'size zaten ilettik'],
    ['"of course" with "we already told you"', 'Merhaba Selin Hanım, tabii ki daha önce belirttik, iade süresi 14 gündür.', 'tabii ki daha önce belirttik'],
    ['"how many times will we explain"', 'Kemal Bey, kaç kere anlatacağız bilmiyorum ama şifre e-postada yazıyor.', 'kaç kere anlatacağız'],
    ['"calm down" after "first of all"', 'Merhaba Erkan Bey, öncelikle sakin olmanızı rica ediyorum.', 'sakin olmanızı rica ediyorum'],
    ['"it is not our fault"', 'Merhaba Nil Hanım, gecikme kargodan kaynaklandı, bizim bir kusurumuz yok.', 'bizim bir kusurumuz yok'],
  ])('flags %s', (_label, text, actual) => {
    expect(actuals(text)).toEqual([actual])
  })

  it('keeps plain "of course" and "we sent it to you" silent', () => {
    expect(actuals('Merhaba Oya Hanım, tabii ki yardımcı oluruz. Faturanızı size ilettik.')).toEqual([])
  })
})
