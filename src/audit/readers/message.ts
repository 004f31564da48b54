/** One message of a conversation export, before the context builder pairs replies with what they answer. */
import type { Format } from '../../types.js'

export interface ExportMessage {
  file: string
  line: number
  conversationId: string
  messageId: string
  createdAt?: number
  role: 'customer' | 'agent'
  authorName?: string
  channel?: string
  body: string
  inReplyTo?: string
  format?: Format
}

/** A timestamp as exports write it (ISO 8601, RFC 2822, or epoch seconds/milliseconds); NaN when unreadable. */
export function parseTime(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'number') return value < 1e11 ? value * 1000 : value
  if (typeof value !== 'string') return Number.NaN
  if (/^\d{9,13}$/.test(value)) return parseTime(Number(value))
  return Date.parse(value)
}

const ROLES: Record<string, 'customer' | 'agent'> = { customer: 'customer', agent: 'agent' }

/**
 * A row of the generic shape `{ conversation_id, message_id, created_at, author_role, author_name,
 * channel, body, in_reply_to? }` as a message, or the reason it can't be one.
 */
export function genericMessage(row: Record<string, unknown>, file: string, line: number): ExportMessage | string {
  const str = (key: string): string | undefined => {
    const v = row[key]
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined
  }
  const conversationId = str('conversation_id')
  if (!conversationId) return 'no conversation_id'
  const messageId = str('message_id')
  if (!messageId) return 'no message_id'
  const role = ROLES[(str('author_role') ?? '').trim().toLowerCase()]
  if (!role) return `author_role must be customer or agent, got ${JSON.stringify(row.author_role ?? null)}`
  const body = row.body
  if (typeof body !== 'string') return 'no body'
  const createdAt = parseTime(row.created_at)
  if (createdAt !== undefined && Number.isNaN(createdAt)) return `unreadable created_at ${JSON.stringify(row.created_at)}`
  const inReplyTo = str('in_reply_to')
  return {
    file,
    line,
    conversationId,
    messageId,
    ...(createdAt !== undefined ? { createdAt } : {}),
    role,
    ...(str('author_name') ? { authorName: str('author_name') } : {}),
    ...(str('channel') ? { channel: str('channel') } : {}),
    body,
    ...(inReplyTo ? { inReplyTo } : {}),
  }
}
