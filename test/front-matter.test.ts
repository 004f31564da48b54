// A front-matter block at the top of a macro or draft sets its reply context (channel, customer, …)
// for the CLI and the language server; the block itself is never linted and never changed by --fix.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLinter } from '../src/linter.js'
import { lintUnderFrontMatter, readFrontMatter } from '../src/input/front-matter.js'
import { UsageError } from '../src/errors.js'
import { root } from './build.js'

describe('readFrontMatter', () => {
  it('reads the context keys and where the text starts', () => {
    const text = '---\nchannel: chat\ncustomer: "Maria Lopez"\ncustomer-message: Where is my parcel?\nfollowup: true\nlanguage: en\ntitle: Parcel delay\n---\nHi Maria!'
    expect(readFrontMatter(text)).toEqual({
      context: { channel: 'chat', customer: { name: 'Maria Lopez', message: 'Where is my parcel?' }, followup: true, language: 'en' },
      end: text.indexOf('Hi Maria'),
      lines: 8,
    })
  })

  it('accepts CRLF and a BOM, and ignores comments and blank lines', () => {
    const text = '\uFEFF---\r\n# for the chat widget\r\n\r\nchannel: sms\r\n---\r\nHi'
    expect(readFrontMatter(text)).toMatchObject({ context: { channel: 'sms' }, end: text.length - 2, lines: 5 })
  })

  it('is not front matter when the block never closes or holds prose', () => {
    expect(readFrontMatter('---\nchannel: chat\nHi Maria')).toBeUndefined()
    expect(readFrontMatter('---\nThanks for waiting, Maria.\n---\n')).toBeUndefined()
    expect(readFrontMatter('Hi Maria,\n---\nchannel: chat\n---\n')).toBeUndefined()
  })

  it('names the line of a wrong value', () => {
    expect(() => readFrontMatter('---\nchannel: fax\n---\nHi', 'macro.txt: front matter')).toThrow(new UsageError('macro.txt: front matter, line 2: channel must be one of email, chat, social, sms, got "fax"'))
    expect(() => readFrontMatter('---\nfollowup: yes\n---\nHi')).toThrow(/line 2: followup must be true or false, got "yes"/)
  })
})

describe('lintUnderFrontMatter', () => {
  const linter = createLinter({})

  it('judges the text by the block’s channel and reports positions in the whole file', async () => {
    // Chat: no sign-off needed. The wrong name is on line 5 of the file, line 1 of the reply.
    const text = '---\nchannel: chat\ncustomer: Kemal Aydin\n---\nHi Maria, thanks for waiting. Your card ships today.\n'
    const { result } = await lintUnderFrontMatter(linter, text, {})
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column, m.offset, m.actual])).toEqual([['wrong-name', 5, 4, text.indexOf('Maria'), 'Maria']])
  })

  it('fixes the text and keeps the block as written', async () => {
    const text = '---\nchannel: chat\ncustomer: Maria Lopez\n---\nHi [Customer Name], thx for waiting. Your card ships today.\n'
    const { text: fixed, result } = await lintUnderFrontMatter(linter, text, {}, { fix: true })
    expect(fixed).toBe('---\nchannel: chat\ncustomer: Maria Lopez\n---\nHi Maria Lopez, thanks for waiting. Your card ships today.\n')
    expect(result.messages).toEqual([])
  })

  it('lets the block win over the caller’s context, key by key', async () => {
    const text = '---\ncustomer: Maria Lopez\n---\nHi Maria, thanks for waiting. Your card ships today.'
    const { result } = await lintUnderFrontMatter(linter, text, { channel: 'chat', customer: { name: 'Kemal Aydin', message: 'Where is my card?' } })
    expect(result.messages).toEqual([])
  })
})

describe('CLI with front matter', () => {
  const bin = join(root, 'bin', 'netiquette.cjs')

  it('lints and fixes a macro file under its block', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netiquette-fm-'))
    const file = join(dir, 'macro.txt')
    writeFileSync(file, '---\nchannel: chat\ncustomer: Maria Lopez\n---\nHi [Customer Name], thx for waiting. Your card ships today.\n')
    const report = spawnSync(process.execPath, [bin, '-f', 'json', file], { encoding: 'utf8' })
    const messages = JSON.parse(report.stdout).files[0].messages as Array<{ ruleId: string; line: number; column: number }>
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['placeholder', 5, 4],
      ['informal', 5, 21],
    ])
    const fixed = spawnSync(process.execPath, [bin, '--fix', file], { encoding: 'utf8' })
    expect(fixed.status).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe('---\nchannel: chat\ncustomer: Maria Lopez\n---\nHi Maria Lopez, thanks for waiting. Your card ships today.\n')
  })

  it('reports a wrong value in one line with exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netiquette-fm-'))
    const file = join(dir, 'macro.txt')
    writeFileSync(file, '---\nchannel: fax\n---\nHi Maria\n')
    const r = spawnSync(process.execPath, [bin, file], { encoding: 'utf8' })
    expect(r.status).toBe(2)
    expect(r.stderr).toBe(`netiquette: ${file}: front matter, line 2: channel must be one of email, chat, social, sms, got "fax"\n`)
  })
})
