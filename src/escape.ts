/**
 * Text a fix or suggestion puts into an HTML or Markdown draft is prose (rules read decoded text
 * nodes), and may carry the customer's name or other context the draft's author did not write.
 * Escaped here, once for every rule, so it stays text: `<img onerror=…>` as a name becomes
 * `&lt;img onerror=…&gt;`, not a tag; `[x](https://evil)` stays literal in Markdown.
 */
import type { Diagnostic, Format } from './types.js'

// HTML: fixes only ever replace text inside text nodes (tags and attributes are not prose), where
// `&`, `<` and `>` are the characters that change meaning; quotes would only matter in attributes,
// and escaping them would turn every `you're` into `you&#39;re`.
const HTML_ACTIVE = /[&<>]/g
const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
// Markdown: the inline characters that open a link, image, autolink, raw HTML, code span or emphasis.
const MARKDOWN_ACTIVE = /[\\`*_[\]<>]/g

export function escapeFor(format: Format): ((text: string) => string) | undefined {
  if (format === 'html') return (text) => text.replace(HTML_ACTIVE, (c) => HTML_ENTITY[c]!)
  if (format === 'markdown') return (text) => text.replace(MARKDOWN_ACTIVE, '\\$&')
  return undefined
}

/** Fixes and suggestions escaped for the draft's format (plain text is left as it is). */
export function escapeInserted(messages: Diagnostic[], format: Format): Diagnostic[] {
  const escape = escapeFor(format)
  if (!escape) return messages
  return messages.map((m) => {
    const suggestions = m.suggestions.map(escape)
    return m.fix ? { ...m, suggestions, fix: { ...m.fix, text: escape(m.fix.text) } } : { ...m, suggestions }
  })
}
