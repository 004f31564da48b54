/** Markdown drafts: blockquotes, code and raw HTML are not the agent's prose. */
import { parserFor } from './parsers.js'
import type { Range } from './mask.js'

const SKIP = new Set(['blockquote', 'code', 'inlineCode', 'html', 'definition'])

interface MdNode {
  type: string
  url?: string
  children?: MdNode[]
  position?: { start: { offset?: number }; end: { offset?: number } }
}

export function markdownNonProse(text: string): Range[] {
  const ranges: Range[] = []
  const walk = (node: MdNode): void => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (SKIP.has(node.type) && start !== undefined && end !== undefined) {
      // HTML comments carry suppression directives; they are masked but read separately.
      ranges.push(node.type === 'code' || node.type === 'inlineCode' ? { start, end, code: true } : { start, end })
      return
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk(parserFor('markdown')(text) as MdNode)
  return ranges
}
