/**
 * `readability` on Turkish replies: Ateşman's formula (syllables = vowels), mapped to grades
 * fitted on parallel Turkish/English replies, so the same `readingGrade` target works for both.
 */
import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { atesman, atesmanGrade, atesmanScoreFor, turkishSyllables } from '../../rules/readability/turkish.js'
import type { Config, ReplyContext } from '../../src/types.js'

const tr = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>, config: Config = {}) => only('readability', text, { language: 'tr', ...ctx }, options, config)
const kinds = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>, config: Config = {}) =>
  tr(text, ctx, options, config).map((m) => (m.message.startsWith('This reply') ? 'reply' : `sentence: ${m.actual.slice(0, 25)}`))

const BUREAUCRATIC =
  'Tarafınızca iletilmiş olan talebinize istinaden yapılan incelemeler neticesinde, mezkûr siparişin tedarikçi firma nezdinde oluşan aksaklıklar sebebiyle planlanan süre zarfında teslim edilemediği tespit edilmiş olup, gerekli düzeltici faaliyetlerin başlatıldığını bilgilerinize sunarız.'

describe('readability (tr): the formula', () => {
  it('counts Turkish syllables as vowels, spelling out vowel-less abbreviations', () => {
    const n = (w: string) => turkishSyllables(w, w.toLocaleLowerCase('tr'))
    expect([n('merhaba'), n('değerlendirilecektir'), n('İstanbul'), n('ışık'), n('KDV'), n("TL'ye"), n('kâğıt')]).toEqual([3, 8, 3, 2, 3, 3, 2])
  })

  it("computes Ateşman's score and maps it to a grade (target 10 is a score of about 36)", () => {
    expect(atesman(10, 1, 26)).toBeCloseTo(198.825 - 40.175 * 2.6 - 2.61 * 10, 6)
    expect(atesmanGrade(36.3)).toBeCloseTo(10, 1)
    expect(atesmanScoreFor(10)).toBeCloseTo(36.3, 1)
    expect(atesmanGrade(80)).toBeLessThan(atesmanGrade(30))
  })
})

