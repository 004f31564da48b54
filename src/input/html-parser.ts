/** rehype-parse's parser on its own: we need hast positions, not a unified pipeline. */
import { unified } from 'unified'
import rehypeParse from 'rehype-parse'
import { DecodingMode, HtmlEntityDecoder } from 'entities/decode'
import type { HtmlEntity } from './parsers.js'

const processor = unified().use(rehypeParse, { fragment: true })

export function fromHtml(text: string): unknown {
  return processor.parse(text)
}

/**
 * The character references in a text node's source, as parse5 (rehype's parser) reads them: the
 * same decoder from `entities`, in the text-node mode where `&eacute` and `&amp` without a
 * semicolon count too. Linear: each reference is at most ~32 characters long.
 */
export function htmlEntities(text: string): HtmlEntity[] {
  const found: HtmlEntity[] = []
  let decoded = ''
  const decoder = new HtmlEntityDecoder((codePoint) => {
    decoded += String.fromCodePoint(codePoint)
  })
  for (let at = text.indexOf('&'); at !== -1;) {
    decoded = ''
    decoder.startEntity(DecodingMode.Legacy)
    let length = decoder.write(text, at + 1)
    if (length < 0) length = decoder.end() // the text ended inside a possible reference
    if (length > 0) found.push({ start: at, end: at + length, text: decoded })
    at = text.indexOf('&', at + Math.max(length, 1))
  }
  return found
}
