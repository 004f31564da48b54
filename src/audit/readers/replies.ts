/**
 * The reply layout of netiquette's evaluation sets (`cs-replies-*`): one agent reply per line with
 * the customer message it answers, `{ id, channel, customer | null, reply, metadata }`.
 * The conversation is `metadata.conversation_id` when there is one; Twitter records without it
 * (TWCS) are grouped by company and the customer handle the reply opens with. The agent is the
 * company plus the initials agents sign with (`/LS`, `^JK`), when present.
 */
import type { AuditRecord } from '../types.js'
import { toChannel } from '../channel.js'
import { parseTime } from './message.js'

/** An audit record's fields this layout gives, and whether the record says it is a later turn. */
export type ReplyRow = Pick<AuditRecord, 'conversationId' | 'messageId' | 'createdAt' | 'channel' | 'channelLabel' | 'agentName' | 'customerMessage' | 'body'> & {
  /** The record itself says this is a later turn (its thread so far holds an agent turn). */
  laterTurn: boolean
}

const HANDLE = /^\s*(@\w{1,30})/
/** Trailing agent initials: `/LS`, `^JK`, `-KC`, `*HKC`, optionally before a t.co link. Reads the last 60 characters only. */
const INITIALS = /(?:^|\s)[/^*-] ?([A-Z]{2,4})\s?(?:https?:\/\/\S{1,40})?\s?$/

export function replyRow(record: Record<string, unknown>): ReplyRow | string {
  if (typeof record.reply !== 'string') return 'no reply'
  if (record.customer !== null && record.customer !== undefined && typeof record.customer !== 'string') return 'customer is neither text nor null'
  const meta = (record.metadata && typeof record.metadata === 'object' ? record.metadata : {}) as Record<string, unknown>
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : undefined
  if (!id) return 'no id'
  const company = typeof meta.company === 'string' ? meta.company : typeof record.source === 'string' ? record.source : 'agent'
  const handle = HANDLE.exec(record.reply)?.[1]
  const conversationId = meta.conversation_id !== undefined && meta.conversation_id !== null ? `${company}:${String(meta.conversation_id)}` : handle ? `${company}:${handle}` : id
  const initials = INITIALS.exec(record.reply.slice(-60))?.[1]
  const createdAt = parseTime(meta.created_at ?? meta.datetime)
  const channelLabel = typeof record.channel === 'string' ? record.channel : 'unknown'
  const context = Array.isArray(meta.context) ? (meta.context as Array<{ role?: unknown }>) : []
  const channel = toChannel(channelLabel)
  return {
    conversationId,
    messageId: id,
    ...(createdAt !== undefined && !Number.isNaN(createdAt) ? { createdAt } : {}),
    ...(channel ? { channel } : {}),
    channelLabel,
    agentName: initials ? `${company} /${initials}` : company,
    ...(typeof record.customer === 'string' ? { customerMessage: record.customer } : {}),
    body: record.reply,
    laterTurn: context.some((turn) => turn?.role === 'agent'),
  }
}
