/**
 * Turkish text folded to ASCII, one character for one (so offsets carry over): how drafts typed
 * on a keyboard without Turkish letters (`tesekkurler`, `yukleyin`) are read by the rules that
 * match them too. One fold for every rule, so they agree on what a typed-in-ASCII word is.
 */
import { lowerTurkish } from './phrases.js'

const FOLD: Record<string, string> = { ç: 'c', ğ: 'g', ı: 'i', ö: 'o', ş: 's', ü: 'u', â: 'a', î: 'i', û: 'u' }
/** Folded letter by char code (â, the lowest, is U+00E2). */
const FOLD_CODE = new Map(Object.entries(FOLD).map(([k, v]) => [k.charCodeAt(0), v]))

/** A lower-cased Turkish string with its Turkish letters folded to ASCII (same length). A char loop: 3x faster than a regex replace. */
export function foldTurkishLetters(lower: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    if (code < 0xe2) continue
    const f = FOLD_CODE.get(code)
    if (f === undefined) continue
    out += lower.slice(from, i) + f
    from = i + 1
  }
  return from === 0 ? lower : out + lower.slice(from)
}

/** Any Turkish text lower-cased, its letters folded to ASCII and its typographic apostrophes made `'` (same length). */
export function foldTurkishText(text: string): string {
  return foldTurkishLetters(lowerTurkish(text).replace(/[’‘`]/g, "'"))
}
