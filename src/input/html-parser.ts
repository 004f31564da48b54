/** rehype-parse's parser on its own: we need hast positions, not a unified pipeline. */
import { unified } from 'unified'
import rehypeParse from 'rehype-parse'

const processor = unified().use(rehypeParse, { fragment: true })

export function fromHtml(text: string): unknown {
  return processor.parse(text)
}
