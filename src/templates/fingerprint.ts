/**
 * Fingerprinting for the template corpus: word k-grams, winnowing (Schleimer, Wilkerson and
 * Aiken, "Winnowing: local algorithms for document fingerprinting", SIGMOD 2003 — the method
 * of MOSS) and an inverted index held in typed arrays.
 *
 * - Text becomes a sequence of word codes (lower-cased words hashed to 31 bits). A placeholder
 *   is one `WILD` code in a template and one `PH` code in a draft; Liquid tags are `BREAK`.
 *   No k-gram spans a placeholder, so a filled-in value never changes a template's fingerprints.
 * - Each template keeps the winnowed minimum of every window of `window` consecutive k-gram
 *   hashes: any run of `window + k - 1` words shared with a draft shares at least one
 *   fingerprint, and only ~2/(window+1) of the k-grams are stored.
 * - A lookup hashes every k-gram of the draft (no winnowing on the query side: better recall for
 *   the same cost) and ranks templates by shared fingerprints, rarer ones breaking ties.
 *   Boilerplate held by more than `postingCap` templates is skipped unless nothing rarer matched
 *   (then only `postingCap` of its postings are read), so lookup time does not grow with the
 *   corpus. The few best candidates are then verified by `align`.
 */

/** A placeholder in a template: matches any filled-in value of up to `maxFill` words. */
export const WILD = -1
/** Template logic (`{% if %}`, `{{#if}}`): breaks k-grams, matches nothing, consumes nothing. */
export const BREAK = -2
/** A placeholder left unfilled in a draft: matches a template's `WILD`. */
export const PH = -3

export interface TokenSeq {
  /** Word codes (≥ 0) or WILD/BREAK/PH. */
  codes: Int32Array
  /** UTF-16 offsets of each token in the tokenized text. */
  starts: Int32Array
  ends: Int32Array
}

