import { describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runTemplatesCommand, dominantDialect, type TemplatesOptions } from '../../src/cli/templates.js'
import { UsageError } from '../../src/errors.js'
import { loadCorpus } from '../../src/templates/index.js'

const fixtures = resolve(__dirname, '../fixtures/templates')

async function run(paths: string[], options: Partial<TemplatesOptions> = {}, cwd = fixtures) {
  let stdout = ''
  let stderr = ''
  const code = await runTemplatesCommand(paths, {
    format: 'stylish',
    cwd,
    io: { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), stdoutIsTTY: false, stderrIsTTY: false },
    ...options,
  })
  return { code, stdout, stderr }
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'netiquette-templates-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

const jsonl = (records: Array<{ id: string; body: string }>) => records.map((r) => JSON.stringify(r)).join('\n') + '\n'
const GOOD = { id: 'shipping/out-for-delivery', body: 'Hi {{first_name | fallback: "there"}},\n\nThanks for your order! Your parcel is out for delivery today and should arrive before 6pm.\n\nBest,\n{{current_user.first_name}}' }
const BROKEN = { id: 'billing/late-fee', body: 'Hi {{first_name | fallback: "there"},\n\nThanks for paying your bill. We have removed the late fee from your account as a one-off courtesy.\n\nBest,\n{{current_user.first_name}}' }
const BROKEN_TOO = { id: 'billing/autopay', body: 'Hi {{first_name | fallbak: "there"}},\n\nThanks for setting up autopay. Your first automatic payment will be taken on the 1st of next month.\n\nBest,\n{{current_user.first_name}}' }

