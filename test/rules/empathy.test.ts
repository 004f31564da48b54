// `empathy` runs on its cases (rules/empathy/cases.ts, English and Turkish) through the RuleTester;
// beside them: one linter reused across drafts and messages (the rule keeps the last message's analysis).
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/empathy/cases.js'
import { createLinter } from '../../src/linter.js'
import { rules } from '../../rules/index.js'
import type { ReplyContext } from '../../src/types.js'

ruleTester.run('empathy', cases)

describe('empathy: one linter, many drafts', () => {
  it('analyses each new message (and language) afresh, and reuses nothing across them', () => {
    const linter = createLinter({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === 'empathy' ? 'warn' : 'off'])) })
    const reply = 'Hi Maria,\n\nWe have refunded the delivery fee to your card.\n\nBest regards,\nSam'
    const said = (message: string, language?: ReplyContext['language']): ReplyContext => ({ channel: 'email', customer: { name: 'Maria Garcia', message }, ...(language ? { language } : {}) })
    const why = (message: string, language?: ReplyContext['language']) => linter.lintSync(reply, said(message, language)).messages.map((m) => m.message)
    expect(why('This is the third time I asked.')).toEqual(['The customer is frustrated (“third time”): acknowledge it before solving the problem.'])
    expect(why('This is the third time I asked.')).toEqual(['The customer is frustrated (“third time”): acknowledge it before solving the problem.'])
    expect(why('How do I change my e-mail address?')).toEqual([])
    // `amk` is profanity only in the Turkish lexicon: the same message read in another language is analysed again.
    expect(why('kargom gelmedi amk', 'tr')).toEqual(['The customer is frustrated (strong language): acknowledge it before solving the problem.'])
    expect(why('kargom gelmedi amk')).toEqual([])
  })
})
