/**
 * The customer's message a reply answers (`context.customer.message`), in the views the rules ask
 * of it (did the customer use the acronym or the jargon word first?), each worked out once per draft
 * and memoised per document (a WeakMap keyed by the draft's DocumentState), never across drafts.
 */
import type { DocumentState } from '../document.js'
import { lowerTurkish } from '../text/phrases.js'
import { upperTurkish } from '../text/turkish.js'

/** The customer's message, when the context has one with any text in it (white space alone is none). */
export function customerMessageOf(doc: DocumentState): string | undefined {
  const message = doc.context.customer.message
  return message?.trim() ? message : undefined
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
    line =
      suffixes === 'possessive'
        ? ` ${message
            .toLowerCase()
            .replace(/[’‘`]/g, "'")
            .replace(/'s\b/g, '')
            .replace(/[^\p{L}\p{N}']+/gu, ' ')} `
        : ` ${lowerTurkish(message)
            .replace(/[’‘`]/g, "'")
            // A suffix after a word (`Ahmet'in`) goes; a quote mark before one (`'provizyon'`) keeps the word.
            .replace(/(?<=\p{L})'\p{L}*/gu, '')
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
    const words = message.match(language === 'tr' ? UPPER_TR : UPPER_EN) ?? []
    sets.set(language, (set = new Set(words.map(language === 'tr' ? upperTurkish : (w) => w.toUpperCase()))))
  }
  return set
}

const UPPER_EN = /[A-Za-z0-9&]+/g
const UPPER_TR = /[\p{L}0-9&]+/gu
const upperWords = new WeakMap<DocumentState, Map<string, ReadonlySet<string>>>()
