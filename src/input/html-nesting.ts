/**
 * The HTML nesting guard. parse5 builds any depth, but hast-util-from-parse5 (and a tree walk)
 * recurse once per level, and `'<b>'.repeat(2000)` overflows the stack. A draft nested deeper
 * than MAX_HTML_DEPTH is therefore never handed to the parser: its markup is masked by a linear
 * scan instead (tags and comments become spaces, block tags start a line, quotes and code stay
 * masked as far as the tags show them). The same fallback catches a stack overflow the depth
 * estimate missed, so `lint()` never throws on nesting.
 */
import { htmlProse, type HtmlProse } from './html.js'
import { scanMarkup, type MarkupToken } from './html-markup.js'
import type { Range } from './mask.js'

/** Far deeper than any e-mail client nests (Blink caps the DOM at 512), far below an overflow. */
export const MAX_HTML_DEPTH = 256

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen'])
/** Closed implicitly by the next sibling: `<li>a<li>b` is not nesting. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rtc', 'rp'])
const SKIP = new Set(['blockquote', 'code', 'pre', 'script', 'style', 'head', 'title', 'template', 'noscript'])
const QUOTE_CLASS = /\b(gmail_quote|yahoo_quoted|moz-cite-prefix|OutlookMessageHeader)\b/
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'table', 'blockquote', 'section', 'article', 'header', 'footer', 'hr'])

/** htmlProse, or the scan-based fallback when the draft is nested too deep for the parser. */
export function guardedHtmlProse(source: string): HtmlProse {
  if (source.includes('<') && openDepth(scanMarkup(source)) > MAX_HTML_DEPTH) return fallbackProse(source)
  try {
    return htmlProse(source)
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) return fallbackProse(source)
    throw error
  }
}

/**
 * An estimate of how deep the parser will nest: open tags minus their end tags, void and
 * implicitly closed elements not counted. Amortised linear: every element is popped at most once.
 */
export function openDepth(tokens: readonly MarkupToken[]): number {
  const open = new OpenElements()
  let max = 0
  for (const token of tokens) {
    if (token.kind === 'open' && !VOID.has(token.name) && !OPTIONAL_END.has(token.name)) {
      open.push(token.name, false)
      if (open.depth > max) max = open.depth
    } else if (token.kind === 'close') open.close(token.name)
  }
  return max
}

/** Mask markup without a tree: what the parser would have made of the draft, minus nesting. */
export function fallbackProse(source: string, tokens: readonly MarkupToken[] = scanMarkup(source)): HtmlProse {
  const chars = source.split('')
  const skipped: Range[] = []
  const open = new OpenElements()
  let skipStart = -1
  for (const token of tokens) {
    for (let i = token.start; i < token.end; i++) if (chars[i] !== '\n') chars[i] = ' '
    if ((token.kind === 'open' || token.kind === 'close') && BLOCK.has(token.name)) chars[token.start] = '\n'
    if (token.kind === 'open' && !VOID.has(token.name)) {
      const skip = SKIP.has(token.name) || QUOTE_CLASS.test(source.slice(token.start, token.end))
      if (skip && open.skipping === 0) skipStart = token.start
      open.push(token.name, skip)
    } else if (token.kind === 'close') {
      const wasSkipping = open.skipping > 0
      open.close(token.name)
      if (wasSkipping && open.skipping === 0) skipped.push({ start: skipStart, end: token.end })
    }
  }
  if (open.skipping > 0) skipped.push({ start: skipStart, end: source.length })
  return { text: chars.join(''), skipped, shifts: [] } // references are masked, not decoded, here: no word moves
}

/** The stack of open elements, with a count per name so an unmatched end tag costs O(1). */
class OpenElements {
  private readonly names: string[] = []
  private readonly skips: boolean[] = []
  private readonly counts = new Map<string, number>()
  skipping = 0

  get depth(): number {
    return this.names.length
  }

  push(name: string, skip: boolean): void {
    this.names.push(name)
    this.skips.push(skip)
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1)
    if (skip) this.skipping++
  }

  /** Pop up to and including the innermost `name`; an end tag with nothing open to close is ignored. */
  close(name: string): void {
    if (!this.counts.get(name)) return
    for (;;) {
      const top = this.names.pop()!
      if (this.skips.pop()) this.skipping--
      this.counts.set(top, this.counts.get(top)! - 1)
      if (top === name) return
    }
  }
}
