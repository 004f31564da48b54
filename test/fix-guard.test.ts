// A fix never changes what its rule does not own: markup in HTML drafts (tags, comments,
// character references) and line breaks (hard-wrapped lines are not joined).
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createLinter } from '../src/linter.js'
import { guardFix } from '../src/fix.js'
import { scanMarkup } from '../src/input/html-markup.js'

const linter = createLinter()

describe('guardFix: markup', () => {
  const html = '<p>Dear <b>[Customer</b> Name] &amp; team<!-- x --></p>'
  const markup = () => scanMarkup(html)
  const at = (s: string) => html.indexOf(s)

  it('drops a fix whose range covers a tag, a reference or a comment, or starts inside one', () => {
    const placeholder = { offset: at('[Customer'), endOffset: at(' &amp;'), text: 'Maria' }
    expect(html.slice(placeholder.offset, placeholder.endOffset)).toBe('[Customer</b> Name]')
    expect(guardFix(html, placeholder, markup)).toBeUndefined()
    expect(guardFix(html, { offset: at('&amp;') + 1, endOffset: at(' team'), text: '' }, markup)).toBeUndefined()
    expect(guardFix(html, { offset: at('team'), endOffset: at('</p>'), text: 'group' }, markup)).toBeUndefined()
    expect(guardFix(html, { offset: at('<b>') + 1, endOffset: at('<b>') + 1, text: 'x' }, markup)).toBeUndefined()
  })

  it('keeps a fix inside text, and an insertion at a tag edge', () => {
    const dear = { offset: at('Dear'), endOffset: at('Dear') + 4, text: 'Hello' }
    expect(guardFix(html, dear, markup)).toEqual(dear)
    const edge = { offset: at('<b>'), endOffset: at('<b>'), text: 'x ' }
    expect(guardFix(html, edge, markup)).toEqual(edge)
    // Plain text and Markdown have no markup to guard.
    expect(guardFix('a <b> c', { offset: 2, endOffset: 5, text: 'b' })).toEqual({ offset: 2, endOffset: 5, text: 'b' })
  })
})

describe('guardFix: line breaks', () => {
  it('carries a line break over to the matching gap of the rewrite', () => {
    expect(guardFix('thanks u \nr great', { offset: 7, endOffset: 11, text: 'you are' })).toEqual({ offset: 7, endOffset: 11, text: 'you \nare' })
    expect(guardFix('thanks u\r\nr great', { offset: 7, endOffset: 11, text: 'you are' })).toEqual({ offset: 7, endOffset: 11, text: 'you\r\nare' })
  })

  it('drops a rewrite that would join lines when the gaps do not line up', () => {
    expect(guardFix('we will\nsend it', { offset: 3, endOffset: 12, text: 'send' })).toBeUndefined()
  })

  it('allows deleting whole lines, which joins nothing', () => {
    const text = 'Hi Maria,\n\nI hope this finds you well.\n\nYour refund was sent.'
    const line = { offset: 11, endOffset: 40, text: '' }
    expect(text.slice(line.offset, line.endOffset)).toBe('I hope this finds you well.\n\n')
    expect(guardFix(text, line)).toEqual(line)
    // …but not deleting a line break between two pieces of text.
    expect(guardFix('Thanks u\nr great', { offset: 6, endOffset: 10, text: '' })).toBeUndefined()
  })
})

describe('fixes in drafts', () => {
  it('a placeholder split across tags keeps its suggestion but has no fix; fix() leaves the markup alone', () => {
    const draft = '<p>Dear <b>[Customer</b> Name],</p><p>Your refund was sent today.</p><p>Best regards,<br>Sam</p>'
    const context = { format: 'html' as const, customer: { name: 'Maria Lopez' } }
    const placeholder = linter.lintSync(draft, context).messages.find((m) => m.ruleId === 'placeholder')!
    expect([placeholder.actual, placeholder.suggestions, placeholder.fix]).toEqual(['[Customer</b> Name]', ['Maria Lopez'], undefined])
    expect(linter.fixSync(draft, context)).toBe(draft)
    // The same placeholder within one text node is still filled.
    expect(linter.fixSync('<p>Dear <b>[Customer Name]</b>,</p>', context)).toBe('<p>Dear <b>Maria Lopez</b>,</p>')
  })

  it('a fix across a hard-wrapped line keeps the line break (LF and CRLF)', () => {
    const [informal] = linter.lintSync('thanks u \nr great').messages.filter((m) => m.ruleId === 'informal')
    expect([informal!.offset, informal!.endOffset, informal!.suggestions, informal!.fix]).toEqual([7, 11, ['you are'], { offset: 7, endOffset: 11, text: 'you \nare' }])
    expect(linter.fixSync('thanks u \nr great')).toBe('thanks you \nare great')
    const crlf = 'Hi Maria,\r\n\r\nThanks, u\r\nr right: it left today.\r\n\r\nBest regards,\r\nSam\r\n'
    expect(linter.fixSync(crlf)).toBe('Hi Maria,\r\n\r\nThanks, you\r\nare right: it left today.\r\n\r\nBest regards,\r\nSam\r\n')
  })
})

// Random HTML drafts: tags, comments and references around placeholders, text-speak, names.
const piece = fc.constantFrom(
  '<p>',
  '</p>',
  '<b>',
  '</b>',
  '<i>',
  '</i>',
  '<br>',
  '<a href="https://x.co/?a=1&amp;b=2">',
  '</a>',
  '<span class="x">',
  '</span>',
  '<!-- note -->',
  '&amp;',
  '&rsquo;',
  '&nbsp;',
  '<blockquote>',
  '</blockquote>',
  'Dear',
  'Hi',
  '[Customer',
  'Name]',
  '[Customer Name]',
  '{{first_name}}',
  '{{ customer.name }}',
  'Maria',
  'Lopez',
  'u',
  'r',
  'pls',
  'thx',
  'ur',
  'gonna',
  'utilize',
  'in order to',
  'ASAP',
  'PLEASE SEND IT NOW!!',
  'Best regards,',
  'Sam',
  'Thanks!',
  ',',
  '.',
  '\n',
  'sorry',
)
const htmlDraft = fc.array(fc.tuple(piece, fc.constantFrom('', ' ', '\n')), { maxLength: 30 }).map((parts) => parts.map(([p, sep]) => p + sep).join(''))
// eslint-disable-next-line regexp/no-super-linear-move -- short test drafts
const TAGS = /<[^>]*>/g
const REFERENCE_LIKE = /&[a-z]*;?/g

describe('fix keeps markup (property)', () => {
  // A character reference is text: a fix may replace one whole (`[Customer&rsquo;Name]` → `Maria Lopez`,
  // `Jos&eacute;` → `Maria`) but never cut one; tags and comments are never touched.
  it('the exact sequence of tags and comments survives fix(), and no reference is ever cut', () => {
    fc.assert(
      fc.property(htmlDraft, fc.constantFrom(undefined, 'Maria Lopez', 'Ayşe Yılmaz'), fc.constantFrom('email', 'chat'), (text, name, channel) => {
        const fixed = linter.fixSync(text, { format: 'html', channel: channel as 'email', customer: name ? { name } : {} })
        expect(fixed.match(TAGS) ?? []).toEqual(text.match(TAGS) ?? [])
        for (const reference of fixed.match(REFERENCE_LIKE) ?? []) expect(reference).toMatch(/^&[a-z]+;$/)
      }),
      // 500 random drafts of up to 30 pieces a run (fast-check draws new ones every run); 2,000 took four times as long.
      { numRuns: 500 },
    )
  }, 120_000)
})