export interface PlaceholderSpan {
  start: number
  end: number
  dialect: string
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"']+[^\s<>()"'.,;:!?]/gi
const EMAIL = /\b[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+\b/g // local part ≤ 64 (RFC 5321): unbounded, every word start of `a.a.a.…` rescanned the run
/** Social handles (`@acme_support`): who is addressed, not what is said. */
const HANDLE = /(?<![\w.@])@\w{1,30}/g
const LETTER = /[\p{L}\p{N}\p{M}]/u
/** ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128)
for (let c = 48; c < 58; c++) ASCII_WORD[c] = 1
for (let c = 65; c < 91; c++) ASCII_WORD[c] = 1
for (let c = 97; c < 123; c++) ASCII_WORD[c] = 1

/** Length of the word character at `i` (2 for a letter outside the BMP), or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return ASCII_WORD[c]!
  if (c >= 0xd800 && c < 0xdc00) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0
  return LETTER.test(text[i]!) ? 1 : 0
}

/** FNV-1a over UTF-16 code units, folded to 31 bits so codes never collide with the markers. */
export function wordCode(word: string): number {
  return codeOf(word.toLowerCase(), 0, word.length)
}

/** `wordCode` of `lower.slice(start, end)` without the slice; a curly apostrophe hashes as `'`. */
function codeOf(lower: string, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) {
    const c = lower.charCodeAt(i)
    h = Math.imul(h ^ (c === 0x2019 ? 0x27 : c), 0x01000193)
  }
  return (h ^ (h >>> 16)) & 0x7fffffff
}

/**
 * Words of `text` as codes, with placeholders as single marker tokens. `mode` decides what a
 * placeholder becomes: `WILD` in a template, `PH` in a draft. URLs, e-mail addresses and social
 * handles are skipped (they are values, not wording). Lower-cased; curly apostrophes normalised.
 * A word is a run of letters and digits, with inner apostrophes (`don't`, `customer’s`).
 */
export function tokenize(text: string, placeholders: readonly PlaceholderSpan[], mode: 'template' | 'draft'): TokenSeq {
  tokenizeInto(text, placeholders, mode)
  const count = scratchLength
  return { codes: scratch.codes.slice(0, count), starts: scratch.starts.slice(0, count), ends: scratch.ends.slice(0, count) }
}

function tokenizeInto(text: string, placeholders: readonly PlaceholderSpan[], mode: 'template' | 'draft'): void {
  const n = text.length
  let lower = text.toLowerCase()
  const sameLength = lower.length === n
  if (!sameLength) lower = text // rare (İ): lower-case word by word below
  // Skipped ranges: placeholders (emitted as markers), URLs and e-mail addresses.
  const marks = placeholders.length > 1 ? [...placeholders].sort((x, y) => x.start - y.start) : placeholders
  const skips: Array<[number, number]> = []
  if (text.includes('://') || text.includes('www.')) {
    URL.lastIndex = 0
    for (let m = URL.exec(text); m; m = URL.exec(text)) skips.push([m.index, m.index + m[0].length])
  }
  if (text.includes('@')) {
    EMAIL.lastIndex = 0
    for (let m = EMAIL.exec(text); m; m = EMAIL.exec(text)) skips.push([m.index, m.index + m[0].length])
    HANDLE.lastIndex = 0
    for (let m = HANDLE.exec(text); m; m = HANDLE.exec(text)) skips.push([m.index, m.index + m[0].length])
    skips.sort((x, y) => x[0] - y[0])
  }
  const cap = Math.ceil(n / 2) + marks.length + 1
  if (scratch.codes.length < cap) scratch = { codes: new Int32Array(cap * 2), starts: new Int32Array(cap * 2), ends: new Int32Array(cap * 2) }
  const { codes, starts, ends } = scratch
  let count = 0
  let p = 0
  let u = 0
  let i = 0
  while (i < n) {
    if (p < marks.length && i >= marks[p]!.start) {
      const mark = marks[p]!
      codes[count] = mark.dialect === 'liquid-tag' ? BREAK : mode === 'template' ? WILD : PH
      starts[count] = mark.start
      ends[count] = mark.end
      count++
      i = Math.max(i, mark.end)
      p++
      continue
    }
    const width = wordCharAt(text, i)
    if (width === 0) {
      i++
      continue
    }
    const start = i
    i += width
    for (;;) {
      const w = i < n ? wordCharAt(text, i) : 0
      if (w > 0) {
        i += w
        continue
      }
      const c = text.charCodeAt(i)
      if ((c === 0x27 || c === 0x2019) && i + 1 < n && wordCharAt(text, i + 1) > 0) {
        i++
        continue
      }
      break
    }
    // A word that runs into a placeholder stops there.
    const end = p < marks.length && marks[p]!.start < i ? Math.max(start, marks[p]!.start) : i
    if (end < i) i = end
    if (end === start) continue
    while (u < skips.length && skips[u]![1] <= start) u++
    if (u < skips.length && skips[u]![0] < end) continue
    codes[count] = sameLength ? codeOf(lower, start, end) : wordCode(text.slice(start, end))
    starts[count] = start
    ends[count] = end
    count++
  }
  while (p < marks.length) {
    const mark = marks[p++]!
    codes[count] = mark.dialect === 'liquid-tag' ? BREAK : mode === 'template' ? WILD : PH
    starts[count] = mark.start
    ends[count] = mark.end
    count++
  }
  scratchLength = count
}

/** Buffers reused by every `tokenize` call (one thread: no call is ever interrupted). */
let scratch = { codes: new Int32Array(4096), starts: new Int32Array(4096), ends: new Int32Array(4096) }
let scratchLength = 0

/**
 * The codes of `text` as `tokenize` gives them, as a view on a shared buffer that the next call
 * overwrites: for callers that copy the codes at once (building an index of many templates).
 */
export function tokenizeCodes(text: string, placeholders: readonly PlaceholderSpan[], mode: 'template' | 'draft'): Int32Array {
  tokenizeInto(text, placeholders, mode)
  return scratch.codes.subarray(0, scratchLength)
}

/** Hash of the k words at `i`, or undefined when the window holds a marker. */
export function gramAt(codes: Int32Array, i: number, k: number): number | undefined {
  let h = 0x9747b28c ^ k
  for (let j = 0; j < k; j++) {
    const c = codes[i + j]!
    if (c < 0) return undefined
    h = Math.imul(h ^ c, 0x5bd1e995)
    h ^= h >>> 13
  }
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b)
  return (h ^ (h >>> 16)) | 0
}

