/**
 * The words an obfuscation scanner reads (`f*ck`, `sh1t`, `a$$`, `f.u.c.k`, `s1ktir`): the
 * matches of `/(?<![\p{L}\p{N}@$*])[\p{L}0-9@$*!.]*\p{L}[\p{L}0-9@$*!.]*[\p{L}0-9$*]/gu`, found in
 * linear time. That regex, tried at every `!` and `.` of a long run of them, rescanned the run
 * from each (quadratic on a pasted row of dots; issue 17). Written by hand because no regex
 * without atomic groups can say "the whole run, once": one pass finds each run of word
 * characters, and a token is the run from its first possible start to its last letter, digit,
 * `$` or `*`, as the regex's greedy quantifiers chose.
 */

export interface Token {
  start: number
  end: number
  raw: string
}

/** A run of the characters a token is made of. */
const RUN = /[\p{L}0-9@$*!.]+/gu
const LETTER = /\p{L}/u
/** Characters a token may end with. */
const END = /[\p{L}0-9$*]/u
/** Characters that may not precede a token (the regex's lookbehind). */
const NOT_BEFORE = /[\p{L}\p{N}@$*]/u

/** Every token of `text`, in order. */
export function obfuscationTokens(text: string): Token[] {
  const tokens: Token[] = []
  RUN.lastIndex = 0
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const token = tokenIn(text, m.index, m[0])
    if (token) tokens.push(token)
  }
  return tokens
}

function tokenIn(text: string, runStart: number, run: string): Token | undefined {
  const chars = Array.from(run)
  const offsets: number[] = []
  for (let i = 0, at = runStart; i < chars.length; at += chars[i]!.length, i++) offsets.push(at)
  // The token ends at the run's last end character, and needs a letter before that.
  let last = chars.length - 1
  while (last >= 0 && !END.test(chars[last]!)) last--
  let letter = last - 1
  while (letter >= 0 && !LETTER.test(chars[letter]!)) letter--
  if (letter < 0) return undefined
  // It starts at the first place the lookbehind allows: the run's start, or after a `!` or `.`.
  for (let k = 0; k <= letter; k++) {
    const allowed = k === 0 ? !NOT_BEFORE.test(codePointBefore(text, runStart)) : chars[k - 1] === '!' || chars[k - 1] === '.'
    if (!allowed) continue
    const start = offsets[k]!
    const end = offsets[last]! + chars[last]!.length
    return { start, end, raw: text.slice(start, end) }
  }
  return undefined
}

function codePointBefore(text: string, at: number): string {
  if (at === 0) return ''
  const low = text.charCodeAt(at - 1)
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at)
  }
  return text[at - 1]!
}
