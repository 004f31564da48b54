import { describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AjvModule from 'ajv-draft-04'
import { root } from './build.js'
import { cli, spawnCli, type CliRun } from './run-cli.js'

// Most tests run the CLI in-process (test/run-cli.ts); those marked "the binary" spawn bin/netiquette.cjs,
// for what only the real process shows: its exit status, a real stdin pipe, JavaScript configs imported
// through the bundle's entry, the lazily loaded parts of the bundle and its code cache.

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'netiquette-cli-'))
}

const BAD = 'Hi {{first_name}},\n\nSorry, that crap courier lost it.\n\nBest regards,\nSam\n'
const GOOD = 'Hi Maria,\n\nThank you for your patience. Your refund was sent today.\n\nBest regards,\nSam\n'

describe('CLI: exit codes and input', () => {
  it('exits 0 on a clean draft and 1 on errors (the binary)', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'good.txt'), GOOD)
    writeFileSync(join(dir, 'bad.txt'), BAD)
    expect(spawnCli([join(dir, 'good.txt')]).code).toBe(0)
    const bad = spawnCli([join(dir, 'bad.txt')])
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain('placeholder')
    expect(bad.stdout).toContain('3:13')
  })

  it('lints folders recursively and globs', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'sub'))
    writeFileSync(join(dir, 'sub', 'a.md'), BAD)
    writeFileSync(join(dir, 'b.html'), '<p>Sorry, that crap courier.</p>')
    writeFileSync(join(dir, 'notes.json'), '{}')
    const r = await cli([dir, '--format', 'json'])
    const files = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path.replace(dir, ''))
    expect(files).toEqual(['/b.html', '/sub/a.md'])
    const g = await cli([join(dir, '**/*.md'), '--format', 'json'])
    expect(JSON.parse(g.stdout).files).toHaveLength(1)
  })

  it('reads stdin when piped or given - (the binary)', () => {
    const r = spawnCli(['--format', 'json'], { input: BAD })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).files[0].path).toBe('<stdin>')
    expect(spawnCli(['-'], { input: GOOD }).code).toBe(0)
  })

  it('uses the reply context from flags', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'msg.txt'), 'your shit service!!')
    const r = await cli(['--customer-name', 'Maria Lopez', '--customer-message', join(dir, 'msg.txt'), '--channel', 'chat', '--format', 'json'], { input: BAD })
    const messages = JSON.parse(r.stdout).files[0].messages
    expect(messages[0].fix.text).toBe('Maria')
    expect(messages[1].message).toMatch(/stay professional/)
  })

  it('--max-warnings and --quiet follow ESLint', async () => {
    const warnOnly = ['--rule', 'profanity=warn', '--rule', 'placeholder=off']
    expect((await cli([...warnOnly], { input: BAD })).code).toBe(0)
    const over = await cli([...warnOnly, '--max-warnings', '0'], { input: BAD })
    expect(over.code).toBe(1)
    expect(over.stderr).toMatch(/too many warnings/)
    const quiet = await cli([...warnOnly, '--quiet', '--format', 'json'], { input: BAD })
    expect(JSON.parse(quiet.stdout).files[0].messages).toEqual([])
  })

  it('-o writes the report to a file', async () => {
    const dir = tempDir()
    const out = join(dir, 'report.json')
    await cli(['--format', 'json', '-o', out], { input: BAD })
    expect(JSON.parse(readFileSync(out, 'utf8')).errorCount).toBe(2)
  })
})

describe('CLI: --fix', () => {
  it('fixes files in place atomically, leaving no temp files', async () => {
    const dir = tempDir()
    const file = join(dir, 'draft.txt')
    writeFileSync(file, BAD)
    const r = await cli([file, '--fix', '--customer-name', 'Maria Lopez'])
    expect(readFileSync(file, 'utf8')).toBe(BAD.replace('{{first_name}}', 'Maria'))
    expect(r.code).toBe(1) // the profanity has no safe fix and remains
    expect(readdirSync(dir)).toEqual(['draft.txt'])
  })

  it('prints the fixed text on stdout for stdin, and the report on stderr', async () => {
    const r = await cli(['--fix', '--customer-name', 'Maria Lopez'], { input: BAD })
    expect(r.stdout).toBe(BAD.replace('{{first_name}}', 'Maria'))
    expect(r.stderr).toContain('profanity')
  })
})

