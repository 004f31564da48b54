// `profanity` runs on its cases (rules/profanity/cases.ts, English and Turkish) through the RuleTester;
// what cases cannot hold stays here: the interplay with `informal`, language detection, option validation.
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/profanity/cases.js'
import { findings } from '../helpers.js'
import { createLinter } from '../../src/linter.js'

ruleTester.run('profanity', cases)

describe('profanity: interplay with informal (issue 15)', () => {
  it('"that sucks" said in sympathy is slang for informal, not profanity', () => {
    const text = 'Oh no, that sucks, sorry! Let us fix it.'
    expect(findings('profanity', text)).toEqual([])
    const [m, ...rest] = findings('informal', text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'informal', severity: 'warning', actual: 'that sucks', column: 8, suggestions: ["that's frustrating"] })
  })
})

describe('profanity: a wrong language guess does not switch it off (issue 16)', () => {
  it('runs on a short English tweet detected as Romanian, with the English words', async () => {
    const { createLinter } = await import('../../src/index.js')
    const result = await createLinter().lint("bastards, old people, people who can't drive, drunk people", { channel: 'social' })
    expect(result.language).toBe('ron')
    expect(result.messages.filter((m) => m.ruleId === 'profanity').map((m) => m.actual)).toEqual(['bastards'])
    // Style rules still wait for a language they have data for.
    expect(result.messages.filter((m) => m.ruleId === 'informal')).toEqual([])
  })

  it('reads a short tweet without its @handles (names are no language)', async () => {
    const { createLinter } = await import('../../src/index.js')
    const result = await createLinter().lint('@weidenbaum @kieffer_stein @hunterbuch66 bitch u ugly then hoe', { channel: 'social' })
    expect(result.language).toBe('en')
    expect(result.messages.filter((m) => m.ruleId === 'profanity').map((m) => m.actual)).toEqual(['bitch', 'hoe'])
  })
})

describe('profanity: options', () => {
  it('rejects a sureness out of range when the linter is created', () => {
    expect(() => createLinter({ rules: { profanity: ['error', { minSureness: 5 }] } })).toThrow(/profanity/)
  })
})
