// Property-based tests of the engine (fast-check): any string lints without throwing, every
// range lies inside the text and slices to `actual`, fixes never overlap, fixing is idempotent.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createLinter } from '../src/linter.js'
import { applyFixes } from '../src/fix.js'

const linter = createLinter({ extends: ['netiquette:strict'] })

// Realistic fragments mixed with arbitrary text, so rules actually fire.
const fragment = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    'Hi {{first_name}},',
    'Dear customer,',
    'crap',
    'f*ck',
    'PLEASE SEND IT NOW!!',
    'u',
    'pls',
    'ASAP',
    'soon',
    '4111 1111 1111 1111',
    'utilize',
    'in order to',
    'RMA',
    'Best regards,\nSam',
    '\n> quoted shit\n',
    '\n\n',
    'On Mon, Jan 5, 2025, Bob wrote:',
    '<p>',
    '</blockquote>',
    '`code`',
    '[Customer Name]',
    'XXX',
    '😀',
    'ı İ ş ğ',
    'Thanks, John!',
    'Send the receipt.',
    'as I already told you',
    'stupid',
    '??!!',
    'https://x.co/a?b={{id}}',
  ),
)
const draft = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(' '))
const context = fc.record({
  channel: fc.constantFrom('email', 'chat', 'social', 'sms'),
  format: fc.constantFrom('text', 'markdown', 'html'),
  followup: fc.boolean(),
  customer: fc.record({ name: fc.constantFrom(undefined, 'Maria Lopez', 'Ayşe Yılmaz'), message: fc.constantFrom(undefined, 'this is shit!!') }),
}) as fc.Arbitrary<Parameters<typeof linter.lintSync>[1]>

describe('engine properties', () => {
  it('any string lints without throwing; every range lies inside the text and slices to actual', () => {
    fc.assert(
      fc.property(draft, context, (text, ctx) => {
        const result = linter.lintSync(text, ctx)
        for (const m of result.messages) {
          expect(m.offset).toBeGreaterThanOrEqual(0)
          expect(m.endOffset).toBeGreaterThanOrEqual(m.offset)
          expect(m.endOffset).toBeLessThanOrEqual(text.length)
          expect(text.slice(m.offset, m.endOffset)).toBe(m.actual)
          expect(m.line).toBeGreaterThanOrEqual(1)
          expect(m.column).toBeGreaterThanOrEqual(1)
          if (m.fix) {
            expect(m.fix.offset).toBeGreaterThanOrEqual(0)
            expect(m.fix.endOffset).toBeLessThanOrEqual(text.length)
          }
        }
        const sorted = [...result.messages].sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset)
        expect(result.messages.map((m) => m.offset)).toEqual(sorted.map((m) => m.offset))
      }),
      { numRuns: 300 },
    )
  })

  it('arbitrary unicode never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        linter.lintSync(text)
        linter.lintSync(text, { format: 'html' })
        linter.lintSync(text, { format: 'markdown' })
      }),
      { numRuns: 200 },
    )
  })

  it('applied fixes never overlap and rebuild the output exactly', () => {
    fc.assert(
      fc.property(draft, context, (text, ctx) => {
        const { output, fixes } = applyFixes(text, linter.lintSync(text, ctx).messages)
        let rebuilt = ''
        let cursor = 0
        for (const f of fixes) {
          expect(f.offset).toBeGreaterThanOrEqual(cursor)
          rebuilt += text.slice(cursor, f.offset) + f.text
          cursor = f.endOffset
        }
        expect(rebuilt + text.slice(cursor)).toBe(output)
      }),
      { numRuns: 200 },
    )
  })

  it('fix(fix(x)) === fix(x)', () => {
    fc.assert(
      fc.property(draft, context, (text, ctx) => {
        const once = linter.fixSync(text, ctx)
        expect(linter.fixSync(once, ctx)).toBe(once)
      }),
      { numRuns: 200 },
    )
  })
})

describe('applyFixes', () => {
  it('applies the first of overlapping fixes and skips the rest', () => {
    const base = { ruleId: 'x', severity: 'warning' as const, message: '', line: 1, column: 1, endLine: 1, endColumn: 1, actual: '', suggestions: [], url: '' }
    const { output, applied } = applyFixes('abcdef', [
      { ...base, offset: 1, endOffset: 3, fix: { offset: 1, endOffset: 3, text: 'X' } },
      { ...base, offset: 2, endOffset: 4, fix: { offset: 2, endOffset: 4, text: 'Y' } },
      { ...base, offset: 4, endOffset: 5, fix: { offset: 4, endOffset: 5, text: 'Z' } },
    ])
    expect(output).toBe('aXdZf')
    expect(applied).toBe(2)
  })
})
