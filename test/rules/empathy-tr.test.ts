/**
 * `empathy` on Turkish replies: the customer's message shows frustration (rezalet, berbat, hâlâ
 * çalışmıyor, üçüncü kez, günlerdir, Turkish profanity, capitals) and the reply does not
 * acknowledge it (özür dileriz, kusura bakmayın, anlıyorum, yaşadığınız sorun için üzgünüz,
 * sabrınız için teşekkürler). A calm problem report needs no apology.
 */
import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import type { ReplyContext } from '../../src/types.js'

const tr = (message: string | undefined, channel: ReplyContext['channel'] = 'email', name = 'Ayşe Yılmaz'): ReplyContext => ({
  language: 'tr',
  channel,
  customer: { name, ...(message === undefined ? {} : { message }) },
})
const run = (text: string, ctx: ReplyContext) => only('empathy', text, ctx)
const APOLOGY = 'Yaşadığınız sorun için özür dileriz. '
const UNDERSTAND = 'Bu durumun ne kadar can sıkıcı olduğunu anlıyoruz. '

describe('empathy (tr): fires', () => {
  it('reports at the start of the body, after the greeting, with Turkish openings (e-commerce)', () => {
    const text = 'Merhaba Ayşe Hanım,\n\nSiparişiniz yarın saat 12:00’ye kadar teslim edilecek.\n\nSaygılarımızla,\nTrendmarket'
    const [m, ...rest] = run(text, tr('Rezalet! Siparişim hâlâ ortada yok.'))
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'empathy', severity: 'warning', actual: '', line: 3, column: 1, offset: 21, endOffset: 21, suggestions: [APOLOGY, UNDERSTAND] })
    expect(m!.fix).toBeUndefined()
    expect(m!.message).toBe('The customer is frustrated (“Rezalet”): acknowledge it before solving the problem.')
  })

  it.each([
    ['ASCII-typed “still not working” (GSM)', 'internetim hala calismiyor, dun de yazmistim', 'hala calismiyor', 'Sorunun hâlâ devam ettiği için özür dileriz. '],
    ['“third time” (e-commerce)', 'Üçüncü kez yazıyorum, iadem nerede?', 'Üçüncü kez', 'Bu konuda bize tekrar yazmak zorunda kaldığınız için özür dileriz. '],
    ['an ordinal with a dot (cargo)', '3. kez yazıyorum, kargom nerede', '3. kez', 'Bu konuda bize tekrar yazmak zorunda kaldığınız için özür dileriz. '],
    ['days of waiting (GSM)', 'Günlerdir müşteri hizmetlerine ulaşamıyorum, kimse dönüş yapmadı.', 'Günlerdir', 'Beklettiğimiz için özür dileriz, sabrınız için teşekkür ederiz. '],
    ['berbat (airline)', 'Berbat bir hizmet. Bagajım nerede?', 'Berbat', APOLOGY],
    ['an inflected stem: rezaletsiniz (bank)', 'Rezaletsiniz, kartım hâlâ gelmedi', 'hâlâ gelmedi', 'Beklettiğimiz için özür dileriz, sabrınız için teşekkür ederiz. '],
    ['a complaint threat (utility)', 'Bu fatura kabul edilemez, tüketici hakem heyetine gideceğim.', 'kabul edilemez', APOLOGY],
  ])('reports %s', (_label, message, why, first) => {
    const [m] = run('Merhaba Ayşe Hanım,\n\nTalebiniz ilgili ekibe iletildi ve yarın sonuçlanacak.', tr(message))
    expect(m!.message).toContain(`(“${why}”)`)
    expect(m!.suggestions).toEqual([first, UNDERSTAND])
  })

  it('reports Turkish profanity from the customer (cargo, social)', () => {
    const [m] = run('Paketiniz yarın dağıtıma çıkacak.', tr('kargom gelmedi amk', 'social', 'Burak Kılıç'))
    expect(m).toMatchObject({ offset: 0, suggestions: [APOLOGY, UNDERSTAND] })
    expect(m!.message).toMatch(/strong language/)
  })

  it('reports capitals typed on a Turkish keyboard (bank)', () => {
    const [m] = run('Merhaba Mehmet Bey,\n\nYeni sürüm yayında.', tr('UYGULAMANIZA GİRİŞ YAPAMIYORUM ŞİFREMİ KABUL ETMİYOR', 'email', 'Mehmet Kaya'))
    expect(m!.message).toMatch(/writing in capitals/)
  })

  it('reports an emphatic word in capitals on an English keyboard (GSM chat)', () => {
    const [m] = run('Arızanız akşam giderilecek.', tr('internet YINE gitti', 'chat', 'Deniz Aydın'))
    expect(m!.message).toMatch(/writing in capitals/)
  })
})

