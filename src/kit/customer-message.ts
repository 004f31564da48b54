/**
 * The customer's message a reply answers (`context.customer.message`), analysed once per draft for
 * every rule that looks at it (did the customer swear first, use the acronym or the jargon word
 * first, mention the name?). Rules read this instead of tokenising the message themselves.
 *
 * Memoised per document (a WeakMap keyed by the draft's DocumentState), never across drafts.
 */
import type { DocumentState, Token } from '../document.js'
import { normalizeWord } from '../text/phrases.js'

export interface CustomerMessage {
  /** The message as given. */
  readonly text: string
  /**
   * Maximal runs of letters, combining marks, digits, apostrophes, `&` and inner hyphens, with their
   * offsets in `text` (`AT&T`, `SIM-card`, `ticket'ım`, `José's`). A rule that needs finer words splits these.
   */
  readonly tokens: readonly Token[]
  /** Each token's `lower` (normalizeWord with the draft's locale), as a set. */
  readonly lowerSet: ReadonlySet<string>
}

// Linear: one character class, repeated once; the lookahead keeps a hyphen only between word characters.
const TOKEN = /[\p{L}\p{M}\p{N}'’&]+(?:-(?=[\p{L}\p{N}])[\p{L}\p{M}\p{N}'’&]+)*/gu

const analysed = new WeakMap<DocumentState, CustomerMessage | null>()

/** The customer's message, analysed; `undefined` when the context has none (or only white space). */
export function customerMessageOf(doc: DocumentState): CustomerMessage | undefined {
  let found = analysed.get(doc)
  if (found === undefined) analysed.set(doc, (found = analyse(doc.context.customer.message, doc.context.language)))
  return found ?? undefined
}

function analyse(text: string | undefined, language: string): CustomerMessage | null {
  if (!text || !text.trim()) return null
  const locale = language === 'tr' ? 'tr' : 'en'
  const tokens: Token[] = []
  for (const m of text.matchAll(TOKEN)) tokens.push({ value: m[0], lower: normalizeWord(m[0], locale), start: m.index, end: m.index + m[0].length })
  return { text, tokens, lowerSet: new Set(tokens.map((t) => t.lower)) }
}
