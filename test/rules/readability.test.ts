// `readability` runs on its cases (rules/readability/cases.ts, English and Turkish) through the RuleTester;
// the formulas (Flesch–Kincaid, Ateşman, syllable counts) and option validation are checked here.
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/readability/cases.js'
import { createLinter } from '../../src/linter.js'
import { fleschKincaid, syllables } from '../../rules/readability/index.js'
import { atesman, atesmanGrade, atesmanScoreFor, turkishSyllables } from '../../rules/readability/turkish.js'

ruleTester.run('readability', cases)

describe('readability: the formulas', () => {
  it('computes Flesch–Kincaid grade and counts syllables with the syllable package', () => {
    expect(fleschKincaid(100, 5, 150)).toBeCloseTo(0.39 * 20 + 11.8 * 1.5 - 15.59, 6)
    expect([syllables('refund'), syllables('information'), syllables('authentication')]).toEqual([2, 4, 5])
  })

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

describe('readability: options', () => {
  it('rejects a target out of range when the linter is created', () => {
    expect(() => createLinter({ rules: { readability: ['warn', { readingGrade: 99 }] } })).toThrow(/readability/)
  })
})