/**
 * Winnowing: the minimum hash of every window of `w` consecutive k-grams (rightmost on ties),
 * each recorded once. Runs between markers are winnowed separately; a run shorter than a window
 * contributes its minimum. Writes into `out` from `at` and returns the new end.
 */
function winnowInto(codes: Int32Array, k: number, w: number, out: Int32Array, at: number, grams: Int32Array): number {
  const n = codes.length - k + 1
  let end = at
  let runStart = 0
  let runLength = 0
  const flush = (): void => {
    if (runLength === 0) return
    if (runLength <= w) {
      let min = grams[runStart]!
      for (let j = runStart + 1; j < runStart + runLength; j++) if (grams[j]! < min) min = grams[j]!
      out[end++] = min
    } else {
      let last = -1
      for (let s = runStart; s + w <= runStart + runLength; s++) {
        let best = s
        for (let j = s + 1; j < s + w; j++) if (grams[j]! <= grams[best]!) best = j
        if (best !== last) {
          out[end++] = grams[best]!
          last = best
        }
      }
    }
    runLength = 0
  }
  for (let i = 0; i < n; i++) {
    const h = gramAt(codes, i, k)
    if (h === undefined) {
      flush()
      runStart = i + 1
      continue
    }
    if (runLength === 0) runStart = i
    grams[i] = h
    runLength++
  }
  flush()
  return end
}

/** The winnowed fingerprints of `codes` (see `winnowInto`), duplicates kept. */
export function winnow(codes: Int32Array, k: number, w: number): number[] {
  const out = new Int32Array(Math.max(0, codes.length))
  const end = winnowInto(codes, k, w, out, 0, new Int32Array(Math.max(0, codes.length)))
  return Array.from(out.subarray(0, end))
}

/** Documents as the index reads them: an array of code arrays, or any indexed store of them. */
export type DocList = readonly Int32Array[] | { readonly length: number; get(d: number): Int32Array }

export interface IndexOptions {
  /** Words per k-gram (default 5). */
  k?: number
  /** Winnowing window in k-grams (default 4): shared runs of k + window - 1 words are always found. */
  window?: number
  /** Fingerprints held by more templates than this (default 64) are read only when nothing rarer matched, and then only this many postings: bounds the cost of boilerplate. */
  postingCap?: number
}

export interface Candidate {
  doc: number
  /** Shared fingerprints, each counting 1 + 1/df (df: templates holding it). */
  score: number
  /** Number of this template's fingerprints found in the draft. */
  hits: number
}

/**
 * Inverted index from fingerprint to templates: sorted unique hashes with posting offsets
 * (CSR), found through an open-addressing table. ~12 bytes per stored fingerprint.
 */
export class FingerprintIndex {
  readonly k: number
  readonly window: number
  readonly postingCap: number
  readonly size: number
  /** Fingerprints kept per document. */
  readonly fingerprintCount: Int32Array
  /** Fingerprints per document held by at most `postingCap` documents (the ones lookups read). */
  readonly rareCount: Int32Array
  private readonly keys: Int32Array
  private readonly offsets: Int32Array
  private readonly postings: Int32Array
  private readonly table: Int32Array
  private readonly mask: number
  private readonly acc: Float64Array

