/**
 * Names the customer wrote in their message: greeting one is not a mix-up (someone writing for the
 * account holder names them, `Eşim Zeynep adına yazıyorum`, `Ordering for my wife Maria`, or signs
 * `Thanks, John`). A name right after a word for a relative or another third person, when the
 * customer does not write on that person's behalf (`my partner Kevin set it up, but I pay now`), is
 * someone they talk about: greeting them instead of the customer is the mix-up this rule reports.
 */
import { sentenceBreakBetween } from '../../src/text/word-gaps.js'

/** How a language says who a name in the customer's message is. */
export interface MentionWords {
  /** Words for relatives and other third persons, lower case (`partner`, `annem`). */
  relatives: ReadonlySet<string>
  /** Words two or three before the name that make the message written for that person (`for`, `of`: `on behalf of my mum Jane`). */
  behalfBefore: ReadonlySet<string>
  /** Words one or two after the name that do the same (`adına`: `annem Sevim Aydın adına`). */
  behalfAfter: ReadonlySet<string>
}

/** The words of a message (by `key`) the customer wrote as a name of theirs or of the person they write for. */
export function writtenNames(message: string, words: MentionWords, key: (word: string) => string, lower: (word: string) => string): Set<string> {
  const tokens = [...message.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)].map((m) => ({ word: key(m[0]), lower: lower(m[0]), start: m.index, end: m.index + m[0].length }))
  const out = new Set<string>()
  tokens.forEach((t, i) => {
    const previous = tokens[i - 1]
    // `my partner Kevin`, `my mum, Jane`: the noun directly before, in the same sentence.
    const third = previous !== undefined && words.relatives.has(previous.lower) && !sentenceBreakBetween(message, previous, t)
    const behalf = words.behalfBefore.has(tokens[i - 3]?.lower ?? '') || words.behalfBefore.has(tokens[i - 2]?.lower ?? '') || words.behalfAfter.has(tokens[i + 1]?.lower ?? '') || words.behalfAfter.has(tokens[i + 2]?.lower ?? '')
    if (!third || behalf) out.add(t.word)
  })
  return out
}
