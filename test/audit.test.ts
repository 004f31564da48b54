// `netiquette audit`: readers, context, sketch, masking, shards and merge (library level), and the
// command end to end on the built CLI. Fixtures in test/fixtures/audit/ are written for these tests.
import { describe, expect, it } from 'vitest'
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { root } from './build.js'
import { readExport, type ReadItem } from '../src/audit/readers/index.js'
import { runAudit } from '../src/audit/run.js'
import { mergeSummaries } from '../src/audit/aggregate.js'
import { renderHtml } from '../src/audit/report-html.js'
import { SketchBuilder, mergeSketches, quantile } from '../src/audit/sketch.js'
import { maskName, maskSpans, segments } from '../src/audit/redact.js'
import { inShard, parseShard } from '../src/audit/hash.js'
import { csvField } from '../src/audit/report-csv.js'
import type { AuditRecord, BadRow } from '../src/audit/types.js'
import type { Summary } from '../src/audit/summary.js'

const fixtures = join(root, 'test', 'fixtures', 'audit')
const bin = join(root, 'bin', 'netiquette.cjs')
const fixture = (name: string) => join(fixtures, name)

async function read(name: string): Promise<{ records: AuditRecord[]; bad: BadRow[]; formats: string[] }> {
  const items: ReadItem[] = []
  for await (const item of readExport(fixture(name))) items.push(item)
  return {
    records: items.flatMap((i) => (i.kind === 'record' ? [i.record] : [])),
    bad: items.flatMap((i) => (i.kind === 'bad' ? [i.bad] : [])),
    formats: items.flatMap((i) => (i.kind === 'format' ? [i.format] : [])),
  }
}

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

const tmp = () => mkdtempSync(join(tmpdir(), 'netiquette-audit-'))

describe('readers: every agent message in its context', () => {
  it('generic JSON Lines: the answered message, follow-ups, names, response times; bad rows by line', async () => {
    const { records, bad, formats } = await read('conversations.jsonl')
    expect(formats).toEqual(['generic-jsonl'])
    expect(records.map((r) => [r.line, r.conversationId, r.messageId, r.agentName, r.customerName, r.channel, r.followup, r.responseSeconds, r.firstResponse])).toEqual([
      [2, 'c-100', 'm2', 'Priya', 'Dana Whitfield', 'email', false, 5400, true],
      [4, 'c-100', 'm4', 'Priya', 'Dana Whitfield', 'email', true, 7200, false],
      [6, 'c-200', 'm6', 'Leo', 'Omar Haddad', 'chat', false, 120, true],
      [10, 'c-300', 'm9', 'Leo', 'Mia Chen', 'email', false, 64800, true],
    ])
    expect(records[1]!.customerMessage).toBe('Thank you. Do I need to send the broken one back?')
    expect(records[2]!.customerMessage).toBe('hi, I was charged twice for my subscription')
    expect(bad).toEqual([
      { file: 'conversations.jsonl', line: 7, reason: 'not JSON' },
      { file: 'conversations.jsonl', line: 8, reason: 'author_role must be customer or agent, got "supervisor"' },
      { file: 'conversations.jsonl', line: 11, reason: 'unreadable created_at "yesterday"' },
    ])
  })

  it('generic CSV: in_reply_to picks the answered message; a short row is a bad row with its line', async () => {
    const { records, bad, formats } = await read('conversations.csv')
    expect(formats).toEqual(['generic-csv'])
    expect(records.map((r) => [r.line, r.messageId, r.customerMessage, r.followup, r.responseSeconds, r.firstResponse])).toEqual([
      // Answers n1 (in_reply_to), timed from n1, the oldest unanswered message.
      [4, 'n3', 'Is the blue jacket back in stock?', false, 300, true],
      // Nothing was waiting: no response time; the latest customer message is the context.
      [6, 'n5', 'Size M, I mean.', true, undefined, false],
    ])
    expect(bad).toEqual([{ file: 'conversations.csv', line: 5, reason: '7 fields where the header has 8' }])
  })

  it('Zendesk tickets: requester is the customer, private notes are skipped, html_body is HTML', async () => {
    const { records, bad, formats } = await read('zendesk.jsonl')
    expect(formats).toEqual(['zendesk'])
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({
      conversationId: '9001',
      messageId: '3',
      agentName: 'Jonas',
      customerName: 'Ana Lima',
      channel: 'email',
      channelLabel: 'web',
      format: 'html',
      followup: false,
      responseSeconds: 3600,
      firstResponse: true,
      customerMessage: 'I never received the password reset e-mail.',
    })
    expect(bad).toEqual([{ file: 'zendesk.jsonl', line: 2, reason: 'ticket without comments[]' }])
  })

  it('the cs-replies layout: agent initials, conversations by company and handle, no response times', async () => {
    const { records, bad, formats } = await read('replies.jsonl')
    expect(formats).toEqual(['replies'])
    expect(records.map((r) => [r.conversationId, r.agentName, r.followup, r.customerMessage ?? null, r.responseSeconds])).toEqual([
      ['AcmeHelp:@40021', 'AcmeHelp /TK', false, '@AcmeHelp my parcel says delivered but it is not here', undefined],
      ['AcmeHelp:@40021', 'AcmeHelp /TK', true, null, undefined],
      ['AcmeHelp:@40999', 'AcmeHelp /RB', false, '@AcmeHelp app keeps crashing', undefined],
    ])
    expect(bad).toEqual([{ file: 'replies.jsonl', line: 4, reason: 'customer is neither text nor null' }])
  })

  it('a file that is no export is one clear error', async () => {
    await expect(read('wrong.jsonl')).rejects.toThrow('wrong.jsonl: not an export netiquette reads (its first record has none of reply, comments, author_role')
    await expect(read('wrong.csv')).rejects.toThrow('wrong.csv: not an export netiquette reads (CSV without the columns conversation_id, message_id, author_role, body)')
  })
})

