/**
 * Issue 18: text inserted by fixes is escaped for the draft's format; file names and template ids
 * cannot drive the terminal; SARIF uris are percent-encoded; the library context is validated.
 */
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createLinter, fix, lint, UsageError } from '../src/index.js'
import { formatResults } from '../src/report/index.js'
import { printable } from '../src/report/printable.js'
import type { LintResult } from '../src/types.js'
import { root } from './build.js'

describe('text a fix inserts is escaped for the draft’s format', () => {
  it('HTML: a customer name cannot add a tag', async () => {
    const options = { format: 'html' as const, customer: { name: '<img/src=x/onerror=alert(1)>' } }
    expect(await fix('<p>Hi {{first_name}},</p>', options)).toBe('<p>Hi &lt;img/src=x/onerror=alert(1)&gt;,</p>')
    const [finding] = (await lint('<p>Hi {{first_name}},</p>', options)).messages.filter((m) => m.ruleId === 'placeholder')
    expect(finding).toMatchObject({ offset: 6, endOffset: 20, suggestions: ['&lt;img/src=x/onerror=alert(1)&gt;'], fix: { offset: 6, endOffset: 20, text: '&lt;img/src=x/onerror=alert(1)&gt;' } })
  })

  it('HTML: & becomes &amp; (quotes stay: a fix only ever lands in a text node)', async () => {
    expect(await fix('<p>Hi [Customer Name],</p>', { format: 'html', customer: { name: 'Tom & "Jerry"' } })).toBe('<p>Hi Tom &amp; "Jerry",</p>')
  })

  it('Markdown: a name cannot add a link, an image, emphasis or raw HTML', async () => {
    const fixed = await fix('Hi [Customer Name],\n\nThanks for writing.', { format: 'markdown', customer: { name: '[x](https://evil.example) *Bo* <b>' } })
    expect(fixed).toBe('Hi \\[x\\](https://evil.example) \\*Bo\\* \\<b\\>,\n\nThanks for writing.')
  })

  it('plain text is inserted as it is', async () => {
    expect(await fix('Hi {{first_name}},\n\nThanks.', { customer: { name: '<b>Ann</b>' } })).toBe('Hi <b>Ann</b>,\n\nThanks.')
  })
})

const result = (ruleId: string, message: string): LintResult => ({
  messages: [{ ruleId, severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 2, offset: 0, endOffset: 1, actual: 'x', suggestions: ['y\u001b[2J'], url: '' }],
  errorCount: 1,
  warningCount: 0,
  infoCount: 0,
  score: 80,
  language: 'en',
})

describe('control characters in human-readable output', () => {
  it('printable shows C0, DEL, C1 and bidi controls as escapes', () => {
    expect(printable('a\u001b]0;pwned\u0007b\u007f\u009b\u202ec')).toBe('a\\x1b]0;pwned\\x07b\\x7f\\x9b\\u202ec')
    expect(printable('line\nnext\tcol')).toBe('line\\x0anext\\x09col')
    expect(printable('line\nnext\tcol', true)).toBe('line\nnext\tcol')
    expect(printable('Merhaba Ayşe — “ok”')).toBe('Merhaba Ayşe — “ok”')
  })

  it('stylish: a file name or template id with an escape sequence is shown, not executed', () => {
    const out = formatResults([{ path: 'evil\u001b[31m\u0007.txt', result: result('pii', 'bad\u001b[1A') }], 'stylish')
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    expect(out.split('\n').slice(0, 3)).toEqual(['evil\\x1b[31m\\x07.txt  (score 80)', '  1:1  error  bad\\x1b[1A  pii', '              → “y\\x1b[2J”'])
  })

  it('github: the file property and message carry no raw control characters', () => {
    const out = formatResults([{ path: 'a\u001bb.txt', result: result('pii', 'm\u0007') }], 'github')
    expect(out).toBe('::error file=a\\x1bb.txt,line=1,col=1,endLine=1,endColumn=2,title=netiquette(pii)::m\\x07 Suggestion: y\\x1b[2J\n')
  })

  it('templates: a record id with an escape sequence is shown, not executed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netiquette-ids-'))
    writeFileSync(join(dir, 'package.json'), '{}')
    writeFileSync(join(dir, 'r.jsonl'), JSON.stringify({ id: 'evil\u001b]0;pwned\u0007', body: 'Hi {{first_name | default: "there"}},\n\nSorry, that crap courier lost it.\n\nBest regards,\n{{agent}}' }) + '\n')
    const r = spawnSync(process.execPath, [join(root, 'bin', 'netiquette.cjs'), 'templates', 'r.jsonl'], { cwd: dir, encoding: 'utf8' })
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    expect(r.stdout).toContain("  error  “evil\\x1b]0;pwned\\x07”: Don't use “crap”")
  })

  it('the CLI shows a control character in a missing file name visibly', () => {
    const r = spawnSync(process.execPath, [join(root, 'bin', 'netiquette.cjs'), 'no\u001b[2Jsuch.txt'], { cwd: root, encoding: 'utf8' })
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('netiquette: no such file or folder: no\\x1b[2Jsuch.txt\n')
  })
})

