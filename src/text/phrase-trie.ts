/**
 * `PhraseMatcher` with a word trie instead of a first-word index. Same API and semantics
 * (whole words, longest phrase at a position wins, first added wins a tie, no overlaps, `gapOk`
 * between words), but the cost per word no longer grows with the number of phrases sharing a
 * first word: a list expanded from patterns has thousands of phrases starting with `as` or `you`,
 * and scanning them all at every `you` cost ~20 µs a reply. Walking the trie costs one Map
 * lookup per word of the longest candidate.
 */
import type { Token } from '../document.js'
import { phraseWords, type PhraseHit } from './phrases.js'

interface Node<T> {
  next?: Map<string, Node<T>>
  /** The first phrase added that ends here. */
  end?: { phrase: string; entry: T }
}

export class PhraseTrie<T> {
  private readonly root: Node<T> = {}
  private count = 0

  constructor(entries: Iterable<[string, T]> = [], private readonly locale = 'en') {
    for (const [phrase, entry] of entries) this.add(phrase, entry)
  }

  add(phrase: string, entry: T): void {
    const words = phraseWords(phrase, this.locale)
    if (words.length === 0) return
    let node = this.root
    for (const w of words) {
      node.next ??= new Map()
      let child = node.next.get(w)
      if (!child) node.next.set(w, (child = {}))
      node = child
    }
    if (!node.end) {
      node.end = { phrase, entry }
      this.count++
    }
  }

  /** Number of distinct phrases. */
  get size(): number {
    return this.count
  }

  /** Matches in one sentence's words, left to right, longest first, without overlaps. */
  match(words: readonly Token[], text: string, gapOk: (gap: string) => boolean = defaultGap): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = []
    for (let i = 0; i < words.length; i++) {
      let node = this.root.next?.get(words[i]!.lower)
      let best: { to: number; end: NonNullable<Node<T>['end']> } | undefined
      for (let j = i; node; ) {
        if (node.end) best = { to: j + 1, end: node.end }
        const w = words[j + 1]
        if (!w || !node.next || !gapOk(text.slice(words[j]!.end, w.start))) break
        node = node.next.get(w.lower)
        j++
      }
      if (!best) continue
      hits.push({ entry: best.end.entry, phrase: best.end.phrase, from: i, to: best.to, start: words[i]!.start, end: words[best.to - 1]!.end })
      i = best.to - 1
    }
    return hits
  }
}

function defaultGap(gap: string): boolean {
  return /^[\s\-–]*$/.test(gap) && gap.length < 4
}
