/**
 * `respect` on Turkish replies: a sentence ending in a bare imperative (`Fişi gönderin.`,
 * `Kimliğinizi getiriniz.`) with no courtesy marker gets the polite ability question (`Fişi
 * gönderebilir misiniz?`) and a `Lütfen …` form. Honorifics and `Saygılarımızla` are courtesy
 * forms, not markers; lütfen, teşekkür, rica ederiz, özür dileriz, kusura bakmayın, memnuniyetle are.
 */
import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { abilityQuestion, converb, imperativeStem, politeSentence } from '../../rules/respect/turkish.js'
import type { ReplyContext } from '../../src/types.js'

const tr = (channel: ReplyContext['channel'] = 'email', name = 'Ayşe Yılmaz'): ReplyContext => ({ language: 'tr', channel, customer: { name } })
const run = (text: string, ctx: ReplyContext = tr()) => only('respect', text, ctx)

describe('respect (tr): fires', () => {
  it('reports a blunt request with its polite forms; Hanım and Saygılarımızla do not soften it (e-commerce)', () => {
    const text = 'Merhaba Ayşe Hanım,\n\nFişi gönderin.\n\nSaygılarımızla,\nMehmet'
    const [m, ...rest] = run(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({
      ruleId: 'respect',
      severity: 'warning',
      actual: 'Fişi gönderin.',
      line: 3,
      column: 1,
      offset: 21,
      endOffset: 35,
      suggestions: ['Fişi gönderebilir misiniz?', 'Lütfen fişi gönderin.'],
    })
    expect(m!.fix).toBeUndefined()
    expect(m!.message).toBe('“Fişi gönderin.” is a bare command: ask the customer politely for what you need from them.')
  })

  it.each([
    ['an address kept in front (cargo chat)', 'Can Bey, sipariş numaranızı yazın.', tr('chat', 'Can Öztürk'), 'Can Bey, sipariş numaranızı yazın.', ['Can Bey, sipariş numaranızı yazabilir misiniz?', 'Can Bey, lütfen sipariş numaranızı yazın.']],
    ['the formal -iniz imperative (bank)', 'Sayın Mehmet Bey,\n\nKimliğinizi şubeye getiriniz.\n\nSaygılarımızla,\nAnadolu Bank', tr('email', 'Mehmet Kaya'), 'Kimliğinizi şubeye getiriniz.', ['Kimliğinizi şubeye getirebilir misiniz?', 'Lütfen kimliğinizi şubeye getiriniz.']],
    ['coordinated requests joined with -Ip (airline social)', 'Zeynep Hanım, bagaj etiketinizin fotoğrafını çekin ve DM’den gönderin.', tr('social', 'Zeynep Arslan'), 'Zeynep Hanım, bagaj etiketinizin fotoğrafını çekin ve DM’den gönderin.', ['Zeynep Hanım, bagaj etiketinizin fotoğrafını çekip DM’den gönderebilir misiniz?', 'Zeynep Hanım, lütfen bagaj etiketinizin fotoğrafını çekin ve DM’den gönderin.']],
    ['a contact request pointing at us (GSM)', 'Merhaba Selin Hanım,\n\nHat taşıma işlemi için çağrı merkezimizi arayın.\n\nSaygılarımızla,\nHızlıNet', tr('email', 'Selin Aksoy'), 'Hat taşıma işlemi için çağrı merkezimizi arayın.', ['Hat taşıma işlemi için çağrı merkezimizi arayabilir misiniz?', 'Lütfen hat taşıma işlemi için çağrı merkezimizi arayın.']],
    ['instructions in a reply without any courtesy (GSM)', 'Merhaba Onur Bey,\n\nModemi kapatın, 10 saniye bekleyin ve yeniden açın.\n\nNetEv Teknik Destek', tr('email', 'Onur Polat'), 'Modemi kapatın, 10 saniye bekleyin ve yeniden açın.', ['Modemi kapatıp 10 saniye bekleyip yeniden açabilir misiniz?', 'Lütfen modemi kapatın, 10 saniye bekleyin ve yeniden açın.']],
    ['a compound contact verb (cargo)', 'Merhaba,\n\nGönderi kodunuz için bize mesaj atın.', tr('email', 'Fatma Çelik'), 'Gönderi kodunuz için bize mesaj atın.', ['Gönderi kodunuz için bize mesaj atabilir misiniz?', 'Lütfen gönderi kodunuz için bize mesaj atın.']],
    ['a compound request verb (airline chat)', 'Hakan Bey, biniş kartınızı gösterin ve bagajınızı teslim edin.', tr('chat', 'Hakan Yıldız'), 'Hakan Bey, biniş kartınızı gösterin ve bagajınızı teslim edin.', ['Hakan Bey, biniş kartınızı gösterip bagajınızı teslim edebilir misiniz?', 'Hakan Bey, lütfen biniş kartınızı gösterin ve bagajınızı teslim edin.']],
    ['a request on a line without a full stop (bank SMS)', 'Emre Bey, teslimatta kimliğinizi kuryeye gösterin', tr('sms', 'Emre Şahin'), 'Emre Bey, teslimatta kimliğinizi kuryeye gösterin', ['Emre Bey, teslimatta kimliğinizi kuryeye gösterebilir misiniz?', 'Emre Bey, lütfen teslimatta kimliğinizi kuryeye gösterin']],
  ])('reports %s', (_label, text, ctx, actual, suggestions) => {
    const [m, ...rest] = run(text, ctx)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ actual, suggestions })
    expect(text.slice(m!.offset, m!.endOffset)).toBe(actual)
  })

  it('reports a request even when the reply apologises elsewhere (e-commerce)', () => {
    const found = run('Merhaba Elif Hanım,\n\nYaşadığınız sorun için özür dileriz. Faturanızı bu e-postaya ekleyin.\n\nSaygılarımızla,\nTrendmarket', tr('email', 'Elif Koç'))
    expect(found.map((m) => m.actual)).toEqual(['Faturanızı bu e-postaya ekleyin.'])
  })

  it('reports each blunt sentence (GSM chat)', () => {
    const found = run('Modemi yeniden başlatın. Işıkların rengini yazın.', tr('chat', 'Deniz Aydın'))
    expect(found.map((m) => [m.actual, m.suggestions[0]])).toEqual([
      ['Modemi yeniden başlatın.', 'Modemi yeniden başlatabilir misiniz?'],
      ['Işıkların rengini yazın.', 'Işıkların rengini yazabilir misiniz?'],
    ])
  })
})

