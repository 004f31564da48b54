/**
 * `wrong-name` on Turkish replies: a name before `Bey`/`Hanım`, after `Sayın` or after a
 * salutation that is not the customer's, and an honorific that does not fit the customer's
 * first name. Names are compared without Turkish letters (Ayse = Ayşe, Cagri = Çağrı).
 */
import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { createLinter } from '../../src/linter.js'
import { rules } from '../../rules/index.js'
import type { ReplyContext } from '../../src/types.js'

const tr = (name: string, extra: ReplyContext = {}): ReplyContext => ({ language: 'tr', customer: { name }, ...extra })
const run = (text: string, ctx: ReplyContext) => only('wrong-name', text, ctx)
const linter = createLinter({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === 'wrong-name' ? 'error' : 'off'])) })
const SIGN = '\n\nSaygılarımızla,\nMehmet\nTrendmarket Müşteri Hizmetleri'

describe('wrong-name (tr): fires', () => {
  it('reports another first name before Hanım with the fix (e-commerce)', () => {
    const text = `Merhaba Fatma Hanım,\n\nSiparişiniz yarın teslim edilecek.${SIGN}`
    const ctx = tr('Ayşe Yılmaz')
    const [m, ...rest] = linter.lintSync(text, ctx).messages
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'wrong-name', severity: 'error', actual: 'Fatma', line: 1, column: 9, offset: 8, endOffset: 13, suggestions: ['Ayşe'] })
    expect(m!.fix).toEqual({ offset: 8, endOffset: 13, text: 'Ayşe' })
    expect(m!.message).toBe('“Fatma” is not the customer\'s name: the help desk knows them as Ayşe Yılmaz. Use “Ayşe”.')
    expect(linter.fixSync(text, ctx)).toBe(text.replace('Fatma', 'Ayşe'))
  })

  it.each([
    ['Sayın + another first name + Bey (bank)', 'Sayın Ahmet Bey,\n\nKredi kartı ekstreniz gönderildi.', 'Mehmet Kaya', 'Ahmet', 'Mehmet'],
    ['Sayın + another surname (bank)', 'Sayın Demir,\n\nBaşvurunuz onaylandı.', 'Selin Yılmaz', 'Demir', 'Yılmaz'],
    ['a similar name in a GSM chat', 'Merhaba Cem Bey, ek paketiniz tanımlandı.', 'Can Öztürk', 'Cem', 'Can'],
    ['a later address in the body (airline)', 'Merhaba Hakan Bey,\n\nBiletiniz iade edildi. İyi yolculuklar Burak Bey.\n\nSaygılarımızla,\nAylin', 'Hakan Yıldız', 'Burak', 'Hakan'],
    ['thanks + another name (e-commerce chat)', 'Teşekkürler Zeynep Hanım, iade talebiniz onaylandı.', 'Elif Koç', 'Zeynep', 'Elif'],
    ['a name-first greeting (GSM)', 'Mehmet Bey,\n\nFaturanızdaki fark iade edildi.\n\nİyi günler dileriz,\nHızlıNet', 'Murat Aksoy', 'Mehmet', 'Murat'],
    ['another first name without an honorific (bank)', 'Merhaba Ahmet,\n\nKartınız yolda.', 'Mehmet Kaya', 'Ahmet', 'Mehmet'],
    ['an ASCII-typed wrong name (cargo)', 'Merhaba Ayse Hanım,\n\nGönderiniz şubede bekliyor.', 'Aylin Yıldız', 'Ayse', 'Aylin'],
    ['a name after a comma (airline)', 'Bagajınız bulundu, Derya Hanım.', 'Deniz Aydın', 'Derya', 'Deniz'],
  ])('reports %s', (_label, text, name, actual, fix) => {
    const [m, ...rest] = run(text, tr(name))
    expect(rest).toEqual([])
    expect(m).toMatchObject({ actual, suggestions: [fix], fix: { text: fix } })
    expect(text.slice(m!.offset, m!.endOffset)).toBe(actual)
  })

  it('reports the wrong honorific for the customer’s own name (cargo)', () => {
    const text = 'Merhaba Emre Hanım,\n\nPaketiniz yarın teslim edilecek.'
    const [m] = run(text, tr('Emre Şahin'))
    expect(m).toMatchObject({ actual: 'Hanım', offset: 13, endOffset: 18, suggestions: ['Bey'], fix: { offset: 13, endOffset: 18, text: 'Bey' } })
    expect(m!.message).toMatch(/“Emre Hanım” uses the wrong form of address: Emre is addressed as “Emre Bey”/)
  })

  it('fixes a misspelled name and the honorific together (healthcare)', () => {
    const [m] = run('Merhaba Selim Bey,\n\nRandevunuz 3 Nisan’a alındı.', tr('Selin Aksoy'))
    expect(m).toMatchObject({ actual: 'Selim Bey', suggestions: ['Selin Hanım'] })
    expect(m!.message).toMatch(/misspells the customer's name/)
  })
})

