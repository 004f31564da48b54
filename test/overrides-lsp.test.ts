// `overrides` in `netiquette lsp`: each open document is linted with the config merged for its path,
// drafts and template corpora alike, through the built CLI over stdio.
import { afterAll, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node.js'
import { root } from './build.js'

const workspace = mkdtempSync(join(tmpdir(), 'netiquette-lsp-overrides-'))
writeFileSync(join(workspace, 'package.json'), '{"private":true}\n')
writeFileSync(
  join(workspace, '.netiquetterc.json'),
  JSON.stringify({
    overrides: [
      { files: 'macros/**', rules: { placeholder: 'off' } },
      { files: 'macros/internal/**', rules: { jargon: 'off', acronym: 'off' } },
    ],
  }),
)
for (const folder of ['macros/internal', 'drafts']) mkdirSync(join(workspace, folder), { recursive: true })

const child = spawn(process.execPath, [join(root, 'bin', 'netiquette.cjs'), 'lsp', '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] })
const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
const waiting = new Map<string, Array<(p: PublishDiagnosticsParams) => void>>()
connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
  for (const wake of waiting.get(p.uri)?.splice(0) ?? []) wake(p)
})
connection.listen()

async function open(name: string, languageId: string, text: string): Promise<Array<[string, number, number]>> {
  const uri = pathToFileURL(join(workspace, name)).href
  const next = new Promise<PublishDiagnosticsParams>((resolve) => waiting.set(uri, [...(waiting.get(uri) ?? []), resolve]))
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } })
  return (await next).diagnostics.map((d: Diagnostic) => [String(d.code), d.range.start.line, d.range.start.character])
}

afterAll(() => {
  child.kill()
})

const MACRO = 'Hi {{first_name}},\n\nThank you for your patience. Your refund was sent today.\n\nBest regards,\nSam\n'
const RECORD = { id: 'internal/dns', body: 'Hi Sam,\n\nThe DNS propagation is still running; thank you for checking again later.\n\nBest,\nAlex' }

describe('netiquette lsp with overrides', () => {
  it('initializes', async () => {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {}, initializationOptions: { netiquette: { debounceMs: 20 } } })
    await connection.sendNotification('initialized', {})
  })

  it('a placeholder is an error in drafts/ and allowed in macros/', async () => {
    expect(await open('drafts/refund.md', 'markdown', MACRO)).toEqual([['placeholder', 0, 3]])
    expect(await open('macros/refund.md', 'markdown', MACRO)).toEqual([])
  })

  it('a JSONL corpus is checked with the overrides of its own path, not of the temporary copy', async () => {
    const line = JSON.stringify(RECORD) + '\n'
    expect(line.indexOf('DNS')).toBe(44)
    expect(await open('macros/internal/records.jsonl', 'json', line)).toEqual([])
    expect(await open('macros/records.jsonl', 'json', line)).toEqual([
      ['acronym', 0, line.indexOf('DNS')],
      ['jargon', 0, line.indexOf('DNS')],
    ])
  })
})