describe('readability (tr): fires', () => {
  it('flags a one-sentence bureaucratic reply, offering the bureaucratic words first (e-commerce)', () => {
    const text = `Merhaba Elif Hanım,\n\n${BUREAUCRATIC}\n\nSaygılarımızla,\nBurak`
    const [m, ...rest] = tr(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'readability', severity: 'warning', actual: BUREAUCRATIC, line: 3, column: 1 })
    expect(m!.suggestions.slice(0, 4)).toEqual(['tarafınızca', 'neticesinde', 'istinaden', 'nezdinde'])
    expect(m!.message).toMatch(/^This sentence reads at grade \d\d\.\d \(target 10, Ateşman reading ease -\d+; 36 or more meets the target\): 30 words, with long words like “tarafınızca”/)
    expect(m!.fix).toBeUndefined()
  })

  it('flags a dense reply as a whole and its hardest sentence (GSM operator)', () => {
    const text =
      'Merhaba Mehmet Bey,\n\nFaturanıza yansıyan ve taahhütlü kampanyanızın erken sonlandırılmasından kaynaklanan cayma bedelinin, sözleşmenizin ilgili maddesi uyarınca kalan taahhüt süresine orantılı olarak hesaplanmış olduğunu belirtmek isteriz. Söz konusu tutarın itirazınız doğrultusunda yeniden değerlendirilmesi için gerekli kayıt oluşturulmuştur. Değerlendirme sonucunun tarafınıza iletileceğini bilgilerinize sunarız.\n\nSaygılarımızla,\nSelin'
    const found = tr(text)
    expect(found.map((m) => (m.message.startsWith('This reply') ? 'reply' : 'sentence'))).toEqual(['sentence', 'reply'])
    const reply = found[1]!
    expect(reply.offset).toBe(text.indexOf('Faturanıza'))
    expect(reply.endOffset).toBe(text.indexOf('sunarız.') + 'sunarız.'.length)
    expect(reply.message).toMatch(/^This reply reads at grade 1\d\.\d \(Ateşman reading ease \d+; 36 or more meets the target\), above the target of 10: sentences average 13 words/)
    expect(reply.suggestions[0]).toBe('doğrultusunda')
  })

  it.each([
    ['insurance', 'Kasko poliçenizin özel şartlarında belirtilen muafiyet tutarının hasar bedelinden mahsup edilmesinin ardından kalan tutarın, eksper raporunun şirketimize ulaşmasını müteakip hesabınıza aktarılacağını bilgilerinize sunarız.'],
    ['bank', 'Kredi kartınızla gerçekleştirilen ve tarafınızca tanınmadığı beyan edilen yurt dışı kaynaklı harcamaya ilişkin itiraz sürecinin uluslararası kart kuruluşlarının kuralları çerçevesinde yürütüldüğünü önemle hatırlatırız.'],
    ['airline', 'Havayolu şirketimizin operasyonel gereklilikleri doğrultusunda gerçekleştirilen tarife değişikliği nedeniyle iptal edilen seferinize ilişkin ücret iadesinin, ödeme yöntemi dikkate alınarak yapılacağını belirtmek isteriz.'],
    ['cargo', 'Gönderinizin, alıcı adresinde yapılan teslimat denemesinin olumsuz sonuçlanması ve alıcıya ulaşılamaması nedeniyle bağlı bulunduğu dağıtım şubesine iade edildiğini bilgilerinize sunarız.'],
    ['games', 'Hesabınızda tespit edilen şüpheli erişim girişimleri nedeniyle güvenlik politikalarımız doğrultusunda geçici olarak erişime kapatılan hesabınızın yeniden kullanıma açılabilmesi için kimlik doğrulamanın tamamlanması gerekmektedir.'],
    ['utilities', 'Sayaç okumasının gerçekleştirilemediği dönemlerde yürürlükteki mevzuat çerçevesinde geçmiş dönem tüketim ortalamaları esas alınarak tahakkuk ettirilen bedellerin mahsuplaşma yoluyla düzeltildiğini bildiririz.'],
  ])('flags a hard %s sentence', (_industry, text) => {
    expect(kinds(text)).toEqual([`sentence: ${text.slice(0, 25)}`])
  })

  it('uses the shared readingGrade for Turkish too, and the rule option wins over it', () => {
    const text = 'Merhaba Selin Hanım,\n\nFaturanızı inceledik. Sayacınız şubat ayında okunamadığı için tahmini tüketim yazılmış; mart okumasıyla iki ayın farkı birlikte yansımış. Toplam tüketiminiz doğru hesaplandı, fazladan ücret alınmadı.\n\nDilerseniz tutarı 3 taksitte ödeyebilirsiniz. Taksit için bu e-postayı yanıtlamanız yeterli.\n\nSaygılarımızla,\nOğuz'
    expect(kinds(text)).toEqual([])
    expect(kinds(text, {}, undefined, { readingGrade: 6 })).toEqual(['reply'])
    expect(kinds(text, {}, { readingGrade: 12 }, { readingGrade: 6 })).toEqual([])
  })
})

