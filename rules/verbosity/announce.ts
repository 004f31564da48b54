/**
 * An opener that only announces the message (`I'm just reaching out to let you know that …`,
 * `We are writing to inform you that …`, `I just wanted to reach out to confirm we …`): matched
 * word by word in its parts (who, softeners, how we got in touch, what we announce) instead of
 * listing every combination of them.
 */
import type { Token } from '../../src/document.js'

const SUBJECT = new Set(["i'm", "we're", 'i', 'we', "i'd", "we'd"])
const BE = new Set(['am', 'are'])
const SOFT = new Set(['just', 'simply', 'only', 'quickly', 'briefly'])
const FRAMES: readonly (readonly string[])[] = [['reaching', 'out'], ['writing'], ['emailing'], ['messaging'], ['contacting', 'you'], ['getting', 'in', 'touch'], ['dropping', 'you', 'a', 'line'], ['dropping', 'you', 'a', 'note']]
const LINK = new Set(['to', 'and'])
/** `I just wanted to quickly let you know`: a wish to announce, then the announcement (with or without a frame). */
const WANT: readonly (readonly string[])[] = [
  ['wanted', 'to'],
  ['want', 'to'],
  ['would', 'like', 'to'],
  ['like', 'to'],
]
const FRAMES_TO: readonly (readonly string[])[] = [['reach', 'out'], ['write'], ['drop', 'you', 'a', 'line'], ['drop', 'you', 'a', 'note'], ['get', 'in', 'touch']]
const ANNOUNCE: readonly (readonly string[])[] = [
  ['let', 'you', 'know'],
  ['inform', 'you'],
  ['tell', 'you'],
  ['update', 'you'],
  ['advise', 'you'],
]
/**
 * Announcements that take a clause rather than `you`: `…reach out to confirm (that) we received it`.
 * Only before `that` or a subject, so `I wanted to confirm your address` (a real question) is left alone.
 */
const ANNOUNCE_CLAUSE = new Set(['confirm', 'mention'])
const SUBJECTS = new Set(['that', 'we', "we're", "we've", "we'll", 'i', "i'm", "i've", "i'll", 'there', "there's", 'everything'])

/** The number of words the announcing opener takes at the start of `words` (0 when there is none). */
export function announcingOpener(words: readonly Token[]): number {
  let i = 0
  const at = (k: number): string => words[k]?.lower ?? ''
  if (!SUBJECT.has(at(i))) return 0
  i++
  if (BE.has(at(i))) i++
  while (SOFT.has(at(i))) i++
  const starts = (list: readonly (readonly string[])[]) => list.find((f) => f.every((w, k) => at(i + k) === w))
  const want = starts(WANT)
  if (want) {
    i += want.length
    while (SOFT.has(at(i))) i++
    const frame = starts(FRAMES_TO)
    if (frame) {
      i += frame.length
      while (SOFT.has(at(i))) i++
      if (!LINK.has(at(i))) return 0
      i++
    }
  } else {
    const frame = starts(FRAMES)
    if (!frame) return 0
    i += frame.length
    while (SOFT.has(at(i))) i++
    if (!LINK.has(at(i))) return 0
    i++
  }
  while (SOFT.has(at(i))) i++
  const announce = ANNOUNCE.find((a) => a.every((w, k) => at(i + k) === w))
  if (announce) i += announce.length
  else if (ANNOUNCE_CLAUSE.has(at(i)) && SUBJECTS.has(at(i + 1))) i++
  else return 0
  if (at(i) === 'that') i++
  return i < words.length ? i : 0
}