describe('CLI: formats', () => {
  it('json has the documented shape', async () => {
    const r = await cli(['--format', 'json'], { input: BAD })
    const json = JSON.parse(r.stdout)
    expect(json.version).toBe(1)
    expect(Object.keys(json).sort()).toEqual(['errorCount', 'files', 'infoCount', 'version', 'warningCount'])
    expect(json.files[0]).toMatchObject({ path: '<stdin>', errorCount: 2, warningCount: 0, infoCount: 0, score: 0 })
    expect(json.files[0].messages[0]).toMatchObject({ ruleId: 'placeholder', line: 1, column: 4, offset: 3, endOffset: 17, actual: '{{first_name}}' })
  })

  it('sarif is valid SARIF 2.1.0 against the official schema', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'draft.txt'), BAD)
    const r = await cli([join(dir, 'draft.txt'), '--format', 'sarif', '--customer-name', 'Maria'])
    const log = JSON.parse(r.stdout)
    const schema = JSON.parse(readFileSync(join(root, 'test/fixtures/sarif-2.1.0-rtm.5.json'), 'utf8'))
    // A CommonJS module: under NodeNext the default import is `module.exports`, whose `default` is the class.
    const Ajv = AjvModule.default
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
    const validate = ajv.compile(schema)
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    const results = log.runs[0].results
    expect(results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['placeholder', 'profanity'])
    expect(results[0].fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('Maria')
    expect(log.runs[0].tool.driver.rules.length).toBeGreaterThanOrEqual(2)
  })

  it('github emits escaped workflow commands', async () => {
    const r = await cli(['--format', 'github'], { input: 'Hi {{first_name}},\n\nI am 100% sure: that crap courier lost it.\n\nBest regards,\nSam\n' })
    const lines = r.stdout.trim().split('\n')
    const placeholder = lines.find((l) => l.includes('netiquette(placeholder)'))
    const profanity = lines.find((l) => l.includes('netiquette(profanity)'))
    expect(placeholder).toMatch(/^::error file=<stdin>,line=1,col=4,endLine=1,endColumn=18,title=netiquette\(placeholder\)::/)
    expect(profanity).toMatch(/^::error file=<stdin>,line=3,col=22,endLine=3,endColumn=26,title=netiquette\(profanity\)::Don't use “crap”/)
    for (const line of lines) expect(line).not.toMatch(/100% /)
  })

  it('stylish groups by file with positions, messages, rule ids and suggestions', async () => {
    const r = await cli([], { input: BAD })
    expect(r.stdout).toContain('<stdin>')
    expect(r.stdout).toMatch(/3:13\s+error\s+Don't use “crap”.*profanity/)
    expect(r.stdout).toContain('→ “rubbish”')
    expect(r.stdout).toMatch(/2 problems \(2 errors, 0 warnings, 0 info\)/)
  })
})

