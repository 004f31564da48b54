/**
 * Issue 18, customer data: secrets the pii rule finds are masked in every report format unless
 * --show-secrets is given, and the templates baseline stores a hash of them.
 */
import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { lint, redactSecrets, SECRET_MASK } from '../src/index.js'
import { cli } from './run-cli.js'

/** The CLI in-process (test/run-cli.ts), in `cwd`. */
const run = (args: string[], cwd: string) => cli(args, { cwd })

/** Each secret type, the draft that carries it, and what a report shows instead. */
const SECRETS = [
  { kind: 'card', secret: '4111 1111 1111 1111', shown: '•••• 1111', draft: 'Hi Maria,\n\nThe card 4111 1111 1111 1111 is on file for the renewal.\n\nBest regards,\nSam\n' },
  { kind: 'password', secret: 'hunter2x', shown: SECRET_MASK, draft: 'Hi Maria,\n\nYour new password is hunter2x, please change it after you log in.\n\nBest regards,\nSam\n' },
  { kind: 'one-time code', secret: '483920', shown: SECRET_MASK, draft: 'Hi Maria,\n\nYour verification code is 483920 and it works for ten minutes.\n\nBest regards,\nSam\n' },
  { kind: 'SSN', secret: '123-45-6789', shown: '•••-••-6789', draft: 'Hi Maria,\n\nWe have 123-45-6789 on your tax form, thank you for sending it.\n\nBest regards,\nSam\n' },
  { kind: 'IBAN', secret: 'DE89370400440532013000', shown: '•••• 3000', draft: 'Hi Maria,\n\nThe refund goes to DE89370400440532013000 as you asked, thank you.\n\nBest regards,\nSam\n' },
  { kind: 'Stripe key', secret: 'sk_live_abcdefghijklmnopqrstuvwx', shown: SECRET_MASK, draft: 'Hi Maria,\n\nThe key sk_live_abcdefghijklmnopqrstuvwx is set up for you, thank you.\n\nBest regards,\nSam\n' },
  { kind: 'GitHub token', secret: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', shown: SECRET_MASK, draft: 'Hi Maria,\n\nUse ghp_abcdefghijklmnopqrstuvwxyz0123456789 for the deploy, thank you.\n\nBest regards,\nSam\n' },
  { kind: 'TC Kimlik No', secret: '10000000146', shown: '•••••••0146', draft: 'Merhaba Ayşe Hanım,\n\nT.C. kimlik numaranız 10000000146 olarak kayıtlı, teşekkür ederiz.\n\nSaygılarımızla,\nEkip\n' },
] as const

describe('redactSecrets (library)', () => {
  it.each(SECRETS)('masks a $kind in actual and keeps the offsets; lint() itself keeps the raw text', async ({ secret, shown, draft }) => {
    const result = await lint(draft)
    const pii = result.messages.filter((m) => m.ruleId === 'pii')
    expect(pii).toHaveLength(1)
    expect(pii[0]!.actual).toBe(secret)
    const redacted = redactSecrets(result).messages.find((m) => m.ruleId === 'pii')!
    expect(redacted).toMatchObject({ actual: shown, offset: draft.indexOf(secret), endOffset: draft.indexOf(secret) + secret.length })
    expect(JSON.stringify(redactSecrets(result))).not.toContain(secret)
  })

  it('masks the part of another rule’s finding that overlaps a secret, and the secret in its message and suggestions', () => {
    const text = 'Your key is sk_live_abcdefghijklmnopqrstuvwx today.'
    const result = {
      messages: [
        {
          ruleId: 'verbosity',
          severity: 'warning' as const,
          message: 'Say “sk_live_abcdefghijklmnopqrstuvwx” once',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 19,
          offset: 0,
          endOffset: 18,
          actual: text.slice(0, 18),
          suggestions: ['sk_live_abcdefghijklmnopqrstuvwx!'],
          fix: { offset: 0, endOffset: 18, text: 'Key sk_live_abcdefghijklmnopqrstuvwx' },
          url: '',
        },
        { ruleId: 'pii', severity: 'error' as const, message: 'A Stripe secret key is in the reply', line: 1, column: 13, endLine: 1, endColumn: 45, offset: 12, endOffset: 44, actual: text.slice(12, 44), suggestions: [], url: '' },
      ],
      errorCount: 1,
      warningCount: 1,
      infoCount: 0,
      score: 50,
      language: 'en',
    }
    const [other, pii] = redactSecrets(result).messages
    expect(other).toMatchObject({ actual: `Your key is ${SECRET_MASK}`, message: `Say “${SECRET_MASK}” once`, suggestions: [`${SECRET_MASK}!`], fix: { text: `Key ${SECRET_MASK}` } })
    expect(pii!.actual).toBe(SECRET_MASK)
  })

  it('returns a result without pii findings unchanged', async () => {
    const result = await lint('Hi Maria,\n\nThank you for your patience. Your refund was sent today.\n\nBest regards,\nSam\n')
    expect(redactSecrets(result)).toBe(result)
  })
})

describe('CLI reports mask secrets unless --show-secrets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'netiquette-secrets-'))
  writeFileSync(join(dir, 'package.json'), '{}')
  SECRETS.forEach((s, i) => writeFileSync(join(dir, `draft${i}.txt`), s.draft))
  const files = SECRETS.map((_, i) => `draft${i}.txt`)

  it.each(['json', 'sarif', 'github', 'stylish'])('--format %s never prints a secret (json with --show-secrets: every one in full)', async (format) => {
    const masked = await run([...files, '--format', format], dir)
    expect(masked.code).toBe(1)
    for (const { secret } of SECRETS) expect(masked.stdout).not.toContain(secret)
    if (format === 'json') {
      const shown = JSON.parse(masked.stdout).files.map((f: { messages: Array<{ ruleId: string; actual: string }> }) => f.messages.find((m) => m.ruleId === 'pii')!.actual)
      expect(shown).toEqual(SECRETS.map((s) => s.shown))
      const full = JSON.parse((await run([...files, '--format', 'json', '--show-secrets'], dir)).stdout)
      expect(full.files.map((f: { messages: Array<{ ruleId: string; actual: string }> }) => f.messages.find((m) => m.ruleId === 'pii')!.actual)).toEqual(SECRETS.map((s) => s.secret))
    } else {
      // These formats print messages, suggestions and fixes, never `actual`: the pii rule's own are masked forms.
      expect((await run([...files, '--format', format, '--show-secrets'], dir)).stdout).toBe(masked.stdout)
    }
  })

  it('-o writes the masked report too', async () => {
    await run([...files, '--format', 'json', '-o', 'report.json'], dir)
    const written = readFileSync(join(dir, 'report.json'), 'utf8')
    for (const { secret } of SECRETS) expect(written).not.toContain(secret)
    expect(written).toContain('•••• 1111')
  })
})

