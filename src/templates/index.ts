/**
 * The template corpus as rules and the `templates` command use it: load once, tokenize each
 * template (placeholders become wildcards), index the winnowed fingerprints, then answer
 * "which template is this draft a copy of?" and "which templates nearly duplicate each other?"
 * without scanning the corpus.
 */
import { guardedHtmlProse } from '../input/html-nesting.js'
import type { SharedSettings } from '../rule.js'
import { findPlaceholders } from './placeholders.js'
import { BREAK, FingerprintIndex, align, similarity, tokenize, tokenizeCodes, type Candidate, type TokenSeq } from './fingerprint.js'
import { loadCorpus, type Corpus, type CorpusWarning, type Template } from './corpus.js'

export { loadCorpus, bodyLocator, formatOf, type Corpus, type CorpusWarning, type Template, type Origin } from './corpus.js'
export { tokenize, align, similarity, WILD, PH, BREAK, type TokenSeq } from './fingerprint.js'

export interface MatchOptions {
  /** Share of the draft's words one template must cover (default 0.8). */
  threshold?: number
  /** Template words the draft must repeat verbatim before it can be a copy (default 8). */
  minWords?: number
}

export interface CopyMatch {
  template: Template
  /** Share of the draft's words covered by the template (matched + filled-in placeholders). */
  share: number
  /** Draft words equal to the template's, and words standing in for its placeholders. */
  matched: number
  filled: number
  /** Draft words counted. */
  words: number
  /** Offsets of the covered span in the tokenized text. */
  start: number
  end: number
}

export interface NearDuplicate {
  /** Index of the later template of the pair (the one reported). */
  later: number
  /** Index of the most similar earlier template. */
  earlier: number
  similarity: number
  /** Other earlier templates at or above the threshold. */
  others: number
}

/** Word codes of a template: its placeholders are wildcards, HTML markup is not text. */
export function templateTokens(t: Pick<Template, 'body' | 'format'>): TokenSeq {
  const text = t.format === 'html' ? guardedHtmlProse(t.body).text : t.body
  return tokenize(text, findPlaceholders(text), 'template')
}

/** Every template's codes in one buffer: 100,000 small typed arrays would cost the GC dearly. */
class CodeStore {
  private buffer = new Int32Array(1 << 16)
  private offsets: number[] = [0]

  get length(): number {
    return this.offsets.length - 1
  }

  push(codes: Int32Array): void {
    const end = this.offsets[this.offsets.length - 1]!
    if (end + codes.length > this.buffer.length) {
      const grown = new Int32Array(Math.max(this.buffer.length * 2, end + codes.length))
      grown.set(this.buffer.subarray(0, end))
      this.buffer = grown
    }
    this.buffer.set(codes, end)
    this.offsets.push(end + codes.length)
  }

  get(d: number): Int32Array {
    return this.buffer.subarray(this.offsets[d]!, this.offsets[d + 1]!)
  }

  get byteLength(): number {
    return this.offsets[this.offsets.length - 1]! * 4 + this.offsets.length * 8
  }
}

const EMPTY = new Int32Array(0)

const wordCount = (codes: Int32Array): number => {
  let n = 0
  for (let i = 0; i < codes.length; i++) if (codes[i] !== BREAK) n++
  return n
}

export class CorpusIndex {
  readonly templates: readonly Template[]
  readonly warnings: readonly CorpusWarning[]
  private readonly store = new CodeStore()
  /** Templates by their exact code sequence, built on first need. */
  private exact?: Map<string, number[]>
  private readonly main: FingerprintIndex
  /**
   * Templates whose 5-word fingerprints are nearly all boilerplate shared by many templates (a
   * lookup skips those) are also indexed by 8-word grams, which are rare again.
   */
  private readonly long: FingerprintIndex
  /** Templates too broken up by placeholders for 5-word fingerprints, indexed by 3-grams. */
  private readonly short: FingerprintIndex
  private readonly lengths: Int32Array

