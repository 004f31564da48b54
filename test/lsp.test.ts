// `netiquette lsp`, driven by a real LSP client (vscode-languageserver-protocol) over stdio against
// the built CLI: initialize, open, change, diagnostics, code actions, applied edits, config changes,
// shutdown. Set LSP_TRANSCRIPT=<file> to keep the messages exchanged.
import { afterAll, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type CodeAction, type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node.js'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { writeFileSync as save } from 'node:fs'
import { root } from './build.js'

const bin = join(root, 'bin', 'netiquette.cjs')
const transcript: string[] = []

const workspace = mkdtempSync(join(tmpdir(), 'netiquette-lsp-'))
writeFileSync(join(workspace, 'package.json'), '{"name":"macros","private":true}\n')

const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] })
const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
const reader = new StreamMessageReader(child.stdout!)
const writer = new StreamMessageWriter(child.stdin!)
// The server's side of the transcript, as it arrives (headers stripped).
child.stdout!.on('data', (chunk: Buffer) => {
  for (const body of chunk.toString().split(/Content-Length: \d+\r\n\r\n/)) if (body) transcript.push(`<- ${body}`)
})
const originalWrite = writer.write.bind(writer)
writer.write = (message) => {
  transcript.push(`-> ${JSON.stringify(message)}`)
  return originalWrite(message)
}
const connection: ProtocolConnection = createProtocolConnection(reader, writer)

// Diagnostics as they arrive, per URI; waiters resolve on the next publication for a URI.
const published = new Map<string, PublishDiagnosticsParams>()
const waiting = new Map<string, Array<(p: PublishDiagnosticsParams) => void>>()
connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
  published.set(p.uri, p)
  for (const wake of waiting.get(p.uri)?.splice(0) ?? []) wake(p)
})
connection.onRequest('client/registerCapability', () => null)
connection.listen()

function nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
  return new Promise((resolve) => waiting.set(uri, [...(waiting.get(uri) ?? []), resolve]))
}

const docs = new Map<string, TextDocument>()
async function open(name: string, languageId: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = pathToFileURL(join(workspace, name)).href
  docs.set(uri, TextDocument.create(uri, languageId, 1, text))
  const next = nextDiagnostics(uri)
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } })
  return { uri, diagnostics: (await next).diagnostics }
}

async function applyAction(uri: string, action: CodeAction): Promise<{ text: string; diagnostics: Diagnostic[] }> {
  const doc = docs.get(uri)!
  const edits = action.edit!.changes![uri]!
  const text = TextDocument.applyEdits(doc, edits)
  const next = TextDocument.create(uri, doc.languageId, doc.version + 1, text)
  docs.set(uri, next)
  const published = nextDiagnostics(uri)
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ text }] })
  return { text, diagnostics: (await published).diagnostics }
}

const rules = (ds: Diagnostic[]): string[] => ds.map((d) => String(d.code))

afterAll(async () => {
  if (process.env.LSP_TRANSCRIPT) save(process.env.LSP_TRANSCRIPT, transcript.join('\n') + '\n')
  child.kill()
})