  constructor(list: DocList, options: IndexOptions = {}) {
    const docs = Array.isArray(list) ? { length: list.length, get: (d: number) => (list as readonly Int32Array[])[d]! } : (list as Exclude<DocList, readonly Int32Array[]>)
    this.k = options.k ?? 5
    this.window = options.window ?? 4
    this.postingCap = options.postingCap ?? 64
    this.size = docs.length
    this.fingerprintCount = new Int32Array(docs.length)
    // Pass 1: winnow every document, keeping (fingerprint, document) pairs. Documents come in
    // order, so each posting list below ends up sorted by document.
    let hashes = new Int32Array(1 << 16)
    let owners = new Int32Array(1 << 16)
    let n = 0
    let grams = new Int32Array(256)
    for (let d = 0; d < docs.length; d++) {
      const codes = docs.get(d)
      if (codes.length > grams.length) grams = new Int32Array(codes.length * 2)
      if (n + codes.length > hashes.length) {
        const size = Math.max(hashes.length * 2, n + codes.length)
        const h2 = new Int32Array(size)
        h2.set(hashes.subarray(0, n))
        hashes = h2
        const o2 = new Int32Array(size)
        o2.set(owners.subarray(0, n))
        owners = o2
      }
      const end = winnowInto(codes, this.k, this.window, hashes, n, grams)
      // Each fingerprint once per document.
      const own = hashes.subarray(n, end).sort()
      let kept = 0
      for (let j = 0; j < own.length; j++) if (j === 0 || own[j] !== own[j - 1]) own[kept++] = own[j]!
      owners.fill(d, n, n + kept)
      this.fingerprintCount[d] = kept
      n += kept
    }
    // Pass 2: give each distinct fingerprint an id through a temporary open-addressing table,
    // and count its documents.
    let buildSize = 16
    while (buildSize < n * 2) buildSize *= 2
    const buildMask = buildSize - 1
    const slots = new Int32Array(buildSize).fill(-1)
    const ids = new Int32Array(n)
    const keys = new Int32Array(n)
    const counts = new Int32Array(n + 1)
    let unique = 0
    for (let i = 0; i < n; i++) {
      const h = hashes[i]!
      let slot = mix(h) & buildMask
      for (;;) {
        const u = slots[slot]!
        if (u === -1) {
          slots[slot] = unique
          keys[unique] = h
          ids[i] = unique++
          break
        }
        if (keys[u] === h) {
          ids[i] = u
          break
        }
        slot = (slot + 1) & buildMask
      }
      counts[ids[i]!]++
    }
    // Pass 3: posting lists (CSR) from the counts.
    this.keys = keys.slice(0, unique)
    this.offsets = new Int32Array(unique + 1)
    for (let u = 0; u < unique; u++) this.offsets[u + 1] = this.offsets[u]! + counts[u]!
    const cursor = this.offsets.slice(0, unique)
    this.postings = new Int32Array(n)
    this.rareCount = new Int32Array(docs.length)
    for (let i = 0; i < n; i++) {
      this.postings[cursor[ids[i]!]!++] = owners[i]!
      if (counts[ids[i]!]! <= this.postingCap) this.rareCount[owners[i]!]++
    }
    // The lookup table keeps (fingerprint, id) side by side: one cache line per probe.
    let size = 16
    while (size < unique * 2) size *= 2
    this.mask = size - 1
    this.table = new Int32Array(size * 2)
    for (let slot = 0; slot < size; slot++) this.table[slot * 2 + 1] = -1
    for (let u = 0; u < unique; u++) {
      let slot = mix(this.keys[u]!) & this.mask
      while (this.table[slot * 2 + 1] !== -1) slot = (slot + 1) & this.mask
      this.table[slot * 2] = this.keys[u]!
      this.table[slot * 2 + 1] = u
    }
    // Per document: score and hit count side by side, reset after each lookup.
    this.acc = new Float64Array(docs.length * 2)
  }

  /** Id of a fingerprint (its posting range is offsets[id]..offsets[id + 1]), or undefined. */
  private find(h: number): number | undefined {
    let slot = mix(h) & this.mask
    for (;;) {
      const u = this.table[slot * 2 + 1]!
      if (u === -1) return undefined
      if (this.table[slot * 2] === h) return u
      slot = (slot + 1) & this.mask
    }
  }

  /** Fingerprints stored over all documents. */
  get fingerprintTotal(): number {
    return this.postings.length
  }

  /** Number of documents holding this k-gram hash as a fingerprint. */
  documentFrequency(h: number): number {
    const u = this.find(h)
    return u === undefined ? 0 : this.offsets[u + 1]! - this.offsets[u]!
  }

