/**
 * Spaced or dotted single letters ("f u c k", "o r o s p u"): shared by the English and Turkish
 * lexicons, which differ only in how a letter is lower-cased and which words count.
 */
import type { ProfanityHit } from './profanity-lexicon.js'

export const SPACED_LETTERS = /(?<![\p{L}\p{N}])(?:\p{L}[ .\-_*]){2,}\p{L}(?![\p{L}\p{N}])/gu

/**
 * Longest word looked for inside a run of spaced letters. Every English entry has at most 12
 * letters and a Turkish inflected form 25 or so; without a bound, trying every span of a run was
 * cubic in its length ("a a a …" over 10 KB took minutes). Runs this long or shorter are searched
 * exactly as before; in a longer run only spans of this many letters are tried.
 */
const MAX_WORD_LETTERS = 40

/**
 * For each run of spaced letters, the longest profane word inside it (at least three letters),
 * appended to `hits` unless it overlaps one already there.
 */
export function matchSpacedLetters(prose: string, hits: ProfanityHit[], lower: (letter: string) => string, isProfane: (word: string) => boolean): void {
  SPACED_LETTERS.lastIndex = 0
  for (let m = SPACED_LETTERS.exec(prose); m; m = SPACED_LETTERS.exec(prose)) {
    const letters: Array<{ c: string; at: number }> = []
    for (let i = 0; i < m[0].length; i++) if (/\p{L}/u.test(m[0][i]!)) letters.push({ c: lower(m[0][i]!), at: m.index + i })
    let best: { from: number; to: number } | undefined
    for (let from = 0; from < letters.length; from++) {
      for (let to = Math.min(letters.length, from + MAX_WORD_LETTERS); to - from >= 3; to--) {
        if (
          isProfane(
            letters
              .slice(from, to)
              .map((l) => l.c)
              .join(''),
          )
        ) {
          if (!best || to - from > best.to - best.from) best = { from, to }
          break
        }
      }
    }
    if (!best) continue
    const start = letters[best.from]!.at
    const end = letters[best.to - 1]!.at + 1
    if (!hits.some((h) => start < h.end && end > h.start)) hits.push({ start, end, entry: { phrase: prose.slice(start, end), rewordings: [] } })
  }
}
