import { describe, expect, it } from 'vitest'
import { displaySuggestion, formatStylish } from '../src/report/stylish.js'
import { createLinter } from '../src/linter.js'

describe('stylish suggestions', () => {
  it('shows an addition after the flagged line as … plus what is added, line breaks as ⏎', () => {
    const line = 'Your refund is on its way and should arrive within 3 business days.'
    expect(displaySuggestion(`${line}\n\nBest regards,`, line)).toBe('…⏎⏎Best regards,')
  })

  it('keeps short replacements as they are and shortens long ones in the middle', () => {
    expect(displaySuggestion('before', 'prior to')).toBe('before')
    const long = 'a'.repeat(60) + ' middle ' + 'z'.repeat(60)
    const shown = displaySuggestion(long, 'x')
    expect(shown).toHaveLength(76)
    expect(shown.startsWith('a'.repeat(50) + '…')).toBe(true)
    expect(shown.endsWith('z'.repeat(25))).toBe(true)
  })

  it('prints a missing sign-off on one line per suggestion list', async () => {
    const text = 'Hi Maria,\n\nYour refund is on its way and should arrive within 3 business days.\n'
    const result = await createLinter().lint(text)
    const out = formatStylish([{ path: 'reply.txt', result }], { color: false })
    expect(out).toContain('→ “…⏎⏎Best regards,”, “…⏎⏎Kind regards,”')
    // The JSON keeps the exact rewrite.
    expect(result.messages.find((m) => m.ruleId === 'sign-off')!.suggestions[0]).toBe('Your refund is on its way and should arrive within 3 business days.\n\nBest regards,')
  })
})
