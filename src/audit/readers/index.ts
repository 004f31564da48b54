/**
 * Reads an export, whatever its kind, as a stream of records to lint and rows it could not use.
 * The kind comes from the file: `.csv` is the generic shape with a header row; JSON Lines is told
 * apart by its first record (`reply` → the reply layout, `comments[]` → Zendesk tickets,
 * `author_role` → the generic shape). A file that is none of these is a UsageError (exit 2).
 */
import { createReadStream } from 'node:fs'
import { basename } from 'node:path'
import { parse } from 'csv-parse'
import { UsageError } from '../../errors.js'
import type { AuditRecord, BadRow } from '../types.js'
import { ContextBuilder } from '../context.js'
import { readLines, type ByteCounter } from './lines.js'
import { genericMessage, type ExportMessage } from './message.js'
import { replyRow } from './replies.js'
import { zendeskMessages } from './zendesk.js'

export type ExportKind = 'generic-jsonl' | 'generic-csv' | 'zendesk' | 'replies'

export type ReadItem = { kind: 'record'; record: AuditRecord } | { kind: 'bad'; bad: BadRow } | { kind: 'format'; format: ExportKind }

export interface ReadOptions {
  /** Keep only conversations this returns true for (`--shard`). */
  keep?: (conversationId: string) => boolean
  counter?: ByteCounter
  /**
   * Conversations so far: one builder shared by all the files of a run joins a conversation whose
   * customer message is in one file and the agent's reply in a later one.
   */
  context?: ContextBuilder
}

const GENERIC_COLUMNS = ['conversation_id', 'message_id', 'author_role', 'body']

function kindOf(first: Record<string, unknown>): ExportKind | undefined {
  if ('reply' in first) return 'replies'
  if (Array.isArray(first.comments) || Array.isArray(first.tickets)) return 'zendesk'
  if ('author_role' in first) return 'generic-jsonl'
  return undefined
}

export async function* readExport(path: string, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const file = basename(path)
  if (/\.csv$/i.test(path)) {
    yield* readCsv(path, file, options)
    return
  }
  const context = options.context ?? new ContextBuilder()
  const keep = options.keep ?? (() => true)
  let kind: ExportKind | undefined
  const fromMessage = function* (m: ExportMessage): Generator<ReadItem> {
    if (!keep(m.conversationId)) return
    const record = context.add(m)
    if (record) yield { kind: 'record', record }
  }
  for await (const { line, text } of readLines(path, options.counter)) {
    if (text.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      if (!kind) throw new UsageError(`${file}: not an export netiquette reads (line ${line} is not JSON; give JSON Lines or a .csv file)`)
      yield { kind: 'bad', bad: { file, line, reason: 'not JSON' } }
      continue
    }
    const row = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
    if (!kind) {
      kind = row ? kindOf(row) : undefined
      if (!kind) {
        throw new UsageError(`${file}: not an export netiquette reads (its first record has none of reply, comments, author_role; see the README's "Audit" section)`)
      }
      yield { kind: 'format', format: kind }
    }
    if (!row) {
      yield { kind: 'bad', bad: { file, line, reason: 'not a JSON object' } }
      continue
    }
    if (kind === 'replies') {
      const r = replyRow(row)
      if (typeof r === 'string') yield { kind: 'bad', bad: { file, line, reason: r } }
      else if (keep(r.conversationId)) yield { kind: 'record', record: context.addReply(r, file, line) }
    } else if (kind === 'zendesk') {
      // One ticket per line, or a `{ tickets: [...] }` page of the API on one line.
      const tickets = Array.isArray(row.tickets) ? (row.tickets as unknown[]) : [row]
      for (const ticket of tickets) {
        const t = ticket && typeof ticket === 'object' ? zendeskMessages(ticket as Record<string, unknown>, file, line) : 'ticket is not an object'
        if (typeof t === 'string') {
          yield { kind: 'bad', bad: { file, line, reason: t } }
          continue
        }
        for (const problem of t.problems) yield { kind: 'bad', bad: { file, line, reason: problem } }
        for (const m of t.messages) yield* fromMessage(m)
        if (t.messages[0]) context.close(t.messages[0].conversationId)
      }
    } else {
      const m = genericMessage(row, file, line)
      if (typeof m === 'string') yield { kind: 'bad', bad: { file, line, reason: m } }
      else yield* fromMessage(m)
    }
  }
  if (!kind) throw new UsageError(`${file}: the export is empty`)
}

async function* readCsv(path: string, file: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  const context = options.context ?? new ContextBuilder()
  const keep = options.keep ?? (() => true)
  const skipped: BadRow[] = []
  let header: string[] | undefined
  const input = createReadStream(path)
  if (options.counter) input.on('data', (chunk) => (options.counter!.bytes += chunk.length))
  const parser = input.pipe(
    parse({
      bom: true,
      columns: (names: string[]) => {
        header = names.map((n) => n.trim())
        return header
      },
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      relax_column_count: false,
      on_skip: (err) => {
        const length = /columns length is (\d+), got (\d+)/.exec(err?.message ?? '')
        const reason = length ? `${length[2]} fields where the header has ${length[1]}` : (err?.message ?? 'unreadable row').split(' on line')[0]!
        skipped.push({ file, line: Number((err as { lines?: number } | undefined)?.lines ?? 0), reason })
        return undefined
      },
    }),
  )
  input.on('error', (error) => parser.destroy(error))
  let announced = false
  for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    if (!announced) {
      const missing = GENERIC_COLUMNS.filter((c) => !header!.includes(c))
      if (missing.length > 0) throw new UsageError(`${file}: not an export netiquette reads (CSV without the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')})`)
      announced = true
      yield { kind: 'format', format: 'generic-csv' }
    }
    while (skipped.length > 0) yield { kind: 'bad', bad: skipped.shift()! }
    const m = genericMessage(item.record, file, item.info.lines)
    if (typeof m === 'string') yield { kind: 'bad', bad: { file, line: item.info.lines, reason: m } }
    else if (keep(m.conversationId)) {
      const record = context.add(m)
      if (record) yield { kind: 'record', record }
    }
  }
  if (!announced) {
    if (header && GENERIC_COLUMNS.some((c) => !header!.includes(c))) throw new UsageError(`${file}: not an export netiquette reads (CSV without the columns ${GENERIC_COLUMNS.filter((c) => !header!.includes(c)).join(', ')})`)
    if (!header) throw new UsageError(`${file}: the export is empty`)
    yield { kind: 'format', format: 'generic-csv' }
  }
  while (skipped.length > 0) yield { kind: 'bad', bad: skipped.shift()! }
}
