/**
 * `near-duplicate` (template mode only, info): templates at least 90% similar to another template
 * of the corpus, to merge. Similarity is the share of both templates' words the other covers,
 * with placeholders of any dialect matching each other (see src/templates/fingerprint.ts).
 *
 * `netiquette templates` searches the whole corpus once through the rule's `corpus` pass
 * (`CorpusIndex.nearDuplicates`) and reports each pair on its later template. Linting one template
 * in template mode (an editor, the API) compares it with the corpus in `templates` config, leaving
 * out the template itself (the one whose id or file is the linted path).
 */
import { resolve } from '#platform'
import { defineRule, type CorpusFinding } from '../../src/rule.js'
import { options, numberIn } from '../../src/config/schema.js'
import { guardedHtmlProse } from '../../src/input/html-nesting.js'
import { corpusIndexFor, tokenize, type Template } from '../../src/templates/index.js'

export interface NearDuplicateOptions {
  /** Similarity from which two templates are reported: 0–1 or a percentage (default 0.9). */
  threshold?: number
}

const SUGGESTION = 'Keep one template and delete the other, or reword the part that should differ'

type MessageId = 'similar' | 'similarToMore'

const rule = defineRule({
  meta: {
    id: 'near-duplicate',
    description: 'Canned responses at least 90% the same as another template of the corpus',
    severity: 'info',
    fixable: false,
    category: 'template',
    languages: ['*'],
    schema: options({ threshold: numberIn(0, 100) }),
    messages: {
      similar: 'This template is {{pct}}% the same as “{{id}}”: merge them, or make the difference deliberate.',
      similarToMore: 'This template is {{pct}}% the same as “{{id}}” (and {{count}} more): merge them, or make the difference deliberate.',
    },
  },
  // The corpus in `templates` config, indexed once per linter (shared with copy-paste through the cache).
  prepare: (opts: NearDuplicateOptions, shared) => ({ threshold: thresholdOf(opts), index: corpusIndexFor(shared) }),
  create: (ctx) => {
    const doc = ctx.document
    const { index, threshold } = ctx.state
    if (!ctx.context.template || !index) return
    const path = ctx.path
    const self = (t: Template): boolean => path !== undefined && (t.id === path || (t.origin?.kind === 'file' && t.file !== undefined && resolve(t.file) === resolve(path)))
    const [best, ...rest] = index.similarTo(tokenize(doc.text, doc.placeholders, 'template').codes, threshold, self)
    if (!best) return
    ctx.report({ ...message(best.template.id, best.similarity, rest.length), ...firstLine(doc.text), expected: [SUGGESTION] })
  },
  // `netiquette templates`: every pair of the corpus at once, reported on the later template.
  corpus: ({ corpus, options, onProgress }) =>
    corpus.nearDuplicates({ threshold: thresholdOf(options), onProgress }).map((pair): CorpusFinding<MessageId> => {
      const t = corpus.templates[pair.later]!
      const other = corpus.templates[pair.earlier]!
      const text = t.format === 'html' ? guardedHtmlProse(t.body).text : t.body
      return { template: pair.later, ...message(other.id, pair.similarity, pair.others), ...firstLine(text), expected: [SUGGESTION], other: other.id }
    }),
})

/** The message for a template `similarity` similar to template `id` (and `more` others). */
function message(id: string, similarity: number, more: number): { messageId: MessageId; data: Record<string, string | number> } {
  const pct = Math.floor(similarity * 100)
  return more > 0 ? { messageId: 'similarToMore', data: { pct, id, count: more } } : { messageId: 'similar', data: { pct, id } }
}

/** The rule's threshold option as a share (accepts 0.9 or 90). */
function thresholdOf(options: NearDuplicateOptions | undefined | null): number {
  const raw = typeof options?.threshold === 'number' ? options.threshold : 0.9
  return raw > 1 ? raw / 100 : raw
}

/** Offsets of the first non-blank line of `text`: where a whole-template finding is shown. */
function firstLine(text: string): { start: number; end: number } {
  const start = Math.max(0, text.search(/\S/))
  const nl = text.indexOf('\n', start)
  const end = nl === -1 ? text.length : nl
  return { start, end: Math.max(start, start + text.slice(start, end).trimEnd().length) }
}

export default rule
