/**
 * The reply context a library caller passes to `lint`/`fix`: checked on every call (a handful of
 * `typeof`s), so a typo (`channel: 'fax'`) is an error naming the key instead of a silent default,
 * and a wrong shape (`customer: 'Maria'`) is not a TypeError deep inside a rule. A key set to
 * `undefined` means "not given", as if it were absent.
 */
import { UsageError } from '../errors.js'
import { CHANNELS, FORMATS, LANGUAGES, type ReplyContext } from '../types.js'

const KEYS = new Set(['channel', 'customer', 'followup', 'format', 'language', 'path'])

const fail = (key: string, why: string): never => {
  throw new UsageError(`invalid context: ${key} ${why}`)
}
const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) : v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v)

function oneOf(key: string, value: unknown, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value as string)) fail(key, `must be one of ${allowed.join(', ')} (got ${show(value)})`)
}

function optionalString(key: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'string') fail(key, `must be a string (got ${show(value)})`)
}

export function validateContext(context: unknown): ReplyContext {
  if (context === undefined) return {}
  if (context === null || typeof context !== 'object' || Array.isArray(context)) return fail('(context)', `must be an object (got ${show(context)})`)
  const ctx = context as Record<string, unknown>
  for (const key of Object.keys(ctx)) if (!KEYS.has(key)) fail(key, `is not a context key (known: ${[...KEYS].join(', ')})`)
  oneOf('channel', ctx.channel, CHANNELS)
  oneOf('format', ctx.format, FORMATS)
  oneOf('language', ctx.language, LANGUAGES)
  optionalString('path', ctx.path)
  if (ctx.followup !== undefined && typeof ctx.followup !== 'boolean') fail('followup', `must be true or false (got ${show(ctx.followup)})`)
  const customer = ctx.customer
  if (customer !== undefined) {
    if (customer === null || typeof customer !== 'object' || Array.isArray(customer)) fail('customer', `must be an object like { name, message } (got ${show(customer)})`)
    const c = customer as Record<string, unknown>
    for (const key of Object.keys(c)) if (key !== 'name' && key !== 'message') fail(`customer.${key}`, 'is not a customer key (known: name, message)')
    optionalString('customer.name', c.name)
    optionalString('customer.message', c.message)
  }
  // Undefined keys dropped: `{ channel: undefined }` must not override the linter's channel.
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(ctx)) if (value !== undefined) out[key] = value
  if (customer !== undefined) {
    const c: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(customer as object)) if (value !== undefined) c[key] = value
    out.customer = c
  }
  return out as ReplyContext
}
