/**
 * Puts each agent message in its context: the customer message it answers (`in_reply_to`, else the
 * customer's latest), first reply or follow-up, the customer's name, and the response time from
 * the oldest customer message still waiting for an answer. Rows of a conversation must come in
 * time order (as exports write them); conversations may interleave. Memory is bounded: at most
 * `maxOpen` conversations are remembered, least recently active first out.
 */
import type { AuditRecord } from './types.js'
import type { ExportMessage } from './readers/message.js'
import type { ReplyRow } from './readers/replies.js'
import { toChannel } from './channel.js'

interface CustomerTurn {
  id: string
  body: string
  at?: number
}

interface Conversation {
  customerName?: string
  last?: CustomerTurn
  /** The last few customer messages by id, for `in_reply_to`. */
  recent: CustomerTurn[]
  /** Time of the oldest customer message not answered yet. */
  waitingSince?: number
  waiting: boolean
  agentReplies: number
  responded: boolean
  id: string
  /** Neighbours in the recency list: the conversation active just before and just after this one. */
  older?: Conversation
  newer?: Conversation
}

const RECENT = 4

export class ContextBuilder {
  private readonly open = new Map<string, Conversation>()
  /**
   * Least and most recently active, ends of a linked list: evicting through `map.keys().next()`
   * made V8 step over every deleted slot at the front of the Map, which took 6.5 s of 8.8 s to read
   * 342,000 rows of conversations never answered (by hand: the list is ~20 lines).
   */
  private oldest?: Conversation
  private newest?: Conversation

  constructor(private readonly maxOpen = 50_000) {}

  private conversation(id: string): Conversation {
    let c = this.open.get(id)
    if (c) {
      // Most recently active last.
      if (c !== this.newest) {
        this.unlink(c)
        this.append(c)
      }
      return c
    }
    c = { id, recent: [], waiting: false, agentReplies: 0, responded: false }
    this.open.set(id, c)
    this.append(c)
    if (this.open.size > this.maxOpen) this.forget(this.oldest!)
    return c
  }

  private append(c: Conversation): void {
    c.older = this.newest
    c.newer = undefined
    if (this.newest) this.newest.newer = c
    else this.oldest = c
    this.newest = c
  }

  private unlink(c: Conversation): void {
    if (c.older) c.older.newer = c.newer
    else this.oldest = c.newer
    if (c.newer) c.newer.older = c.older
    else this.newest = c.older
    c.older = c.newer = undefined
  }

  private forget(c: Conversation): void {
    this.unlink(c)
    this.open.delete(c.id)
  }

  /** The record to lint for an agent message; undefined for a customer's. */
  add(m: ExportMessage): AuditRecord | undefined {
    const c = this.conversation(m.conversationId)
    if (m.role === 'customer') {
      const turn: CustomerTurn = { id: m.messageId, body: m.body, ...(m.createdAt !== undefined ? { at: m.createdAt } : {}) }
      c.last = turn
      c.recent.push(turn)
      if (c.recent.length > RECENT) c.recent.shift()
      if (m.authorName) c.customerName ??= m.authorName
      if (!c.waiting) {
        c.waiting = true
        c.waitingSince = m.createdAt
      }
      return undefined
    }
    const answered = (m.inReplyTo ? c.recent.find((t) => t.id === m.inReplyTo) : undefined) ?? c.last
    const elapsed = c.waiting && c.waitingSince !== undefined && m.createdAt !== undefined ? (m.createdAt - c.waitingSince) / 1000 : undefined
    const responseSeconds = elapsed !== undefined && elapsed >= 0 ? elapsed : undefined
    const channel = toChannel(m.channel)
    const record: AuditRecord = {
      file: m.file,
      line: m.line,
      conversationId: m.conversationId,
      messageId: m.messageId,
      ...(m.createdAt !== undefined ? { createdAt: m.createdAt } : {}),
      ...(channel ? { channel } : {}),
      channelLabel: m.channel ?? 'unknown',
      agentName: m.authorName ?? 'unknown agent',
      ...(c.customerName ? { customerName: c.customerName } : {}),
      ...(answered ? { customerMessage: answered.body } : {}),
      followup: c.agentReplies > 0,
      body: m.body,
      ...(m.format ? { format: m.format } : {}),
      ...(responseSeconds !== undefined ? { responseSeconds } : {}),
      firstResponse: responseSeconds !== undefined && !c.responded,
    }
    if (c.waiting) c.responded = true
    c.waiting = false
    c.waitingSince = undefined
    c.agentReplies++
    return record
  }

  /** A reply-layout row: its customer message is given; follow-up when the record says so or the conversation had a reply already. */
  addReply(row: ReplyRow, file: string, line: number): AuditRecord {
    const c = this.conversation(row.conversationId)
    const followup = row.laterTurn || c.agentReplies > 0
    c.agentReplies++
    return {
      file,
      line,
      conversationId: row.conversationId,
      messageId: row.messageId,
      ...(row.createdAt !== undefined ? { createdAt: row.createdAt } : {}),
      ...(row.channel ? { channel: row.channel } : {}),
      channelLabel: row.channelLabel,
      agentName: row.agentName,
      ...(row.customerMessage !== undefined ? { customerMessage: row.customerMessage } : {}),
      followup,
      body: row.body,
      firstResponse: false,
    }
  }

  /** Forget a conversation known to be complete (a Zendesk ticket). */
  close(conversationId: string): void {
    const c = this.open.get(conversationId)
    if (c) this.forget(c)
  }
}
