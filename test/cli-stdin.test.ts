// stdin that knows what it is reading (issue 13): editors pipe a buffer and name it with
// --stdin-filename (ESLint's flag); pipes with no name say their format with --input-format.
import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from './build.js'
import { cli } from './run-cli.js'

/** The CLI in-process (test/run-cli.ts) with `input` piped on stdin; the binary's own stdin is tested in cli.test.ts. */
const run = (args: string[], input: string) => cli(args, { input })

// An HTML reply whose quoted customer message swears: only the agent's own words are linted.
const HTML_REPLY = '<p>Hi Daniel,</p>\n<p>Thank you for waiting. Your router was sent today and arrives on Friday.</p>\n' + '<p>Kind regards,<br>Lee</p>\n<blockquote>Where the hell is my router?</blockquote>\n'

describe('CLI: --stdin-filename and --input-format', () => {
  it('reads an unnamed pipe as plain text, so the quoted customer text counts as the agent’s', async () => {
    const r = await run(['-f', 'json'], HTML_REPLY)
    const rules = JSON.parse(r.stdout).files[0].messages.map((m: { ruleId: string }) => m.ruleId)
    expect(rules).toContain('profanity')
    expect(r.code).toBe(1)
  })

  it('takes the format and the report name from --stdin-filename', async () => {
    const r = await run(['-f', 'json', '--stdin-filename', 'macros/shipped.html'], HTML_REPLY)
    expect(r.code).toBe(0)
    const file = JSON.parse(r.stdout).files[0]
    expect(file.path).toBe('macros/shipped.html')
    expect(file.messages).toEqual([])
  })

  it('takes the format from --input-format when the pipe has no name', async () => {
    const r = await run(['-f', 'json', '--input-format', 'html'], HTML_REPLY)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ path: '<stdin>', messages: [] })
    const md = await run(['-f', 'json', '--input-format', 'markdown'], 'Hi Daniel,\n\nThank you for waiting: your router ships today.\n\nKind regards,\nLee\n\n> what the hell\n')
    expect(JSON.parse(md.stdout).files[0].messages).toEqual([])
  })

  it('lets --input-format override the extension of --stdin-filename', async () => {
    const r = await run(['-f', 'json', '--stdin-filename', 'reply.txt', '--input-format', 'html'], HTML_REPLY)
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ path: 'reply.txt', messages: [] })
  })

  it('discovers the config from the named path, not from the working folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netiquette-stdin-'))
    writeFileSync(join(dir, 'package.json'), '{"name":"macros"}\n')
    writeFileSync(join(dir, '.netiquetterc.json'), '{ "channel": "chat" }\n')
    // A chat reply: no sign-off needed there, but e-mail (the default) would want one.
    const draft = 'Hi Daniel, thanks for waiting. Your router was sent today and arrives on Friday.'
    const named = await run(['-f', 'json', '--stdin-filename', join(dir, 'chat-reply.txt')], draft)
    expect(JSON.parse(named.stdout).files[0].messages).toEqual([])
    const unnamed = await run(['-f', 'json'], draft)
    expect(JSON.parse(unnamed.stdout).files[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('sign-off')
  })

  it('prints the fixed text on --fix and never touches the named file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netiquette-stdin-'))
    const named = join(dir, 'reply.txt')
    const r = await run(['--fix', '--customer-name', 'Maria Lopez', '--stdin-filename', named, '-f', 'json'], 'Hi [Customer Name],\n\nYour refund was sent today.\n\nBest regards,\nSam\n')
    expect(r.stdout).toBe('Hi Maria Lopez,\n\nYour refund was sent today.\n\nBest regards,\nSam\n')
    expect(JSON.parse(r.stderr).files[0].path).toBe(named)
    expect(existsSync(named)).toBe(false)
  })

  it('refuses --stdin-filename together with paths (one line, exit 2)', async () => {
    const readme = join(root, 'examples', 'good-refund-email.txt')
    const r = await run(['--stdin-filename', 'x.txt', readme], 'Hi')
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('netiquette: --stdin-filename names the draft read on stdin: give no paths, or "-"\n')
    expect(readFileSync(readme, 'utf8').length).toBeGreaterThan(0)
  })

  it('rejects an unknown --input-format with exit 2', async () => {
    const r = await run(['--input-format', 'pdf'], 'Hi')
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })
})