describe('DDSketch', () => {
  it('every quantile is within 1 % of the exact one, and merging equals adding everything to one sketch', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.5, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }), fc.nat(), (values, cut) => {
        const all = new SketchBuilder()
        const a = new SketchBuilder()
        const b = new SketchBuilder()
        const split = cut % (values.length + 1)
        values.forEach((v, i) => {
          all.add(v)
          ;(i < split ? a : b).add(v)
        })
        const one = all.seal()
        expect(mergeSketches(a.seal(), b.seal())).toEqual(one)
        const sorted = [...values].sort((x, y) => x - y)
        for (const q of [0, 0.5, 0.9, 0.99, 1]) {
          const exact = sorted[Math.floor(q * (sorted.length - 1))]!
          expect(Math.abs(quantile(one, q)! - exact)).toBeLessThanOrEqual(exact * 0.0101)
        }
      }),
    )
  })

  it('zero waits count, an empty sketch has no quantile', () => {
    const s = new SketchBuilder()
    for (const v of [0, 0, 60, 120]) s.add(v)
    expect(quantile(s.seal(), 0.5)).toBe(0)
    expect(quantile(new SketchBuilder().seal(), 0.5)).toBeNull()
  })
})

describe('masking examples', () => {
  it('masks e-mails, phone and card-like numbers and handles, keeps dates, marks the finding', () => {
    const text = '@40021 Mail jo.doe@example.org or call +1 415 555 0134 about card 4111 1111 1111 1111 from 2026-03-02, thx'
    const masks = maskSpans(text, [], true)
    const at = text.indexOf('thx')
    expect(segments(text, masks, [{ start: at, end: at + 3 }])).toEqual([
      { t: '@…', m: true },
      { t: ' Mail ' },
      { t: '[e-mail]', m: true },
      { t: ' or call ' },
      { t: '[number]', m: true },
      { t: ' about card ' },
      { t: '[card]', m: true },
      { t: ' from 2026-03-02, ' },
      { t: 'thx', h: true },
    ])
  })

  it("masks the customer's name, whole or first name, as a word only", () => {
    const text = 'Hi Dana, Dana Whitfield is on file; Danae is someone else.'
    expect(segments(text, maskSpans(text, [], true, 'Dana Whitfield'), [])).toEqual([{ t: 'Hi ' }, { t: '[name]', m: true }, { t: ', ' }, { t: '[name]', m: true }, { t: ' is on file; Danae is someone else.' }])
    expect(maskName('“Dana” is not the name the help desk has', 'Dana Whitfield')).toBe('“[name]” is not the name the help desk has')
  })

  it('without --redact only the secrets the pii rule found are masked', () => {
    const text = 'Your code is 884213, write to help@example.com'
    const masks = maskSpans(text, [{ start: 13, end: 19 }], false)
    expect(segments(text, masks, [])).toEqual([{ t: 'Your code is ' }, { t: '[masked]', m: true }, { t: ', write to help@example.com' }])
  })

  it('CSV fields are quoted and never start a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvField('@40021')).toBe("'@40021")
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField(12)).toBe('12')
  })
})

