// `pii` runs on its cases (rules/pii/cases.ts, English and Turkish) through the RuleTester, plus
// what cases cannot express: the TC Kimlik No checksum itself and option validation.
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/pii/cases.js'
import { createLinter } from '../../src/linter.js'
import { isValidTckn } from '../../rules/pii/turkish.js'

ruleTester.run('pii', cases)

describe('pii: the TC Kimlik No checksum', () => {
  it('accepts valid numbers and rejects a wrong check digit, a leading 0 and ten digits', () => {
    expect(['12345678950', '10000000146', '12345678951', '02345678950', '1234567895'].map(isValidTckn)).toEqual([true, true, false, false, false])
  })
})

describe('pii: options', () => {
  it('rejects an unknown detector in ignore when the linter is created', () => {
    expect(() => createLinter({ rules: { pii: ['error', { ignore: ['email'] }] } })).toThrow(/pii/)
  })
})
