// HTML drafts with character references (Outlook and TinyMCE write `Jos&eacute;`): masking
// decodes every reference the way the HTML parser does, findings cover whole references
// (`actual` is the source text), and no fix starts or ends inside one.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createLinter, fix, lint } from '../src/index.js'
import { applyFixes } from '../src/fix.js'
import { htmlProse } from '../src/input/html.js'
import { rawOffset } from '../src/input/mask.js'
import { fromHtml, htmlEntities } from '../src/input/html-parser.js'

const maria = { format: 'html', customer: { name: 'Maria Lopez' } } as const
const BODY = '<p>Thanks for writing. Your refund was sent today.</p>\n<p>Best regards,<br>Sam</p>'

describe('character references in HTML drafts', () => {
  it('greets “Jos&eacute;” as José: wrong-name on the whole reference, fixed to valid HTML', async () => {
    const draft = `<p>Hi Jos&eacute;,</p>\n${BODY}`
    const { messages } = await lint(draft, maria)
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.offset, m.endOffset, m.actual, m.fix])).toEqual([['wrong-name', 1, 7, 6, 17, 'Jos&eacute;', { offset: 6, endOffset: 17, text: 'Maria' }]])
    expect(messages[0]!.message).toBe("“José” is not the customer's name: the help desk knows them as Maria Lopez. Use “Maria”.")
    expect(await fix(draft, maria)).toBe(`<p>Hi Maria,</p>\n${BODY}`)
  })

  it.each([
    ['a named reference', 'Jos&eacute;'],
    ['a decimal reference', 'Jos&#233;'],
    ['a hex reference', 'Jos&#xE9;'],
    ['a legacy reference without semicolon', 'Jos&eacute'],
  ])('reads %s as the customer’s own name', async (_, name) => {
    const { messages } = await lint(`<p>Hi ${name},</p>\n${BODY}`, { format: 'html', customer: { name: 'José Lopez' } })
    expect(messages).toEqual([])
  })

  it('finds a word spelled with a reference in its middle, and reports the source text', async () => {
    const draft = `<p>Hi Maria,</p>\n<p>That cr&#97;p courier lost it.</p>\n<p>Best regards,<br>Sam</p>`
    const found = (await lint(draft, maria)).messages.filter((m) => m.ruleId === 'profanity')
    expect(found.map((m) => [m.offset, m.endOffset, m.actual])).toEqual([[25, 33, 'cr&#97;p']])
  })

  it('keeps words with references whole: no wrong-name on half of “Jos&eacute;phine”', async () => {
    const draft = `<p>Hi Jos&eacute;phine,</p>\n${BODY}`
    const { messages } = await lint(draft, { format: 'html', customer: { name: 'Joséphine Martin' } })
    expect(messages).toEqual([])
    const other = (await lint(draft, maria)).messages
    expect(other.map((m) => [m.ruleId, m.offset, m.endOffset, m.actual])).toEqual([['wrong-name', 6, 22, 'Jos&eacute;phine']])
    expect(await fix(draft, maria)).toBe(`<p>Hi Maria,</p>\n${BODY}`)
  })
})