describe('netiquette templates', () => {
  it('lints every template of folders and record files; exit 0 without errors', async () => {
    const { code, stdout, stderr } = await run(['folder', 'macros.json'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^7 templates checked in \d+\.\d s: \d+ findings?$/m)
    expect(stderr).toMatch(/netiquette: warning: macros\.json: 1 macro without a comment action skipped/)
    // Placeholders are legitimate in templates: no `placeholder` findings.
    expect(stdout).not.toMatch(/\bplaceholder\b(?!-)/)
  })

  it('exits 1 on a placeholder-syntax error and points into the record file', async () => {
    const dir = workspace({ 'macros.jsonl': jsonl([GOOD, BROKEN]) })
    const { code, stdout } = await run(['macros.jsonl'], { format: 'json' }, dir)
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as { files: Array<{ path: string; messages: Array<Record<string, unknown>> }> }
    const errors = report.files[0]!.messages.filter((m) => m.ruleId === 'placeholder-syntax')
    expect(report.files[0]!.path).toBe('macros.jsonl')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ template: 'billing/late-fee', line: 2, actual: '{{first_name | fallback: "there"}' })
    expect(errors[0]!.message).toMatch(/^“billing\/late-fee”: /)
    const line = readFileSync(join(dir, 'macros.jsonl'), 'utf8').split('\n')[1]!
    expect(line.slice((errors[0]!.column as number) - 1).startsWith('{{first_name | fallback: \\"there\\"}')).toBe(true)
    expect(errors[0]!.fix).toBeUndefined() // the record body is JSON-escaped in the file
  })

  it('reports near-duplicates on the later template of each pair', async () => {
    const { stdout } = await run(['oss-saved-replies.jsonl'], { format: 'json' })
    const report = JSON.parse(stdout) as { files: Array<{ messages: Array<{ ruleId: string; template: string; message: string; severity: string; line: number }> }> }
    const near = report.files[0]!.messages.filter((m) => m.ruleId === 'near-duplicate')
    expect(near.map((m) => [m.template, m.severity, m.line])).toEqual([['nx-boat-tools-saved-replies:1', 'info', 3]])
    expect(near[0]!.message).toMatch(/9\d% the same as “angular-cli-saved-replies:1”/)
  })

  it('prints a per-rule summary and honours --quiet and --max-warnings', async () => {
    const dir = workspace({ 'macros.jsonl': jsonl([GOOD, BROKEN, BROKEN_TOO]) })
    const { stdout } = await run(['macros.jsonl'], {}, dir)
    expect(stdout).toMatch(/ {2}rule +error +warning +info\n {2}placeholder-syntax +2 +0 +0\n/)
    const quiet = await run(['macros.jsonl'], { quiet: true, format: 'json' }, dir)
    const messages = (JSON.parse(quiet.stdout) as { files: Array<{ messages: Array<{ severity: string }> }> }).files.flatMap((f) => f.messages)
    expect(messages.every((m) => m.severity === 'error')).toBe(true)
    const warn = workspace({ 'a.txt': 'hi there. your order shipped today and will arrive soon, ok.' })
    expect((await run(['a.txt'], { maxWarnings: 0 }, warn)).code).toBe(1)
    expect((await run(['a.txt'], { maxWarnings: 100 }, warn)).code).toBe(0)
  })

  it('writes SARIF and GitHub annotations with file positions', async () => {
    const dir = workspace({ 'macros.jsonl': jsonl([GOOD, BROKEN]) })
    const sarif = await run(['macros.jsonl'], { format: 'sarif', output: 'out.sarif' }, dir)
    expect(sarif.stdout).toBe('')
    expect(sarif.stderr).toMatch(/2 templates checked/)
    const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as {
      version: string
      runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }>
    }
    expect(log.version).toBe('2.1.0')
    const result = log.runs[0]!.results.find((r) => r.ruleId === 'placeholder-syntax')!
    expect(result.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: 'macros.jsonl' }, region: { startLine: 2 } })
    const github = await run(['macros.jsonl'], { format: 'github' }, dir)
    expect(github.stdout).toMatch(/^::error file=macros\.jsonl,line=2,/m)
  })

  it('learns the corpus dialect and flags templates in another one', async () => {
    const liquid = (id: string, text: string) => ({ id, body: `Hi {{first_name | fallback: "there"}},\n\n${text}\n\n{{current_user.first_name}}` })
    const dir = workspace({
      'macros.jsonl': jsonl([
        liquid('a', 'Your order {{order.id}} shipped today.'),
        liquid('b', 'Your refund of {{refund.amount}} is on its way.'),
        liquid('c', 'Your appointment on {{appointment.date}} is confirmed.'),
        liquid('d', 'Your plan changes on {{plan.renewal_date}}.'),
        { id: 'e', body: 'Hi {%customer.firstName,fallback=there%},\n\nYour ticket was merged into an older one.\n\n{%user.firstName%}' },
      ]),
    })
    expect(dominantDialect(loadCorpus(['macros.jsonl'], { cwd: dir }).templates)).toBe('liquid')
    const { code, stdout } = await run(['macros.jsonl'], { format: 'json' }, dir)
    expect(code).toBe(1)
    const flagged = (JSON.parse(stdout) as { files: Array<{ messages: Array<{ ruleId: string; template: string; actual: string }> }> }).files[0]!.messages.filter((m) => m.ruleId === 'placeholder-syntax')
    expect(flagged.map((m) => [m.template, m.actual])).toEqual([
      ['e', '{%customer.firstName,fallback=there%}'],
      ['e', '{%user.firstName%}'],
    ])
  })

  it('applies rule settings from config and --rule', async () => {
    const { stdout } = await run(['oss-saved-replies.jsonl'], { format: 'json', rules: { 'near-duplicate': 'off' } })
    expect(stdout).not.toContain('near-duplicate')
    const viaConfig = await run(['oss-saved-replies.jsonl'], { format: 'json', config: { rules: { 'near-duplicate': 'off' } } })
    expect(viaConfig.stdout).not.toContain('near-duplicate')
  })
})