describe('netiquette lsp', () => {
  it('initializes with diagnostics, code actions and fix-all', async () => {
    const init = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
      initializationOptions: { netiquette: { customer: { name: 'Maria Lopez' }, debounceMs: 50 } },
    })
    expect(init).toMatchObject({
      capabilities: { textDocumentSync: 2, codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite', 'source.fixAll.netiquette'] } },
      serverInfo: { name: 'netiquette' },
    })
    await connection.sendNotification('initialized', {})
  })

  it('publishes diagnostics on open with rule, severity, range and docs link', async () => {
    const { diagnostics } = await open('refund.md', 'markdown', 'Hi {{first_name}},\n\nThx for waiting, your refund went out today.\n\nBest regards,\nSam\n')
    expect(rules(diagnostics).sort()).toEqual(['informal', 'placeholder'])
    const placeholder = diagnostics.find((d) => d.code === 'placeholder')!
    expect(placeholder).toMatchObject({
      range: { start: { line: 0, character: 3 }, end: { line: 0, character: 17 } },
      severity: 1,
      source: 'netiquette',
      codeDescription: { href: 'https://github.com/netiquette-lint/netiquette/blob/main/rules/placeholder/README.md' },
    })
    const informal = diagnostics.find((d) => d.code === 'informal')!
    expect(informal.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 3 } })
    expect(informal.severity).toBe(2)
  })

  it('re-lints on change, debounced, and applies a quick fix', async () => {
    const uri = pathToFileURL(join(workspace, 'refund.md')).href
    const started = performance.now()
    const { diagnostics } = await applyAction(uri, {
      title: 'type',
      edit: { changes: { [uri]: [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 17 } }, newText: 'Maria' }] } },
    })
    const latency = performance.now() - started
    transcript.push(`# change → diagnostics: ${latency.toFixed(0)} ms (50 ms debounce)`)
    expect(rules(diagnostics)).toEqual(['informal'])

    const actions = (await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    })) as CodeAction[]
    expect(actions.map((a) => [a.kind, a.title])).toEqual([
      ['quickfix', 'Fix: Replace “Thx” with “Thanks” (informal)'],
      ['quickfix', 'Disable informal for this line'],
      ['source.fixAll.netiquette', 'Fix all netiquette problems'],
    ])
    const disable = actions[1]!.edit!.changes![uri]!
    expect(disable).toEqual([{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '<!-- netiquette-disable-next-line informal -->\n' }])
    const fixed = await applyAction(uri, actions[0]!)
    expect(fixed.text).toBe('Hi Maria,\n\nThanks for waiting, your refund went out today.\n\nBest regards,\nSam\n')
    expect(fixed.diagnostics).toEqual([])
  })

  it('offers suggestions as rewrites and fixes everything at once', async () => {
    const { uri, diagnostics } = await open('chat.txt', 'plaintext', 'Hi [Customer Name], thx for waiting. Your order ships 2day.\n\nBest regards,\nSam\n')
    expect(rules(diagnostics).sort()).toEqual(['informal', 'informal', 'placeholder'])
    const actions = (await connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics, only: ['source.fixAll'] } })) as CodeAction[]
    const all = actions.find((a) => a.kind === 'source.fixAll.netiquette')!
    expect(actions.some((a) => a.title.startsWith('Disable'))).toBe(false) // no comments in plain text
    const fixed = await applyAction(uri, all)
    expect(fixed.text).toBe('Hi Maria Lopez, thanks for waiting. Your order ships today.\n\nBest regards,\nSam\n')
    expect(fixed.diagnostics).toEqual([])
  })

  it('reads the reply context from a front-matter block and reports positions in the whole file', async () => {
    const text = '---\nchannel: email\ncustomer: Kemal Aydin\n---\nHi Maria,\n\nYour card was replaced today.\n\nBest regards,\nSam\n'
    const { diagnostics } = await open('macro.txt', 'plaintext', text)
    const wrong = diagnostics.find((d) => d.code === 'wrong-name')!
    expect(wrong.range).toEqual({ start: { line: 4, character: 3 }, end: { line: 4, character: 8 } })
  })

  it('re-reads the config when a config file changes', async () => {
    const uri = pathToFileURL(join(workspace, 'chat.txt')).href
    // Type "thx" over "thanks" again: informal is back.
    const reopened = await applyAction(uri, { title: 'type', edit: { changes: { [uri]: [{ range: { start: { line: 0, character: 16 }, end: { line: 0, character: 22 } }, newText: 'thx' }] } } })
    expect(rules(reopened.diagnostics)).toEqual(['informal'])
    writeFileSync(join(workspace, '.netiquetterc.json'), '{ "rules": { "informal": "off" } }\n')
    const next = nextDiagnostics(uri)
    await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(workspace, '.netiquetterc.json')).href, type: 1 }] })
    expect((await next).diagnostics).toEqual([])
  })

  it('shows each template’s findings at its record in a JSONL corpus', async () => {
    const corpus = [
      JSON.stringify({ id: 'refund', body: 'Hi {{first_name | fallback: "there"}},\n\nThank you for your patience. Your refund was sent today.\n\nKind regards,\n{{current_user.first_name}}' }),
      JSON.stringify({ id: 'broken', body: 'Hi {{first_name},\n\nThank you for waiting. Your replacement card is on its way and arrives by Friday.\n\nKind regards,\nSam' }),
    ].join('\n')
    const { diagnostics } = await open('macros.jsonl', 'jsonl', corpus + '\n')
    expect(diagnostics.length).toBeGreaterThan(0)
    expect(diagnostics.every((d) => d.range.start.line === 1)).toBe(true)
    expect(rules(diagnostics)).toContain('placeholder-syntax')
    expect(diagnostics.find((d) => d.code === 'placeholder-syntax')!.message).toMatch(/^“broken”: “\{\{first_name\}” has unbalanced braces/)
  })

  it('shuts down and exits 0', async () => {
    await connection.sendRequest('shutdown')
    await connection.sendNotification('exit')
    expect(await exited).toBe(0)
  })
})
