/**
 * `profanity` on Turkish replies: inflected forms, obfuscations, and the innocent words that
 * contain a profane-looking stem (sıkıntı, sikke, götürdük, ambulans, tamam…).
 */
import { describe, expect, it } from 'vitest'
import { createLinter } from '../../src/linter.js'
import type { ReplyContext } from '../../src/types.js'

const linter = createLinter()
const tr = (text: string, ctx: ReplyContext = {}) => linter.lintSync(text, { language: 'tr', ...ctx }).messages.filter((m) => m.ruleId === 'profanity')
const actual = (text: string, ctx: ReplyContext = {}) => tr(text, ctx).map((m) => m.actual)

describe('profanity (tr): fires', () => {
  it('flags an inflected form with its exact position and severity (e-commerce)', () => {
    const text = 'Merhaba Ayşe Hanım,\n\nSiktiğimin sistemi yine hata verdi, siparişinizi elle oluşturdum.\n\nSaygılarımızla,\nMehmet'
    const [m, ...rest] = tr(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'profanity', severity: 'error', actual: 'Siktiğimin', line: 3, column: 1, suggestions: [] })
    expect(text.slice(m!.offset, m!.endOffset)).toBe('Siktiğimin')
    expect(m!.fix).toBeUndefined()
    expect(m!.message).toMatch(/profane; remove it\./)
  })

  it('flags a multi-word curse as one finding with a neutral rewording (cargo)', () => {
    const [m] = tr('Merhaba Can Bey, lanet olsun, kargonuz yine aktarma merkezinde kalmış. Yarın öğlene kadar teslim edilecek.')
    expect(m).toMatchObject({ actual: 'lanet olsun', suggestions: ['maalesef'], column: 18 })
  })

  it('detects Turkish profanity in an auto-detected Turkish draft', () => {
    const found = linter.lintSync('Merhaba Ahmet Bey, bu boktan modem yüzünden bağlantınız kopuyor, size yenisini gönderiyoruz. İyi günler dileriz.').messages
    expect(found.filter((m) => m.ruleId === 'profanity').map((m) => [m.actual, m.suggestions])).toEqual([['boktan', ['kötü', 'berbat']]])
  })

  it.each([
    ['suffixed noun (airline)', 'Hocam orospuluk yapan havayolu değil, aktarma yapan ekip.', 'orospuluk'],
    ['dative of a vulgar phrase (GSM)', 'Amına koyayım, faturanız yine yanlış çıkmış, düzeltiyorum.', 'Amına koyayım'],
    ['abbreviation (GSM chat)', 'Selam, amk sistemi yine çöktü, hattınızı birazdan açacağım.', 'amk'],
    ['upper case on a Turkish keyboard (bank)', 'SİKTİR GİT demedik efendim, sadece şubeye yönlendirdik.', 'SİKTİR GİT'],
    ['upper case on an English keyboard', 'AMK, yine mi sistem hatasi. SIKTIR edip yeniden deneyin.', 'AMK|SIKTIR'],
    ['leetspeak (e-commerce)', 'Sayın Mehmet Bey, iade talebinizi s1ktir edip yeniden açtık.', 's1ktir'],
    ['masked vowel (cargo)', 'Bu s*ktir edilecek bir sorun değil, kuryemiz yarın tekrar gelecek.', 's*ktir'],
    ['masked vowel with a suffix', 'Kurye “s*ktirin gidin” demiş, çok özür dileriz.', 's*ktirin'],
    ['dotted letters (cargo)', 'Kurye a.m.k diye bağırmış, kendisi hakkında işlem başlattık.', 'a.m.k'],
    ['spaced letters', 'Bu o r o s p u çocuğu kuryeyi işten çıkardık.', 'o r o s p u'],
    ['stretched letters (games)', 'Siktirrr, sunucu yine düştü, hesabınıza telafi elması ekledik.', 'Siktirrr'],
    ['mutated stem (airline)', 'Taşağa alır gibi cevap verdiysek özür dileriz, biletiniz yeniden düzenlendi.', 'Taşağa'],
    ['past tense of sıçmak (bank)', 'Evet, bu sefer işin içine sıçtık; ücret iadeniz yapıldı.', 'sıçtık'],
    ['English profanity in a Turkish reply', 'Kusura bakmayın, shit happens; kargonuz yarın teslim edilecek.', 'shit'],
    ['bold in a plain-text draft', 'Sistem yine **amk** çöktü, hattınızı açıyorum.', 'amk'],
  ])('flags %s', (_label, text, expected) => {
    expect(actual(text).join('|')).toBe(expected)
  })

  it('stays strict when the Turkish customer swore first, and says so', () => {
    const [m] = tr('Sayın Emre Bey, haklısınız, kargo firması işin içine sıçtı. Ücretinizi iade ettik.', { customer: { name: 'Emre Kaya', message: 'Kargom 10 gündür gelmedi amk, ne biçim firmasınız' } })
    expect(m!.actual).toBe('sıçtı')
    expect(m!.message).toMatch(/stay professional even so/)
  })

  it('can be extended and trimmed from options, with the Turkish locale', () => {
    const custom = createLinter({ rules: { profanity: ['error', { add: ['HÖDÜK'], ignore: ['bok'] }] } })
    const found = custom.lintSync('Merhaba, hödük kurye bu bok gibi paketi bıraktı.', { language: 'tr' }).messages.filter((m) => m.ruleId === 'profanity')
    expect(found.map((m) => m.actual)).toEqual(['hödük'])
  })
})

