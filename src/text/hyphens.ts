/**
 * retext-english keeps a hyphenated compound as one word (`self-explanatory`, `re-read`,
 * `dim-witted`), while `PhraseMatcher` splits phrases at hyphens. Splitting the words the same
 * way lets a phrase list match `self-explanatory`, `self explanatory` and `re-read` alike.
 * Only words that contain a hyphen are copied, so the common case costs one `includes` a word.
 */
import type { Token } from '../document.js'

/** The words with each hyphenated word split into its parts (offsets kept exact). */
export function splitHyphenated(words: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (!w.value.includes('-') || w.value.length < 3) {
      out?.push(w)
      continue
    }
    out ??= words.slice(0, i)
    let offset = 0
    for (const part of w.value.split('-')) {
      if (part) {
        out.push({ value: part, lower: part.toLowerCase().replace(/[’‘`]/g, "'"), start: w.start + offset, end: w.start + offset + part.length })
      }
      offset += part.length + 1
    }
  }
  return out ?? words
}
