// defineRule({ meta, prepare, create }): prepare once per linter, create once per draft, a typed
// context, messages by id with {{placeholders}}, and the two-argument form still working beside it.
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { defineRule, docsUrl, formatMessage, type RuleContext } from '../src/rule.js'
import { options, string } from '../src/config/schema.js'
import { parseProse } from '../src/parse.js'
import { createLinter } from '../src/linter.js'
import type { ReplyContext } from '../src/types.js'
import type { VFileMessage } from 'vfile-message'

interface WordOptions {
  word?: string
}

function sample() {
  const calls = { prepare: 0, create: 0 }
  const seen: Array<RuleContext<WordOptions, { word: string; signature?: string }, 'found' | 'plain'>> = []
  const rule = defineRule({
    meta: {
      id: 'test-word',
      description: 'A test rule',
      severity: 'warning',
      fixable: true,
      category: 'tone',
      languages: ['en', 'tr'],
      schema: options({ word: string }),
      messages: { found: 'Found “{{word}}” at {{at}}.', plain: 'Plain {{missing}}.' },
    },
    prepare: (opts: WordOptions, shared) => {
      calls.prepare++
      return { word: opts.word ?? 'sorry', signature: shared.config.signature }
    },
    create: (ctx) => {
      calls.create++
      seen.push(ctx)
      const at = ctx.document.raw.indexOf(ctx.state.word)
      if (at >= 0) ctx.report({ messageId: 'found', data: { word: ctx.state.word, at }, start: at, end: at + ctx.state.word.length, expected: ['apologies'], fix: 'apologies' })
    },
  })
  return { rule, calls, seen }
}

function lintFile(transform: (tree: ReturnType<typeof parseProse>, file: VFile) => void, text: string, context: ReplyContext = {}): VFile {
  const file = new VFile({ value: text, data: { netiquetteContext: context } })
  transform(parseProse(text, 'en'), file)
  return file
}

describe('defineRule({ meta, prepare, create })', () => {
  it('derives the docs url and keeps the messages in meta', () => {
    const { rule } = sample()
    expect(rule.meta.url).toBe(docsUrl('test-word'))
    expect(rule.meta.messages).toEqual({ found: 'Found “{{word}}” at {{at}}.', plain: 'Plain {{missing}}.' })
  })

  it('runs prepare once per linter and create once per draft, with typed options and no settings', () => {
    const { rule, calls, seen } = sample()
    const transform = rule.plugin({ word: 'oops', settings: { config: { signature: 'Sam' }, cache: new Map() } })
    expect(calls).toEqual({ prepare: 1, create: 0 })
    lintFile(transform, 'Hi, oops.')
    lintFile(transform, 'Merhaba, oops.', { language: 'tr' })
    expect(calls).toEqual({ prepare: 1, create: 2 })
    expect(seen[0]!.options).toEqual({ word: 'oops' })
    expect(seen[0]!.state).toEqual({ word: 'oops', signature: 'Sam' })
    expect(seen[0]!.config).toEqual({ signature: 'Sam' })
    expect([seen[0]!.language, seen[1]!.language]).toEqual(['en', 'tr'])
    expect(seen[1]!.context.language).toBe('tr')
  })

  it('reports with the message filled from data and the messageId, actual, url and fix on the message', () => {
    const { rule } = sample()
    const file = lintFile(rule.plugin({}), 'We are so sorry.')
    const [m, ...rest] = file.messages as Array<VFileMessage & { messageId?: string; fix?: unknown; offset?: number }>
    expect(rest).toEqual([])
    expect(m).toMatchObject({ reason: 'Found “sorry” at 10.', ruleId: 'test-word', source: 'netiquette', messageId: 'found', actual: 'sorry', expected: ['apologies'], url: docsUrl('test-word'), offset: 10 })
    expect(m!.fix).toEqual({ offset: 10, endOffset: 15, text: 'apologies' })
  })

  it('throws on a messageId missing from meta.messages (a bug in the rule)', () => {
    const rule = defineRule({
      meta: { id: 'test-bad', description: 'x', severity: 'warning', fixable: false, category: 'tone', languages: ['en'], schema: options({}), messages: { one: 'One.' } },
      create: (ctx) => ctx.report({ messageId: 'two' as 'one', start: 0, end: 1 }),
    })
    expect(() => lintFile(rule.plugin({}), 'Hi')).toThrow('test-bad: unknown messageId "two"')
  })
})

describe('formatMessage', () => {
  it('fills {{name}} and {{ name }}, leaves a placeholder without data as written', () => {
    expect(formatMessage('“{{actual}}” → “{{ fixed }}” ({{n}})', { actual: 'NOT', fixed: 'not', n: 2 })).toBe('“NOT” → “not” (2)')
    expect(formatMessage('Plain {{missing}}.', {})).toBe('Plain {{missing}}.')
    expect(formatMessage('No data.', undefined)).toBe('No data.')
  })

  it('is linear on a long run of braces (16 KB)', () => {
    const hostile = '{{ '.repeat(5500)
    const started = performance.now()
    expect(formatMessage(hostile, { a: 1 })).toBe(hostile)
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

describe('the deprecated two-argument form', () => {
  it('still returns the same RuleModule shape', () => {
    const plugin = () => () => {}
    const rule = defineRule({ id: 'test-old', description: 'x', severity: 'info', fixable: false, category: 'tone', languages: ['*'], schema: options({}) }, plugin)
    expect(rule.plugin).toBe(plugin)
    expect(rule.meta).toMatchObject({ id: 'test-old', url: docsUrl('test-old') })
    expect(rule.meta.messages).toBeUndefined()
  })
})

describe('messageId on the Diagnostic', () => {
  it('reaches lint results for a rule written with defineRule({ … })', () => {
    const [m] = createLinter({ rules: { shouting: 'warn' } })
      .lintSync('Did you get the code???', { channel: 'chat' })
      .messages.filter((d) => d.ruleId === 'shouting')
    expect(m).toMatchObject({ messageId: 'repeatedQuestion', actual: '???' })
  })
})
