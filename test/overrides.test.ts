/**
 * `overrides` as in ESLint's eslintrc (issue 11, step 3): a help desk repository with reply drafts
 * in drafts/ and canned macros in macros/, where macros may keep their placeholders and billing
 * jargon is only checked under drafts/billing/. Findings are asserted per file, exactly.
 */
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { runCli } from '../src/cli.js'
import { runTemplatesCommand } from '../src/cli/templates.js'
import { loadConfigFile } from '../src/config/load.js'
import { createPathLinter } from '../src/config/path-linter.js'
import { UsageError } from '../src/errors.js'
import type { Config, Diagnostic } from '../src/types.js'
import { root } from './build.js'

const bin = join(root, 'bin', 'netiquette.cjs')

const MACRO = 'Hi {{first_name}},\n\nThank you for your patience. Your refund was sent today.\n\nBest regards,\nSam\n'
const DUNNING = 'Hi Maria,\n\nThank you for your patience. Our dunning run sent that reminder by mistake, so please ignore it.\n\nBest regards,\nSam\n'
const GOLD = 'Hi Maria,\n\nThank you for your patience. Your ticket is now in the gold lane.\n\nBest regards,\nSam\n'
/** A reply without a greeting: fine as a chat follow-up, a missing greeting otherwise. */
const CHAT = 'Your order shipped today and should arrive on Friday. Thank you for waiting!'

const CONFIG: Config = {
  rules: { jargon: ['warn', { add: { 'gold lane': 'priority queue' } }] },
  overrides: [
    { files: ['macros/**'], rules: { placeholder: 'off' } },
    { files: 'drafts/billing/**', rules: { jargon: ['error', { add: { 'dunning run': { plain: ['payment reminder'], fix: true } } }] } },
    { files: '*.md', excludedFiles: 'macros/**', channel: 'chat', followup: true },
  ],
}

/** A project folder (package.json marks its root) holding `files`. */
function project(files: Record<string, string>, config: unknown = CONFIG): string {
  const dir = mkdtempSync(join(tmpdir(), 'netiquette-overrides-'))
  writeFileSync(join(dir, 'package.json'), '{}')
  if (config !== undefined) writeFileSync(join(dir, '.netiquetterc.json'), JSON.stringify(config, null, 2))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

const LAYOUT = {
  'macros/refund.txt': MACRO,
  'drafts/refund.txt': MACRO,
  'drafts/billing/reminder.txt': DUNNING,
  'drafts/reminder.txt': DUNNING,
  'drafts/billing/gold.txt': GOLD,
  'drafts/gold.txt': GOLD,
  'drafts/chat/shipped.md': CHAT,
  'macros/chat/shipped.md': CHAT,
}

type Row = [string, string, number, number, string]
const rows = (messages: readonly Diagnostic[]): Row[] => messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.actual])

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), stdinIsTTY: true, stdoutIsTTY: false })
  return { code, stdout, stderr }
}