describe('CLI: config', () => {
  it('discovers .netiquetterc.json from the file folder upward, up to the project root', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, '.git'))
    mkdirSync(join(dir, 'drafts'))
    writeFileSync(join(dir, '.netiquetterc.json'), JSON.stringify({ rules: { profanity: 'off' } }))
    writeFileSync(join(dir, 'drafts', 'a.txt'), BAD)
    const json = JSON.parse((await cli([join(dir, 'drafts', 'a.txt'), '--format', 'json'])).stdout)
    expect(json.files[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['placeholder'])
  })

  it('reads YAML .netiquetterc and package.json#netiquette', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, '.netiquetterc'), 'rules:\n  placeholder: off\nallow:\n  - crap courier\n')
    writeFileSync(join(dir, 'a.txt'), BAD)
    expect((await cli([join(dir, 'a.txt')])).code).toBe(0)
    const dir2 = tempDir()
    writeFileSync(join(dir2, 'package.json'), JSON.stringify({ name: 'x', netiquette: { rules: { profanity: 'off', placeholder: 'warn' } } }))
    writeFileSync(join(dir2, 'a.txt'), BAD)
    expect((await cli([join(dir2, 'a.txt')])).code).toBe(0)
  })

  it('loads netiquette.config.js (CommonJS) and netiquette.config.mjs (ES module) (the binary)', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'netiquette.config.js'), "module.exports = { rules: { profanity: 'off' } }\n")
    writeFileSync(join(dir, 'a.txt'), BAD)
    const json = JSON.parse(spawnCli([join(dir, 'a.txt'), '--format', 'json']).stdout)
    expect(json.files[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['placeholder'])
    const dir2 = tempDir()
    writeFileSync(join(dir2, 'netiquette.config.mjs'), "export default { rules: { placeholder: 'off', profanity: 'off' } }\n")
    writeFileSync(join(dir2, 'a.txt'), BAD)
    expect(spawnCli([join(dir2, 'a.txt')]).code).toBe(0)
    expect(spawnCli(['--config', join(dir2, 'netiquette.config.mjs')], { input: BAD }).code).toBe(0)
  })

  it('a config file that throws is one line and exit 2 (the binary)', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'netiquette.config.mjs'), "throw new Error('boom')\n")
    writeFileSync(join(dir, 'a.txt'), GOOD)
    const r = spawnCli([join(dir, 'a.txt')])
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain('boom')
  })

  it('--config skips discovery', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'custom.json'), JSON.stringify({ rules: { profanity: 'off', placeholder: 'off' } }))
    expect((await cli(['--config', join(dir, 'custom.json')], { input: BAD })).code).toBe(0)
  })
})