describe('shards and merge', () => {
  it('--shard splits conversations deterministically: each lands in exactly one shard', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 })
    expect(parseShard('4/3')).toBe('--shard 4/3: i must be between 1 and n')
    expect(parseShard('x')).toBe('--shard must look like i/n (e.g. 1/4), got "x"')
    for (const id of ['c-100', 'c-200', 'AcmeHelp:@40021', '9001']) expect([1, 2, 3].filter((i) => inShard(id, i, 3))).toHaveLength(1)
  })

  it('merging the shards of a run gives the same summary and the same report as one run', async () => {
    const files = ['conversations.jsonl', 'conversations.csv', 'zendesk.jsonl', 'replies.jsonl'].map(fixture)
    const config = { sla: { firstResponse: '4 hours' } }
    const whole = (await runAudit(files, { config, workers: 1, redact: true })).summary
    const parts: Summary[] = []
    for (let i = 1; i <= 3; i++) parts.push((await runAudit(files, { config, workers: 1, redact: true, shard: { index: i, count: 3 } })).summary)
    expect(parts.map((p) => p.replies)).not.toContain(whole.replies) // really split
    const merged = parts.reduce(mergeSummaries)
    expect(merged.shards).toEqual(['1/3', '2/3', '3/3'])
    expect({ ...merged, shards: [] }).toEqual(whole)
    expect(renderHtml(merged)).toBe(renderHtml(whole))

    expect(whole).toMatchObject({ replies: 10, conversations: 7, followups: 3, repliesWithErrors: 1, badRows: { count: 6 } })
    expect(whole.rules.pii).toMatchObject({ findings: 1, replies: 1, error: 1 })
    // 5400, 120, 64800, 300, 3600 s: one of five first responses is over the 4-hour SLA.
    expect(whole.response.firstResponse.count).toBe(5)
    expect(whole.response.firstBreaches).toBe(1)
    // The median, 3600 s, within the sketch's 1 %.
    expect(Math.abs(quantile(whole.response.firstResponse, 0.5)! - 3600)).toBeLessThanOrEqual(36)
  })

  it('a "reply" over 100,000 characters is a bad row, not linted', async () => {
    const dir = tmp()
    const file = join(dir, 'long.jsonl')
    const rows = [
      { conversation_id: 'a', message_id: '1', author_role: 'customer', body: 'Where is my refund?' },
      { conversation_id: 'a', message_id: '2', author_role: 'agent', author_name: 'Leo', channel: 'email', body: 'Thanks for waiting. '.repeat(5001) },
      { conversation_id: 'a', message_id: '3', author_role: 'agent', author_name: 'Leo', channel: 'email', body: 'Hi, your refund was sent today.\n\nBest regards,\nLeo' },
    ]
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'))
    const { summary } = await runAudit([file], { config: {}, workers: 1, redact: true })
    expect(summary.replies).toBe(1)
    expect(summary.badRows).toEqual({ count: 1, rows: [{ file: 'long.jsonl', line: 2, reason: 'reply of 100,020 characters not linted (more than 100,000: an export artefact, not a reply)' }] })
  })

  it('summaries made with different SLAs do not merge', async () => {
    const a = (await runAudit([fixture('conversations.csv')], { config: { sla: { firstResponse: '1 hour' } }, workers: 1, redact: true })).summary
    const b = (await runAudit([fixture('conversations.csv')], { config: {}, workers: 1, redact: true })).summary
    expect(() => mergeSummaries(a, b)).toThrow('the summaries were made with different SLAs (1 hour, none)')
  })
})