  /**
   * The best `limit` templates sharing fingerprints with `codes`, best first. `before` keeps only
   * documents with a smaller index (near-duplicate search reports on the later template).
   */
  candidates(codes: Int32Array, limit: number, before = Infinity): Candidate[] {
    const touched: number[] = []
    const seen = new Set<number>()
    const common: number[] = []
    const k = this.k
    const read = (u: number, cap: number): void => {
      const from = this.offsets[u]!
      const to = this.offsets[u + 1]!
      // Each shared fingerprint counts one; rarer ones break ties (a copy shares all of them).
      const weight = 1 + 1 / (to - from)
      const stop = Math.min(to, from + cap)
      for (let p = from; p < stop; p++) {
        const d = this.postings[p]!
        if (d >= before) break // postings are sorted by document
        if (this.acc[d * 2 + 1] === 0) touched.push(d)
        this.acc[d * 2] += weight
        this.acc[d * 2 + 1]++
      }
    }
    for (let i = 0; i + k <= codes.length; i++) {
      const h = gramAt(codes, i, k)
      if (h === undefined || seen.has(h)) continue
      seen.add(h)
      const u = this.find(h)
      if (u === undefined) continue
      // Boilerplate held by more than `postingCap` templates says little about which template
      // this is: read it only when nothing rarer matched.
      if (this.offsets[u + 1]! - this.offsets[u]! > this.postingCap) common.push(u)
      else read(u, Infinity)
    }
    if (touched.length === 0) for (const u of common) read(u, this.postingCap)
    const out: Candidate[] = []
    for (const d of touched) {
      const c = { doc: d, score: this.acc[d * 2]!, hits: this.acc[d * 2 + 1]! }
      this.acc[d * 2] = 0
      this.acc[d * 2 + 1] = 0
      if (out.length < limit) {
        out.push(c)
        if (out.length === limit) out.sort(byScore)
      } else if (c.score > out[limit - 1]!.score) {
        out[limit - 1] = c
        out.sort(byScore)
      }
    }
    return out.length < limit ? out.sort(byScore) : out
  }

  /** Approximate bytes held by the index arrays. */
  get byteLength(): number {
    return this.keys.byteLength + this.offsets.byteLength + this.postings.byteLength + this.table.byteLength + this.acc.byteLength + this.fingerprintCount.byteLength + this.rareCount.byteLength
  }
}

const byScore = (a: Candidate, b: Candidate): number => b.score - a.score || a.doc - b.doc

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b)
  return h ^ (h >>> 16)
}

export interface AlignOptions {
  /** Words a placeholder may stand for in the draft (default 6). */
  maxFill?: number
  /** Words of exact overlap needed to start a matched block (default 4). */
  seed?: number
}

export interface Alignment {
  /** Draft tokens equal to template words, in matched blocks. */
  matched: number
  /** Draft tokens standing where the template has a placeholder (filled-in values). */
  filled: number
  /** Draft tokens that count (markers of template logic excluded). */
  total: number
  /** Per draft token: 0 not covered, 1 matched, 2 filled. */
  covered: Uint8Array
  /** First and last covered draft token, or -1. */
  first: number
  last: number
}

/**
 * How much of `draft` is `template` word for word. Blocks start on `seed` equal words, extend
 * both ways, and cross a template placeholder when the template's next word appears within
 * `maxFill` draft words (those words are the filled-in value). Linear in practice: each draft
 * token is consumed by at most one block.
 */
