/**
 * One pass over a sentence's words with a prebuilt index, instead of one scan per list entry:
 * entries are keyed by their first word, so a lookup costs one Map.get per word.
 */
import type { Token } from '../document.js'

export interface PhraseHit<T> {
  entry: T
  phrase: string
  /** Index of the first and one past the last matched word. */
  from: number
  to: number
  start: number
  end: number
}

interface Compiled<T> {
  words: string[]
  phrase: string
  entry: T
}

/** Normalise a word for matching: lower case, typographic apostrophes to `'`. */
export function normalizeWord(word: string, locale = 'en'): string {
  return word.toLocaleLowerCase(locale).replace(/[’‘`]/g, "'")
}

/** Split a phrase into match words; hyphens and spaces both separate words, as in nlcst. */
export function phraseWords(phrase: string, locale = 'en'): string[] {
  return normalizeWord(phrase, locale)
    .split(/[\s\-–—/]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}'$]+|[^\p{L}\p{N}'$]+$/gu, ''))
    .filter(Boolean)
}

export class PhraseMatcher<T> {
  private readonly index = new Map<string, Compiled<T>[]>()

  constructor(entries: Iterable<[string, T]>, private readonly locale = 'en') {
    for (const [phrase, entry] of entries) this.add(phrase, entry)
  }

  add(phrase: string, entry: T): void {
    const words = phraseWords(phrase, this.locale)
    if (words.length === 0) return
    const list = this.index.get(words[0]!) ?? []
    list.push({ words, phrase, entry })
    // Longest phrase first, so "as soon as possible" wins over "as soon".
    list.sort((a, b) => b.words.length - a.words.length)
    this.index.set(words[0]!, list)
  }

  get size(): number {
    return this.index.size
  }

  /**
   * Matches in one sentence's words, left to right, without overlaps. `gapOk` decides whether
   * the text between two consecutive words may sit inside a phrase (default: only spaces and
   * hyphens, so a comma or full stop breaks a phrase).
   */
  match(words: readonly Token[], text: string, gapOk: (gap: string) => boolean = defaultGap): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = []
    for (let i = 0; i < words.length; i++) {
      const candidates = this.index.get(words[i]!.lower)
      if (!candidates) continue
      for (const c of candidates) {
        if (i + c.words.length > words.length) continue
        let ok = true
        for (let k = 1; k < c.words.length; k++) {
          const w = words[i + k]!
          if (w.lower !== c.words[k] || !gapOk(text.slice(words[i + k - 1]!.end, w.start))) {
            ok = false
            break
          }
        }
        if (!ok) continue
        const last = words[i + c.words.length - 1]!
        hits.push({ entry: c.entry, phrase: c.phrase, from: i, to: i + c.words.length, start: words[i]!.start, end: last.end })
        i += c.words.length - 1
        break
      }
    }
    return hits
  }
}

function defaultGap(gap: string): boolean {
  return /^[\s\-–]*$/.test(gap) && gap.length < 4
}
