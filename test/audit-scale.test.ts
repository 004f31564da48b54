// `netiquette audit` at scale: batches spread over this thread and the workers give the same outputs
// as one thread, and a conversation split across export files is joined.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from './build.js'
import { readExport } from '../src/audit/readers/index.js'
import { ContextBuilder } from '../src/audit/context.js'
import { runAudit } from '../src/audit/run.js'
import { defaultThreads } from '../src/audit/command.js'
import { pathToFileURL } from 'node:url'
import type { AuditRecord } from '../src/audit/types.js'
import type { ExportMessage } from '../src/audit/readers/message.js'

const fixture = (name: string) => join(root, 'test', 'fixtures', 'audit', name)
const tmp = () => mkdtempSync(join(tmpdir(), 'netiquette-audit-scale-'))
const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n'

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'netiquette.cjs'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** One customer message in the first file, the agent's answer (45 minutes later) in the second. */
function splitExport(dir: string): [string, string] {
  const first = join(dir, 'monday.jsonl')
  const second = join(dir, 'tuesday.jsonl')
  writeFileSync(
    first,
    jsonl([
      { conversation_id: 'k-1', message_id: 'k1-a', created_at: '2026-05-04T23:30:00Z', author_role: 'customer', author_name: 'Rosa Brandt', channel: 'email', body: 'My invoice still shows my old street address.' },
      { conversation_id: 'k-2', message_id: 'k2-a', created_at: '2026-05-04T10:00:00Z', author_role: 'customer', author_name: 'Ken Ito', channel: 'chat', body: 'Can I change my delivery slot?' },
      { conversation_id: 'k-2', message_id: 'k2-b', created_at: '2026-05-04T10:02:00Z', author_role: 'agent', author_name: 'Leo', channel: 'chat', body: 'Hi Ken, yes: I moved it to Friday morning for you.' },
    ]),
  )
  writeFileSync(
    second,
    jsonl([
      {
        conversation_id: 'k-1',
        message_id: 'k1-b',
        created_at: '2026-05-05T00:15:00Z',
        author_role: 'agent',
        author_name: 'Priya',
        channel: 'email',
        body: 'Hi Rosa,\n\nThank you for telling us. I have corrected the address and sent you a new invoice.\n\nBest regards,\nPriya',
      },
    ]),
  )
  return [first, second]
}

describe('conversations split across export files', () => {
  it('the reply in the later file gets the customer message, name and response time from the earlier one', async () => {
    const [first, second] = splitExport(tmp())
    const context = new ContextBuilder()
    const records: AuditRecord[] = []
    for (const file of [first, second]) for await (const item of readExport(file, { context })) if (item.kind === 'record') records.push(item.record)
    expect(records.map((r) => [r.file, r.line, r.messageId, r.customerName, r.customerMessage, r.followup, r.responseSeconds, r.firstResponse])).toEqual([
      ['monday.jsonl', 3, 'k2-b', 'Ken Ito', 'Can I change my delivery slot?', false, 120, true],
      ['tuesday.jsonl', 1, 'k1-b', 'Rosa Brandt', 'My invoice still shows my old street address.', false, 2700, true],
    ])

    const { summary } = await runAudit([first, second], { config: {}, workers: 1, redact: true })
    expect(summary).toMatchObject({ replies: 2, conversations: 2 })
    expect(summary.response.firstResponse.count).toBe(2)
  })

  it('files are read in the order given: a reply read before its customer message has no context (documented)', async () => {
    const [first, second] = splitExport(tmp())
    const { summary } = await runAudit([second, first], { config: {}, workers: 1, redact: true })
    expect(summary.replies).toBe(2)
    expect(summary.response.firstResponse.count).toBe(1)
  })

  it('the built CLI joins them the same way on one thread and on two', () => {
    const dir = tmp()
    const files = splitExport(dir)
    const one = join(dir, 'one')
    const two = join(dir, 'two')
    expect(cli(['audit', ...files, '--out', one, '--workers', '1']).status).toBe(0)
    expect(cli(['audit', ...files, '--out', two, '--workers', '2']).status).toBe(0)
    const rows = readFileSync(join(one, 'messages.csv'), 'utf8').split('\n')
    expect(rows.find((r) => r.includes('k1-b'))).toContain(',2700,')
    for (const name of ['summary.json', 'messages.csv', 'agents.csv', 'rules.csv']) expect(readFileSync(join(two, name), 'utf8')).toBe(readFileSync(join(one, name), 'utf8'))
  })
})

