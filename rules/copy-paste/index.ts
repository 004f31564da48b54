/**
 * `copy-paste`: a draft that is, apart from filled-in placeholders, (almost) verbatim a canned
 * response of the team's template corpus (`templates` in config). Netiquette: don't paste
 * information blindly; customize it to suit the customer.
 *
 * The corpus index (winnowed word 5-grams, see src/templates/fingerprint.ts) is built once per
 * linter and shared; a lookup reads a bounded number of postings, whatever the corpus size.
 */
import { defineRule } from '../../src/rule.js'
import { options, numberIn } from '../../src/config/schema.js'
import type { DocumentState } from '../../src/document.js'
import { customerMessageOf } from '../../src/kit/customer-message.js'
import { languageData } from '../../src/kit/language-pack.js'
import { corpusIndexFor, tokenize, type CopyMatch } from '../../src/templates/index.js'

export interface CopyPasteOptions {
  /** Share of the draft's words one template must cover: 0–1 or a percentage (default 0.8). */
  threshold?: number
  /** Template words the draft must repeat before it counts as a copy (default 8). */
  minWords?: number
}

/** rules/copy-paste/en.json: the personalization advice ({name}, {question} filled in). */
interface CopyPasteData {
  suggestions: { name: string; question: string; issue: string; details: string }
}

const rule = defineRule({
  meta: {
    id: 'copy-paste',
    description: 'Replies that are a canned response pasted word for word, with only the placeholders filled in',
    severity: 'warning',
    fixable: false,
    category: 'personalization',
    languages: ['*'],
    schema: options({ threshold: numberIn(0, 100), minWords: numberIn(1, undefined, true) }),
    messages: {
      copied: '{{pct}}% of this reply is the canned response “{{id}}” word for word, apart from the filled-in values: make it about this customer before sending.',
      copiedTitled: '{{pct}}% of this reply is the canned response “{{id}}” ({{title}}) word for word, apart from the filled-in values: make it about this customer before sending.',
    },
  },
  prepare: (opts: CopyPasteOptions, shared) => {
    const raw = typeof opts.threshold === 'number' ? opts.threshold : 0.8
    return {
      threshold: raw > 1 ? raw / 100 : raw,
      minWords: typeof opts.minWords === 'number' ? opts.minWords : 8,
      // Built here, once per linter: a bad corpus file fails createLinter() with a UsageError.
      index: corpusIndexFor(shared),
      // The advice is English whatever the draft's language (the rule has no Turkish data).
      advice: languageData<CopyPasteData>('copy-paste', 'en').suggestions,
    }
  },
  create: (ctx) => {
    const { index, threshold, minWords } = ctx.state
    if (!index) return
    const doc = ctx.document
    // In template mode the text *is* a template of the corpus.
    if (ctx.context.template) return
    const match = index.match(tokenize(doc.text, doc.placeholders, 'draft'), { threshold, minWords })
    if (!match) return
    const { id, title } = match.template
    const pct = Math.floor(match.share * 100)
    ctx.report({
      ...(title && title !== id ? { messageId: 'copiedTitled', data: { pct, id, title } } : { messageId: 'copied', data: { pct, id } }),
      start: match.start,
      end: match.end,
      expected: advice(doc, match, ctx.state.advice),
    })
  },
})

/** What to personalize: the customer's name if the draft never uses it, their question, the case. */
function advice(doc: DocumentState, match: CopyMatch, texts: CopyPasteData['suggestions']): string[] {
  const out: string[] = []
  const name = doc.context.customer.name?.trim()
  const first = name?.split(/\s+/)[0]
  if (first && !doc.text.toLowerCase().includes(first.toLowerCase())) out.push(fill(texts.name, { name: first }))
  const question = customerQuestion(customerMessageOf(doc))
  if (question) out.push(fill(texts.question, { question }))
  out.push(texts.issue)
  if (match.filled === 0) out.push(texts.details)
  return out
}

/** The customer's first question (or first sentence), shortened for a suggestion. */
function customerQuestion(message: string | undefined): string | undefined {
  if (!message) return undefined
  const sentences =
    message
      .replace(/\s+/g, ' ')
      .trim()
      .match(/[^.!?]+[.!?]*/g) ?? []
  const pick = (sentences.find((s) => s.trim().endsWith('?')) ?? sentences[0] ?? '').trim()
  if (!pick) return undefined
  // eslint-disable-next-line regexp/no-super-linear-move -- at most 87 characters
  return pick.length > 90 ? `${pick.slice(0, 87).replace(/\s+\S*$/, '')}…` : pick
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all)
}

export default rule