function spawn(args: string[], cwd: string, input = '') {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const byFile = (json: string, dir: string): Record<string, Row[]> => Object.fromEntries((JSON.parse(json) as { files: Array<{ path: string; messages: Diagnostic[] }> }).files.map((f) => [f.path.replace(`${dir}/`, ''), rows(f.messages)]))

const EXPECTED: Record<string, Row[]> = {
  // Placeholder left in a draft: an error; in macros/ it is allowed.
  'drafts/refund.txt': [['placeholder', 'error', 1, 4, '{{first_name}}']],
  'macros/refund.txt': [],
  // The billing word is jargon (and an error) under drafts/billing/ only. The override's options
  // replace the base's (as in ESLint), so `gold lane` is not added there.
  'drafts/billing/reminder.txt': [['jargon', 'error', 3, 34, 'dunning run']],
  'drafts/reminder.txt': [],
  'drafts/billing/gold.txt': [],
  'drafts/gold.txt': [['jargon', 'warning', 3, 56, 'gold lane']],
  // `*.md` (any folder) is a chat follow-up, except under macros/ (excludedFiles).
  'drafts/chat/shipped.md': [],
  'macros/chat/shipped.md': [['greeting', 'warning', 1, 1, '']],
}

describe('overrides in the CLI', () => {
  it('lints drafts/ and macros/ each with its own merged config: exact findings per file, exit 1', async () => {
    const dir = project(LAYOUT)
    const r = await cli([join(dir, 'drafts'), join(dir, 'macros'), '-f', 'json'])
    expect(r.stderr).toBe('')
    expect(byFile(r.stdout, dir)).toEqual(EXPECTED)
    expect(r.code).toBe(1)
  })

  it('relative paths from the project folder (`netiquette drafts/ macros/`), the bundled CLI', () => {
    const dir = project(LAYOUT)
    const r = spawn(['drafts/', 'macros/', '-f', 'json'], dir)
    expect(r.stderr).toBe('')
    expect(byFile(r.stdout, dir)).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([k, v]) => [k, v])))
    expect(r.code).toBe(1)
    // macros/ alone: only the excluded chat macro's warning, exit 0 (1 with --max-warnings 0).
    expect(spawn(['macros/'], dir).code).toBe(0)
    expect(spawn(['macros/', '--max-warnings', '0'], dir).code).toBe(1)
    expect(spawn(['macros/refund.txt'], dir).stdout).toBe('✔ 1 file checked, no problems\n')
  })

  it('--stdin-filename picks the overrides of the named path', () => {
    const dir = project({})
    const asMacro = spawn(['--stdin-filename', 'macros/refund.txt', '-f', 'json'], dir, MACRO)
    expect(rows(JSON.parse(asMacro.stdout).files[0].messages)).toEqual([])
    expect(asMacro.code).toBe(0)
    const asDraft = spawn(['--stdin-filename', 'drafts/billing/reminder.txt', '-f', 'json'], dir, DUNNING)
    expect(rows(JSON.parse(asDraft.stdout).files[0].messages)).toEqual([['jargon', 'error', 3, 34, 'dunning run']])
    expect(asDraft.code).toBe(1)
  })

  it('--rule wins over an override, as in ESLint', async () => {
    const dir = project(LAYOUT)
    const r = await cli([join(dir, 'macros', 'refund.txt'), '--rule', 'placeholder=error', '-f', 'json'])
    expect(byFile(r.stdout, dir)).toEqual({ 'macros/refund.txt': [['placeholder', 'error', 1, 4, '{{first_name}}']] })
    expect(r.code).toBe(1)
  })

  it('--fix applies each file’s config: the billing fix only under drafts/billing/', async () => {
    const dir = project({ 'drafts/billing/reminder.txt': DUNNING, 'drafts/reminder.txt': DUNNING })
    const r = await cli([join(dir, 'drafts'), '--fix', '-f', 'json'])
    expect(r.code).toBe(0)
    const { readFileSync } = await import('node:fs')
    expect(readFileSync(join(dir, 'drafts/billing/reminder.txt'), 'utf8')).toBe(DUNNING.replace('dunning run', 'payment reminder'))
    expect(readFileSync(join(dir, 'drafts/reminder.txt'), 'utf8')).toBe(DUNNING)
  })

  it('an override’s `extends` applies the preset over the base for its files, keeping the base’s rule options', async () => {
    const dir = project({ 'drafts/gold.txt': GOLD, 'macros/gold.txt': GOLD }, { rules: { jargon: ['warn', { add: { 'gold lane': 'priority queue' } }] }, overrides: [{ files: 'macros/**', extends: ['netiquette:strict'] }] })
    const r = await cli([join(dir, 'drafts'), join(dir, 'macros'), '-f', 'json'])
    expect(byFile(r.stdout, dir)).toEqual({ 'drafts/gold.txt': [['jargon', 'warning', 3, 56, 'gold lane']], 'macros/gold.txt': [['jargon', 'error', 3, 56, 'gold lane']] })
    expect(r.code).toBe(1)
  })

  it('a config `format` in an override: .txt macros written in HTML are read as HTML', async () => {
    const html = '<p>Hi Maria,</p><p>Thank you for your patience. Your refund was sent today.</p><p>Best regards,<br>Sam</p>'
    const dir = project({ 'macros/refund.txt': html, 'drafts/refund.txt': html }, { overrides: [{ files: 'macros/*.txt', format: 'html' }] })
    const r = await cli([join(dir, 'drafts'), join(dir, 'macros'), '-f', 'json'])
    expect(byFile(r.stdout, dir)).toEqual({
      'drafts/refund.txt': [
        ['greeting', 'warning', 1, 1, ''],
        ['sign-off', 'warning', 1, 1, html],
      ],
      'macros/refund.txt': [],
    })
    // --input-format is the reply context: it beats the config.
    const forced = await cli([join(dir, 'macros'), '--input-format', 'text', '-f', 'json'])
    expect(byFile(forced.stdout, dir)).toEqual({
      'macros/refund.txt': [
        ['greeting', 'warning', 1, 1, ''],
        ['sign-off', 'warning', 1, 1, html],
      ],
    })
  })
})