describe('the open conversations remembered', () => {
  const message = (conversationId: string, role: 'customer' | 'agent', line: number, body: string): ExportMessage => ({
    file: 'x.jsonl',
    line,
    conversationId,
    messageId: `m${line}`,
    createdAt: Date.parse('2026-05-04T09:00:00Z') + line * 60_000,
    role,
    body,
  })

  it('at most maxOpen; the least recently active is forgotten first, a closed one at once', () => {
    const context = new ContextBuilder(2)
    context.add(message('a', 'customer', 1, 'Where is my parcel?'))
    context.add(message('b', 'customer', 2, 'My card was declined.'))
    context.add(message('a', 'customer', 3, 'It was due on Monday.')) // a is now the most recently active
    context.add(message('c', 'customer', 4, 'How do I reset my password?')) // a third: b goes
    const a = context.add(message('a', 'agent', 5, 'It arrives tomorrow morning.'))
    expect([a?.customerMessage, a?.followup, a?.responseSeconds]).toEqual(['It was due on Monday.', false, 240])
    // b was forgotten: its reply has no context (and, new again, it pushes out c, now the least recently active).
    const b = context.add(message('b', 'agent', 6, 'Sorry about that, please try again now.'))
    expect([b?.customerMessage, b?.responseSeconds]).toEqual([undefined, undefined])
    expect(context.add(message('c', 'agent', 7, 'Use the link on the sign-in page.'))?.customerMessage).toBeUndefined()
    // Closed: its next reply is a first reply again.
    context.close('b')
    expect(context.add(message('b', 'agent', 8, 'Anything else?'))?.followup).toBe(false)
    expect(context.add(message('c', 'agent', 9, 'Glad to help.'))?.followup).toBe(true)
  })
})

describe('linting on this thread and the workers', () => {
  it('one-reply batches spread over three threads give the summary and per-message CSV of one thread', async () => {
    const dir = tmp()
    // 60 conversations in the generic shape, from the fixtures' replies (varied so they differ).
    const replies = readFileSync(fixture('replies.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { customer: unknown; reply: unknown })
    const texts = replies.filter((r) => typeof r.reply === 'string').map((r) => r.reply as string)
    const rows = []
    for (let i = 0; i < 60; i++) {
      const at = Date.parse('2026-05-04T08:00:00Z') + i * 600_000
      rows.push({ conversation_id: `t-${i}`, message_id: `t${i}-c`, created_at: new Date(at).toISOString(), author_role: 'customer', channel: 'chat', body: `Order ${1000 + i} has not arrived yet.` })
      rows.push({
        conversation_id: `t-${i}`,
        message_id: `t${i}-a`,
        created_at: new Date(at + (i + 1) * 60_000).toISOString(),
        author_role: 'agent',
        author_name: `Agent ${i % 4}`,
        channel: 'chat',
        body: `${texts[i % texts.length]} (order ${1000 + i})`,
      })
    }
    const file = join(dir, 'many.jsonl')
    writeFileSync(file, jsonl(rows))
    const files = [file, fixture('conversations.jsonl'), fixture('zendesk.jsonl')]
    const one = await runAudit(files, { config: {}, workers: 1, redact: true, messagesCsv: join(dir, 'one.csv'), threadStats: true })
    // One thread: the coordinator lints everything itself.
    expect(one.threads!.map((t) => [t.thread, t.replies])).toEqual([['coordinator', 65]])
    // The built module: worker threads load dist/src/audit/worker.js, as the CLI does.
    const built = (await import(pathToFileURL(join(root, 'dist', 'src', 'audit', 'run.js')).href)) as typeof import('../src/audit/run.js')
    const three = await built.runAudit(files, { config: {}, workers: 3, redact: true, batchSize: 1, messagesCsv: join(dir, 'three.csv'), threadStats: true })
    expect(three.summary).toEqual(one.summary)
    expect(readFileSync(join(dir, 'three.csv'), 'utf8')).toBe(readFileSync(join(dir, 'one.csv'), 'utf8'))
    expect(one.summary.replies).toBe(65)
    // Three workers lint, each some of it (a batch goes to the least busy one); the coordinator reads and adds up only.
    const threads = three.threads!
    expect(threads.map((t) => t.thread)).toEqual(['coordinator', 'worker 1', 'worker 2', 'worker 3'])
    expect(threads[0]!.replies).toBe(0)
    expect(threads.reduce((sum, t) => sum + t.replies, 0)).toBe(65)
    for (const t of threads.slice(1)) {
      expect(t.replies).toBeGreaterThan(0)
      expect(t.elu).toBeGreaterThan(0)
      expect(t.elu).toBeLessThanOrEqual(1)
    }
  })

  it('the default thread count: one thread for a small export (a second one costs more to start than it saves), else one per core', () => {
    expect(defaultThreads(5_000_000, 8)).toBe(1)
    expect(defaultThreads(200_000_000, 2)).toBe(2)
    expect(defaultThreads(200_000_000, 8)).toBe(8)
    expect(defaultThreads(200_000_000, 1)).toBe(1)
  })
})
