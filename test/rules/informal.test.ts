// `informal` runs on its cases (rules/informal/cases.ts, English and Turkish) through the RuleTester;
// option validation is checked here.
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/informal/cases.js'
import { createLinter } from '../../src/linter.js'

ruleTester.run('informal', cases)

describe('informal: options', () => {
  it('rejects an added entry without its formal words when the linter is created', () => {
    expect(() => createLinter({ rules: { informal: ['warn', { add: { gr8t: { fix: true } } }] } })).toThrow(/informal/)
  })
})
