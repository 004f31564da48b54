// `respect` runs on its cases (rules/respect/cases.ts, English and Turkish) through the RuleTester;
// beside them: compromise loading only when needed (first in the file), the rewrite helpers and options validation.
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/respect/cases.js'
import { politeRequest } from '../../rules/respect/index.js'
import { abilityQuestion, converb, imperativeStem, politeSentence } from '../../rules/respect/turkish.js'
import { compromiseLoaded, foldName, imperative, isFirstName, nameKind } from '../../src/nlp/compromise.js'
import { createLinter } from '../../src/linter.js'
import { rules } from '../../rules/index.js'
import type { ReplyContext } from '../../src/types.js'

const email: ReplyContext = { channel: 'email', customer: { name: 'Maria Garcia' } }
const chat: ReplyContext = { channel: 'chat' }
const social: ReplyContext = { channel: 'social' }

// First in the file: compromise is loaded only when a sentence needs it (~300 ms, once).
describe('compromise stays unloaded until a sentence needs it', () => {
  it('lints ordinary replies with every courtesy rule on without loading it, then loads it for an ambiguous verb', () => {
    const ids = ['greeting', 'wrong-name', 'sign-off', 'respect', 'empathy']
    const linter = createLinter({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, ids.includes(r.meta.id) ? 'warn' : 'off'])) })
    const replies: Array<[string, ReplyContext]> = [
      ['Hi Maria,\n\nSend the receipt and your order number, please.\n\nBest regards,\nSam', email],
      ['Dear customer,\n\nYour refund is on its way.\n\nThanks,\nSam', email],
      ['@maria_g DM us your order number.', social],
      ['Thanks for waiting! Click Settings, then choose Privacy.', chat],
      ['Hi Maria,\n\nWe have refunded the fee.\n\nBest,\nSam', { ...email, customer: { name: 'Maria Garcia', message: 'This is the third time!!!' } }],
    ]
    for (const [text, ctx] of replies) linter.lintSync(text, ctx)
    expect(compromiseLoaded()).toBe(false)
    linter.lintSync('Thanks! State law requires us to hold the deposit.', chat)
    expect(compromiseLoaded()).toBe(true)
  })
})

ruleTester.run('respect', cases)

describe('respect: options', () => {
  it('rejects a mistyped option when the linter is created', () => {
    expect(() => createLinter({ rules: { respect: ['warn', { minWord: 8 }] } })).toThrow(/respect/)
  })
})

describe('politeRequest', () => {
  it.each([
    ['Send us the receipt.', 'Could you please send us the receipt?'],
    ["DM us your order number and we'll check.", "Could you please DM us your order number? We'll check."],
    ['Reply with your account e-mail:', 'Could you please reply with your account e-mail?'],
  ])('%s', (command, expected) => {
    expect(politeRequest(command)).toBe(expected)
  })
})

describe('src/nlp/compromise helpers (shared with other rules)', () => {
  it.each([
    ['Send us the receipt.', undefined, 'Send'],
    ['Just reply to this email with the photos.', undefined, 'reply'],
    ['Restart the router and try again.', undefined, 'Restart'],
    ['Contact details are below.', new Set(['contact']), undefined],
    ['Let me check that for you.', undefined, undefined],
    ['Your order shipped today.', undefined, undefined],
    ['Provide your order number.', new Set(['send']), undefined],
  ])('imperative(%j)', (sentence, verbs, verb) => {
    expect(imperative(sentence, verbs)?.verb).toBe(verb)
  })

  it('tells first names from ordinary words by the lexicon', () => {
    expect([isFirstName('Aisha'), isFirstName('José'), isFirstName('Jordan'), isFirstName('Support'), isFirstName('Bill')]).toEqual([true, true, true, false, false])
    expect(nameKind('Khan')).toBe('last')
    expect(foldName('María')).toBe('maria')
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