describe('readability (tr): does not fire', () => {
  it.each([
    ['a plain e-commerce e-mail', 'Merhaba Ayşe Hanım,\n\nSiparişiniz bugün kargoya verildi. Yarın öğlene kadar elinizde olur. Takip numarası SMS ile gelecek. Bir sorun olursa bize yazın.\n\nSaygılarımızla,\nMehmet'],
    ['a polite reply full of -InIz endings (airline)', 'Merhaba Hakan Bey,\n\nUçuşunuzun iptali için özür dileriz. Bilet ücretinizin tamamı olan 2.450 TL’yi bugün iade ettik; kartınıza 7 iş günü içinde yansıyacaktır.\n\nDilerseniz iade yerine aynı tutarda ücretsiz değişiklik hakkı da tanımlayabiliriz. Tercihinizi bu e-postayı yanıtlayarak bildirebilirsiniz.\n\nİyi yolculuklar dileriz,\nAylin'],
    ['a GSM chat answer', 'Merhaba Deniz Hanım, bağlantınızı kontrol ettim: hattınızda bölgesel bir arıza var. Teknik ekibimiz bugün saat 16:00’ya kadar arızayı giderecek. Giderildiğinde size SMS ile haber vereceğiz; kesinti süresi için faturanıza indirim de tanımladım.'],
    ['a bank reply with amounts and dates', 'Merhaba Levent Bey,\n\nKrediniz onaylandı. 50.000 TL tutarındaki kredi 36 ay vadeyle hesabınıza aktarıldı. Geri ödeme planınızı internet şubesinden ve mobil uygulamadan görebilirsiniz. İlk taksitiniz 5 Mayıs’ta hesabınızdan çekilecek.\n\nSaygılarımızla,\nBankamız'],
    ['a cargo reply with place names', 'Emre Bey, paketiniz Beşiktaş şubemizde bekliyor. İsterseniz yarın tekrar dağıtıma çıkaralım, isterseniz şubeden teslim alabilirsiniz.'],
    ['a short chat answer', 'Tabii, kampanya kodunuz tanımlandı: BAHAR25. Sepette indirim otomatik uygulanır.'],
    ['a dense quoted customer message', `Elif Hanım, siparişinizi yeniden gönderdik, yarın elinizde olacak.\n\n> ${BUREAUCRATIC}`],
  ])('is silent on %s', (_label, text) => {
    expect(kinds(text)).toEqual([])
  })

  it('never offers everyday words the team lists as words to replace', () => {
    const [m] = tr(BUREAUCRATIC, {}, { plainLongWords: ['tarafınızca', 'neticesinde'] })
    expect(m!.suggestions).not.toContain('tarafınızca')
    expect(m!.suggestions).not.toContain('neticesinde')
  })
})

describe('readability (Turkish): menu labels and names weigh as one unit (blind draft)', () => {
  it('does not point at a how-to sentence whose length comes from a capitalised menu label', () => {
    const text = 'Merhaba Ece Hanım,\n\nFaturanızı bağlamak için bankanızın uygulamasında Ödemeler menüsündeki Otomatik Ödeme Talimatı bölümünü kullanabilirsiniz.\n\nİyi günler dileriz,\nCan'
    expect(only('readability', text, { channel: 'email', language: 'tr' })).toEqual([])
  })
})

describe('readability (Turkish): a how-to sentence of ordinary length (blind draft)', () => {
  it('does not point at a 13-word instruction whose grade comes from suffixes', () => {
    const text = 'Merhaba Ece Hanım,\n\nSiparişinizi iade etmek için hesabınızdaki siparişlerim sayfasından ilgili ürünü seçip iade talebi oluşturabilirsiniz.\n\nİyi günler dileriz,\nCan'
    expect(only('readability', text, { channel: 'email', language: 'tr' })).toEqual([])
  })

  it('still points at a short sentence that is far denser', () => {
    const text = 'Merhaba Ece Hanım,\n\nAboneliğinizi dondurmak için uygulamanın hesap ayarlarındaki üyelik bölümünden dondurma seçeneğini işaretleyip değişikliği kaydederek onaylayabilirsiniz.\n\nİyi günler dileriz,\nCan'
    const [m, ...rest] = only('readability', text, { channel: 'email', language: 'tr' })
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'readability', line: 3, column: 1 })
    expect(m!.message).toMatch(/^This sentence reads at grade 21\.0 \(target 10, Ateşman reading ease -16; 36 or more meets the target\): 14 words/)
  })
})
