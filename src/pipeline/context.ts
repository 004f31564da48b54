/**
 * A draft's context: the caller's per-draft keys over the linter's defaults. A key given as
 * `undefined` means "not given" and never overrides a default (`createLinter({ channel: 'chat' })`
 * then `lint(text, { channel: undefined })` lints as chat, not as e-mail).
 */
import type { ReplyContext } from '../types.js'

const KEYS = ['channel', 'customer', 'followup', 'format', 'language', 'path'] as const

export function mergeContext(defaults: Readonly<ReplyContext>, given: Readonly<ReplyContext> | undefined): ReplyContext {
  const out: Record<string, unknown> = {}
  for (const key of KEYS) {
    const value = given?.[key] !== undefined ? given[key] : defaults[key]
    if (value !== undefined) out[key] = value
  }
  return out as ReplyContext
}

/** The context keys of a preset's options (`Config & ReplyContext`): defaults for every file. */
export function contextDefaults(options: Readonly<ReplyContext>): ReplyContext {
  return mergeContext(options, undefined)
}
