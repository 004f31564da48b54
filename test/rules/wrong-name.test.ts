// `wrong-name` runs on its cases (rules/wrong-name/cases.ts, English and Turkish) through the RuleTester.
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/wrong-name/cases.js'
import { createLinter } from '../../src/linter.js'

ruleTester.run('wrong-name', cases)

describe('wrong-name: options', () => {
  it('rejects a mistyped option when the linter is created', () => {
    expect(() => createLinter({ rules: { 'wrong-name': ['error', { nickname: { margarita: ['rita'] } }] } })).toThrow(/wrong-name/)
  })
})