describe('wrong-name (tr): does not fire', () => {
  it.each([
    ['an ASCII customer name (e-commerce)', `Merhaba Ayşe Hanım,\n\nSiparişiniz yolda.${SIGN}`, tr('Ayse Yilmaz')],
    ['an ASCII greeting to a Turkish name (e-commerce)', `Merhaba Cagri Bey,\n\nSiparişiniz yolda.${SIGN}`, tr('Çağrı Öz')],
    ['a double first name (GSM)', 'Merhaba Mehmet Ali Bey,\n\nFaturanız düzeltildi.', tr('Mehmet Ali Kaya')],
    ['part of a double first name (airline)', 'Merhaba Ömer Bey,\n\nYeni uçuşunuz 18:40’ta.', tr('Ömer Faruk Tan')],
    ['Sayın + full name (bank)', 'Sayın Selin Yılmaz,\n\nBaşvurunuz onaylandı.', tr('Selin Yılmaz')],
    ['a technician named with an honorific (GSM)', 'Merhaba Selin Hanım,\n\nTeknisyenimiz Ahmet Bey yarın 10:00’da adresinizde olacak.', tr('Selin Yılmaz')],
    ['a courier in apposition (cargo)', 'Merhaba Selin Hanım,\n\nPaketiniz yolda. Kuryemiz Ahmet Bey, teslimattan önce sizi arayacak.', tr('Selin Yılmaz')],
    ['the agent’s own name (e-commerce chat)', 'Merhaba Ayşe Hanım, ben Mehmet, talebinizle ben ilgileneceğim.', tr('Ayşe Yılmaz', { channel: 'chat' })],
    ['the agent’s signature (e-commerce)', 'Merhaba Ayşegül Hanım,\n\nİadeniz yapıldı.\n\nSaygılarımızla,\nAyşe\nTrendmarket', tr('Ayşegül Kara')],
    ['a name the customer wrote (GSM)', 'Merhaba Zeynep Hanım,\n\nEşinizin hattındaki ek paket iptal edildi.', tr('Mehmet Kaya', { customer: { name: 'Mehmet Kaya', message: 'Eşim Zeynep adına yazıyorum' } })],
    ['a unisex name with Bey (GSM)', 'Merhaba Deniz Bey,\n\nArızanız giderildi.', tr('Deniz Aydın')],
    ['a company named like a person (cargo)', 'Merhaba Can Bey, Deniz Kargo paketinizi yarın teslim edecek.', tr('Can Öztürk', { channel: 'chat' })],
    ['a nickname (bank)', 'Merhaba Memo Bey,\n\nKartınız yolda.', tr('Mehmet Kaya')],
    ['a capitalised role opening a sentence (insurance)', 'Merhaba Emre Bey,\n\nEksperimiz Serkan Bey, yarın sizi arayacak.', tr('Emre Şahin')],
    ['a name after a colon (cargo)', 'Merhaba Emre Bey,\n\nSiparişinizi teslim alan kişi: Ayşe Hanım.', tr('Emre Şahin')],
    ['a name with a case ending (insurance)', 'Merhaba Emre Bey,\n\nTalebiniz Ayşe Hanım’a iletildi; size 24 saat içinde dönüş yapacak.', tr('Emre Şahin')],
  ])('%s', (_label, text, ctx) => {
    expect(run(text, ctx)).toEqual([])
  })
})

describe('wrong-name (tr): a leftover "<Ad> Hanım," opening a sentence in the body (issue 16)', () => {
  it('flags it with its position', () => {
    const text = 'Merhaba Pelin Hanım,\n\nİşleminizi kontrol ettik. Sevim Hanım, havaleniz bugün hesabınıza geçti.\n\nSaygılarımızla,\nBanka'
    const found = only('wrong-name', text, { language: 'tr', customer: { name: 'Pelin Aydın' } })
    expect(found.map((m) => [m.actual, m.line, m.column])).toEqual([['Sevim', 3, 27]])
  })

  it('leaves a third person who opens a sentence alone', () => {
    const text = 'Merhaba Pelin Hanım,\n\nKaydınızı açtık. Ahmet Bey yarın sizi arayacak.\n\nSaygılarımızla,\nBanka'
    expect(only('wrong-name', text, { language: 'tr', customer: { name: 'Pelin Aydın' } })).toEqual([])
  })
})