describe('overrides in `netiquette templates`', () => {
  it('each template file (and each record file) gets the overrides matching it', async () => {
    const dir = project(
      {
        'macros/customer/dns.txt': 'Hi there,\n\nThe DNS propagation can take a few hours. Thank you for your patience.\n\nBest regards,\nThe Acme Support Team\n',
        'macros/internal/dns.txt': 'Hi Sam,\n\nThe DNS propagation is still running; please check the TTL again later. Thank you!\n\nBest,\nAlex\n',
        'macros/internal/more.jsonl': JSON.stringify({ id: 'internal/webhook', body: 'Hi Sam,\n\nThe webhook endpoint returned a 500 again; thank you for checking the logs.\n\nBest,\nAlex' }) + '\n',
      },
      { overrides: [{ files: 'macros/internal/**', rules: { jargon: 'off', acronym: 'off' } }] },
    )
    const { config } = await loadConfigFile(join(dir, '.netiquetterc.json'))
    let out = ''
    const code = await runTemplatesCommand(['macros'], { format: 'json', config, cwd: dir, io: { stdout: (s) => void (out += s), stderr: () => {} } })
    const files = (JSON.parse(out) as { files: Array<{ path: string; messages: Diagnostic[] }> }).files
    expect(Object.fromEntries(files.map((f) => [f.path, rows(f.messages)]))).toEqual({
      'macros/customer/dns.txt': [
        ['acronym', 'warning', 3, 5, 'DNS'],
        ['jargon', 'warning', 3, 5, 'DNS propagation'],
      ],
      'macros/internal/dns.txt': [],
      'macros/internal/more.jsonl': [],
    })
    expect(code).toBe(0)
  })

  it('near-duplicate per template: turned off for macros/legal/**, still reported in macros/billing/ (through the CLI)', async () => {
    const refund = 'Hi there,\n\nThank you for your patience. We have issued a full refund to your original payment method; it can take 5 to 10 business days to show on your statement.\n\nBest regards,\nThe Acme Support Team\n'
    const again = refund.replace('Thank you for your patience.', 'Thanks for your patience.')
    const dir = project({ 'macros/billing/a.txt': refund, 'macros/billing/b.txt': again, 'macros/legal/a.txt': refund, 'macros/legal/b.txt': again }, { overrides: [{ files: 'macros/legal/**', rules: { 'near-duplicate': 'off' } }] })
    const r = spawn(['templates', 'macros', '-f', 'json'], dir)
    const files = (JSON.parse(r.stdout) as { files: Array<{ path: string; messages: Diagnostic[] }> }).files
    expect(files.map((f) => [f.path, f.messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.message])])).toEqual([
      ['macros/billing/a.txt', []],
      ['macros/billing/b.txt', [['near-duplicate', 'info', 1, 1, 'This template is 90% the same as “billing/a.txt”: merge them, or make the difference deliberate.']]],
      // Without the override both would be reported as 100% copies of the billing ones.
      ['macros/legal/a.txt', []],
      ['macros/legal/b.txt', []],
    ])
    expect(r.code).toBe(0)
  })
})