describe('templates --update-baseline', () => {
  it('stores a sha256 of a pii finding, never the card number or password, and matches it on the next run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netiquette-baseline-'))
    writeFileSync(join(dir, 'package.json'), '{}')
    writeFileSync(join(dir, 'card.txt'), 'Hi {{first_name}},\n\nThe card 4111 1111 1111 1111 is on file for the renewal.\n\nBest regards,\nSam\n')
    writeFileSync(join(dir, 'password.txt'), 'Hi {{first_name}},\n\nYour new password is hunter2x, please change it after you log in.\n\nBest regards,\nSam\n')
    const report = await run(['templates', 'card.txt', 'password.txt', '--format', 'json'], dir)
    expect(report.code).toBe(1)
    expect(report.stdout).not.toContain('4111 1111')
    expect(report.stdout).not.toContain('hunter2x')
    expect(report.stdout).toContain('"actual": "•••• 1111"')
    const update = await run(['templates', 'card.txt', 'password.txt', '--baseline', 'baseline.json', '--update-baseline'], dir)
    expect(update.code).toBe(0)
    const text = readFileSync(join(dir, 'baseline.json'), 'utf8')
    expect(text).not.toContain('4111')
    expect(text).not.toContain('hunter2x')
    const entries = Object.values(JSON.parse(text).findings as Record<string, { ruleId: string; template: string; actual: string; count: number }>).filter((e) => e.ruleId === 'pii')
    const sha = (s: string) => `sha256:${createHash('sha256').update(s).digest('hex')}`
    expect(entries.map((e) => [e.template, e.actual]).sort()).toEqual([
      ['card.txt', sha('4111 1111 1111 1111')],
      ['password.txt', sha('hunter2x')],
    ])
    const again = await run(['templates', 'card.txt', 'password.txt', '--baseline', 'baseline.json', '--format', 'json'], dir)
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout).errorCount).toBe(0)
  })
})