  constructor(templates: readonly Template[], warnings: readonly CorpusWarning[] = []) {
    this.templates = templates
    this.warnings = warnings
    this.lengths = new Int32Array(templates.length)
    templates.forEach((t, i) => {
      const text = t.format === 'html' ? guardedHtmlProse(t.body).text : t.body
      const codes = tokenizeCodes(text, findPlaceholders(text), 'template')
      this.store.push(codes)
      this.lengths[i] = wordCount(codes)
    })
    const store = this.store
    const main = (this.main = new FingerprintIndex(store))
    const some = (keep: (d: number) => boolean) => ({ length: store.length, get: (d: number) => (keep(d) ? store.get(d) : EMPTY) })
    this.long = new FingerprintIndex(
      some((d) => main.rareCount[d]! < 4 && main.fingerprintCount[d]! >= 2),
      { k: 8, window: 2 },
    )
    this.short = new FingerprintIndex(
      some((d) => main.fingerprintCount[d]! < 2),
      { k: 3, window: 1 },
    )
  }

  /** The word codes of template `d` (a view: copy it to keep it past the index). */
  codesOf(d: number): Int32Array {
    return this.store.get(d)
  }

  static fromCorpus(corpus: Corpus): CorpusIndex {
    return new CorpusIndex(corpus.templates, corpus.warnings)
  }

  get size(): number {
    return this.templates.length
  }

  /** Approximate bytes of the index arrays and token codes (not the template text). */
  get byteLength(): number {
    return this.main.byteLength + this.long.byteLength + this.short.byteLength + this.store.byteLength
  }

  private candidates(codes: Int32Array, limit: number, before = Infinity): Candidate[] {
    const found = this.main.candidates(codes, limit, before)
    for (const extra of [this.long, this.short]) {
      if (extra.fingerprintTotal === 0) continue
      for (const c of extra.candidates(codes, 3, before)) if (!found.some((f) => f.doc === c.doc)) found.push(c)
    }
    return found
  }

  /** The template `draft` copies, if one covers at least `threshold` of its words. */
  match(draft: TokenSeq, options: MatchOptions = {}): CopyMatch | undefined {
    const threshold = options.threshold ?? 0.8
    const minWords = options.minWords ?? 8
    const words = wordCount(draft.codes)
    if (words < minWords || this.size === 0) return undefined
    let best: CopyMatch | undefined
    for (const c of this.candidates(draft.codes, 5)) {
      // Covering `threshold` of the draft needs that many template words at least.
      if (this.lengths[c.doc]! < minWords) continue
      const a = align(draft.codes, this.codesOf(c.doc))
      const share = (a.matched + a.filled) / Math.max(1, a.total)
      if (a.matched < minWords || a.first < 0) continue
      if (!best || share > best.share) {
        best = { template: this.templates[c.doc]!, share, matched: a.matched, filled: a.filled, words, start: draft.starts[a.first]!, end: draft.ends[a.last]! }
      }
    }
    return best && best.share >= threshold ? best : undefined
  }

  /** Templates of the corpus at least `threshold` similar to `codes` (a template being written), best first. */
  similarTo(codes: Int32Array, threshold = 0.9, exclude?: (t: Template) => boolean): Array<{ template: Template; similarity: number }> {
    const out: Array<{ template: Template; similarity: number }> = []
    const length = wordCount(codes)
    for (const c of this.candidates(codes, 10)) {
      const t = this.templates[c.doc]!
      if (exclude?.(t)) continue
      if (!lengthsAllow(length, this.lengths[c.doc]!, threshold)) continue
      const s = similarity(codes, this.codesOf(c.doc))
      if (s >= threshold) out.push({ template: t, similarity: s })
    }
    if (out.length === 0) {
      // Exact copies of short templates share no fingerprint; compare the codes directly.
      if (!this.exact) {
        this.exact = new Map()
        for (let i = 0; i < this.size; i++) {
          const key = codeKey(this.codesOf(i))
          this.exact.set(key, [...(this.exact.get(key) ?? []), i])
        }
      }
      for (const i of this.exact.get(codeKey(codes)) ?? []) {
        if (sameCodes(codes, this.codesOf(i)) && !exclude?.(this.templates[i]!)) out.push({ template: this.templates[i]!, similarity: 1 })
      }
    }
    return out.sort((a, b) => b.similarity - a.similarity)
  }

