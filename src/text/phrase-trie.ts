/**
 * A word trie over phrase patterns (`as I [already] told you`, `(you're|you are) wrong`), built
 * lazily. Same matching semantics as `PhraseMatcher` (whole words, longest phrase at a position
 * wins, first added wins a tie, no overlaps, `gapOk` between words), but:
 * - the cost per word does not grow with the number of phrases sharing a first word (a list
 *   expanded from patterns has thousands starting with `as` or `you`): walking the trie costs one
 *   Map lookup per word of the longest candidate;
 * - patterns are never expanded into their phrases. A trie node is the set of pattern positions
 *   its words lead to, and a node's children are made the first time a draft walks there. Expanding
 *   condescension's 171 patterns into 5,500 phrases and inserting them cost ~60 ms of a CLI run's
 *   start; the nodes real drafts visit are a few hundred.
 */
import type { Token } from '../document.js'
import { defaultGap, normalizeWord, phraseWords, type PhraseHit } from './phrases.js'

/**
 * A pattern as a list of segments, each a list of alternatives: literal text is a segment of one,
 * `(a|b)` one of two, `[a|b]` one of three (the last empty).
 */
export function patternSegments(pattern: string): string[][] {
  const segments: string[][] = []
  const group = /\(([^()[\]]*)\)|\[([^()[\]]*)\]/g
  let last = 0
  for (let m = group.exec(pattern); m; m = group.exec(pattern)) {
    if (m.index > last) segments.push([pattern.slice(last, m.index)])
    segments.push(m[1] !== undefined ? m[1].split('|') : [...m[2]!.split('|'), ''])
    last = m.index + m[0].length
  }
  if (last < pattern.length) segments.push([pattern.slice(last)])
  return segments
}

/** Every string a pattern stands for, as written (spaces kept, the empty one included). */
export function expandGroups(pattern: string): string[] {
  let out = ['']
  for (const alternatives of patternSegments(pattern)) out = out.flatMap((prefix) => alternatives.map((alt) => prefix + alt))
  return out
}

