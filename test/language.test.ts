/**
 * Language handling (issue 7): detection, mixed drafts (a reply quoting a customer who wrote in
 * the other language), Turkish word boundaries and locale-aware case mapping.
 */
import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/linter.js'
import { resolveLanguage } from '../src/language.js'
import { attachTree, buildDocument, resolveContext } from '../src/document.js'
import { parseProse } from '../src/parse.js'
import { PhraseMatcher, normalizeWord, phraseWords } from '../src/text/phrases.js'
import { quotedRanges } from '../src/input/quotes.js'

const linter = createLinter()
const strict = createLinter({ extends: ['netiquette:strict'] })

/** Words of a draft as the rules see them (value and lower-cased form). */
function words(text: string, language: string): Array<[string, string]> {
  const state = buildDocument(text, { ...resolveContext({}), language })
  attachTree(state, parseProse(state.prose, language))
  return state.words().map((w) => [w.value, w.lower])
}

describe('language: detection', () => {
  it.each([
    ['a Turkish e-commerce reply', 'Merhaba Ayşe Hanım,\n\nSiparişiniz bugün kargoya verildi ve yarın adresinize teslim edilecek.\n\nSaygılarımızla,\nMehmet', 'tr'],
    ['Turkish typed without Turkish letters', 'Merhaba Ahmet Bey, siparisiniz yola cikti. Kargo takip numaraniz asagidadir. Iyi gunler dileriz.', 'tr'],
    ['a Turkish GSM reply with English product words', 'Merhaba Can, Platinum paketiniz için roaming ve eSIM ayarlarınızı güncelledik, lütfen telefonunuzu yeniden başlatın.', 'tr'],
    ['an English reply to a Turkish name', 'Hi Ayşe,\n\nThanks for your message. Your refund was sent today and should reach your card within 5 working days.\n\nBest regards,\nTom', 'en'],
    ['an English reply mentioning Turkish places', 'Hi Emre, your flight from İstanbul to Izmir is confirmed for Friday. Thank you for flying with us!', 'en'],
    ['a short Turkish reply to a customer named Can (not the English modal)', 'Can Bey, birazdan sizi arayacağım.', 'tr'],
    ['a Turkish chat reply with a Latin-script product word', 'Can Bey, ekrandaki OK tuşuna basabilir misiniz?', 'tr'],
  ])('%s', (_label, text, language) => {
    expect(linter.lintSync(text).language).toBe(language)
  })

  // Regression (real data): 21 of 12,476 real replies, Spanish and French, were taken for Turkish
  // because `de`, `en` and `mi` counted as Turkish words. Written anew here, not copied.
  it.each([
    ['spa', '¿Cuál es la fecha de entrega de tu pedido? Revisamos el envío de inmediato.'],
    ['spa', 'Hola Marta, lamentamos el retraso. ¿En qué tienda hiciste la compra de tu reloj?'],
    ['fra', 'Bonjour, le produit sera de nouveau disponible en magasin, mais nous n’avons pas encore de date.'],
  ])('does not take %s for Turkish', (code, text) => {
    const result = linter.lintSync(text)
    expect(result.language).not.toBe('tr')
    expect(result.language).toBe(code)
  })

  it('short drafts fall back to the configured language, else English', () => {
    expect(resolveLanguage('OK', undefined).rules).toBe('en')
    expect(resolveLanguage('OK', undefined, 'tr').rules).toBe('tr')
    expect(createLinter({ language: 'tr' }).lintSync('Tamam.').language).toBe('tr')
  })

  it('an explicit language wins over detection', () => {
    expect(linter.lintSync('Merhaba Ayşe Hanım, siparişiniz yolda.', { language: 'en' }).language).toBe('en')
    expect(linter.lintSync('Hi Sam, your order is on its way.', { language: 'tr' }).language).toBe('tr')
  })

  it('a draft in a language without rules gets one info diagnostic, language-independent rules and the safety checks', () => {
    const result = strict.lintSync('Hola María,\n\nGracias por escribirnos. Su pedido fue enviado hoy y llegará el jueves a su domicilio.\n\nSaludos cordiales,\nEquipo de soporte')
    expect(result.language).toBe('spa')
    expect(result.messages.filter((m) => m.ruleId === 'language')).toHaveLength(1)
    expect(result.messages.filter((m) => m.ruleId === 'profanity')).toEqual([])
  })
})