describe('respect (tr): does not fire', () => {
  it.each([
    ['an ability question (e-commerce)', 'Merhaba Ayşe Hanım,\n\nFişi gönderebilir misiniz?\n\nSaygılarımızla,\nMehmet', tr()],
    ['a question with mı (cargo chat)', 'Fatma Hanım, gönderi kodunu yazar mısınız?', tr('chat', 'Fatma Çelik')],
    ['lütfen (cargo chat)', 'Can Bey, lütfen sipariş numaranızı yazın.', tr('chat', 'Can Öztürk')],
    ['rica ederiz (GSM chat)', 'Modemi yeniden başlatmanızı rica ederiz.', tr('chat', 'Deniz Aydın')],
    ['a request under a condition (GSM)', 'Merhaba Mehmet Bey,\n\nSorun devam ederse bize yazın.\n\nİyi günler dileriz,\nSelin', tr('email', 'Mehmet Kaya')],
    ['a condition with -sAnIz (insurance)', 'Merhaba Gökhan Bey,\n\nAracınızı serviste teslim almak isterseniz randevu için bize yazın.\n\nGüvenSigorta', tr('email', 'Gökhan Erdem')],
    ['numbered steps (GSM)', 'Merhaba İlker Bey,\n\n1. Modemi prizden çekin.\n2. 30 saniye bekleyin ve yeniden takın.\n\nNetEv', tr('email', 'İlker Başaran')],
    ['a negative imperative: a warning, not a request (bank)', 'Merhaba Kemal Bey,\n\nBloke kaldırıldı. Güvenliğiniz için şifrenizi kimseyle paylaşmayın.\n\nAnadolu Bank', tr('email', 'Kemal Arı')],
    ['an instruction in a courteous reply (e-commerce)', 'Merhaba Ayşe Hanım,\n\nYaşadığınız sorun için özür dileriz. Uygulamayı kapatıp yeniden açın; sepetiniz korunacak.\n\nTrendmarket', tr()],
    ['a third party to call (bank social)', 'Zeynep Hanım, kartınızın blokesi için bankanızı arayın. Yaşadığınız durum için üzgünüz.', tr('social', 'Zeynep Arslan')],
    ['a marker anywhere in a short social reply (airline)', 'Üzgünüz! DM’den PNR kodunuzu yazın.', tr('social', 'Zeynep Arslan')],
    ['words that end like an imperative (e-commerce)', 'Merhaba Ayşe Hanım,\n\nSiparişin durumu güncellendi. Bu ürün bu yazın en çok satanı. Kartın son kullanma tarihi geçmiş.\n\nTrendmarket', tr()],
    ['you-can statements (GSM)', 'Merhaba Mehmet Bey,\n\nTanımlanan ek paketi hemen kullanabilirsiniz. Faturanızı uygulamadan görüntüleyebilirsiniz.\n\nHızlıNet', tr('email', 'Mehmet Kaya')],
    ['memnuniyetle (airline chat)', 'Memnuniyetle Hakan Bey, koltuk seçiminiz için PNR kodunuzu yazın.', tr('chat', 'Hakan Yıldız')],
    ['kusura bakmayın (cargo chat)', 'Kusura bakmayın, gönderi kodunu tekrar yazın.', tr('chat', 'Fatma Çelik')],
    ['a formal reply without lütfen: courtesy in the verb and the address (bank)', 'Merhaba Deniz Hanım,\n\nKartınızı güvenlik için kapattık; yeni kartınız 3 iş günü içinde adresinizde olacak.\n\nSaygılarımızla,\nAnadolu Bank', tr('email', 'Deniz Aydın')],
  ])('%s', (_label, text, ctx) => {
    expect(run(text, ctx)).toEqual([])
  })
})

