/**
 * Regression tests for the mechanisms added after the second blind batch (issue 16): each test
 * is a class of wording, written here in our own words, not a copy of a batch draft.
 */
import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import type { ReplyContext } from '../../src/types.js'

const en = (rule: string, text: string, ctx: ReplyContext = {}) => only(rule, text, ctx)
const tr = (rule: string, text: string, ctx: ReplyContext = {}) => only(rule, text, { language: 'tr', ...ctx })
const actuals = (rule: string, text: string, ctx: ReplyContext = {}) => only(rule, text, ctx).map((m) => m.actual)

describe('vague-promise: someone will contact you, with no time', () => {
  it('flags a third-person contact promise with its position and a time hint', () => {
    const text = 'Thanks for your patience. Someone from our billing team will contact you about the refund.'
    const [m, ...rest] = en('vague-promise', text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'vague-promise', actual: 'contact you', line: 1, column: 62, offset: 61, suggestions: ['contact you by <day/time>'] })
    expect(m!.message).toBe('“contact you” gives no time: say when, so the customer knows when to expect it (“contact you by <day/time>”).')
  })

  it.each([
    ['a call back', 'A technician from our partner will call you back to arrange the visit.', 'call you back'],
    ['a capacity horizon', 'The replacement will be shipped as quickly as we can manage.', 'as quickly as we can'],
    ['a little while', 'An update will be published in the next little while.', 'little while'],
  ])('flags %s', (_label, text, actual) => {
    expect(actuals('vague-promise', text)).toEqual([actual])
  })

  it.each([
    ['a concrete time', 'Our courier will call you tomorrow before 10 am.'],
    ['a condition', "We'll contact you if we need any more documents."],
    ['a request to the customer', "Please contact us when you're back home."],
    ['the past', 'Our agent contacted you yesterday about the refund.'],
    ['an offer', 'You can call us back at any time.'],
    ['an event that sets the time', 'The driver will call you when he is outside.'],
    ['a step the customer takes first', "Please fill in the form on our site and we'll get in touch with you."],
    ['a handle, then a step the customer takes first', "@lena_k Please reply to the e-mail and I'll reach out to you."],
    ['"right away"', 'A member of our team will call you right away.'],
    ['advice that opens with "make sure to"', 'Make sure to leave the laptop on for the backup to be complete asap.'],
  ])('is silent on %s', (_label, text) => {
    expect(en('vague-promise', text)).toEqual([])
  })
})

describe('vague-promise (Turkish): passive notice with no time, and a past clause before ve', () => {
  it('flags "size bildirilecektir" with no time', () => {
    const [m, ...rest] = tr('vague-promise', 'Talebinizin sonucu size bildirilecektir.')
    expect(rest).toEqual([])
    expect(m).toMatchObject({ actual: 'size bildirilecektir', column: 20, offset: 19, suggestions: ['<süre> içinde size bildirilecektir'] })
    expect(m!.message).toBe('“size bildirilecektir” gives no time: say when, so the customer knows when to expect it (“<süre> içinde size bildirilecektir”).')
  })

  it('is silent with a time, and on a time word whose own verb is in the past', () => {
    expect(tr('vague-promise', 'Sonuç yarın size bildirilecektir.')).toEqual([])
    expect(tr('vague-promise', 'Arıza dün kısa sürede giderildi ve sistem o zamandan beri çalışıyor.')).toEqual([])
    expect(tr('vague-promise', 'Arıza kısa sürede giderilecek ve sistem çalışacak.').map((m) => m.actual)).toEqual(['kısa sürede'])
  })

  it('reads a vague horizon in its own clause, not the event of the clause after ve', () => {
    const text = 'Yedek parçalar önümüzdeki günlerde servisimize gelecek ve cihazınız hemen ardından onarılacak.'
    expect(tr('vague-promise', text).map((m) => [m.actual, m.offset])).toEqual([['önümüzdeki günlerde', 15]])
  })
})

