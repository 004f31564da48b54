// `placeholder` runs on its cases (rules/placeholder/cases.ts, English and Turkish) through the RuleTester.
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/placeholder/cases.js'
import { createLinter } from '../../src/linter.js'

ruleTester.run('placeholder', cases)

describe('placeholder: options', () => {
  it('takes no options', () => {
    expect(() => createLinter({ rules: { placeholder: ['error', { dialect: 'liquid' }] } })).toThrow(/placeholder/)
  })
})