describe('netiquette templates --baseline', () => {
  it('records today’s findings, fails only on new ones, and survives moves and edits elsewhere', async () => {
    const dir = workspace({ 'macros.jsonl': jsonl([GOOD, BROKEN]) })
    const created = await run(['macros.jsonl'], { baseline: 'baseline.json', updateBaseline: true }, dir)
    expect(created.code).toBe(0)
    expect(created.stderr).toMatch(/baseline baseline\.json written with \d+ findings?/)
    const baseline = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')) as { version: number; findings: Record<string, { ruleId: string; template: string; count: number }> }
    expect(baseline.version).toBe(1)
    expect(Object.values(baseline.findings).some((f) => f.ruleId === 'placeholder-syntax' && f.template === 'billing/late-fee')).toBe(true)

    // Same findings: exit 0, nothing shown.
    const again = await run(['macros.jsonl'], { baseline: 'baseline.json' }, dir)
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/findings? in the baseline not shown/)

    // Moved to another line, with an edit in another template of the file: still the old finding.
    const edited = { ...GOOD, body: GOOD.body.replace('before 6pm', 'before 8pm tonight') }
    writeFileSync(join(dir, 'macros.jsonl'), '\n\n' + jsonl([{ id: 'intro', body: 'Thanks for your message, we will get back to you within one business day.' }, BROKEN, edited]))
    const moved = await run(['macros.jsonl'], { baseline: 'baseline.json', format: 'json' }, dir)
    const shown = (JSON.parse(moved.stdout) as { files: Array<{ messages: Array<{ ruleId: string }> }> }).files.flatMap((f) => f.messages)
    expect(shown.filter((m) => m.ruleId === 'placeholder-syntax')).toEqual([])
    expect(moved.code).toBe(0)

    // A new error fails the run, and only it is reported.
    writeFileSync(join(dir, 'macros.jsonl'), jsonl([GOOD, BROKEN, BROKEN_TOO]))
    const added = await run(['macros.jsonl'], { baseline: 'baseline.json', format: 'json' }, dir)
    expect(added.code).toBe(1)
    const fresh = (JSON.parse(added.stdout) as { files: Array<{ messages: Array<{ ruleId: string; template: string }> }> }).files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'placeholder-syntax')
    expect(fresh.map((m) => m.template)).toEqual(['billing/autopay'])

    // Fixed findings are reported as stale entries.
    writeFileSync(join(dir, 'macros.jsonl'), jsonl([GOOD]))
    const fixed = await run(['macros.jsonl'], { baseline: 'baseline.json' }, dir)
    expect(fixed.code).toBe(0)
    expect(fixed.stdout).toMatch(/baseline entr(y|ies) no longer found: run with --update-baseline/)
  })
})

describe('netiquette templates: usage errors', () => {
  it.each([
    [[], {}, /give template files or folders/],
    [['folder'], { format: 'xml' }, /unknown format "xml"/],
    [['folder'], { updateBaseline: true }, /--update-baseline needs --baseline <file>/],
    [['folder'], { baseline: 'missing-baseline.json' }, /baseline file not found: missing-baseline\.json/],
    [['bad.json'], {}, /bad\.json is not valid JSON/],
    [['nowhere'], {}, /no such file or folder: nowhere/],
  ] as Array<[string[], Partial<TemplatesOptions>, RegExp]>)('%j %j', async (paths, options, message) => {
    await expect(run(paths, options)).rejects.toThrow(UsageError)
    await expect(run(paths, options)).rejects.toThrow(message)
  })

  it('rejects a baseline that is not one', async () => {
    const dir = workspace({ 'a.txt': 'Thanks for your order, it ships today.', 'b.json': '{"hello": 1}' })
    cpSync(join(fixtures, 'folder', 'outage', 'service-restored.txt'), join(dir, 'c.txt'))
    await expect(run(['a.txt'], { baseline: 'b.json' }, dir)).rejects.toThrow(/not a netiquette templates baseline/)
  })
})

describe('netiquette templates: folders with record files and a channel (issue 15)', () => {
  const CHAT = { id: 'chat/thanks', body: 'Thanks for waiting! 🙂 Your refund is on its way and should reach your card by Friday.' }

  it('reads the JSONL records of a folder, and says which documentation file it skipped', async () => {
    const dir = workspace({ 'templates.jsonl': jsonl([GOOD, CHAT]), 'README.md': '# Our saved replies\n\nOne record a line.\n', 'package.json': '{ "name": "macros" }\n' })
    const { code, stdout, stderr } = await run(['.'], {}, dir)
    expect(code).toBe(0)
    expect(stdout).toMatch(/^2 templates checked in \d+\.\d s/m)
    expect(stderr).toContain('netiquette: warning: README.md: skipped: a documentation file, not a template')
    expect(stderr).toContain('netiquette: warning: package.json: skipped: a project or tool configuration file, not templates')
  })

  it('judges templates by the channel given, or the config channel, not always as e-mail', async () => {
    const dir = workspace({ 'templates.jsonl': jsonl([CHAT]) })
    const rules = (out: string) => JSON.parse(out).files[0].messages.map((m: { ruleId: string; message: string }) => `${m.ruleId}: ${m.message}`)
    const asEmail = await run(['templates.jsonl'], { format: 'json' }, dir)
    expect(rules(asEmail.stdout)).toEqual(['informal: “chat/thanks”: “🙂”: emoji are too casual for an e-mail; say it in words or leave it out.'])
    const asChat = await run(['templates.jsonl'], { format: 'json', config: { channel: 'chat' } }, dir)
    expect(rules(asChat.stdout)).toEqual([])
  })
})