describe('condescension: sorry you feel + an opinion', () => {
  it('flags the non-apology before a clause, with its rewrite', () => {
    const [m, ...rest] = en('condescension', "I'm sorry you feel the delivery took too long.")
    expect(rest).toEqual([])
    expect(m).toMatchObject({ actual: "I'm sorry you feel", column: 1, offset: 0, suggestions: ["I'm sorry this happened", "I'm sorry for the trouble this caused"] })
    expect(m!.message).toBe("“I'm sorry you feel” is a non-apology: it regrets the customer's feelings, not what happened. Try “I'm sorry this happened” instead.")
    expect(actuals('condescension', "We're sorry you think our fees are unfair.")).toEqual(["We're sorry you think"])
  })

  it('is silent on sympathy for how the customer feels', () => {
    expect(en('condescension', "I'm sorry you felt unwell after the flight.")).toEqual([])
  })
})

describe('condescension (Turkish): repeating, blame-shifting, counterfactual blame', () => {
  it('flags "as I said before" after size and with üzere', () => {
    expect(tr('condescension', 'Size daha önce de belirttiğim gibi kargo ücretsizdir.').map((m) => [m.actual, m.offset])).toEqual([['daha önce de belirttiğim gibi', 5]])
    expect(tr('condescension', 'Bir önceki e-postamda da açıkladığım üzere iade süresi 30 gündür.').map((m) => m.actual)).toEqual(['Bir önceki e-postamda da açıkladığım üzere'])
  })

  it('flags "nothing to do with our company"', () => {
    expect(tr('condescension', 'Bu arızanın şirketimizle hiçbir ilgisi yoktur.').map((m) => m.actual)).toEqual(['şirketimizle hiçbir ilgisi yoktur'])
  })

  it('flags "had you …, you would have …" read from the verb endings', () => {
    const [m, ...rest] = tr('condescension', 'Faturayı dikkatle inceleseydiniz ücretin doğru olduğunu görürdünüz.')
    expect(rest).toEqual([])
    expect(m).toMatchObject({ actual: 'inceleseydiniz ücretin doğru olduğunu görürdünüz', offset: 18, suggestions: ['İlgili bilgi şu bölümde yer alıyor:'] })
    expect(m!.message).toMatch(/puts the blame on the customer/)
  })

  it('is silent when we are the ones who would have acted, and after yukarıda', () => {
    expect(tr('condescension', 'Bize daha önce yazsaydınız sorunu hemen çözerdik.')).toEqual([])
    expect(tr('condescension', 'Yukarıda belirttiğim üzere kargo ücretsizdir.')).toEqual([])
  })
})

describe('insult: judgements of what the customer did or asked', () => {
  it('reads "without" as negating its own phrase, not the judgement after the verb', () => {
    const [m, ...rest] = en('insult', 'Deleting the folder without a copy was an idiotic thing to do.')
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'insult', actual: 'idiotic', offset: 42 })
    expect(en('insult', 'We fixed it without any idiotic workarounds.')).toEqual([])
  })

  it('flags an evaluative word on the customer’s request', () => {
    const [m] = en('insult', 'Honestly, that is a pointless request.')
    expect(m).toMatchObject({ actual: 'pointless request', offset: 20 })
    expect(m!.message).toBe("Don't use “pointless request”: it is demeaning when said about the customer, their request or the situation. Remove it or reword the sentence.")
  })

  it('is silent on our own slip and on a negated judgement', () => {
    expect(en('insult', 'That was a silly mistake on our part.')).toEqual([])
    expect(en('insult', "There's no such thing as a silly complaint.")).toEqual([])
  })

  it('flags Turkish "kafasız" said of a person, not of a screw', () => {
    expect(tr('insult', 'Bu kadar basit bir formu dolduramamak için kafasız olmak gerekir.').map((m) => [m.actual, m.offset])).toEqual([['kafasız', 43]])
    expect(tr('insult', 'Montajda kafasız vida kullanılıyor.')).toEqual([])
  })
})

describe('verbosity: a wish to announce', () => {
  it('cuts "I just wanted to quickly let you know that" with a safe fix', () => {
    const [m, ...rest] = en('verbosity', 'I just wanted to quickly let you know that your parcel has left our warehouse.')
    expect(rest).toEqual([])
    expect(m).toMatchObject({ offset: 0, suggestions: ['Your'], fix: { offset: 0, endOffset: 47, text: 'Your' } })
    expect(m!.message).toBe('“I just wanted to quickly let you know that” is filler: the sentence says the same without it.')
  })

  it('is silent when someone else is told', () => {
    expect(en('verbosity', 'We wanted to let the courier know about the gate code.')).toEqual([])
  })
})

