import { describe, expect, it } from 'vitest'
import { unified } from 'unified'
import retextEnglish from 'retext-english'
import { VFile } from 'vfile'
import { createLinter, fix, lint, ruleIds, ruleMeta, scoreReply, UsageError } from '../src/index.js'
import retextNetiquette from '../src/retext.js'
import type { Diagnostic, RuleSetting } from '../src/types.js'
import type { RuleMeta } from '../src/rule.js'

/** Config with every rule off except the ones named: engine tests must not depend on other rules. */
const core = (extra: Record<string, RuleSetting> = {}): Record<string, RuleSetting> => ({
  ...Object.fromEntries(ruleIds.map((id) => [id, 'off' as const])),
  placeholder: 'error',
  profanity: 'error',
  ...extra,
})

describe('library API', () => {
  it('exports every rule id with metadata', () => {
    expect(ruleIds).toContain('profanity')
    expect(ruleIds).toContain('placeholder')
    for (const id of ruleIds) {
      const meta = ruleMeta[id]!
      expect(meta.id).toBe(id)
      expect(meta.description.length).toBeGreaterThan(10)
      expect(['error', 'warning', 'info', 'off']).toContain(meta.severity)
      expect(typeof meta.fixable).toBe('boolean')
      expect(meta.url).toBe(`https://github.com/netiquette-lint/netiquette/blob/main/rules/${id}/README.md`)
    }
  })

  it('returns the documented result shape with sorted messages and counts', async () => {
    const text = 'Hi {{first_name}},\n\nSorry, that was a crap delay on our side.'
    const result = await lint(text, { rules: core() })
    expect(result.messages.map((m) => m.ruleId)).toEqual(['placeholder', 'profanity'])
    expect(result.errorCount).toBe(2)
    expect(result.warningCount).toBe(0)
    expect(result.infoCount).toBe(0)
    expect(result.score).toBe(0)
    for (const m of result.messages) {
      expect(Object.keys(m).sort()).toEqual(['actual', 'column', 'endColumn', 'endLine', 'endOffset', 'line', 'message', 'offset', 'ruleId', 'severity', 'suggestions', 'url', ...(m.fix ? ['fix'] : []), ...(m.messageId ? ['messageId'] : [])].sort())
      expect(text.slice(m.offset, m.endOffset)).toBe(m.actual)
    }
  })

  it('one-shot helpers take config and context together', async () => {
    const text = 'Hi {{first_name}}, your crap parcel shipped.'
    const result = await lint(text, { rules: core({ profanity: 'off' }), customer: { name: 'Maria Lopez' } })
    expect(result.messages.map((m) => m.ruleId)).toEqual(['placeholder'])
    expect(await fix(text, { rules: core(), customer: { name: 'Maria Lopez' } })).toBe('Hi Maria, your crap parcel shipped.')
  })

  it('a linter is reusable across drafts and contexts', async () => {
    const linter = createLinter({ rules: core() })
    const a = await linter.lint('Hi {{first_name}}, thanks.', { customer: { name: 'Ana' } })
    const b = await linter.lint('Hi {{first_name}}, thanks.', { customer: { name: 'Bo' } })
    expect(a.messages[0]!.fix!.text).toBe('Ana')
    expect(b.messages[0]!.fix!.text).toBe('Bo')
  })

  it('rejects unknown rule ids in config with a UsageError', () => {
    expect(() => createLinter({ rules: { nope: 'error' } })).toThrow(UsageError)
    expect(() => createLinter({ rules: { nope: 'error' } })).toThrow(/unknown rule id "nope"/)
  })

  it('applies severities from config, including ESLint-style warn and [severity, options]', async () => {
    const r = await lint('That crap delay.', { rules: core({ profanity: 'warn' }) })
    expect(r.messages[0]!.severity).toBe('warning')
    const r2 = await lint('That crap delay.', { rules: core({ profanity: ['info', {}] }) })
    expect(r2.messages[0]!.severity).toBe('info')
    expect(r2.infoCount).toBe(1)
  })

  it('netiquette:strict turns every rule on and raises warnings to errors', async () => {
    const { presetRules } = await import('../src/config/presets.js')
    const meta = (id: string, severity: RuleMeta['severity']): RuleMeta => ({ id, severity, description: '', fixable: false, category: 'tone', languages: ['en'], schema: { type: 'object' } })
    const metas = [meta('a', 'warning'), meta('b', 'off'), meta('c', 'info')]
    expect(presetRules('netiquette:strict', metas)).toEqual({ a: 'error', b: 'error', c: 'info' })
    expect(presetRules('netiquette:recommended', metas)).toEqual({ a: 'warning', b: 'off', c: 'info' })
    const r = await lint('That crap delay.', { extends: ['netiquette:strict'], rules: core({ profanity: 'warn' }) })
    expect(r.messages[0]!.severity).toBe('warning')
  })
})

