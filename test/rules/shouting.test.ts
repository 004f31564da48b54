// `shouting` runs on its cases (rules/shouting/cases.ts, English and Turkish) through the RuleTester.
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/shouting/cases.js'
import { createLinter } from '../../src/linter.js'

ruleTester.run('shouting', cases)

describe('shouting: options', () => {
  it('rejects a mistyped option when the linter is created', () => {
    expect(() => createLinter({ rules: { shouting: ['warn', { acronym: ['NETGEAR'] }] } })).toThrow(/shouting/)
  })
})
