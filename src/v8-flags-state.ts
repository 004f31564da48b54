/**
 * Whether this process changed V8's flags (see v8-flags.ts). Its own module, without `node:v8`, so
 * the CLI's start-up does not load it. The state is on globalThis, not in a module variable: the
 * CLI bundle and the unbundled audit modules it loads are two copies of this module, and the
 * bundle asks what the audit's copy did.
 */
const CHANGED = Symbol.for('netiquette.v8FlagsChanged')
const flagsState = globalThis as { [CHANGED]?: boolean }

export function markV8FlagsChanged(): void {
  flagsState[CHANGED] = true
}

/** Code cached now would carry the changed flags (V8 keys its code cache on them), and the next plain start would reject it. */
export function v8FlagsChanged(): boolean {
  return flagsState[CHANGED] === true
}
