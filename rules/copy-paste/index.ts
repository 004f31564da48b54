/**
 * `copy-paste`: a draft that is, apart from filled-in placeholders, (almost) verbatim a canned
 * response of the team's template corpus (`templates` in config). Netiquette: don't paste
 * information blindly; customize it to suit the customer.
 *
 * The corpus index (winnowed word 5-grams, see src/templates/fingerprint.ts) is built once per
 * linter and shared; a lookup reads a bounded number of postings, whatever the corpus size.
 */
import { defineRule, report } from '../../src/rule.js'
import { options, numberIn } from '../../src/config/schema.js'
import { getDocument, type DocumentState } from '../../src/document.js'
import { corpusIndexFor, tokenize, type CopyMatch } from '../../src/templates/index.js'
import en from './en.json' with { type: 'json' }

export interface CopyPasteOptions {
  /** Share of the draft's words one template must cover: 0–1 or a percentage (default 0.8). */
  threshold?: number
  /** Template words the draft must repeat before it counts as a copy (default 8). */
  minWords?: number
}

const rule = defineRule(
  {
    id: 'copy-paste',
    description: 'Replies that are a canned response pasted word for word, with only the placeholders filled in',
    severity: 'warning',
    fixable: false,
    category: 'personalization',
    languages: ['*'],
    schema: options({ threshold: numberIn(0, 100), minWords: numberIn(1, undefined, true) }),
  },
  (options) => {
    const opts = (options ?? {}) as CopyPasteOptions
    const raw = typeof opts.threshold === 'number' ? opts.threshold : 0.8
    const threshold = raw > 1 ? raw / 100 : raw
    const minWords = typeof opts.minWords === 'number' ? opts.minWords : 8
    // Built here, once per linter: a bad corpus file fails createLinter() with a UsageError.
    const index = corpusIndexFor(options)
    return (tree, file) => {
      if (!index) return
      const doc = getDocument(file, tree)
      // In template mode the text *is* a template of the corpus.
      if (doc.context.template) return
      const match = index.match(tokenize(doc.text, doc.placeholders, 'draft'), { threshold, minWords })
      if (!match) return
      const title = match.template.title && match.template.title !== match.template.id ? ` (${match.template.title})` : ''
      report(file, rule.meta, {
        start: match.start,
        end: match.end,
        reason: fill(en.reason, { pct: String(Math.floor(match.share * 100)), id: match.template.id, title }),
        expected: advice(doc, match),
      })
    }
  },
)

/** What to personalize: the customer's name if the draft never uses it, their question, the case. */
function advice(doc: DocumentState, match: CopyMatch): string[] {
  const out: string[] = []
  const name = doc.context.customer.name?.trim()
  const first = name?.split(/\s+/)[0]
  if (first && !doc.text.toLowerCase().includes(first.toLowerCase())) out.push(fill(en.suggestions.name, { name: first }))
  const question = customerQuestion(doc.context.customer.message)
  if (question) out.push(fill(en.suggestions.question, { question }))
  out.push(en.suggestions.issue)
  if (match.filled === 0) out.push(en.suggestions.details)
  return out
}

/** The customer's first question (or first sentence), shortened for a suggestion. */
function customerQuestion(message: string | undefined): string | undefined {
  if (!message?.trim()) return undefined
  const sentences = message.replace(/\s+/g, ' ').trim().match(/[^.!?]+[.!?]*/g) ?? []
  const pick = (sentences.find((s) => s.trim().endsWith('?')) ?? sentences[0] ?? '').trim()
  if (!pick) return undefined
  // eslint-disable-next-line regexp/no-super-linear-move -- at most 87 characters
  return pick.length > 90 ? `${pick.slice(0, 87).replace(/\s+\S*$/, '')}…` : pick
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all)
}

export default rule