describe('SARIF uris are percent-encoded', () => {
  const uriOf = (path: string): string => JSON.parse(formatResults([{ path, result: result('pii', 'm') }], 'sarif')).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri
  it.each([
    ['drafts/a b.txt', 'drafts/a%20b.txt'],
    ['drafts/#1.md', 'drafts/%231.md'],
    ['drafts/100%.txt', 'drafts/100%25.txt'],
    ['drafts/q?.txt', 'drafts/q%3F.txt'],
    ['c:d.txt', 'c%3Ad.txt'],
    ['drafts/merhaba ayşe.txt', 'drafts/merhaba%20ay%C5%9Fe.txt'],
  ])('%s → %s', (path, uri) => {
    expect(uriOf(path)).toBe(uri)
  })

  it('a path outside the working folder is a file: URL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netiquette sarif #'))
    const path = join(dir, 'a b%.txt')
    writeFileSync(path, 'x')
    expect(uriOf(path)).toBe(pathToFileURL(path).href)
    expect(uriOf(path)).toMatch(/netiquette%20sarif%20%23.*\/a%20b%25\.txt$/)
  })
})

describe('library reply context', () => {
  const linter = createLinter({ channel: 'chat' })
  it.each([
    [{ channel: 'fax' }, 'invalid context: channel must be one of email, chat, social, sms (got "fax")'],
    [{ format: 'pdf' }, 'invalid context: format must be one of text, markdown, html (got "pdf")'],
    [{ language: 'de' }, 'invalid context: language must be one of en, tr, auto (got "de")'],
    [{ customer: 'Maria' }, 'invalid context: customer must be an object like { name, message } (got "Maria")'],
    [{ customer: { name: 5 } }, 'invalid context: customer.name must be a string (got number)'],
    [{ customer: { name: 'Maria', email: 'm@example.com' } }, 'invalid context: customer.email is not a customer key (known: name, message)'],
    [{ followup: 'yes' }, 'invalid context: followup must be true or false (got "yes")'],
    [{ chanel: 'chat' }, 'invalid context: chanel is not a context key (known: channel, customer, followup, format, language, path)'],
    [null, 'invalid context: (context) must be an object (got null)'],
  ])('%j → one clear UsageError', async (context, message) => {
    expect(() => linter.lintSync('Hi Maria, thanks!', context as never)).toThrow(new UsageError(message))
    await expect(linter.lint('Hi Maria, thanks!', context as never)).rejects.toThrow(new UsageError(message))
    await expect(linter.fix('Hi Maria, thanks!', context as never)).rejects.toThrow(new UsageError(message))
  })

  it('undefined means "not given": { channel: undefined } keeps the linter’s chat channel', () => {
    // A chat reply needs no sign-off; an e-mail does.
    const text = 'Your refund was sent today.'
    const ids = (context: object) => linter.lintSync(text, context).messages.map((m) => m.ruleId)
    expect(ids({ channel: undefined, customer: { name: 'Maria', message: undefined } })).toEqual(ids({}))
    expect(ids({})).toEqual(['greeting'])
    expect(
      createLinter()
        .lintSync(text)
        .messages.map((m) => m.ruleId),
    ).toEqual(['greeting', 'sign-off'])
  })

  it('createLinter checks its config as a config file is checked', () => {
    expect(() => createLinter({ channel: 'fax' as never })).toThrow(new UsageError('invalid config in createLinter() options: "channel" must be one of email, chat, social, sms'))
    expect(() => createLinter({ chanel: 'chat' } as never)).toThrow(new UsageError('invalid config in createLinter() options: "chanel" is not a known option'))
    expect(() => createLinter({ sla: { firstResponse: 'soon' } })).toThrow(new UsageError('invalid config in createLinter() options: "sla.firstResponse" must be a duration like "12 hours" or "2 business days"'))
    // Every duration the vague-promise rule reads is accepted, Turkish ones too.
    expect(createLinter({ sla: { firstResponse: '12 saat', resolution: '2 iş günü' } }).rules).toContain('vague-promise')
  })

  it('text that is not a string is a UsageError', () => {
    expect(() => linter.lintSync(5 as never)).toThrow(new UsageError('text must be a string (got number)'))
  })
})