describe('language: mixed drafts lint only the agent’s language', () => {
  const turkishQuote = '> Merhaba, siparişim hâlâ gelmedi, iade ne zaman yapılacak? Çok sinirliyim amk, lütfen yardımcı olun.\n> Teşekkürler, Ayşe'

  it('an English reply quoting a Turkish customer with > lines lints as English', () => {
    const text = `Hi Ayşe,\n\nI'm sorry for the wait. Your refund was sent today and should reach your card within 5 working days.\n\nBest regards,\nTom\n\n${turkishQuote}`
    const result = linter.lintSync(text)
    expect(result.language).toBe('en')
    expect(result.messages.filter((m) => m.ruleId === 'profanity')).toEqual([])
  })

  it('an English reply over a Turkish Gmail attribution lints as English, whatever its length', () => {
    const text =
      'Hi Ayşe,\n\nThanks for your patience. Your refund was sent today.\n\nBest regards,\nTom\n\n' +
      '3 Mart 2025 Pazartesi 10:02 tarihinde Ayşegül Karaosmanoğlu <aysegul.karaosmanoglu@firmaadi.com.tr> şunu yazdı:\n' +
      'Merhaba, siparişim hâlâ gelmedi, iade ne zaman yapılacak? Bu ne biçim hizmet, siktir edin artık bu işi.'
    const result = linter.lintSync(text)
    expect(result.language).toBe('en')
    expect(result.messages.filter((m) => m.ruleId === 'profanity')).toEqual([])
  })

  it('a Turkish reply quoting English with "On … wrote:" lints as Turkish', () => {
    const text =
      'Merhaba John Bey,\n\nİadeniz bugün kartınıza gönderildi, 3-5 iş günü içinde hesabınıza yansıyacaktır.\n\nSaygılarımızla,\nMehmet\n\n' +
      'On Mon, 3 Mar 2025 at 10:02, John Smith <john@example.com> wrote:\n' +
      'Hello, where the hell is my refund? I have been waiting for two weeks and nobody replies to my emails. This is bullshit.'
    const result = linter.lintSync(text)
    expect(result.language).toBe('tr')
    expect(result.messages.filter((m) => m.ruleId === 'profanity')).toEqual([])
  })

  it('a Turkish reply quoting English with > lines lints as Turkish', () => {
    const text = 'Merhaba Sarah Hanım,\n\nBagajınız bulundu ve yarın saat 14:00’e kadar otelinize teslim edilecek.\n\nİyi günler dileriz.\n\n> Where the hell is my suitcase? I landed in Istanbul two days ago and nobody answers the phone.\n> Sarah'
    const result = linter.lintSync(text)
    expect(result.language).toBe('tr')
    expect(result.messages.filter((m) => m.ruleId === 'profanity')).toEqual([])
  })

  it('recognises Turkish mail-client quote headers', () => {
    const body = 'Merhaba,\n\nİadeniz tamamlandı.\n\n'
    for (const header of [
      '3 Mar 2025 Pzt, saat 10:02 tarihinde Ayşe Yılmaz <ayse.yilmaz@example.com> şunu yazdı:',
      'Ayşe Yılmaz <ayse@example.com>, 3 Mar 2025 Pzt, 10:02 tarihinde şunu yazdı:',
      '-----Özgün İleti-----',
      '-----Orijinal İleti-----',
      '---------- Yönlendirilen ileti ---------',
      'Kimden: Ayşe Yılmaz <ayse@example.com>\nGönderildi: 3 Mart 2025 Pazartesi 10:02',
      'Kimden: Ayşe Yılmaz <ayse@example.com>\nGönderilme: 3 Mart 2025 Pazartesi 10:02',
    ]) {
      const text = `${body}${header}\nsiparişim nerede`
      const [range] = quotedRanges(text)
      expect(range, header).toEqual({ start: body.length, end: text.length })
    }
  })

  it('masks a Turkish Gmail attribution wrapped over two lines from its first line', () => {
    const body = 'Merhaba,\n\nİadeniz tamamlandı.\n\n'
    const text = `${body}3 Mar 2025 Pzt, saat 10:02 tarihinde Ayşe Yılmaz <\nayse.yilmaz@example.com> şunu yazdı:\n> siparişim nerede`
    expect(quotedRanges(text)[0]).toEqual({ start: body.length, end: text.length })
  })

  it('does not take an agent’s sentence ending in "yazdı:" for a quote header', () => {
    expect(quotedRanges('Merhaba,\n\nKurye teslimat notuna şunu yazdı: kapıda kimse yoktu.\nYarın tekrar gelecek.')).toEqual([])
    expect(quotedRanges('Gönderen: Trendyol Depo\nTarih: 3 Mart 2025\nKargonuz yolda.')).toEqual([])
  })
})

