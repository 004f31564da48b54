/**
 * A draft's context: the caller's per-draft keys over the linter's defaults. A key given as
 * `undefined` means "not given" and never overrides a default (`createLinter({ channel: 'chat' })`
 * then `lint(text, { channel: undefined })` lints as chat, not as e-mail).
 */
import type { ReplyContext } from '../types.js'

/**
 * Key by key into one object literal, on every draft: a loop over computed keys, or spreading
 * the merged object into another, cost 2–5 µs a draft (megamorphic property access).
 */
export function mergeContext(defaults: Readonly<ReplyContext>, given: Readonly<ReplyContext> | undefined, filePath?: string): ReplyContext {
  return {
    channel: given?.channel ?? defaults.channel,
    customer: given?.customer ?? defaults.customer,
    followup: given?.followup ?? defaults.followup,
    format: given?.format ?? defaults.format,
    language: given?.language ?? defaults.language,
    path: given?.path ?? defaults.path ?? filePath,
  }
}

/** The context keys of a preset's options (`Config & ReplyContext`): defaults for every file. */
export function contextDefaults(options: Readonly<ReplyContext>): ReplyContext {
  const { channel, customer, followup, format, language, path } = options
  return { channel, customer, followup, format, language, path }
}