describe('profanity (tr): does not fire', () => {
  it.each([
    ['sıkıntı, sıkı, sıkıştı (bank)', 'Merhaba Zeynep Hanım, yaşadığınız sıkıntı için özür dileriz. Kartınız ATM’de sıkıştıysa şubemiz sıkı güvenlik nedeniyle kartı imha eder.'],
    ['ambulans, Amsterdam, ama, amir (airline)', 'Amsterdam uçuşunuzda ambulans hizmeti verilebilir, ama istasyon amirimizin onayı gerekir.'],
    ['memur, sikke, tamam, amaç (cargo)', 'Tamam Ahmet Bey, gümrük memuru sikke koleksiyonunuzu inceledi. Amacımız paketi bu hafta teslim etmek.'],
    ['götürmek and its forms (cargo)', 'Paketinizi şubeye götürdük; kurye yarın adresinize götürecek. Dilerseniz siz de götürebilirsiniz.'],
    ['Turkish typed without Turkish letters (e-commerce)', 'Sikayetiniz alindi, yasadiginiz sikinti icin ozur dileriz. Sik sorulan sorular sayfasina da bakabilirsiniz.'],
    ['ASCII apology for bothering the customer', 'Caninizi siktigimiz icin ozur dileriz, kartiniz siki bir kontrolden gecti.'],
    ['gardening: domates piçi, piç alma (e-commerce)', 'Domates piçi almak için budama makasını kullanın; piç alma fidenin gelişimini hızlandırır.'],
    ['boks, bokser (e-commerce)', 'Boks eldiveni ve bokser siparişiniz yarın kargoda.'],
    ['sıçan, sıçrama, sicil, sıcak (utilities)', 'Sıçan kapanı stokta; fiyat sıçraması olmayacak. Sicil numaranızı yazarsanız sıcak su arızasına da bakarız.'],
    ['fahiş fiyat (GSM)', 'Faturanızdaki fahiş tutar hatalı tarifeden kaynaklanıyor, farkı iade ettik.'],
    ['names and amen', 'Amina Hanım, iadeniz tamamlandı. Allah razı olsun dediniz, biz de amin diyoruz.'],
    ['abbreviations with dots', 'ABC A.Ş. olarak T.C. kimlik numaranızı istemiyoruz. Uçuşunuz 10 a.m. kalkışlı.'],
    ['markdown emphasis and footnotes', '**Önemli:** fiyat* kampanya dahilindedir. *Kargo ücretsizdir.'],
    ['stretched innocent words (chat)', 'Tamaaam, hemen bakıyorum. Çooook özür dileriz.'],
    ['sıktırmak typed without Turkish letters', 'Vidalari servise siktirmaniz gerekir, biz de siktiracagiz.'],
    // Regression (real data, 3 of 12,476 replies linted as Turkish): agent initials after ^ or /.
    ['agent initials in a social signature', 'Kargonuz yarın teslim edilecek, iyi günler! ^AQ'],
    ['agent initials after a slash', 'Sorununuz çözüldü, bir şey olursa yazın /AQ'],
  ])('is silent on %s', (_label, text) => {
    expect(actual(text)).toEqual([])
  })

  it('ignores Turkish profanity quoted from the customer', () => {
    const text = 'Merhaba Ali Bey,\n\nGecikme için özür dileriz, paketiniz yarın teslim edilecek.\n\n> Siktiğimin kargosu nerede amk\n> Ali'
    expect(actual(text)).toEqual([])
  })

  it('ignores words that appear only in the customer message', () => {
    expect(actual('Merhaba Ali Bey, gecikme için özür dileriz.', { customer: { name: 'Ali', message: 'orospu çocukları paketimi kaybetmiş' } })).toEqual([])
  })

  it('does not apply Turkish data to English drafts, nor English data to Turkish ones', () => {
    expect(linter.lintSync('Hi Sam, the boks order and the am/pm setting are fixed.', { language: 'en' }).messages.filter((m) => m.ruleId === 'profanity')).toEqual([])
    // cuss lists "kondum" (Turkish: "I landed"): English data only.
    expect(linter.lintSync('Kondum.', { language: 'en' }).messages.filter((m) => m.ruleId === 'profanity').map((m) => m.actual)).toEqual(['Kondum'])
    expect(actual('Merhaba Deniz Hanım, uçağım İzmir’e kondum diye yazmışsınız; bagajınız da aynı uçakla geldi.')).toEqual([])
  })
})
