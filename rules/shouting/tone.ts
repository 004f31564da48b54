/**
 * What a reply's capitals and `!!` are doing (issue 15): brand enthusiasm on social media
 * (`Woohoo!!! 🎉`, `We LOVE this`, `so proud to have YOU on the team`) is not shouting, while
 * capitals in a warning, demand or complaint (`do NOT`, `PLEASE READ`, `OVERDUE`) are. Two tiers:
 * `playful` (emoji, emoticons, celebration words, a hashtag) excuses one or two capitalised
 * words and repeated punctuation; a warm word (thanks, love…) in the mark's own sentence excuses
 * repeated `!` only (`Thanks so much!!`, but `Thank you SO much for your patience` is still
 * stressed; `this morning???` is still impatience). A warning or demand cue (`not`, `must`, `fee`, `please`…) in the sentence always wins. English only: Turkish replies keep the plain rule.
 */
import type { DocumentState, SentenceInfo } from '../../src/document.js'

/** Celebration words and interjections (a prefix ending in `*`). */
const PLAYFUL = ['birthday', 'congrat*', 'christmas*', 'xmas', 'anniversary', 'woohoo', 'woo', 'yay', 'hooray', 'wow', 'yum*', 'haha*', 'lol', 'amazing', 'awesome', 'cute*', 'delicious', 'holiday*', 'ecstatic']
/** Warm words: capitals on them, in a sentence without a warning, are affection, not volume. */
const WARM = [
  'thank',
  'thanks',
  'love',
  'loving',
  'lovely',
  'happy',
  'proud',
  'glad',
  'enjoy',
  'great',
  'cool',
  'excited',
  'favorite',
  'favourite',
  'best',
  'perfect',
  'sweet',
  'beautiful',
  'wonderful',
  'fantastic',
  'cheers',
  'fun',
  'score',
  'scored',
  'jealous',
  'morning',
]
/** Words that make a sentence a warning, a demand or a complaint. */
const WARNING = new Set([
  'not',
  'never',
  'no',
  "don't",
  "can't",
  'cannot',
  "won't",
  'must',
  "mustn't",
  'only',
  'fee',
  'fees',
  'charge',
  'charges',
  'charged',
  'penalty',
  'overdue',
  'warning',
  'important',
  'required',
  'deadline',
  'immediately',
  'urgent',
  'expire',
  'expires',
  'expired',
  'suspend',
  'suspended',
  'final',
  'before',
  'stop',
  'read',
  'lose',
  'lost',
  'wrong',
  'late',
  'ridiculous',
  'please',
  'always',
])
const EMOJI = /\p{Extended_Pictographic}|(?:^|\s)(?:[:;]-?[)D(P]|<3|&lt;3)/u
const HASHTAG = /(?:^|\s)#\p{L}/u

function matcher(list: readonly string[]): (word: string) => boolean {
  const exact = new Set(list.filter((w) => !w.endsWith('*')))
  const prefixes = list.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1))
  return (word) => exact.has(word) || prefixes.some((p) => word.startsWith(p))
}
const isPlayful = matcher(PLAYFUL)
const isWarm = matcher(WARM)

export interface Tone {
  /** Emoji, emoticons, celebration words or a hashtag anywhere in the reply. */
  playful: boolean
  /** True when the sentence holding [start, end) has a warning, demand or complaint word. */
  warning: (start: number, end: number) => boolean
  /** True when the sentence holding [start, end) has a warm word (`Thanks so much!!`). */
  warmSentence: (start: number, end: number) => boolean
  /** The reply apologises (`sorry`, `apologies`): it answers a problem, so `Thanks for letting us know!!!` is no brand cheer. */
  apologetic: boolean
}

const APOLOGY = new Set(['sorry', 'apologies', 'apologise', 'apologize', 'apologised', 'apologized'])

/** The reply's tone, read once per reply (English). */
export function toneOf(doc: DocumentState): Tone {
  const words = doc.words()
  const playful = EMOJI.test(doc.raw) || HASHTAG.test(doc.raw) || words.some((w) => isPlayful(w.lower))
  let sentences: SentenceInfo[] | undefined
  const sentenceAt = (start: number, end: number): SentenceInfo | undefined => {
    sentences ??= doc.sentences()
    // A `!!` right after a sentence belongs to it (the sentence may end before the marks).
    return sentences.find((x) => x.start <= start && start <= x.end + 1) ?? sentences.find((x) => x.end >= end)
  }
  return {
    playful,
    apologetic: words.some((w) => APOLOGY.has(w.lower)),
    warning(start, end) {
      const s = sentenceAt(start, end)
      return s ? s.words.some((w) => WARNING.has(w.lower.replace(/’/g, "'"))) || /\bdo not\b/i.test(s.text) : false
    },
    warmSentence(start, end) {
      return sentenceAt(start, end)?.words.some((w) => isWarm(w.lower) || isPlayful(w.lower)) ?? false
    },
  }
}
