/**
 * A Zendesk ticket with its comments (one ticket per JSON line, as the incremental export and
 * `tickets/{id}/comments` give them) as messages. Accepted shape:
 * `{ id, requester_id, requester?: { name }, via?: { channel }, comments: [{ id, author_id,
 * author?: { name }, public, created_at, plain_body | body | html_body }] }`.
 * The requester's comments are the customer's, everyone else's the agents'; private comments
 * (internal notes) never reach the customer and are not linted.
 */
import type { ExportMessage } from './message.js'
import { parseTime } from './message.js'

interface ZendeskComment {
  id?: unknown
  author_id?: unknown
  author?: { name?: unknown }
  public?: unknown
  created_at?: unknown
  plain_body?: unknown
  body?: unknown
  html_body?: unknown
}

export interface ZendeskResult {
  messages: ExportMessage[]
  /** Comments that could not be read, with why. */
  problems: string[]
}

const name = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

export function zendeskMessages(ticket: Record<string, unknown>, file: string, line: number): ZendeskResult | string {
  if (ticket.id === undefined || ticket.id === null) return 'ticket without id'
  if (!Array.isArray(ticket.comments)) return 'ticket without comments[]'
  const requester = ticket.requester_id
  if (requester === undefined || requester === null) return 'ticket without requester_id'
  const via = (ticket.via as { channel?: unknown } | undefined)?.channel
  const channel = name(via) ?? name(ticket.channel)
  const requesterName = name((ticket.requester as { name?: unknown } | undefined)?.name) ?? name(ticket.requester_name)
  const problems: string[] = []
  const messages: ExportMessage[] = []
  ;(ticket.comments as ZendeskComment[]).forEach((c, i) => {
    if (c === null || typeof c !== 'object') return void problems.push(`comment ${i + 1} is not an object`)
    if (c.public === false) return
    const isHtml = typeof c.plain_body !== 'string' && typeof c.body !== 'string' && typeof c.html_body === 'string'
    const body = typeof c.plain_body === 'string' ? c.plain_body : typeof c.body === 'string' ? c.body : c.html_body
    if (typeof body !== 'string') return void problems.push(`comment ${i + 1} has no plain_body, body or html_body`)
    const createdAt = parseTime(c.created_at)
    if (createdAt !== undefined && Number.isNaN(createdAt)) return void problems.push(`comment ${i + 1} has an unreadable created_at`)
    const role = String(c.author_id) === String(requester) ? 'customer' : 'agent'
    const authorName = name(c.author?.name) ?? (role === 'customer' ? requesterName : `agent ${String(c.author_id)}`)
    messages.push({
      file,
      line,
      conversationId: String(ticket.id),
      messageId: c.id !== undefined && c.id !== null ? String(c.id) : `${String(ticket.id)}#${i + 1}`,
      ...(createdAt !== undefined ? { createdAt } : {}),
      role,
      ...(authorName ? { authorName } : {}),
      ...(channel ? { channel } : {}),
      body,
      ...(isHtml ? { format: 'html' as const } : {}),
    })
  })
  // Exports list comments oldest first; sort anyway so response times never run backwards.
  messages.sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0))
  return { messages, problems }
}