export function align(draft: Int32Array, template: Int32Array, options: AlignOptions = {}): Alignment {
  const maxFill = options.maxFill ?? 6
  const n = draft.length
  const m = template.length
  const covered = new Uint8Array(n)
  let total = 0
  for (let i = 0; i < n; i++) if (draft[i] !== BREAK) total++
  // Seeds are `seed` words long, or as long as the template's longest run between placeholders.
  let longest = 0
  for (let x = 0, run = 0; x < m; x++) {
    run = template[x]! >= 0 ? run + 1 : 0
    if (run > longest) longest = run
  }
  const seedLen = Math.max(2, Math.min(options.seed ?? 4, longest))
  const seeds = new Map<number, number[]>()
  for (let j = 0; j + seedLen <= m; j++) {
    const h = gramAt(template, j, seedLen)
    if (h === undefined) continue
    const list = seeds.get(h)
    if (!list) seeds.set(h, [j])
    else if (list.length < 8) list.push(j)
  }

  const forward = (i0: number, j0: number, mark: boolean): number => {
    let i = i0
    let j = j0
    while (i < n && j < m) {
      const t = template[j]!
      if (t === BREAK) {
        j++
        continue
      }
      if (draft[i] === BREAK) {
        i++
        continue
      }
      if (t === WILD) {
        let j2 = j
        while (j2 < m && template[j2]! < 0) j2++
        if (j2 === m) {
          if (n - i <= maxFill) {
            if (mark) for (let x = i; x < n; x++) if (covered[x] === 0) covered[x] = 2
            i = n
          }
          break
        }
        const next = template[j2]!
        const after = j2 + 1 < m ? template[j2 + 1]! : -1
        let found = -1
        for (let s = 0; s <= maxFill && i + s < n; s++) {
          if (draft[i + s] !== next) continue
          if (after < 0 || (i + s + 1 < n && draft[i + s + 1] === after)) {
            found = s
            break
          }
        }
        if (found < 0) break
        if (mark) for (let x = i; x < i + found; x++) if (covered[x] === 0) covered[x] = 2
        i += found
        j = j2
        continue
      }
      if (draft[i] !== t || covered[i] !== 0) break
      if (mark) covered[i] = 1
      i++
      j++
    }
    return i
  }

  const backward = (i0: number, j0: number, floor: number): void => {
    let a = i0 - 1
    let b = j0 - 1
    while (a >= floor && b >= 0) {
      const t = template[b]!
      if (t === BREAK) {
        b--
        continue
      }
      if (draft[a] === BREAK) {
        a--
        continue
      }
      if (t === WILD) {
        let b2 = b
        while (b2 >= 0 && template[b2]! < 0) b2--
        if (b2 < 0) {
          if (a - floor + 1 <= maxFill) for (let x = floor; x <= a; x++) if (covered[x] === 0) covered[x] = 2
          return
        }
        const next = template[b2]!
        const before = b2 - 1 >= 0 ? template[b2 - 1]! : -1
        let found = -1
        for (let s = 0; s <= maxFill && a - s >= floor; s++) {
          if (draft[a - s] !== next) continue
          if (before < 0 || (a - s - 1 >= floor && draft[a - s - 1] === before)) {
            found = s
            break
          }
        }
        if (found < 0) return
        for (let x = a - found + 1; x <= a; x++) if (covered[x] === 0) covered[x] = 2
        a -= found
        b = b2
        continue
      }
      if (draft[a] !== t || covered[a] !== 0) return
      covered[a] = 1
      a--
      b--
    }
  }

  let i = 0
  let floor = 0
  while (i + seedLen <= n) {
    const h = gramAt(draft, i, seedLen)
    const list = h === undefined || covered[i] !== 0 ? undefined : seeds.get(h)
    if (!list) {
      i++
      continue
    }
    let best = -1
    let bestEnd = i
    for (const j of list) {
      let same = true
      for (let x = 0; x < seedLen && same; x++) same = draft[i + x] === template[j + x]
      if (!same) continue
      const end = forward(i, j, false)
      if (end > bestEnd) {
        best = j
        bestEnd = end
      }
    }
    if (best < 0) {
      i++
      continue
    }
    backward(i, best, floor)
    const end = forward(i, best, true)
    floor = end
    i = Math.max(end, i + 1)
  }

  let matched = 0
  let filled = 0
  let first = -1
  let last = -1
  for (let x = 0; x < n; x++) {
    const c = covered[x]!
    if (c === 0) continue
    if (c === 1) matched++
    else filled++
    if (first < 0) first = x
    last = x
  }
  return { matched, filled, total, covered, first, last }
}

/** A template's codes as a draft sees them: its placeholders become unfilled `PH`s. */
export function asDraft(codes: Int32Array): Int32Array {
  const out = new Int32Array(codes.length)
  for (let i = 0; i < codes.length; i++) out[i] = codes[i] === WILD ? PH : codes[i]!
  return out
}

/**
 * Symmetric similarity of two templates in [0, 1]: the share of both templates' tokens covered
 * by the other one (placeholders of any dialect match each other).
 */
export function similarity(a: Int32Array, b: Int32Array, options: AlignOptions = {}): number {
  const ab = align(asDraft(a), b, options)
  const ba = align(asDraft(b), a, options)
  const total = ab.total + ba.total
  if (total === 0) return 1
  return (ab.matched + ab.filled + ba.matched + ba.filled) / total
}
