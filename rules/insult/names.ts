import type { Token } from '../../src/document.js'
import { endsWithMark } from '../../src/text/trailing.js'

/**
 * Whether an insult word is part of a name (`Ridiculous Fishing`, `Silly Putty`, `Cahil Cesareti`):
 * Title Case in the middle of a sentence, several Title Case words, or a Title Case word at the
 * start (of a sentence, or right after a social reply's @handle) followed by another one.
 */
export function looksLikeName(words: readonly Token[], from: number, to: number, text: string): boolean {
  const title = /^\p{Lu}\p{Ll}/u
  for (let i = from; i < to; i++) if (!title.test(words[i]!.value)) return false
  const prev = words[from - 1]
  const atStart = !prev || endsWithMark(text.slice(prev.end, words[from]!.start), '.!?:\n"“') || text.charAt(prev.start - 1) === '@'
  if (!atStart) return true
  if (to - from > 1) return true
  const next = words[to]
  return next !== undefined && title.test(next.value) && /^[ \t]+$/.test(text.slice(words[to - 1]!.end, next.start))
}