describe('netiquette audit (built CLI)', () => {
  it('turns V8 pretenuring off for the run, and a CLI audit leaves no code cache keyed on that flag', () => {
    // A checkout of its own: the bundle and bin copied (the cache is written beside the bundle),
    // the unbundled modules and packages linked.
    const dir = tmp()
    mkdirSync(join(dir, 'bin'))
    mkdirSync(join(dir, 'dist', 'cli'), { recursive: true })
    for (const f of ['netiquette.cjs', 'code-cache.cjs']) copyFileSync(join(root, 'bin', f), join(dir, 'bin', f))
    for (const f of readdirSync(join(root, 'dist', 'cli')).filter((f) => f.endsWith('.cjs'))) copyFileSync(join(root, 'dist', 'cli', f), join(dir, 'dist', 'cli', f))
    symlinkSync(join(root, 'dist', 'src'), join(dir, 'dist', 'src'))
    symlinkSync(join(root, 'dist', 'rules'), join(dir, 'dist', 'rules'))
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
    symlinkSync(join(root, 'package.json'), join(dir, 'package.json'))
    const cache = join(dir, 'dist', 'cli', 'index.cjs.cache')
    const run = (args: string[]) => spawnSync(process.execPath, [join(dir, 'bin', 'netiquette.cjs'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    const audit = run(['audit', 'test/fixtures/audit/conversations.jsonl', '--out', join(dir, 'out'), '--workers', '1'])
    expect(audit.stderr).toMatch(/^netiquette audit: \d+ replies linted/)
    expect(audit.status).toBe(0)
    expect(existsSync(cache)).toBe(false)
    // A plain run in the same checkout makes the cache.
    expect(run(['--version']).status).toBe(0)
    expect(existsSync(cache)).toBe(true)
  })

  it('the HTTP service turns pretenuring off too, and leaves no code cache keyed on it', async () => {
    const dir = tmp()
    mkdirSync(join(dir, 'bin'))
    mkdirSync(join(dir, 'dist', 'cli'), { recursive: true })
    for (const f of ['netiquette.cjs', 'code-cache.cjs']) copyFileSync(join(root, 'bin', f), join(dir, 'bin', f))
    for (const f of readdirSync(join(root, 'dist', 'cli')).filter((f) => f.endsWith('.cjs'))) copyFileSync(join(root, 'dist', 'cli', f), join(dir, 'dist', 'cli', f))
    for (const link of ['dist/src', 'dist/rules', 'node_modules', 'package.json']) symlinkSync(join(root, link), join(dir, link))
    const child = spawn(process.execPath, [join(dir, 'bin', 'netiquette.cjs'), 'serve', '--port', '0', '--workers', '1'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8')
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk
        if (stderr.includes('listening on')) resolve()
      })
      child.on('exit', () => reject(new Error(`serve exited: ${stderr}`)))
    })
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.removeAllListeners('exit').on('exit', (code, signal) => resolve({ code, signal })))
    // Serving: it answers before it is asked to stop.
    const base = /listening on (http:\/\/\S+)/.exec(stderr)![1]!
    expect((await fetch(`${base}/healthz`)).status).toBe(200)
    child.kill('SIGTERM')
    expect(await exited).toEqual({ code: 0, signal: null })
    expect(existsSync(join(dir, 'dist', 'cli', 'index.cjs.cache'))).toBe(false)
  })

  it('writes the report, summary and CSVs; two threads give the same summary as one; nothing personal leaks', () => {
    const one = tmp()
    const two = tmp()
    const files = ['conversations.jsonl', 'zendesk.jsonl', 'replies.jsonl'].map((f) => `test/fixtures/audit/${f}`)
    const r1 = cli(['audit', ...files, '--out', one, '--workers', '1'])
    const r2 = cli(['audit', ...files, '--out', two, '--workers', '2'])
    expect(r1.status).toBe(0)
    expect(r2.status).toBe(0)
    expect(r1.stdout).toBe(
      '8 agent replies · 6 conversations · mean score 85.0 · 1 with errors\n' +
        // 120, 3600, 5400 and 64800 s: nearest-rank p50 3600 s, p90 5400 s (5379 s in the sketch)
        'first response p50 60 min · p90 90 min over 4 conversations\n' +
        '5 bad rows skipped (first: conversations.jsonl:7 not JSON; conversations.jsonl:8 author_role must be customer or agent, got "supervisor"; conversations.jsonl:11 unreadable created_at "yesterday"; replies.jsonl:4 customer is neither text nor null; zendesk.jsonl:2 ticket without comments[])\n' +
        `report: ${join(one, 'report.html')}\n`,
    )
    expect(r1.stderr).toMatch(/^netiquette audit: 8 replies linted in \d+\.\d s \(\d[\d,]* replies\/s, 1 thread\)\n$/)
    for (const name of ['summary.json', 'agents.csv', 'rules.csv', 'messages.csv', 'report.html']) {
      expect(readFileSync(join(two, name), 'utf8')).toBe(readFileSync(join(one, name), 'utf8').replaceAll(one, two))
    }
    const html = readFileSync(join(one, 'report.html'), 'utf8')
    const summary = readFileSync(join(one, 'summary.json'), 'utf8')
    for (const secret of ['4111 1111 1111 1111', 'books@chen-family.example', '415 555 0134', 'Omar', 'Haddad']) {
      expect(html).not.toContain(secret)
      expect(summary).not.toContain(secret)
    }
    expect(html).toContain('<span class="mask">[card]</span>')
    // Self-contained: no script, no external resource.
    expect(html).not.toMatch(/<script|<link|\bsrc=|url\(|https?:\/\/(?!www\.w3\.org)/)
    for (const heading of ['Score distribution', 'Findings per rule', 'Where replies lose points', 'Agents ranked by mean score', 'Response time by channel', 'Findings over time']) expect(html).toContain(heading)
    expect(readFileSync(join(one, 'rules.csv'), 'utf8').split('\n')[0]).toBe('rule,findings,replies,replies_per_1000,findings_per_1000,errors,warnings,infos')
    expect(readFileSync(join(one, 'messages.csv'), 'utf8')).not.toContain('charged twice')
  })

  it('audit merge of shard summaries writes the same report as one run', () => {
    const whole = tmp()
    const files = ['conversations.jsonl', 'conversations.csv', 'zendesk.jsonl'].map((f) => `test/fixtures/audit/${f}`)
    expect(cli(['audit', ...files, '--out', whole, '--workers', '1']).status).toBe(0)
    const parts = [1, 2].map((i) => {
      const out = tmp()
      expect(cli(['audit', ...files, '--out', out, '--workers', '1', '--shard', `${i}/2`]).status).toBe(0)
      return join(out, 'summary.json')
    })
    const merged = tmp()
    const r = cli(['audit', 'merge', ...parts, '--out', merged])
    expect(r.status).toBe(0)
    expect(readFileSync(join(merged, 'report.html'), 'utf8')).toBe(readFileSync(join(whole, 'report.html'), 'utf8'))
    expect(readFileSync(join(merged, 'agents.csv'), 'utf8')).toBe(readFileSync(join(whole, 'agents.csv'), 'utf8'))
    const m = JSON.parse(readFileSync(join(merged, 'summary.json'), 'utf8')) as Summary
    expect({ ...m, shards: [] }).toEqual(JSON.parse(readFileSync(join(whole, 'summary.json'), 'utf8')))
  })

  it('bad input: one line on stderr, exit 2', () => {
    const out = tmp()
    const notSummary = join(out, 'x.json')
    writeFileSync(notSummary, '{"replies": 3}')
    const cases: Array<[string[], string]> = [
      [['audit', 'test/fixtures/audit/wrong.jsonl', '--out', out], 'netiquette: wrong.jsonl: not an export netiquette reads (its first record has none of reply, comments, author_role; see the README\'s "Audit" section)\n'],
      [['audit', 'test/fixtures/audit/missing.jsonl', '--out', out], 'netiquette: cannot read test/fixtures/audit/missing.jsonl: no such file\n'],
      [['audit', 'test/fixtures/audit/replies.jsonl', '--out', out, '--shard', '3/2'], 'netiquette: --shard 3/2: i must be between 1 and n\n'],
      [['audit', 'merge', notSummary, '--out', out], `netiquette: ${notSummary}: not an audit summary (write one with netiquette audit --out <folder>)\n`],
    ]
    for (const [args, stderr] of cases) {
      const r = cli(args)
      expect(r.stderr).toBe(stderr)
      expect(r.status).toBe(2)
    }
  })
})
