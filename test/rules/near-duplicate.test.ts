// `near-duplicate` runs on its cases (rules/near-duplicate/cases.ts) through the RuleTester; the
// corpus-wide pass of `netiquette templates` is tested in test/templates/cli.test.ts.
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/near-duplicate/cases.js'
import { createLinter } from '../../src/linter.js'

ruleTester.run('near-duplicate', cases)

describe('near-duplicate: options', () => {
  it('rejects a threshold outside 0–100 when the linter is created', () => {
    expect(() => createLinter({ rules: { 'near-duplicate': ['info', { threshold: 150 }] } })).toThrow(/near-duplicate/)
  })
})