describe('htmlProse', () => {
  it('writes words with references decoded and closed up, padded at their end, and records the shift', () => {
    const source = '<p>Jos&eacute; &amp; don&rsquo;t&nbsp;go</p>'
    const { text, shifts } = htmlProse(source)
    expect(text).toHaveLength(source.length)
    expect(text).toBe(`\n  José${' '.repeat(7)} &${' '.repeat(4)} don’t go${' '.repeat(11)}\n   `)
    expect(shifts).toEqual([
      { start: 3, end: 14, bounds: [3, 4, 5, 6, 14] },
      { start: 15, end: 20, bounds: [15, 20] },
      { start: 21, end: 40, bounds: [21, 22, 23, 24, 31, 32, 38, 39, 40] },
    ])
    // “don’t go” is [21, 29) in the text: the whole “don&rsquo;t&nbsp;go” in the source; “’t” starts at the reference.
    expect([rawOffset(shifts, 21), rawOffset(shifts, 29), rawOffset(shifts, 24), rawOffset(shifts, 25)]).toEqual([21, 40, 24, 31])
    // Padding maps to the stretch's end; offsets outside shifts are unchanged.
    expect([rawOffset(shifts, 9), rawOffset(shifts, 2), rawOffset(shifts, 41)]).toEqual([14, 2, 41])
  })

  it('decodes references as the HTML parser does (spec rules for legacy names and numbers)', () => {
    expect(htmlEntities('a &notit; &amp b &#x1F600; &#0; &bogus; &').map((e) => [e.start, e.end, e.text])).toEqual([
      [2, 6, '¬'],
      [10, 14, '&'],
      [17, 26, '😀'],
      [27, 31, '\uFFFD'],
    ])
  })

  it('finds block tags in linear time on a run of unclosed `<`', () => {
    for (const unit of ['<', '<p', 'a<']) {
      const source = unit.repeat(16_384 / unit.length)
      const started = performance.now()
      expect(htmlProse(source).text).toHaveLength(source.length)
      expect(performance.now() - started).toBeLessThan(5000)
    }
  })
})

// Random drafts: sentences, entities and markup, to a customer whose name may be written with one.
const piece = fc.oneof(
  fc.constantFrom('Hi', 'Dear', 'Thanks', 'crap', 'pls', 'u', 'utilize', 'ASAP', 'refund', 'Maria', 'Lopez', '{{first_name}}', '[Customer Name]', ',', '.', '!!', 'é'),
  fc.constantFrom('&eacute;', '&amp;', '&amp', '&nbsp;', '&rsquo;', '&hellip;', '&#233;', '&#xE9;', '&#x1F600;', '&lt;', '&gt;', '&quot;', '&copy', '&notit;', '&bogus;', '&'),
  fc.constantFrom('<p>', '</p>', '<br>', '<b>', '</b>', '<div>', '</div>', '<span class="x">', '</span>', '\n', ' ', '  '),
)
const word = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''))
const htmlDraft = fc.array(word, { maxLength: 20 }).map((words) => `<p>Hi Jos&eacute;,</p>\n<p>${words.join(' ')}</p>\n<p>Best regards,<br>Sam</p>`)

/** The text a browser gets from the HTML: every text node's value, in order. */
function textOf(html: string): string {
  let out = ''
  const walk = (node: { type: string; value?: string; children?: unknown[] }): void => {
    if (node.type === 'text') out += node.value
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  walk(fromHtml(html) as Parameters<typeof walk>[0])
  return out
}

describe('fixing HTML drafts with references (property)', () => {
  const linter = createLinter({ extends: ['netiquette:strict'] })
  const MARK = '\uE000'

  it('never starts or ends a fix inside a reference, and keeps the text outside the fixed ranges', () => {
    fc.assert(
      fc.property(htmlDraft, fc.constantFrom('Maria Lopez', 'José Lopez', undefined), (draft, name) => {
        const result = linter.lintSync(draft, { format: 'html', ...(name ? { customer: { name } } : {}) })
        const references = htmlEntities(draft)
        for (const m of result.messages) {
          expect(m.actual).toBe(draft.slice(m.offset, m.endOffset))
          for (const at of [m.offset, m.endOffset, ...(m.fix ? [m.fix.offset, m.fix.endOffset] : [])]) {
            expect(references.some((r) => at > r.start && at < r.end)).toBe(false)
          }
        }
        const { fixes } = applyFixes(draft, result.messages)
        // The same draft with a marker around each fixed range, before and after fixing: the
        // text between the markers is what the fixes must not touch.
        let before = ''
        let after = ''
        let cursor = 0
        for (const f of fixes) {
          before += draft.slice(cursor, f.offset) + MARK + draft.slice(f.offset, f.endOffset) + MARK
          after += draft.slice(cursor, f.offset) + MARK + f.text + MARK
          cursor = f.endOffset
        }
        before += draft.slice(cursor)
        after += draft.slice(cursor)
        const outside = (html: string) =>
          textOf(html)
            .split(MARK)
            .filter((_, i) => i % 2 === 0)
        expect(outside(after)).toEqual(outside(before))
      }),
      { numRuns: 300 },
    )
  })
})
