// The public Node createLinter (from the package entry, not the internal module) routes drafts by path.
import { describe, expect, it } from 'vitest'
import { createLinter } from '../dist/src/index.js'

describe('createLinter from the package entry applies overrides by context.path', () => {
  const linter = createLinter({
    cwd: '/support',
    rules: { jargon: 'off' },
    overrides: [{ files: ['drafts/billing/**'], rules: { jargon: 'warn' } }],
  })
  const text = 'Hi Maria,\n\nWe have escalated your ticket to tier 2 and will leverage our billing tools.\n\nBest,\nSam'

  it('a draft in drafts/billing gets the jargon finding; one elsewhere does not', () => {
    const billing = linter.lintSync(text, { path: '/support/drafts/billing/refund.txt', customer: { name: 'Maria Lopez' } })
    const other = linter.lintSync(text, { path: '/support/drafts/shipping/late.txt', customer: { name: 'Maria Lopez' } })
    expect(billing.messages.filter((m) => m.ruleId === 'jargon').map((m) => m.actual)).toEqual(['to tier 2', 'leverage'])
    expect(other.messages.filter((m) => m.ruleId === 'jargon')).toEqual([])
  })
})