describe('respect (tr): options', () => {
  it('takes extra Turkish request verbs as stems', () => {
    const text = 'Merhaba Ayşe Hanım,\n\nHarcamalarınızı belgeleyin.\n\nSaygılarımızla,\nMehmet'
    expect(run(text)).toEqual([])
    expect(only('respect', text, tr(), { requests: ['belgele'] }).map((m) => m.suggestions[0])).toEqual(['Harcamalarınızı belgeleyebilir misiniz?'])
  })

  it('takes extra Turkish markers', () => {
    expect(only('respect', 'Zahmet olmasın, fişi gönderin.', tr('chat'), { add: ['zahmet olmasın'] })).toEqual([])
  })
})

describe('respect (tr): the polite form', () => {
  it.each([
    ['Fişi gönderin.', 'Fişi gönderebilir misiniz?'],
    ['Biraz bekleyin.', 'Biraz bekleyebilir misiniz?'],
    ['Bekleyin.', 'Bekleyebilir misiniz?'],
    ['Formu doldurunuz.', 'Formu doldurabilir misiniz?'],
    ['Adresinizi kontrol edin.', 'Adresinizi kontrol edebilir misiniz?'],
    ['Şubeye gidin!', 'Şubeye gidebilir misiniz?'],
    ['Faturayı ödeyin.', 'Faturayı ödeyebilir misiniz?'],
    ['Sözleşmeyi okuyun.', 'Sözleşmeyi okuyabilir misiniz?'],
    ['Formu doldurun ve imzalayın.', 'Formu doldurup imzalayabilir misiniz?'],
  ])('%s → %s', (input, output) => {
    expect(politeSentence(input)).toBe(output)
  })

  it('follows vowel harmony and the y buffer', () => {
    expect(abilityQuestion('yaz')).toBe('yazabilir misiniz')
    expect(abilityQuestion('öde')).toBe('ödeyebilir misiniz')
    expect(converb('çek')).toBe('çekip')
    expect(converb('bekle')).toBe('bekleyip')
    expect(imperativeStem('doldurun')).toBe('doldur')
    expect(imperativeStem('doldurin')).toBeUndefined()
    expect(imperativeStem('okuyun')).toBe('oku')
  })

  it('leaves sentences that do not end in an imperative alone', () => {
    expect(politeSentence('İadeniz hesabınıza geçti.')).toBeUndefined()
  })
})

describe('respect (Turkish): prohibitions and honorifics (issue 16)', () => {
  it('flags a bare negative imperative in a reply with no courtesy marker, honorific and Saygılarımızla notwithstanding', () => {
    const text = 'Sayın Deniz Bey,\n\nBu konuyla ilgili çağrı merkezimizi tekrar aramayın.\n\nSaygılarımızla,\nAnadolu Enerji'
    const ms = only('respect', text, { channel: 'email', language: 'tr' })
    expect(ms.map((m) => [m.ruleId, m.line, m.column, m.actual, m.suggestions])).toEqual([
      ['respect', 3, 1, 'Bu konuyla ilgili çağrı merkezimizi tekrar aramayın.', ['Lütfen bu konuyla ilgili çağrı merkezimizi tekrar aramayın.']],
    ])
  })

  it('leaves a prohibition alone when the reply is courteous or it warns for the customer’s sake', () => {
    expect(only('respect', 'Merhaba Deniz Bey,\n\nİlginiz için teşekkür ederiz. Bu konuyla ilgili çağrı merkezimizi tekrar aramayın.\n\nSaygılarımızla,\nEnerji', { channel: 'email', language: 'tr' })).toEqual([])
    expect(only('respect', 'Merhaba Deniz Bey,\n\nGüvenliğiniz için kartınızın şifresini kimseye söylemeyin.\n\nSaygılarımızla,\nBanka', { channel: 'email', language: 'tr' })).toEqual([])
  })
})
