/**
 * Config keys that used to pass validation and do nothing (issue 11): `format` and `followup` are
 * now defaults for drafts whose reply context gives none; `customer` (and `path`) belong to one
 * reply, not to a config, and are refused with a line saying where they go. Rule options are
 * checked against the rule's schema with the config file and the key in the error.
 */
import { describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { runCli } from '../src/cli.js'
import { createLinter } from '../src/linter.js'
import { createPathLinter } from '../src/config/path-linter.js'
import { loadConfigFile } from '../src/config/load.js'
import { UsageError } from '../src/errors.js'
import type { Diagnostic } from '../src/types.js'

function project(files: Record<string, string>, config: unknown): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'netiquette-keys-'))
  writeFileSync(join(dir, 'package.json'), '{}')
  const file = join(dir, '.netiquetterc.json')
  writeFileSync(file, JSON.stringify(config))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return { dir, file }
}

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), stdinIsTTY: true, stdoutIsTTY: false })
  return { code, stdout, stderr }
}

const rows = (messages: readonly Diagnostic[]) => messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.actual])
const json = (stdout: string) => (JSON.parse(stdout) as { files: Array<{ messages: Diagnostic[] }> }).files.map((f) => rows(f.messages))

/** A chat reply with no greeting: right for a follow-up, a missing greeting for a first reply. */
const CHAT = 'Your order shipped today and should arrive on Friday. Thank you for waiting!'
const HTML = '<p>Hi Maria,</p><p>Thank you for your patience. Your refund was sent today.</p><p>Best regards,<br>Sam</p>'

describe('`followup`: a default for a chat team', () => {
  it('drafts are follow-ups unless the reply context (--followup is only ever true, front matter) says otherwise', async () => {
    const { dir } = project({ 'chat/shipped.txt': CHAT, 'chat/first.txt': `---\nfollowup: false\n---\n${CHAT}` }, { channel: 'chat', followup: true })
    const r = await cli([join(dir, 'chat'), '-f', 'json'])
    // first.txt: its front matter says it opens the conversation (the text starts on line 4).
    expect(json(r.stdout)).toEqual([[['greeting', 'warning', 4, 1, '']], []])
    expect(r.code).toBe(0)
  })

  it('without the key nothing changes: a chat draft with no greeting is a first reply', async () => {
    const { dir } = project({ 'shipped.txt': CHAT }, { channel: 'chat' })
    expect(json((await cli([join(dir, 'shipped.txt'), '-f', 'json'])).stdout)).toEqual([[['greeting', 'warning', 1, 1, '']]])
    expect(json((await cli([join(dir, 'shipped.txt'), '--followup', '-f', 'json'])).stdout)).toEqual([[]])
  })

  it('in the library: the config default, and the context winning over it', () => {
    const linter = createPathLinter({ channel: 'chat', followup: true })
    expect(rows(linter.lintSync(CHAT).messages)).toEqual([])
    expect(rows(linter.lintSync(CHAT, { followup: false }).messages)).toEqual([['greeting', 'warning', 1, 1, '']])
    // A key set to undefined is "not given" (as everywhere in the reply context): the default applies.
    expect(rows(linter.lintSync(CHAT, { followup: undefined }).messages)).toEqual([])
  })

  it('the engine itself (the browser entry has no path routing) applies the default too', () => {
    const linter = createLinter({ channel: 'chat', followup: true })
    expect(rows(linter.lintSync(CHAT).messages)).toEqual([])
    expect(rows(linter.lintSync(CHAT, { followup: false }).messages)).toEqual([['greeting', 'warning', 1, 1, '']])
  })
})

