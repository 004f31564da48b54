/**
 * HTML drafts: only text nodes outside quotes and code are the agent's prose. Tags become
 * spaces (block tags start with a newline so lines and paragraphs survive), so offsets still
 * point into the HTML source. A word with character references is written decoded and closed
 * up (`Jos&eacute;,` → `José,` plus spaces), and the shift is recorded so findings map back to
 * whole references.
 */
import { parserFor } from './parsers.js'
import type { Range, Shift } from './mask.js'

const SKIP = new Set(['blockquote', 'code', 'pre', 'script', 'style', 'head', 'title', 'template', 'noscript'])
const BLOCK = /^<\/?(p|div|br|li|ul|ol|h[1-6]|tr|td|table|blockquote|section|article|header|footer|hr)\b/i
const QUOTE_CLASS = /\b(gmail_quote|yahoo_quoted|moz-cite-prefix|OutlookMessageHeader)\b/

interface HNode {
  type: string
  tagName?: string
  value?: string
  properties?: Record<string, unknown>
  children?: HNode[]
  position?: { start: { offset?: number }; end: { offset?: number } }
}

export interface HtmlProse {
  /** Text with markup replaced by spaces/newlines and entities decoded in place. */
  text: string
  /** Quoted or code ranges: not the agent's words. */
  skipped: Range[]
  /** Words whose characters moved (decoded references), sorted: see `rawOffset`. */
  shifts: Shift[]
}

export function htmlProse(source: string): HtmlProse {
  const chars = source.split('').map((c) => (c === '\n' ? '\n' : ' '))
  const skipped: Range[] = []
  const shifts: Shift[] = []
  const tree = parserFor('html')(source) as HNode
  const walk = (node: HNode): void => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'element' && start !== undefined && end !== undefined) {
      const className = String((node.properties?.className as string[] | undefined)?.join(' ') ?? '')
      if (SKIP.has(node.tagName ?? '') || QUOTE_CLASS.test(className)) {
        skipped.push({ start, end })
        return
      }
    }
    if (node.type === 'text' && start !== undefined && end !== undefined) {
      copyText(source, chars, start, end, shifts)
      return
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk(tree)
  // Block-level tags break lines so greetings and sign-offs stay on lines of their own. A scan
  // from each `<` to the next `>` (a regex /<[^>]*>/g retries every `<` of a tag-less run: quadratic).
  for (let open = source.indexOf('<'); open !== -1;) {
    const close = source.indexOf('>', open + 1)
    if (close === -1) break
    if (chars[open] === ' ' && BLOCK.test(source.slice(open, close + 1))) chars[open] = '\n'
    open = source.indexOf('<', close + 1)
  }
  return { text: chars.join(''), skipped, shifts }
}

/** HTML's ASCII whitespace: where words (and so shifted stretches) end. */
const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f'

/** Copy a text node; its words with character references are decoded, closed up and recorded. */
function copyText(source: string, chars: string[], start: number, end: number, shifts: Shift[]): void {
  const slice = source.slice(start, end)
  const entities = slice.includes('&') ? parserFor('htmlEntities')(slice) : []
  let next = 0 // the first reference not yet written
  for (let i = 0; i < slice.length;) {
    let j = i
    while (j < slice.length && !isSpace(slice[j]!)) j++
    if (j === i) {
      chars[start + i] = slice[i]!
      i++
      continue
    }
    if (next >= entities.length || entities[next]!.start >= j) {
      for (let k = i; k < j; k++) chars[start + k] = slice[k]!
      i = j
      continue
    }
    const bounds: number[] = []
    let out = ''
    for (let k = i; k < j;) {
      const entity = entities[next]
      if (entity && entity.start === k) {
        // Decoded white space (&nbsp;, &#10;) reads as a plain space: rules expect ordinary spaces.
        for (const unit of entity.text.split('')) {
          out += /\s/.test(unit) ? ' ' : unit
          bounds.push(start + k)
        }
        k = entity.end
        next++
      } else {
        out += slice[k]
        bounds.push(start + k)
        k++
      }
    }
    bounds.push(start + j)
    for (let k = i; k < j; k++) chars[start + k] = k - i < out.length ? out[k - i]! : ' '
    shifts.push({ start: start + i, end: start + j, bounds })
    i = j
  }
}