describe('respect: a willing yes is courtesy; a causative is a request', () => {
  it('counts "Sure." on its own as a courtesy marker', () => {
    expect(en('respect', 'Hi Ola! Sure. Open the app, tap Orders and pick the parcel you want to return.', { channel: 'chat' })).toEqual([])
    expect(actuals('respect', 'Hi Ola! Open the app, tap Orders and pick the parcel you want to return.', { channel: 'chat' })).toEqual([''])
  })

  it('flags a bare Turkish causative imperative (ulaştırınız) with the ability question', () => {
    const [m, ...rest] = tr('respect', "Merhaba Ayla Hanım,\n\nDilekçenin aslını 15 Mayıs'a kadar şubemize ulaştırınız.\n\nSaygılarımızla", { channel: 'email' })
    expect(rest).toEqual([])
    expect(m).toMatchObject({ line: 3, column: 1, offset: 21, suggestions: ["Dilekçenin aslını 15 Mayıs'a kadar şubemize ulaştırabilir misiniz?", "Lütfen dilekçenin aslını 15 Mayıs'a kadar şubemize ulaştırınız."] })
  })
})

describe('empathy (Turkish): a recurring failure, and counts that are not repeats', () => {
  const reply = 'Merhaba Oya Hanım, yeni sürüm bu hatayı düzeltiyor.'
  it('reads "her girdiğimde donuyor" as a persisting problem', () => {
    const [m, ...rest] = tr('empathy', reply, { channel: 'chat', customer: { message: 'Uygulama her girdiğimde donuyor.' } })
    expect(rest).toEqual([])
    expect(m).toMatchObject({ offset: 19, suggestions: ['Sorunun hâlâ devam ettiği için özür dileriz. ', 'Bu durumun ne kadar can sıkıcı olduğunu anlıyoruz. '] })
    expect(m!.message).toBe('The customer is frustrated (“her girdiğimde donuyor”): acknowledge it before solving the problem.')
  })

  it('counts "3 kez" only for contacts or failures', () => {
    expect(tr('empathy', reply, { channel: 'chat', customer: { message: 'Sepeti 3 kez boşaltıp yeniden doldurdum, şimdi iki paket geldi.' } })).toEqual([])
    expect(tr('empathy', reply, { channel: 'chat', customer: { message: 'Sizi 3 kez aradım, kimse açmadı.' } }).map((m) => m.message)).toEqual(['The customer is frustrated (“3 kez”): acknowledge it before solving the problem.'])
  })
})

describe('pii (Turkish): a code announced by a verb and a colon', () => {
  it('flags the digits, not an order code', () => {
    expect(tr('pii', 'Size yeni bir doğrulama kodu tanımladım: 482913.').map((m) => [m.actual, m.offset])).toEqual([['482913', 41]])
    expect(tr('pii', 'Sipariş kodu oluşturuldu: 48291.')).toEqual([])
  })

  it('reads a password cue in the third person (the account’s new password)', () => {
    expect(tr('pii', 'Üyeliğinizin geçici parolası Limon#47, ilk girişte değiştirmenizi öneririz.').map((m) => [m.actual, m.offset])).toEqual([['Limon#47', 29]])
    expect(tr('pii', 'Modemin şifresi sıfırlandı, yeni şifreyi SMS ile gönderdik.')).toEqual([])
  })

  it("is silent on the company's own IBAN named as `IBAN numaralı hesabımıza`", () => {
    expect(tr('pii', 'Havaleyi TR33 0006 1005 1978 6457 8413 26 IBAN numaralı hesabımıza yapabilirsiniz.')).toEqual([])
    expect(tr('pii', 'Kayıtlı IBAN bilginiz TR33 0006 1005 1978 6457 8413 26 olarak görünüyor.').map((m) => m.actual)).toEqual(['TR33 0006 1005 1978 6457 8413 26'])
  })
})

describe('informal, not profanity: "<noun> sucks" (issue 15)', () => {
  it('is slang with a rewrite and never a profanity', () => {
    const text = 'This update sucks, I know. I have reset it for you.'
    expect(en('informal', text).map((m) => [m.actual, m.offset, m.suggestions])).toEqual([['sucks', 12, ['is frustrating']]])
    expect(en('profanity', text)).toEqual([])
  })
})
