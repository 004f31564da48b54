/**
 * HTML drafts: only text nodes outside quotes and code are the agent's prose. Tags become
 * spaces (block tags start with a newline so lines and paragraphs survive), and entities are
 * decoded in place and padded, so offsets still point into the HTML source.
 */
import { parserFor } from './parsers.js'
import type { Range } from './mask.js'

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
}

export function htmlProse(source: string): HtmlProse {
  const chars = source.split('').map((c) => (c === '\n' ? '\n' : ' '))
  const skipped: Range[] = []
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
      copyText(source, chars, start, end)
      return
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk(tree)
  // Block-level tags break lines so greetings and sign-offs stay on lines of their own.
  // A `<` after an unclosed `<` cannot close either: the (lazy) lookbehind skips it instead of rescanning (issue 17).
  const tag = /<(?<!<[^>]*?<)[^>]*>/g
  for (let m = tag.exec(source); m; m = tag.exec(source)) {
    if (BLOCK.test(m[0]) && chars[m.index] === ' ') chars[m.index] = '\n'
  }
  return { text: chars.join(''), skipped }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', mdash: '—', ndash: '–', hellip: '…' }

function copyText(source: string, chars: string[], start: number, end: number): void {
  const slice = source.slice(start, end)
  const entity = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi
  let last = 0
  const put = (from: number, to: number): void => {
    for (let i = from; i < to; i++) chars[start + i] = slice[i]!
  }
  for (let m = entity.exec(slice); m; m = entity.exec(slice)) {
    put(last, m.index)
    const name = m[1]!
    let decoded = ENTITIES[name.toLowerCase()]
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      decoded = Number.isFinite(code) && code < 0x10000 ? String.fromCharCode(code) : ' '
    }
    chars[start + m.index] = decoded ?? ' '
    last = m.index + m[0].length
  }
  put(last, slice.length)
}