describe('overrides in the library (createPathLinter)', () => {
  const inline = (dir: string): Config => ({ ...CONFIG, cwd: dir })

  it('lint(text, { path }) uses the merged config of the path; no path means the base config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netiquette-overrides-'))
    const linter = createPathLinter(inline(dir))
    expect(rows((await linter.lint(MACRO, { path: join(dir, 'macros/refund.txt') })).messages)).toEqual([])
    expect(rows((await linter.lint(MACRO, { path: join(dir, 'drafts/refund.txt') })).messages)).toEqual([['placeholder', 'error', 1, 4, '{{first_name}}']])
    expect(rows((await linter.lint(MACRO)).messages)).toEqual([['placeholder', 'error', 1, 4, '{{first_name}}']])
    expect(rows(linter.lintSync(DUNNING, { path: join(dir, 'drafts/billing/reminder.txt') }).messages)).toEqual([['jargon', 'error', 3, 34, 'dunning run']])
    // Outside the config's folder no override applies.
    expect(rows(linter.lintSync(MACRO, { path: join(tmpdir(), 'elsewhere', 'macros', 'refund.txt') }).messages)).toEqual([['placeholder', 'error', 1, 4, '{{first_name}}']])
    expect(linter.fixSync(DUNNING, { path: join(dir, 'drafts/billing/reminder.txt') })).toBe(DUNNING.replace('dunning run', 'payment reminder'))
    expect(await linter.fix(DUNNING, { path: join(dir, 'drafts/reminder.txt') })).toBe(DUNNING)
  })

  it('one merged config (and linter) per set of matching overrides, reused for every path that shares it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netiquette-overrides-'))
    const linter = createPathLinter(inline(dir))
    const a = linter.configFor(join(dir, 'macros/a.txt'))
    expect(linter.configFor(join(dir, 'macros/deep/b.txt'))).toBe(a)
    expect(linter.configFor(join(dir, 'drafts/a.txt'))).toBe(linter.configFor(undefined))
    expect(a.rules).toEqual({ jargon: ['warn', { add: { 'gold lane': 'priority queue' } }], placeholder: 'off' })
    expect(a.overrides).toBeUndefined()
    expect(linter.configFor(join(dir, 'macros/x.md')).followup).toBeUndefined()
    expect(linter.configFor(join(dir, 'drafts/x.md')).followup).toBe(true)
  })

  it('lists add up, objects merge by key, single values replace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netiquette-overrides-'))
    const linter = createPathLinter({
      cwd: dir,
      channel: 'email',
      allow: ['Acme Cloud'],
      budgets: { email: 200, chat: 60 },
      overrides: [
        { files: 'chat/**', channel: 'chat', allow: ['NOVA'], budgets: { chat: 40 } },
        { files: 'chat/vip/**', channel: 'social' },
      ],
    })
    const vip = linter.configFor(join(dir, 'chat/vip/a.txt'))
    expect([vip.channel, vip.allow, vip.budgets]).toEqual(['social', ['Acme Cloud', 'NOVA'], { email: 200, chat: 40 }])
    expect(linter.configFor(join(dir, 'chat/a.txt')).channel).toBe('chat')
    expect(linter.configFor(join(dir, 'a.txt')).channel).toBe('email')
  })
})

