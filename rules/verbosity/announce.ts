/**
 * An opener that only announces the message (`I'm just reaching out to let you know that …`,
 * `We are writing to inform you that …`): matched word by word in its parts (who, softeners,
 * how we got in touch, what we announce) instead of listing every combination of them.
 */
import type { Token } from '../../src/document.js'

const SUBJECT = new Set(["i'm", "we're", 'i', 'we'])
const BE = new Set(['am', 'are'])
const SOFT = new Set(['just', 'simply', 'only', 'quickly', 'briefly'])
const FRAMES: readonly (readonly string[])[] = [['reaching', 'out'], ['writing'], ['emailing'], ['messaging'], ['contacting', 'you'], ['getting', 'in', 'touch'], ['dropping', 'you', 'a', 'line'], ['dropping', 'you', 'a', 'note']]
const LINK = new Set(['to', 'and'])
const ANNOUNCE: readonly (readonly string[])[] = [['let', 'you', 'know'], ['inform', 'you'], ['tell', 'you'], ['update', 'you'], ['advise', 'you']]

/** The number of words the announcing opener takes at the start of `words` (0 when there is none). */
export function announcingOpener(words: readonly Token[]): number {
  let i = 0
  const at = (k: number): string => words[k]?.lower ?? ''
  if (!SUBJECT.has(at(i))) return 0
  i++
  if (BE.has(at(i))) i++
  while (SOFT.has(at(i))) i++
  const frame = FRAMES.find((f) => f.every((w, k) => at(i + k) === w))
  if (!frame) return 0
  i += frame.length
  while (SOFT.has(at(i))) i++
  if (!LINK.has(at(i))) return 0
  i++
  const announce = ANNOUNCE.find((a) => a.every((w, k) => at(i + k) === w))
  if (!announce) return 0
  i += announce.length
  if (at(i) === 'that') i++
  return i < words.length ? i : 0
}
