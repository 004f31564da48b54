// `condescension` runs on its cases (rules/condescension/cases.ts, English and Turkish) through the RuleTester.
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/condescension/cases.js'
import { expandPattern } from '../../rules/condescension/index.js'
import { createLinter } from '../../src/linter.js'

ruleTester.run('condescension', cases)

describe('condescension: pattern expansion', () => {
  it('expands required and optional groups', () => {
    expect(expandPattern('as I [already] told you')).toEqual(['as I already told you', 'as I told you'])
    expect(expandPattern("(you're|you are) wrong")).toEqual(["you're wrong", 'you are wrong'])
    expect(expandPattern("I('ll| will) say it")).toEqual(["I'll say it", 'I will say it'])
  })
})

describe('condescension: options', () => {
  it('rejects a mistyped option when the linter is created', () => {
    expect(() => createLinter({ rules: { condescension: ['warn', { ignores: ['obviously'] }] } })).toThrow(/condescension/)
  })
})