const PLAIN_WORD = /^[a-z0-9']+$/

/** A unit of a pattern (one space-separated chunk): its alternatives as match words, `[]` when left out. */
type Unit = ReadonlyArray<readonly string[]>

interface Pattern<T> {
  /** The pattern's chunks; `units[i]` is chunk i compiled, on first need. */
  chunks: string[]
  units: Array<Unit | undefined>
  entry: T
}

/** A place inside pattern `pattern`: before word `word` of alternative `alt` of unit `unit`. */
interface Item {
  pattern: number
  unit: number
  alt: number
  word: number
}

interface Node<T> {
  /** The places still open here (each expects one more word). */
  items: Item[]
  /** The words that lead on from here; children exist only for those a draft has walked. */
  nextWords: Set<string>
  children: Map<string, Node<T>> | undefined
  phrase: string
  /** The first pattern added that ends here. */
  end: { phrase: string; entry: T } | undefined
}

export interface PhraseTrieOptions {
  locale?: string
  /** Phrases (words joined by one space) never to match, though a pattern stands for them. */
  ignore?: ReadonlySet<string>
}

export class PhraseTrie<T> {
  private readonly patterns: Pattern<T>[] = []
  private readonly locale: string
  private readonly ignore: ReadonlySet<string> | undefined
  private rootNode: Node<T> | undefined

  constructor(entries: Iterable<[string, T]> = [], options: PhraseTrieOptions = {}) {
    this.locale = options.locale ?? 'en'
    this.ignore = options.ignore && options.ignore.size > 0 ? options.ignore : undefined
    for (const [phrase, entry] of entries) this.add(phrase, entry)
  }

  /** Add one phrase, literally. */
  add(phrase: string, entry: T): void {
    const words = phraseWords(phrase, this.locale)
    if (words.length > 0) this.push({ chunks: words, units: words.map((w) => [[w]]), entry })
  }

  /**
   * Add every phrase a pattern stands for: `(a|b)` picks one, `[a|b]` is optional, and groups may
   * be glued to letters (`I('ll| will)`, `bother[ed]`).
   */
  addPattern(pattern: string, entry: T): void {
    const list = chunks(normalizeWord(pattern, this.locale))
    if (list.length > 0) this.push({ chunks: list, units: [], entry })
  }

  /**
   * Matches in one sentence's words, left to right, longest first, without overlaps. `accept`,
   * when given, may reject a candidate in context; a shorter candidate at the same word is tried next.
   */
  match(words: readonly Token[], text: string, gapOk: (gap: string) => boolean = defaultGap, accept?: (entry: T, from: number, to: number) => boolean): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = []
    const root = this.root()
    for (let i = 0; i < words.length; i++) {
      let node = this.child(root, words[i]!.lower)
      let best: { to: number; end: NonNullable<Node<T>['end']> } | undefined
      // With `accept`, every phrase ending on the walk is a candidate (longest tried first).
      const ends: Array<{ to: number; end: NonNullable<Node<T>['end']> }> | undefined = accept ? [] : undefined
      for (let j = i; node;) {
        if (node.end) {
          best = { to: j + 1, end: node.end }
          ends?.push(best)
        }
        const w = words[j + 1]
        if (!w || node.nextWords.size === 0 || !gapOk(text.slice(words[j]!.end, w.start))) break
        node = this.child(node, w.lower)
        j++
      }
      if (ends) {
        best = undefined
        for (let k = ends.length - 1; k >= 0 && !best; k--) if (accept!(ends[k]!.end.entry, i, ends[k]!.to)) best = ends[k]
      }
      if (!best) continue
      hits.push({ entry: best.end.entry, phrase: best.end.phrase, from: i, to: best.to, start: words[i]!.start, end: words[best.to - 1]!.end })
      i = best.to - 1
    }
    return hits
  }

  private push(pattern: Pattern<T>): void {
    this.patterns.push(pattern)
    this.rootNode = undefined
  }

  /** Unit `index` of a pattern, compiled the first time a draft reaches it. */
  private unitOf(pattern: Pattern<T>, index: number): Unit {
    return (pattern.units[index] ??= this.compileUnit(pattern.chunks[index]!))
  }

  /** A chunk's alternatives (`offen(se|ce)` → `offense`, `offence`; `[even]` → `even`, nothing). */
  private compileUnit(chunk: string): Unit {
    if (PLAIN_WORD.test(chunk)) return [[chunk]]
    const out = expandGroups(chunk)
    const seen = new Set<string>()
    const unit: string[][] = []
    // Places are keyed by number in `node` (up to 1,000 alternatives, words, units).
    if (out.length >= 1000) throw new Error(`netiquette: the pattern chunk "${chunk}" stands for more than 999 phrases; split it into several patterns`)
    for (const text of out) {
      const words = PLAIN_WORD.test(text) ? [text] : phraseWords(text, this.locale)
      const key = words.join(' ')
      if (seen.has(key)) continue
      seen.add(key)
      unit.push(words)
    }
    return unit
  }

  private root(): Node<T> {
    if (!this.rootNode) {
      const items: Item[] = []
      this.patterns.forEach((p, pattern) => this.unitOf(p, 0).forEach((_, alt) => items.push({ pattern, unit: 0, alt, word: 0 })))
      this.rootNode = this.node(items, '')
    }
    return this.rootNode
  }

  private child(node: Node<T>, word: string): Node<T> | undefined {
    if (!node.nextWords.has(word)) return undefined
    let child = node.children?.get(word)
    if (!child) {
      const advanced: Item[] = []
      for (const item of node.items) {
        if (this.patterns[item.pattern]!.units[item.unit]![item.alt]![item.word] === word) advanced.push({ ...item, word: item.word + 1 }) // units of open items are compiled
      }
      child = this.node(advanced, node.phrase === '' ? word : `${node.phrase} ${word}`)
      ;(node.children ??= new Map()).set(word, child)
    }
    return child
  }

  /** A node from the places its words reach: close over finished units, note a finished pattern. */
  private node(reached: Item[], phrase: string): Node<T> {
    const items: Item[] = []
    const nextWords = new Set<string>()
    // Two paths through optional groups can reach the same place; keep it once.
    const seen = new Set<number>()
    let ended = -1
    const visit = (item: Item): void => {
      const key = item.pattern * 1e9 + item.unit * 1e6 + item.alt * 1e3 + item.word
      if (seen.has(key)) return
      seen.add(key)
      const pattern = this.patterns[item.pattern]!
      const words = this.unitOf(pattern, item.unit)[item.alt]!
      if (item.word < words.length) {
        items.push(item)
        nextWords.add(words[item.word]!)
        return
      }
      const unit = item.unit + 1
      if (unit === pattern.chunks.length) {
        if (ended === -1 || item.pattern < ended) ended = item.pattern
        return
      }
      this.unitOf(pattern, unit).forEach((_, alt) => visit({ pattern: item.pattern, unit, alt, word: 0 }))
    }
    reached.forEach(visit)
    // Every field set here, in one order: nodes made later (children, ends) keep the shape the
    // matcher's optimised code was compiled for (a new shape costs a deopt and a recompile per thread).
    const node: Node<T> = { items, nextWords, children: undefined, phrase, end: undefined }
    if (ended !== -1 && phrase !== '' && !this.ignore?.has(phrase)) node.end = { phrase, entry: this.patterns[ended]!.entry }
    return node
  }
}

/** A pattern's space-separated chunks; spaces inside a group belong to its chunk. */
function chunks(pattern: string): string[] {
  // One native regex pass: start-up code runs cold in the interpreter, where a loop over
  // characters costs more than the rest of building the trie.
  return pattern.match(/(?:[^\s()[\]]+|\([^()]*\)|\[[^[\]]*\])+/g) ?? []
}
