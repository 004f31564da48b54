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
  while (start < prose.length) {
    let end = Math.min(prose.length, start + CHUNK)
    if (end < prose.length) {
      const blank = prose.indexOf('\n\n', end)
      const nl = prose.indexOf('\n', end)
      end = blank !== -1 && blank - end < CHUNK ? blank : nl !== -1 && nl - end < CHUNK ? nl : Math.min(prose.length, start + CHUNK * 2)
    }
    const chunk = processor.parse(prose.slice(start, end)) as Root
    shift(chunk, start)
    root.children.push(...chunk.children)
    start = end
  }
  return root
}

interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } }
  children?: Positioned[]
}

function shift(node: Positioned, by: number): void {
  if (node.position) {
    if (node.position.start.offset !== undefined) node.position.start.offset += by
    if (node.position.end.offset !== undefined) node.position.end.offset += by
  }
  if (node.children) for (const child of node.children) shift(child, by)
}

export function parserFor(language: string) {
  return language === 'en' ? english : latin
}
