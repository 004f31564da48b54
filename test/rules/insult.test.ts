// `insult` runs on its cases (rules/insult/cases.ts, English and Turkish) through the RuleTester.
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/insult/cases.js'
import { createLinter } from '../../src/linter.js'

ruleTester.run('insult', cases)

describe('insult: options', () => {
  it('rejects a mistyped option when the linter is created', () => {
    expect(() => createLinter({ rules: { insult: ['error', { ignores: ['absurd'] }] } })).toThrow(/insult/)
  })
})