describe('empathy (tr): does not fire', () => {
  it.each([
    ['özür dileriz (e-commerce)', 'Merhaba Ayşe Hanım,\n\nGecikme için özür dileriz. Siparişiniz yarın teslim edilecek.', 'Rezalet! Siparişim 10 gündür gelmedi.'],
    ['kusura bakmayın (cargo chat)', 'Kusura bakmayın Fatma Hanım, kurye yarın yeniden gelecek.', 'Kurye hiç gelmedi, dalga mı geçiyorsunuz?'],
    ['anlıyorum (bank)', 'Merhaba Mehmet Bey,\n\nAnlıyorum, uygulamanın çökmesi can sıkıcı. Yeni sürüm yayında.', 'UYGULAMANIZ YİNE ÇÖKTÜ'],
    ['yaşadığınız sorun için üzgünüz (airline)', 'Merhaba Zeynep Hanım,\n\nYaşadığınız sorun için üzgünüz. Bagajınız bu akşam İzmir’e gönderilecek.', 'Berbat bir hizmet, bagajım kayıp!'],
    ['sabrınız için teşekkürler (GSM)', 'Merhaba Deniz Hanım,\n\nSabrınız için teşekkürler. Arıza akşam 18:00’e kadar giderilecek.', 'internetim hala calismiyor'],
    ['an excited customer writing in capitals (bank)', 'Merhaba Can Bey,\n\nRica ederiz, iyi günlerde kullanın.', 'SÜPER, KARTIM GELDİ, ÇOK TEŞEKKÜRLER!!!'],
    ['acronyms in capitals (utility)', 'Merhaba Selin Hanım,\n\nFaturanıza KDV dahil tutar yansıtıldı.', 'FATURADA KDV VE ÖTV TUTARI TL OLARAK YAZSIN'],
    ['a calm problem report (e-commerce)', 'Merhaba Elif Hanım,\n\nİadeniz 3 Mart’ta onaylandı; 3-5 iş günü içinde kartınıza yansıyacaktır.', 'İade ettiğim ayakkabının parası hâlâ yatmadı.'],
    ['a damaged parcel reported calmly (cargo)', 'Merhaba Burak Bey,\n\nHasarlı ürünü kapıdan ücretsiz aldırıyoruz, yenisi yarın kargoda.', 'Paketim hasarlı geldi, resmi ektedir.'],
    ['a customer awaiting an answer politely (GSM)', 'Merhaba Hakan Bey,\n\nTalebiniz teknik ekibe iletildi, yarın 12:00’ye kadar size dönüş yapılacak.', 'Hat taşıma talebimle ilgili cevabınızı bekliyorum.'],
    ['a game called PES (games)', 'Merhaba Mehmet Bey,\n\nSunucu bakımı bitti, şu an bağlanabilirsiniz.', 'PES 2021 oyunumda sunucuya bağlanamıyorum'],
    ['“son kez” meaning “last time” (games)', 'Merhaba Mehmet Bey,\n\nŞifre yenileme bağlantısını gönderdik.', 'Hesabıma son kez dün girdim, şifremi unuttum'],
    ['“no complaint” (GSM)', 'Merhaba Mehmet Bey,\n\nFaturanız ekte.', 'Hiçbir şikayetim yok, sadece faturamı görmek istiyorum'],
    ['hala meaning aunt (GSM)', 'Merhaba Mehmet Bey,\n\nHat sahibinin onayıyla tanımlayabiliyoruz.', 'Halamın hattına ek paket tanımlayabilir misiniz?'],
    ['a recurring problem stated calmly (GSM chat)', 'Merhaba Deniz Hanım, bölgesel arıza 16:00’ya kadar giderilecek.', 'İnternetim sürekli kopuyor'],
  ])('%s', (_label, text, message) => {
    expect(run(text, tr(message))).toEqual([])
  })

  it('stays silent without a customer message', () => {
    expect(run('Merhaba Ayşe Hanım,\n\nSiparişiniz yolda.', tr(undefined))).toEqual([])
  })
})
