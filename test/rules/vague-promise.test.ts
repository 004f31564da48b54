// `vague-promise` runs on its cases (rules/vague-promise/cases.ts, English and Turkish) through the
// RuleTester; the duration and SLA readers and option validation are checked here.
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/vague-promise/cases.js'
import { createLinter } from '../../src/linter.js'
import { durations, slaHours } from '../../rules/vague-promise/time.js'
import { foldText, hasConcreteTime, slaTurkish, turkishDurations } from '../../rules/vague-promise/time-tr.js'

ruleTester.run('vague-promise', cases)

describe('vague-promise: durations and SLAs', () => {
  it('reads durations and SLA strings', () => {
    expect(durations('we will reply within the next 2 to 3 business days').map((d) => d.hours)).toEqual([72])
    expect([slaHours('12 hours'), slaHours('2 business days'), slaHours('30 minutes'), slaHours('soon'), slaHours('2 iş günü')]).toEqual([12, 48, 0.5, undefined, 48])
  })

  it('reads Turkish durations and renders SLA strings in Turkish', () => {
    expect(turkishDurations(foldText('iki ila üç gün içinde size döneceğiz')).map((d) => d.hours)).toEqual([72])
    expect(turkishDurations(foldText('3-5 iş günü içinde')).map((d) => d.hours)).toEqual([120])
    expect([slaTurkish('12 hours'), slaTurkish('2 business days'), slaTurkish('30 minutes')]).toEqual(['12 saat içinde', '2 iş günü içinde', '30 dakika içinde'])
  })

  it.each([
    ['24 saat içinde size dönüş yapacağız.', true],
    ['Bugün saat 17:00’ye kadar sizi arayacağız.', true],
    ['Cuma gününe kadar çözülecek.', true],
    ['12 Mart’ta uçuşunuz yeniden planlandı.', true],
    ['Kartınız iki ila üç gün içinde adresinizde.', true],
    ['48 saatte teslim edilir.', true],
    ['Pazar yerindeki satıcıya ilettik.', false],
    ['Aralıklı kesinti için inceleme yapacağız.', false],
    ['Fark 12.50 TL olarak iade edildi.', false],
  ])('reads concrete Turkish times: %s', (text, concrete) => {
    expect(hasConcreteTime(foldText(text))).toBe(concrete)
  })
})

describe('vague-promise: options', () => {
  it('rejects a mistyped option when the linter is created', () => {
    expect(() => createLinter({ rules: { 'vague-promise': ['warn', { add: { vauge: ['soonish'] } }] } })).toThrow(/vague-promise/)
  })
})
