// `sign-off` runs on its cases (rules/sign-off/cases.ts, English and Turkish) through the RuleTester.
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/sign-off/cases.js'
import { createLinter } from '../../src/linter.js'

ruleTester.run('sign-off', cases)

describe('sign-off: options', () => {
  it('rejects a mistyped option when the linter is created', () => {
    expect(() => createLinter({ rules: { 'sign-off': ['warn', { channel: ['email'] }] } })).toThrow(/sign-off/)
  })
})