describe('`format`: a default for drafts whose format the file name gets wrong', () => {
  it('a folder of .txt macros written in HTML', async () => {
    const { dir } = project({ 'refund.txt': HTML }, { format: 'html' })
    expect(json((await cli([join(dir, 'refund.txt'), '-f', 'json'])).stdout)).toEqual([[]])
    expect(json((await cli([join(dir, 'refund.txt'), '--input-format', 'text', '-f', 'json'])).stdout)).toEqual([
      [
        ['greeting', 'warning', 1, 1, ''],
        ['sign-off', 'warning', 1, 1, HTML],
      ],
    ])
  })

  it('in the library: the config default, and the context winning over it', () => {
    const linter = createPathLinter({ format: 'html' })
    expect(rows(linter.lintSync(HTML, { path: 'refund.txt' }).messages)).toEqual([])
    expect(rows(linter.lintSync(HTML, { format: 'text' }).messages)).toEqual([
      ['greeting', 'warning', 1, 1, ''],
      ['sign-off', 'warning', 1, 1, HTML],
    ])
  })

  it('in `netiquette templates`: .txt macros written in Markdown, with a command in an indented code block', async () => {
    const macro = 'Hi there,\n\nThank you for your patience. Please paste this into the terminal:\n\n    flush the DNS cache and restart the proxy server\n\nBest regards,\nThe Acme Support Team\n'
    const check = async (config: unknown) => {
      const { dir } = project({ 'macros/reset.txt': macro }, config)
      const r = await cli(['templates', join(dir, 'macros'), '-f', 'json', '-o', join(dir, 'report.json')])
      const { readFileSync } = await import('node:fs')
      return { code: r.code, found: json(readFileSync(join(dir, 'report.json'), 'utf8')) }
    }
    expect(await check({ format: 'markdown' })).toEqual({ code: 0, found: [[]] })
    // Read as plain text (the extension's format), the command is prose.
    expect(await check({})).toEqual({
      code: 0,
      found: [
        [
          ['jargon', 'warning', 5, 5, 'flush the DNS'],
          ['acronym', 'warning', 5, 15, 'DNS'],
        ],
      ],
    })
  })
})

describe('bad values and keys: one line naming the file and the key, exit 2', () => {
  it.each<[string, unknown, string]>([
    ['format', { format: 'docx' }, '"format" must be one of text, markdown, html'],
    ['followup', { followup: 'yes' }, '"followup" must be true or false'],
    ['customer', { customer: { name: 'Maria' } }, '"customer" is not a config key: the customer changes with every reply; give it in the reply context (lint(text, { customer }), --customer-name, --customer-message or front matter)'],
    ['path', { path: 'drafts/a.txt' }, '"path" is not a config key: give the draft\'s path in the reply context (lint(text, { path }))'],
    [
      'customer in an override',
      { overrides: [{ files: 'vip/**', customer: { name: 'Maria' } }] },
      '"overrides[0].customer" is not a config key: the customer changes with every reply; give it in the reply context (lint(text, { customer }), --customer-name, --customer-message or front matter)',
    ],
  ])('%s', async (_name, config, why) => {
    const { dir, file } = project({ 'a.txt': CHAT }, config)
    expect(await cli([join(dir, 'a.txt')])).toEqual({ code: 2, stdout: '', stderr: `netiquette: invalid config in ${file}: ${why}\n` })
  })

  it('createLinter refuses `customer` in a config too (it is reply context)', () => {
    expect(() => createLinter({ customer: { name: 'Maria' } } as never)).toThrow(UsageError)
  })

  it('a typo in rule options: CLI and templates exit 2 with one line, the library throws a UsageError naming the file', async () => {
    const { dir, file } = project({ 'a.txt': CHAT }, { rules: { jargon: ['error', { ignroe: ['latency'] }] } })
    const line = `invalid config in ${file}: rules.jargon[1].ignroe is not a known option (known: add, ignore, wordy)`
    expect(await cli([join(dir, 'a.txt')])).toEqual({ code: 2, stdout: '', stderr: `netiquette: ${line}\n` })
    expect(await cli(['templates', join(dir, 'a.txt')])).toEqual({ code: 2, stdout: '', stderr: `netiquette: ${line}\n` })
    const { config } = await loadConfigFile(file)
    expect(() => createLinter(config)).toThrow(new UsageError(line))
    expect(() => createPathLinter(config)).toThrow(new UsageError(line))
  })
})
