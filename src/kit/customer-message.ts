/**
 * The customer's message a reply answers (`context.customer.message`), analysed once per draft for
 * every rule that looks at it (did the customer swear first, use the acronym or the jargon word
 * first, mention the name?). Rules read this instead of tokenising the message themselves.
 *
 * Memoised per document (a WeakMap keyed by the draft's DocumentState), never across drafts.
 */
import type { DocumentState, Token } from '../document.js'
import { lowerTurkish, normalizeWord } from '../text/phrases.js'
import { upperTurkish } from '../text/turkish.js'

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

/**
 * The customer's message as one line of lower-case words between single spaces (` my data is
 * throttled `), for rules that look for a phrase the customer wrote first (`includes(' phrase ')`).
 * `suffixes: 'possessive'` drops an English `'s` and keeps other apostrophes inside words;
 * `'apostrophe'` lower-cases the Turkish way and drops everything from an apostrophe on (`ticket'ım` → `ticket`).
 * Hyphens and other punctuation separate words, as in the rules' phrase lists. Memoised per draft.
 */
export function customerWordLine(doc: DocumentState, suffixes: 'possessive' | 'apostrophe'): string | undefined {
  const message = customerMessageOf(doc)
  if (!message) return undefined
  let lines = wordLines.get(doc)
  if (!lines) wordLines.set(doc, (lines = new Map()))
  let line = lines.get(suffixes)
  if (line === undefined) {
    const text = message.text
    line =
      suffixes === 'possessive'
        ? ` ${text
            .toLowerCase()
            .replace(/[’‘`]/g, "'")
            .replace(/'s\b/g, '')
            .replace(/[^\p{L}\p{N}']+/gu, ' ')} `
        : ` ${lowerTurkish(text)
            .replace(/[’‘`]/g, "'")
            .replace(/'\p{L}*/gu, '')
            .replace(/[^\p{L}\p{N}]+/gu, ' ')} `
    lines.set(suffixes, line)
  }
  return line
}

const wordLines = new WeakMap<DocumentState, Map<string, string>>()

/**
 * The customer's words in capitals (`dlcs` → `DLCS`), for rules that accept an acronym the customer
 * wrote first. `tr`: Turkish letters are word letters and `i` → `İ`; otherwise ASCII letters and
 * digits only (`AT&T` stays one word in both). Memoised per draft.
 */
export function customerUpperWords(doc: DocumentState, language: 'en' | 'tr'): ReadonlySet<string> | undefined {
  const message = customerMessageOf(doc)
  if (!message) return undefined
  let sets = upperWords.get(doc)
  if (!sets) upperWords.set(doc, (sets = new Map()))
  let set = sets.get(language)
  if (!set) {
    const words = message.text.match(language === 'tr' ? UPPER_TR : UPPER_EN) ?? []
    sets.set(language, (set = new Set(words.map(language === 'tr' ? upperTurkish : (w) => w.toUpperCase()))))
  }
  return set
}

const UPPER_EN = /[A-Za-z0-9&]+/g
const UPPER_TR = /[\p{L}0-9&]+/gu
const upperWords = new WeakMap<DocumentState, Map<string, ReadonlySet<string>>>()
