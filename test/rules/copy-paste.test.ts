// `copy-paste` runs on its cases (rules/copy-paste/cases.ts) through the RuleTester, plus what cases
// cannot express: the corpus is built once per linter, and a bad corpus fails createLinter.
import { describe, expect, it } from 'vitest'
import { resolve } from 'node:path'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/copy-paste/cases.js'
import { createLinter } from '../../src/linter.js'
import { UsageError } from '../../src/errors.js'
import type { Config } from '../../src/types.js'

const root = resolve(__dirname, '../..')
const corpus: Config = { templates: ['test/eval/templates/support-macros.jsonl'], cwd: root }

ruleTester.run('copy-paste', cases)

describe('copy-paste: the corpus', () => {
  it('is built once per linter and shared across drafts', () => {
    const linter = createLinter({ ...corpus, rules: { 'copy-paste': 'warn' } })
    const t0 = performance.now()
    for (let i = 0; i < 200; i++) linter.lintSync('Thank you for taking the time to share your feedback with us. I have passed it on to the team responsible.')
    expect(performance.now() - t0).toBeLessThan(5000)
  })

  it('fails createLinter with a usage error naming a bad corpus file', () => {
    expect(() => createLinter({ templates: ['test/fixtures/templates/bad.json'], cwd: root })).toThrow(UsageError)
    expect(() => createLinter({ templates: ['nope/macros.json'], cwd: root })).toThrow(/nope\/macros\.json/)
  })

  it('rejects a threshold outside 0–100 when the linter is created', () => {
    expect(() => createLinter({ rules: { 'copy-paste': ['warn', { threshold: 120 }] } })).toThrow(/copy-paste/)
  })
})
