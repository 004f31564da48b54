// Issue 17: fuzzing with structured hostile drafts (fast-check). Where test/properties.test.ts
// mixes ordinary fragments, these drafts are built from what breaks parsers and regular
// expressions: every placeholder dialect (closed, unclosed, nested, padded), HTML entities and
// tags, quote markers and attributions, code fences with bare CRs, mixed scripts, lone
// surrogates and 100,000-character words. Checked: no throw, every range inside the text and
// slicing to `actual`, applied fixes never overlap, fixing twice changes nothing.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createLinter } from '../src/linter.js'
import { applyFixes } from '../src/fix.js'
import type { ReplyContext } from '../src/types.js'

const linter = createLinter({ extends: ['netiquette:strict'] })

const placeholder = fc.oneof(
  fc.constantFrom(
    '{{first_name}}',
    '{{ customer.name | fallback: "there" }}',
    '{{- name -}}',
    '{{{Recipient.FirstName}}}',
    '{%customer.firstName,fallback=there%}',
    '{% if x %}',
    '{{#if vip}}',
    '{{/if}}',
    '{!Contact.FirstName, Valued Customer}',
    '[[MISSING TOKEN - first_name]]',
    '[Customer Name]',
    '<NAME>',
    '%FIRSTNAME%',
    '@firstname',
    '{first_name}',
    'XXX',
    'XXXX-XXXX-XXXX-4417',
    '%{ticket.number}',
    '[Sipariş No]',
    '___',
  ),
  // Unclosed, padded and doubled delimiters around a name.
  fc.tuple(fc.constantFrom('{{', '{{{', '{%', '{!', '[[', '[', '<', '%', '{'), fc.constantFrom(' ', '  ', '\t', ''), fc.constantFrom('first_name', 'name', 'x', ''), fc.constantFrom('}}', '}', '%}', ']', '>', '', ' }}', '-}}')).map((p) => p.join('')),
)
const entity = fc.constantFrom('&amp;', '&eacute;', '&nbsp;', '&#233;', '&#x1F600;', '&lt;p&gt;', '&', '&unknown;', '&#;', '&#x;')
const markup = fc.constantFrom('<p>', '</p>', '<br>', '<b>', '</b>', '<a href="https://x.co">', '</a>', '<!-- netiquette-disable -->', '<!-- netiquette-enable', '<', '>', '<<')
const quote = fc.constantFrom('\n> ', '\n>> ', '\nOn Mon, 5 Jan 2025, Bob <bob@x.co> wrote:\n', '\n-----Original Message-----\n', '\nFrom: Bob\nSent: Monday\n', '\n3 Mar 2025 Pzt, saat 10:02 tarihinde Ayşe şunu yazdı:\n')
const fence = fc.constantFrom('```', '```\n', '\n```\n', '~~~', '```\r', '\r```\r', '`', '`code`', '\r', '\r\n')
const script = fc.constantFrom('Hi Maria', 'Merhaba Ayşe Hanım', 'İyi günler', 'ıİşŞğĞçÇöÖüÜ', 'Привет', 'مرحبا', '你好', 'こんにちは', '😀👍🏽', 'e\u0301', '\u200b', '\u2028', '\u00a0')
const surrogate = fc.constantFrom('\ud83d', '\ude00', '\udc00\ud800', 'a\ud800b')
const word = fc.oneof(fc.constantFrom('thanks', 'please', 'shit', 'f*ck', 'sh1t', 'ASAP', 'RMA', 'utilize', 'password: hunter2', 'code is 123456', '4111 1111 1111 1111', 'soon', 'u'), fc.string({ maxLength: 12 }))
const piece = fc.oneof(placeholder, entity, markup, quote, fence, script, surrogate, word, fc.constantFrom(' ', '  ', '\n', '\n\n', '.', ',', '!', '?'))
const hostileDraft = fc.array(piece, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''))

const context: fc.Arbitrary<ReplyContext> = fc.record({
  channel: fc.constantFrom('email', 'chat', 'social', 'sms'),
  format: fc.constantFrom('text', 'markdown', 'html'),
  language: fc.constantFrom(undefined, 'en', 'tr'),
  customer: fc.record({ name: fc.constantFrom(undefined, 'Maria Lopez', 'Ayşe Yılmaz'), message: fc.option(hostileDraft, { nil: undefined }) }),
}) as fc.Arbitrary<ReplyContext>

function checkRanges(text: string, ctx: ReplyContext): void {
  const { messages } = linter.lintSync(text, ctx)
  for (const m of messages) {
    expect(m.offset).toBeGreaterThanOrEqual(0)
    expect(m.endOffset).toBeGreaterThanOrEqual(m.offset)
    expect(m.endOffset).toBeLessThanOrEqual(text.length)
    expect(m.actual).toBe(text.slice(m.offset, m.endOffset))
    if (m.fix) {
      expect(m.fix.offset).toBeGreaterThanOrEqual(0)
      expect(m.fix.offset).toBeLessThanOrEqual(m.fix.endOffset)
      expect(m.fix.endOffset).toBeLessThanOrEqual(text.length)
    }
  }
  const { output, fixes } = applyFixes(text, messages)
  let rebuilt = ''
  let cursor = 0
  for (const f of fixes) {
    expect(f.offset).toBeGreaterThanOrEqual(cursor)
    rebuilt += text.slice(cursor, f.offset) + f.text
    cursor = f.endOffset
  }
  expect(rebuilt + text.slice(cursor)).toBe(output)
}

describe('fuzzing with hostile drafts', () => {
  it('structured hostile drafts: no throw, ranges inside the text and equal to actual, fixes never overlap', () => {
    fc.assert(
      fc.property(hostileDraft, context, (text, ctx) => checkRanges(text, ctx)),
      { numRuns: 200 },
    )
  })

  it('fixing a hostile draft twice changes nothing', () => {
    fc.assert(
      fc.property(hostileDraft, context, (text, ctx) => {
        const once = linter.fixSync(text, ctx)
        expect(linter.fixSync(once, ctx)).toBe(once)
      }),
      { numRuns: 100 },
    )
  })

  it('100,000-character words among hostile pieces', () => {
    const longWord = fc.tuple(fc.constantFrom('a', 'X', 'ş', '😀', '.', '-', '{', '[', '!', '0', 'ab'), fc.integer({ min: 20_000, max: 100_000 })).map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)))
    const draft = fc.tuple(hostileDraft, longWord, hostileDraft).map((parts) => parts.join(' '))
    fc.assert(
      fc.property(draft, context, (text, ctx) => {
        checkRanges(text, ctx)
        const once = linter.fixSync(text, ctx)
        expect(linter.fixSync(once, ctx)).toBe(once)
      }),
      { numRuns: 10 },
    )
  }, 120_000)
})
