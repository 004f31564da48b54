/**
 * `near-duplicate` (template mode only, info): templates at least 90% similar to another template
 * of the corpus, to merge. Similarity is the share of both templates' words the other covers,
 * with placeholders of any dialect matching each other (see src/templates/fingerprint.ts).
 *
 * `netiquette templates` searches the whole corpus once (`CorpusIndex.nearDuplicates`) and reports
 * each pair on its later template. Linting one template in template mode (an editor, the API)
 * compares it with the corpus in `templates` config, leaving out the template itself (the one
 * whose id or file is the linted path).
 */
import { resolve } from 'node:path'
import { defineRule, report } from '../../src/rule.js'
import { options, numberIn } from '../../src/config/schema.js'
import { getDocument } from '../../src/document.js'
import { corpusIndexFor, tokenize, type Template } from '../../src/templates/index.js'
import en from './en.json' with { type: 'json' }

export interface NearDuplicateOptions {
  /** Similarity from which two templates are reported: 0–1 or a percentage (default 0.9). */
  threshold?: number
}

const rule = defineRule(
  {
    id: 'near-duplicate',
    description: 'Canned responses at least 90% the same as another template of the corpus',
    severity: 'info',
    fixable: false,
    category: 'template',
    languages: ['*'],
    schema: options({ threshold: numberIn(0, 100) }),
  },
  (options) => {
    const threshold = thresholdOf(options as NearDuplicateOptions | undefined)
    const index = corpusIndexFor(options)
    return (tree, file) => {
      const doc = getDocument(file, tree)
      if (!doc.context.template || !index) return
      const path = file.path
      const self = (t: Template): boolean => path !== undefined && (t.id === path || (t.origin?.kind === 'file' && t.file !== undefined && resolve(t.file) === resolve(path)))
      const [best, ...rest] = index.similarTo(tokenize(doc.text, doc.placeholders, 'template').codes, threshold, self)
      if (!best) return
      const span = firstLine(doc.text)
      report(file, rule.meta, { ...span, reason: nearDuplicateReason(best.template.id, best.similarity, rest.length), expected: [en.suggestion] })
    }
  },
)

/** The rule's threshold option as a share (accepts 0.9 or 90). */
export function thresholdOf(options: NearDuplicateOptions | undefined | null): number {
  const raw = typeof options?.threshold === 'number' ? options.threshold : 0.9
  return raw > 1 ? raw / 100 : raw
}

/** The message for a template `similarity` similar to template `id` (and `more` others). */
export function nearDuplicateReason(id: string, similarity: number, more = 0): string {
  const extra = more > 0 ? en.more.replace('{count}', String(more)) : ''
  return en.reason.replace('{pct}', String(Math.floor(similarity * 100))).replace('{id}', id).replace('{more}', extra)
}

export const nearDuplicateSuggestion = en.suggestion

/** Offsets of the first non-blank line of `text`: where a whole-template finding is shown. */
export function firstLine(text: string): { start: number; end: number } {
  const start = Math.max(0, text.search(/\S/))
  const nl = text.indexOf('\n', start)
  const end = (nl === -1 ? text.length : nl)
  return { start, end: Math.max(start, start + text.slice(start, end).trimEnd().length) }
}

export default rule
