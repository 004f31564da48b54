/**
 * A linear scan of an HTML draft for its markup: tags, comments (and doctype / bogus comments)
 * and character references. Used where a parse5 tree cannot be used or is not needed: the fix
 * guard (a fix must never touch markup) and the fallback for drafts nested too deep to parse.
 * Hand-written because it must stay linear on hostile input (`<<<<…`, `&&&&…`) and needs exact
 * offsets, which tokenizer packages do not give without a full tree build.
 */

export type MarkupKind = 'open' | 'close' | 'comment' | 'reference'

export interface MarkupToken {
  kind: MarkupKind
  start: number
  end: number
  /** Lower-cased tag name for `open` and `close`, '' otherwise. */
  name: string
}

/** Elements whose content is raw text: a `<` inside them is not a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript'])

const isAlpha = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
const isAlnum = (c: number): boolean => isAlpha(c) || (c >= 0x30 && c <= 0x39)
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d

export function scanMarkup(source: string): MarkupToken[] {
  const tokens: MarkupToken[] = []
  const n = source.length
  let i = 0
  while (i < n) {
    const c = source.charCodeAt(i)
    if (c === 0x26 /* & */) {
      const end = referenceEnd(source, i)
      if (end > i) {
        tokens.push({ kind: 'reference', start: i, end, name: '' })
        i = end
        continue
      }
      i++
      continue
    }
    if (c !== 0x3c /* < */) {
      i++
      continue
    }
    const next = source.charCodeAt(i + 1)
    if (source.startsWith('<!--', i)) {
      const close = source.indexOf('-->', i + 4)
      const end = close === -1 ? n : close + 3
      tokens.push({ kind: 'comment', start: i, end, name: '' })
      i = end
    } else if (next === 0x21 /* ! */ || next === 0x3f /* ? */ || (next === 0x2f /* / */ && !isAlpha(source.charCodeAt(i + 2)) && i + 2 < n)) {
      // Doctype, CDATA, processing instruction, `</>` or `</1`: a bogus comment up to the next `>`.
      const close = source.indexOf('>', i + 2)
      const end = close === -1 ? n : close + 1
      tokens.push({ kind: 'comment', start: i, end, name: '' })
      i = end
    } else if (isAlpha(next) || (next === 0x2f && isAlpha(source.charCodeAt(i + 2)))) {
      const closing = next === 0x2f
      const nameStart = i + (closing ? 2 : 1)
      let j = nameStart
      while (j < n && !isSpace(source.charCodeAt(j)) && source.charCodeAt(j) !== 0x2f && source.charCodeAt(j) !== 0x3e) j++
      const name = source.slice(nameStart, j).toLowerCase()
      const end = tagEnd(source, j)
      tokens.push({ kind: closing ? 'close' : 'open', start: i, end, name })
      i = end
      if (!closing && RAW_TEXT.has(name)) {
        // Skip to the matching end tag: its content is text to the parser, whatever it looks like.
        const endTag = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi')
        endTag.lastIndex = i
        const match = endTag.exec(source)
        i = match ? match.index : n
      }
    } else i++
  }
  return tokens
}

/** Index just past the `>` closing a tag whose attributes start at `from`; quoted values may hold `>`. */
function tagEnd(source: string, from: number): number {
  const n = source.length
  let afterEquals = false
  for (let j = from; j < n; j++) {
    const c = source.charCodeAt(j)
    if (c === 0x3e /* > */) return j + 1
    if ((c === 0x22 || c === 0x27) && afterEquals) {
      const close = source.indexOf(source[j]!, j + 1)
      if (close === -1) return n
      j = close
      afterEquals = false
    } else if (c === 0x3d /* = */) afterEquals = true
    else if (!isSpace(c)) afterEquals = false
  }
  return n
}

/** End of a character reference starting at `&` (`&amp;`, `&#39;`, `&#x2019;`, legacy `&copy`), or `at` if none. */
function referenceEnd(source: string, at: number): number {
  const n = source.length
  let j = at + 1
  if (source.charCodeAt(j) === 0x23 /* # */) {
    j++
    const hex = source.charCodeAt(j) === 0x78 || source.charCodeAt(j) === 0x58
    if (hex) j++
    const digitsStart = j
    while (j < n && (hex ? /[0-9a-f]/i.test(source[j]!) : source.charCodeAt(j) >= 0x30 && source.charCodeAt(j) <= 0x39)) j++
    if (j === digitsStart) return at
  } else {
    if (!isAlpha(source.charCodeAt(j))) return at
    while (j < n && isAlnum(source.charCodeAt(j))) j++
  }
  return source.charCodeAt(j) === 0x3b /* ; */ ? j + 1 : j
}

/** Does [start, end) touch markup: any tag or comment, or cut a character reference? An insertion may sit at a token's edge, not inside it. */
export function touchesMarkup(tokens: readonly MarkupToken[], start: number, end: number): boolean {
  // Tokens are sorted and disjoint: binary-search the first token ending after `start`.
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.end <= start) lo = mid + 1
    else hi = mid
  }
  if (start === end) return tokens[lo] !== undefined && tokens[lo]!.start < start // an insertion inside a token
  // A character reference is text: a fix may replace it whole (a name written `Jos&eacute;`), never cut it.
  for (let i = lo; i < tokens.length && tokens[i]!.start < end; i++) {
    const token = tokens[i]!
    if (token.kind !== 'reference' || token.start < start || token.end > end) return true
  }
  return false
}
