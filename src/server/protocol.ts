/**
 * The HTTP service's request shape, checked before any work is queued: `{ text, context?, config? }`.
 * A request may only configure rules and inline data: nothing in it may name a file on the server
 * (template paths, `cwd`), since the service must never read files a caller picks.
 */
import { CHANNELS, FORMATS, LANGUAGES, type Config, type ReplyContext, type TemplateRecord } from '../types.js'

export interface ServiceRequest {
  text: string
  context: ReplyContext
  config: Config
}

/** A request the service refuses: its status (400) and a one-line reason. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

const CONFIG_KEYS = new Set(['channel', 'language', 'rules', 'extends', 'templates', 'allow', 'signature', 'sla', 'budgets', 'readingGrade'])

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function oneOf<T extends string>(value: unknown, allowed: readonly T[], key: string): T | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new RequestError(400, `${key} must be one of ${allowed.join(', ')}`)
  }
  return value as T
}

function optionalString(value: unknown, key: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string') throw new RequestError(400, `${key} must be a string`)
  return value
}

/** The reply context, with only the keys the library knows; `undefined` means "not given". */
export function parseContext(value: unknown): ReplyContext {
  if (value === undefined || value === null) return {}
  if (!isObject(value)) throw new RequestError(400, 'context must be an object')
  const context: ReplyContext = {}
  const channel = oneOf(value.channel, CHANNELS, 'context.channel')
  if (channel) context.channel = channel
  const format = oneOf(value.format, FORMATS, 'context.format')
  if (format) context.format = format
  const language = oneOf(value.language, LANGUAGES, 'context.language')
  if (language) context.language = language
  if (value.followup !== undefined) {
    if (typeof value.followup !== 'boolean') throw new RequestError(400, 'context.followup must be true or false')
    context.followup = value.followup
  }
  if (value.customer !== undefined && value.customer !== null) {
    if (!isObject(value.customer)) throw new RequestError(400, 'context.customer must be an object with name and message')
    const name = optionalString(value.customer.name, 'context.customer.name')
    const message = optionalString(value.customer.message, 'context.customer.message')
    context.customer = { ...(name !== undefined ? { name } : {}), ...(message !== undefined ? { message } : {}) }
  }
  const path = optionalString(value.path, 'context.path')
  if (path !== undefined) context.path = path // names a format only; never read
  return context
}

/** Config from a request: rule settings and inline data only (no file paths). */
export function parseConfig(value: unknown): Config {
  if (value === undefined || value === null) return {}
  if (!isObject(value)) throw new RequestError(400, 'config must be an object')
  for (const key of Object.keys(value)) {
    if (!CONFIG_KEYS.has(key)) throw new RequestError(400, `config.${key} is not accepted in a request`)
  }
  if (value.templates !== undefined) {
    const templates = value.templates
    if (!Array.isArray(templates) || !templates.every(isTemplateRecord)) {
      throw new RequestError(400, 'config.templates must be a list of { id, body } records (paths are not accepted in a request)')
    }
  }
  return value as Config
}

function isTemplateRecord(value: unknown): value is TemplateRecord {
  return isObject(value) && typeof value.id === 'string' && typeof value.body === 'string'
}

/** Parse and check a request body. */
export function parseRequest(body: string): ServiceRequest {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    throw new RequestError(400, `invalid JSON: ${(error as Error).message.split('\n')[0]}`)
  }
  if (!isObject(value)) throw new RequestError(400, 'the body must be a JSON object { text, context?, config? }')
  if (typeof value.text !== 'string') throw new RequestError(400, 'text must be a string')
  return { text: value.text, context: parseContext(value.context), config: parseConfig(value.config) }
}
