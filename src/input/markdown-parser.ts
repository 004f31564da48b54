/** remark-parse's parser on its own: we need mdast positions, not a unified pipeline. */
import { unified } from 'unified'
import remarkParse from 'remark-parse'

const processor = unified().use(remarkParse)

export function fromMarkdown(text: string): unknown {
  return processor.parse(text)
}