describe('who is speaking', () => {
  const prof = (text: string, ctx = {}): Diagnostic[] =>
    createLinter()
      .lintSync(text, ctx)
      .messages.filter((m) => m.ruleId === 'profanity')

  it('skips an "On … wrote:" block wrapped over two lines', () => {
    const text = 'Sorry for the trouble.\n\nOn Tue, Mar 4, 2025 at 9:14 AM Jane Doe <jane@example.com>\nwrote:\n> your shit app'
    expect(prof(text)).toEqual([])
  })

  it('skips Outlook original-message headers and everything after', () => {
    const text = 'Thanks for your patience.\n\nFrom: Jane Doe\nSent: Tuesday\nTo: Support\nSubject: crap service\n\nthis is crap'
    expect(prof(text)).toEqual([])
  })

  it('keeps Markdown positions pointing into the source', () => {
    const text = '# Update\n\n**Sorry**, the _crap_ courier lost it.\n\n> what the hell\n\n`shit` is a code word here.'
    const found = prof(text, { format: 'markdown' })
    expect(found.map((m) => [m.actual, m.line, m.column])).toEqual([['crap', 3, 17]])
    expect(text.slice(found[0]!.offset, found[0]!.endOffset)).toBe('crap')
  })

  it('keeps HTML positions pointing into the source, after entities', () => {
    const text = '<p>Tom &amp; Jerry&rsquo;s order &mdash; sorry, that crap courier again.</p><blockquote>hell no</blockquote>'
    const found = prof(text, { format: 'html' })
    expect(found).toHaveLength(1)
    expect(text.slice(found[0]!.offset, found[0]!.endOffset)).toBe('crap')
  })

  it('detects the format from the path', () => {
    const found = createLinter({ rules: core() }).lintSync('<p>Hello</p><blockquote>crap</blockquote>', { path: 'reply.html' }).messages
    expect(found).toEqual([])
  })

  it('never lints customer.message', () => {
    expect(prof('Thanks for writing in.', { customer: { message: 'this is shit and crap' } })).toEqual([])
  })
})

describe('allow list and inline suppression', () => {
  it('never flags allowed phrases', async () => {
    const r = await lint('Our Crap Detector 3000 app is on sale.', { rules: core(), allow: ['Crap Detector 3000'] })
    expect(r.messages).toEqual([])
  })

  it('honours disable, enable and disable-next-line comments', async () => {
    const text = ['<!-- netiquette-disable profanity -->', 'crap one', '<!-- netiquette-enable profanity -->', 'crap two', '<!-- netiquette-disable-next-line -->', 'crap three', 'crap four'].join('\n')
    const r = await lint(text, { rules: core(), format: 'markdown' })
    expect(r.messages.map((m) => m.line)).toEqual([4, 7])
  })
})

describe('score', () => {
  const d = (ruleId: string, severity: Diagnostic['severity']): Diagnostic => ({ ruleId, severity, message: '', line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0, actual: '', suggestions: [], url: '' })
  it('is 100 for a clean reply and 0 when there is any error', () => {
    expect(scoreReply([])).toBe(100)
    expect(scoreReply([d('profanity', 'error')])).toBe(0)
  })
  it('costs 10 for a rule’s first warning, 3 for each further, capped at 25 a rule, 1 per info', () => {
    expect(scoreReply([d('a', 'warning')])).toBe(90)
    expect(scoreReply([d('a', 'warning'), d('a', 'warning')])).toBe(87)
    expect(scoreReply(Array.from({ length: 20 }, () => d('a', 'warning')))).toBe(75)
    expect(scoreReply([d('a', 'warning'), d('b', 'warning'), d('c', 'info')])).toBe(79)
  })
})

describe('netiquette/retext preset', () => {
  it('works inside someone else’s unified pipeline with vfile messages', async () => {
    const processor = unified()
      .use(retextEnglish)
      .use(retextNetiquette, { channel: 'chat', rules: core() })
      .use(function () {
        this.compiler = () => ''
      })
    const file = new VFile('Hi {{first_name}}, sorry that crap happened.')
    await processor.process(file)
    const messages = file.messages.map((m) => [m.source, m.ruleId, m.actual])
    expect(messages).toEqual([
      ['netiquette', 'placeholder', '{{first_name}}'],
      ['netiquette', 'profanity', 'crap'],
    ])
  })
})

describe('engine timing (TIMING=1)', () => {
  it('adds up milliseconds for the document step, the parse and each rule that ran', () => {
    const timing = new Map<string, number>()
    const linter = createLinter({ rules: core({ greeting: 'warn' }) }, { timing })
    linter.lintSync('Hi Dana,\n\nSorry about the crap delay, your order ships today.\n\nBest,\nLena')
    expect([...timing.keys()].sort()).toEqual(['(document)', '(parse)', 'greeting', 'placeholder', 'profanity'])
    for (const ms of timing.values()) expect(ms).toBeGreaterThanOrEqual(0)
  })
})
