/**
 * What stands between two words of a text: the bounded forward scans of several rules (a cue word,
 * then what follows it in the same clause or sentence) stop where a clause or a sentence ends.
 */

/** Punctuation or a line break that ends a clause: `herkes bunu, …`, `you are. Tiresome`. */
const CLAUSE_BREAK = /[,;:.!?\n]/
/** A full stop, question or exclamation mark, or a line break: the next word is in another sentence. */
const SENTENCE_BREAK = /[.?!\n]/

/** Whether a clause ends between the word ending at `before.end` and the one starting at `after.start`. */
export function clauseBreakBetween(text: string, before: { end: number }, after: { start: number }): boolean {
  return CLAUSE_BREAK.test(text.slice(before.end, after.start))
}

/** Whether a sentence ends between the word ending at `before.end` and the one starting at `after.start`. */
export function sentenceBreakBetween(text: string, before: { end: number }, after: { start: number }): boolean {
  return SENTENCE_BREAK.test(text.slice(before.end, after.start))
}
