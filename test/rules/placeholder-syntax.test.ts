// `placeholder-syntax` runs on its cases (rules/placeholder-syntax/cases.ts) through the RuleTester.
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/placeholder-syntax/cases.js'
import { createLinter } from '../../src/linter.js'

ruleTester.run('placeholder-syntax', cases)

describe('placeholder-syntax: options', () => {
  it('rejects a mistyped option when the linter is created', () => {
    expect(() => createLinter({ rules: { 'placeholder-syntax': ['error', { filter: ['titlecase'] }] } })).toThrow(/placeholder-syntax/)
  })
})
