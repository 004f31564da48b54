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
  // An explicit stack, not recursion: `'+ '.repeat(3000)` nests 3,000 lists deep.
  const stack: MdNode[] = [parserFor('markdown')(text) as MdNode]
  while (stack.length > 0) {
    const node = stack.pop()!
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (SKIP.has(node.type) && start !== undefined && end !== undefined) {
      // HTML comments carry suppression directives; they are masked but read separately.
      ranges.push(node.type === 'code' || node.type === 'inlineCode' ? { start, end, code: true } : { start, end })
      continue
    }
    const children = node.children
    // Pushed last-first so nodes are visited in document order, as the ranges were before.
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
  }
  return ranges
}
