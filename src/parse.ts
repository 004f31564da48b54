/**
 * Parsing prose to nlcst with retext's parsers. Long drafts are parsed in chunks at blank
 * lines: one 50,000-word parse costs ~8x more per word than short replies (GC pressure), and
 * positions are shifted back so every offset still points into the input.
 */
import type { Root } from 'nlcst'
import { unified } from 'unified'
import retextEnglish from 'retext-english'
import retextLatin from 'retext-latin'

const english = unified().use(retextEnglish)
const latin = unified().use(retextLatin)
const CHUNK = 4000

export function parseProse(prose: string, language: string): Root {
  const processor = language === 'en' ? english : latin
  if (prose.length <= CHUNK * 2) return processor.parse(prose) as Root
  const root: Root = { type: 'RootNode', children: [] }
  let start = 0
  let line = 1
  let lineStart = 0
  while (start < prose.length) {
    let end = Math.min(prose.length, start + CHUNK)
    if (end < prose.length) {
      const blank = prose.indexOf('\n\n', end)
      const nl = prose.indexOf('\n', end)
      end = blank !== -1 && blank - end < CHUNK ? blank : nl !== -1 && nl - end < CHUNK ? nl : Math.min(prose.length, start + CHUNK * 2)
    }
    const chunk = processor.parse(prose.slice(start, end)) as Root
    shift(chunk, { offset: start, line, column: start - lineStart + 1 })
    root.children.push(...chunk.children)
    for (let i = prose.indexOf('\n', start); i !== -1 && i < end; i = prose.indexOf('\n', i + 1)) {
      line++
      lineStart = i + 1
    }
    start = end
  }
  return root
}

interface Point {
  line?: number
  column?: number
  offset?: number
}

interface Positioned {
  position?: { start: Point; end: Point }
  children?: Positioned[]
}

/**
 * Move a chunk's positions to where the chunk sits in the whole text. parse-latin shares point
 * objects between nodes (a sentence starts where its first word starts), so each point is moved
 * once: moving it per node shifted shared points several times, and words of long drafts
 * spanned thousands of characters.
 */
function shift(root: Positioned, at: { offset: number; line: number; column: number }): void {
  const moved = new Set<Point>()
  const move = (point: Point): void => {
    if (moved.has(point)) return
    moved.add(point)
    if (point.offset !== undefined) point.offset += at.offset
    if (point.line !== undefined) {
      // Only the chunk's first line starts mid-line in the text.
      if (point.line === 1 && point.column !== undefined) point.column += at.column - 1
      point.line += at.line - 1
    }
  }
  const visit = (node: Positioned): void => {
    if (node.position) {
      move(node.position.start)
      move(node.position.end)
    }
    if (node.children) for (const child of node.children) visit(child)
  }
  visit(root)
}

export function parserFor(language: string) {
  return language === 'en' ? english : latin
}