describe('invalid overrides: one line naming the config file and the key, exit 2', () => {
  const cases: Array<[string, unknown, string]> = [
    ['files missing', { overrides: [{ files: 'macros/**' }, { rules: { placeholder: 'off' } }] }, '"overrides[1].files" is required: a glob or a list of globs, relative to the config file\'s folder (e.g. "macros/**")'],
    ['a glob that is not a string', { overrides: [{ files: ['macros/**', 5] }] }, '"overrides[0].files[1]" must be a glob string (got number)'],
    ['an empty files list', { overrides: [{ files: [] }] }, '"overrides[0].files" must not be an empty list'],
    ['a glob leaving the folder', { overrides: [{ files: '../shared/**' }] }, '"overrides[0].files" must be relative to the config file\'s folder, without a leading / or .. (got "../shared/**")'],
    ['excludedFiles of the wrong type', { overrides: [{ files: 'macros/**', excludedFiles: { x: 1 } }] }, '"overrides[0].excludedFiles" must be a glob string (got object)'],
    ['an override that is not an object', { overrides: ['macros/**'] }, '"overrides[0]" must be an object like { files, rules }'],
    ['overrides not a list', { overrides: { files: 'macros/**' } }, '"overrides" must be a list of { files, ...config } entries'],
    ['nested overrides', { overrides: [{ files: 'a/**', overrides: [] }] }, '"overrides[0].overrides" cannot be nested inside an override'],
    ['an unknown key in an override', { overrides: [{ files: 'a/**', rulez: {} }] }, '"overrides[0].rulez" is not a known option'],
    ['a bad channel in an override', { overrides: [{ files: 'a/**', channel: 'fax' }] }, '"overrides[0].channel" must be one of email, chat, social, sms'],
  ]
  it.each(cases)('%s', async (_name, config, message) => {
    const dir = project({ 'drafts/a.txt': GOLD }, config)
    const file = join(dir, '.netiquetterc.json')
    const r = await cli([join(dir, 'drafts')])
    expect(r.stderr).toBe(`netiquette: invalid config in ${file}: ${message}\n`)
    expect(r.stdout).toBe('')
    expect(r.code).toBe(2)
  })

  it('an unknown rule in an override', async () => {
    const dir = project({ 'drafts/a.txt': GOLD }, { overrides: [{ files: 'a/**' }, { files: 'b/**', rules: { jargn: 'off' } }] })
    const r = await cli([join(dir, 'drafts')])
    expect(r.stderr).toMatch(new RegExp(`^netiquette: invalid config in ${join(dir, '.netiquetterc.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: "overrides\\[1\\]\\.rules\\.jargn" is not a known rule \\(known: [a-z, -]+\\)\\n$`))
    expect(r.code).toBe(2)
  })

  it('a typo in rule options inside an override, even when no linted file matches it (CLI and templates)', async () => {
    const dir = project({ 'drafts/a.txt': GOLD }, { overrides: [{ files: 'macros/**', rules: { jargon: ['error', { ignroe: ['latency'] }] } }] })
    const file = join(dir, '.netiquetterc.json')
    const line = `netiquette: invalid config in ${file}: overrides[0].rules.jargon[1].ignroe is not a known option (known: add, ignore, wordy)\n`
    expect(await cli([join(dir, 'drafts')])).toEqual({ code: 2, stdout: '', stderr: line })
    expect(await cli(['templates', join(dir, 'drafts')])).toEqual({ code: 2, stdout: '', stderr: line })
  })

  it('the same checks for a config given in code (UsageError, no file to name)', () => {
    expect(() => createPathLinter({ overrides: [{ rules: {} } as never] })).toThrow(
      new UsageError('invalid config in createLinter() options: "overrides[0].files" is required: a glob or a list of globs, relative to the config file\'s folder (e.g. "macros/**")'),
    )
    expect(() => createPathLinter({ overrides: [{ files: 'm/**', rules: { jargon: ['warn', { ignroe: [] }] } }] })).toThrow(new UsageError('invalid config: overrides[0].rules.jargon[1].ignroe is not a known option (known: add, ignore, wordy)'))
  })
})