describe('CLI: lazily loaded parts and the code cache (the binary)', () => {
  it('detects a language its word lists do not know (franc-min, loaded on demand)', () => {
    const spanish = 'Hola Marta, gracias por escribirnos. Su pedido llegará mañana por la tarde, según nos confirma el transportista que lo lleva.'
    const json = JSON.parse(spawnCli(['--format', 'json'], { input: spanish }).stdout)
    expect(json.files[0].language).toBe('spa')
    expect(json.files[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['language'])
  })

  it('lints a Turkish draft exactly as the library does (the bundle parses Turkish word lists on first use)', async () => {
    const draft = 'Merhaba Ayşe Hanım,\n\nSiparişiniz yarın kargoya verilecek. Takip numaranızı SMS ile gönderdik, lütfen kontrol edin. Bu ne saçma bir şikayet, siz de biraz sabırlı olun!!\n\nSaygılarımızla,\nEce\n'
    const fromCli = JSON.parse(spawnCli(['--format', 'json', '--customer-name', 'Ayşe Yılmaz'], { input: draft }).stdout).files[0]
    const { lint } = await import('../src/index.js')
    const library = await lint(draft, { customer: { name: 'Ayşe Yılmaz' } })
    expect(fromCli.language).toBe('tr')
    expect(fromCli.messages.map((m: { ruleId: string; offset: number }) => [m.ruleId, m.offset])).toEqual(library.messages.map((m) => [m.ruleId, m.offset]))
    expect(fromCli.messages.length).toBeGreaterThan(1)
  })

  it('TIMING=1 prints the time per rule on stderr, leaving the report on stdout intact', () => {
    const r = spawnCli(['--format', 'json'], { input: BAD, env: { TIMING: 'all', NO_COLOR: undefined } })
    expect(JSON.parse(r.stdout).files).toHaveLength(1)
    const lines = r.stderr.trim().split('\n')
    expect(lines[0]).toMatch(/^Rule\s+\| Time \(ms\) \| Relative$/)
    const ids = lines.slice(2).map((l) => l.split('|')[0]!.trim())
    expect(ids).toEqual(expect.arrayContaining(['profanity', 'placeholder', '(parse)', '(document)']))
    const defaultRules = spawnCli([], { input: BAD, env: { TIMING: '1', NO_COLOR: undefined } })
    expect(defaultRules.stderr.trim().split('\n')).toHaveLength(12) // header, rule line, the 10 slowest
  })

  it('runs without a code cache, or with a stale one, and writes a fresh one', () => {
    const cache = join(root, 'dist', 'cli', 'index.cjs.cache')
    const expected = spawnCli(['--format', 'json'], { input: BAD }).stdout
    writeFileSync(cache, 'not a V8 code cache')
    expect(spawnCli(['--format', 'json'], { input: BAD }).stdout).toBe(expected)
    expect(readFileSync(cache).length).toBeGreaterThan(100_000)
    rmSync(cache)
    expect(spawnCli(['--format', 'json'], { input: BAD }).stdout).toBe(expected)
    expect(existsSync(cache)).toBe(true)
  })
})

describe('CLI: bad input is one line on stderr and exit 2', () => {
  const expectUsage = (r: CliRun, pattern: RegExp) => {
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(pattern)
    // eslint-disable-next-line regexp/no-super-linear-backtracking -- a test's stderr, a few lines
    expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/)
  }

  it('missing file', async () => expectUsage(await cli(['nope/missing.txt']), /no such file or folder: nope\/missing.txt/))
  it('folder with no drafts', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'data.json'), '{}')
    expectUsage(await cli([dir]), /no drafts/)
  })
  it('binary file', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]))
    expectUsage(await cli([join(dir, 'image.txt')]), /binary file/)
  })
  it('invalid UTF-8', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x48, 0x69, 0x20, 0xe9, 0x74, 0xe9, 0x0a]))
    expectUsage(await cli([join(dir, 'latin1.txt')]), /not valid UTF-8/)
  })
  it('invalid UTF-8 on stdin', async () => expectUsage(await cli(['-'], { input: Buffer.from([0xff, 0xfe, 0x41]) }), /<stdin> is not valid UTF-8/))
  it('unknown rule id', async () => expectUsage(await cli(['--rule', 'politeness=off'], { input: GOOD }), /unknown rule id "politeness"/))
  it('malformed --rule', async () => expectUsage(await cli(['--rule', 'profanity'], { input: GOOD }), /--rule must look like/))
  it('unknown option (the binary)', () => expectUsage(spawnCli(['--frobnicate'], { input: GOOD }), /unknown option '--frobnicate'/))
  it('invalid channel', async () => expectUsage(await cli(['--channel', 'fax'], { input: GOOD }), /channel/))
  it('invalid config: names file and key', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, '.netiquetterc.json'), JSON.stringify({ rules: { profanity: 'loud' } }))
    writeFileSync(join(dir, 'a.txt'), GOOD)
    expectUsage(await cli([join(dir, 'a.txt')]), /invalid config in .*\.netiquetterc\.json: "rules\.profanity"/)
  })
  it('invalid config: unknown rule in config', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, '.netiquetterc.json'), JSON.stringify({ rules: { nope: 'off' } }))
    writeFileSync(join(dir, 'a.txt'), GOOD)
    expectUsage(await cli([join(dir, 'a.txt')]), /"rules\.nope" is not a known rule/)
  })
  it('invalid config: broken JSON', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, '.netiquetterc.json'), '{ "rules": ')
    writeFileSync(join(dir, 'a.txt'), GOOD)
    expectUsage(await cli([join(dir, 'a.txt')]), /invalid config in .*\.netiquetterc\.json/)
  })
  it('missing --config file', async () => expectUsage(await cli(['--config', 'nope.json'], { input: GOOD }), /config file not found: nope.json/))
  it('missing --customer-message file', async () => expectUsage(await cli(['--customer-message', 'nope.txt'], { input: GOOD }), /no such file|cannot read nope.txt/))
})

describe('CLI: templates --channel (issue 15)', () => {
  it('judges a corpus of chat macros as chat, and rejects an unknown channel', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'macros.jsonl'), JSON.stringify({ id: 'chat/thanks', body: 'Thanks for waiting! 🙂 Your refund is on its way and should reach your card by Friday.' }) + '\n')
    const asEmail = await cli(['templates', 'macros.jsonl', '--format', 'json'], { cwd: dir })
    expect(JSON.parse(asEmail.stdout).files[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['informal'])
    const asChat = await cli(['templates', 'macros.jsonl', '--format', 'json', '--channel', 'chat'], { cwd: dir })
    expect(asChat.code).toBe(0)
    expect(JSON.parse(asChat.stdout).files[0].messages).toEqual([])
    const bad = await cli(['templates', 'macros.jsonl', '--channel', 'fax'], { cwd: dir })
    expect(bad.code).toBe(2)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
  })
})
