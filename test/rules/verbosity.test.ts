// `verbosity` runs on its cases (rules/verbosity/cases.ts, English and Turkish) through the RuleTester;
// option validation is checked here.
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/verbosity/cases.js'
import { createLinter } from '../../src/linter.js'

ruleTester.run('verbosity', cases)

describe('verbosity: options', () => {
  it('rejects a mistyped option when the linter is created', () => {
    expect(() => createLinter({ rules: { verbosity: ['warn', { maxSentenceWord: 20 }] } })).toThrow(/verbosity/)
  })
})
