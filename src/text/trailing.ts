/**
 * What a string ends with, found by scanning back from its end. Written by hand (issue 17): an
 * unanchored `/[…]+$/` or `/[…]\s*$/` is tried at every character of a long run of the class it
 * matches, and each try rescans the run to the end, so one pasted row of dots or spaces made it
 * quadratic. These loops read each character once.
 */

const WHITESPACE = /\s/

/** Whether `c` is whitespace as `\s` and `String.prototype.trim` define it. */
export function isSpace(c: string): boolean {
  return WHITESPACE.test(c)
}

/** The length of the run at the end of `s` whose characters satisfy `keep`. */
export function trailingRunLength(s: string, keep: (c: string) => boolean): number {
  let end = s.length
  while (end > 0 && keep(s[end - 1]!)) end--
  return s.length - end
}

/** `s` without trailing characters from `chars` (`trimTrailing(s, '.!')` for `s.replace(/[.!]+$/, '')`). */
export function trimTrailing(s: string, chars: string): string {
  const n = trailingRunLength(s, (c) => chars.includes(c))
  return n === 0 ? s : s.slice(0, s.length - n)
}

/** `s` without trailing whitespace or characters from `chars` (`s.replace(/[\s.!]+$/, '')`). */
export function trimTrailingWithSpace(s: string, chars: string): string {
  const n = trailingRunLength(s, (c) => chars.includes(c) || isSpace(c))
  return n === 0 ? s : s.slice(0, s.length - n)
}

/**
 * Whether `s` ends with one of `marks` followed only by whitespace, as `/[<marks>]\s*$/.test(s)`:
 * the last non-space character is a mark, or a mark that is itself whitespace (`\n`) is among the
 * trailing whitespace.
 */
export function endsWithMark(s: string, marks: string): boolean {
  const body = s.length - trailingRunLength(s, isSpace)
  if (body > 0 && marks.includes(s[body - 1]!)) return true
  for (let i = body; i < s.length; i++) if (marks.includes(s[i]!)) return true
  return false
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/** `/\?[^\p{L}\p{N}]*$/u.test(s)`: a `?` after the last letter or digit. */
export function endsWithQuestion(s: string): boolean {
  let i = s.length
  while (i > 0) {
    const low = s.charCodeAt(i - 1)
    const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff
    const c = pair ? s.slice(i - 2, i) : s[i - 1]!
    if (WORD_CHAR.test(c)) break
    i -= c.length
  }
  return s.includes('?', i)
}