describe('language: Turkish words and case mapping', () => {
  it('keeps ş ğ ı İ ö ü ç inside words (Unicode word boundaries)', () => {
    expect(words('Şikâyetiniz İstanbul’dan ığdır ÇAĞRI IŞIK öğle üzümü.', 'tr')).toEqual([
      ['Şikâyetiniz', 'şikâyetiniz'],
      ['İstanbul’dan', "istanbul'dan"],
      ['ığdır', 'ığdır'],
      ['ÇAĞRI', 'çağrı'],
      ['IŞIK', 'ışık'],
      ['öğle', 'öğle'],
      ['üzümü', 'üzümü'],
    ])
  })

  it('lower-cases I/İ with the Turkish locale in Turkish drafts and the English one in English drafts', () => {
    expect(words('İADE IĞDIR', 'tr')).toEqual([
      ['İADE', 'iade'],
      ['IĞDIR', 'ığdır'],
    ])
    expect(words('İstanbul INFO', 'en')).toEqual([
      ['İstanbul', 'istanbul'],
      ['INFO', 'info'],
    ])
  })

  it('composes decomposed letters pasted from some apps (s + U+0327 is ş)', () => {
    expect(normalizeWord('Siparis\u0327iniz', 'tr')).toBe('siparişiniz')
    expect(normalizeWord('Gu\u0308zel', 'tr')).toBe('güzel')
    expect(normalizeWord('İSTANBUL', 'en')).toBe('istanbul')
    expect(normalizeWord('IĞDIR', 'tr')).toBe('ığdır')
    expect(normalizeWord('Ayşe’ye', 'tr')).toBe("ayşe'ye")
  })

  it('PhraseMatcher built with the tr locale matches capitals both ways (İ/i, I/ı)', () => {
    const matcher = new PhraseMatcher<string>(
      [
        ['iade talebi', 'refund'],
        ['ışık', 'light'],
        ['İPTAL', 'cancel'],
      ],
      'tr',
    )
    expect(phraseWords('İPTAL', 'tr')).toEqual(['iptal'])
    const text = 'İADE TALEBİ alındı, IŞIK yanıyor, iptal edildi.'
    const state = buildDocument(text, { ...resolveContext({}), language: 'tr' })
    attachTree(state, parseProse(state.prose, 'tr'))
    const hits = state.sentences().flatMap((s) => matcher.match(s.words, state.prose))
    expect(hits.map((h) => [text.slice(h.start, h.end), h.entry])).toEqual([
      ['İADE TALEBİ', 'refund'],
      ['IŞIK', 'light'],
      ['iptal', 'cancel'],
    ])
  })

  it('drops a full stop the parser kept inside a word before a lower-case word', () => {
    const text = 'tamam. yarın gelir'
    const state = buildDocument(text, { ...resolveContext({}), language: 'tr' })
    attachTree(state, parseProse(state.prose, 'tr'))
    expect(state.words().map((w) => [w.value, w.start, w.end])).toEqual([
      ['tamam', 0, 5],
      ['yarın', 7, 12],
      ['gelir', 13, 18],
    ])
    // Abbreviations with inner dots keep them.
    expect(words('A.Ş. ve T.C. için', 'tr').map(([v]) => v)).toContain('A.Ş.')
  })
})