  /**
   * Pairs of templates at least `threshold` similar, reported once on the later template of each
   * pair against its most similar earlier one. Each template is looked up in the index, so the
   * cost grows with the corpus, not with its square.
   */
  nearDuplicates(options: { threshold?: number; onProgress?: (done: number) => void } = {}): NearDuplicate[] {
    const threshold = options.threshold ?? 0.9
    const exact = new Map<string, number>()
    const out: NearDuplicate[] = []
    for (let i = 0; i < this.size; i++) {
      if (options.onProgress && i % 256 === 0) options.onProgress(i)
      const a = this.codesOf(i)
      const key = codeKey(a)
      const copyOf = exact.get(key)
      if (copyOf !== undefined && sameCodes(a, this.codesOf(copyOf))) {
        out.push({ later: i, earlier: copyOf, similarity: 1, others: 0 })
        continue
      }
      if (copyOf === undefined) exact.set(key, i)
      const lenA = this.lengths[i]!
      if (lenA === 0) continue
      let best: NearDuplicate | undefined
      let count = 0
      for (const c of this.candidates(a, 10, i)) {
        const lenB = this.lengths[c.doc]!
        if (!lengthsAllow(lenA, lenB, threshold)) continue
        // Too few shared fingerprints to be a near-copy: skip the alignment. Counted against the
        // fingerprints a lookup reads (boilerplate shared by more than postingCap templates is
        // skipped), else a copy of a template made mostly of stock paragraphs was never compared
        // once the corpus grew past ~10k templates (half the copies missed at 20k).
        const fps = this.main.rareCount[c.doc]!
        if (fps >= 8 && c.hits < fps * 0.25) continue
        const s = similarity(a, this.codesOf(c.doc))
        if (s < threshold) continue
        count++
        if (!best || s > best.similarity || (s === best.similarity && c.doc < best.earlier)) best = { later: i, earlier: c.doc, similarity: s, others: 0 }
      }
      if (best) out.push({ ...best, others: count - 1 })
    }
    options.onProgress?.(this.size)
    return out
  }
}

/** Two lengths whose similarity could still reach the threshold. */
function lengthsAllow(a: number, b: number, threshold: number): boolean {
  return a + b === 0 || (2 * Math.min(a, b)) / (a + b) >= threshold
}

function codeKey(codes: Int32Array): string {
  let h1 = 0x811c9dc5
  let h2 = 0x9747b28c
  for (let i = 0; i < codes.length; i++) {
    h1 = Math.imul(h1 ^ codes[i]!, 0x01000193)
    h2 = Math.imul(h2 ^ codes[i]!, 0x5bd1e995) ^ (h2 >>> 15)
  }
  return `${codes.length}:${h1 >>> 0}:${h2 >>> 0}`
}

function sameCodes(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

const CACHE_KEY = 'templates:corpus-index'

/**
 * The corpus index of a linter, built once from `config.templates` (paths relative to
 * `config.cwd`, else the working directory) and shared by every rule through the linter cache.
 * Undefined when no corpus is configured. A bad file throws a UsageError.
 */
export function corpusIndexFor({ config, cache }: SharedSettings): CorpusIndex | undefined {
  if (!config.templates || config.templates.length === 0) return undefined
  let index = cache.get(CACHE_KEY) as CorpusIndex | undefined
  if (!index) {
    index = CorpusIndex.fromCorpus(loadCorpus(config.templates, { cwd: config.cwd }))
    cache.set(CACHE_KEY, index)
  }
  return index
}
