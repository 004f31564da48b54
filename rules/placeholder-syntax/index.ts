/**
 * `placeholder-syntax` (template mode only): placeholders the help desk cannot render — unbalanced
 * or malformed delimiters (`{{first_name}`, `{ {name}}`, `{%customer.firstName}`), unknown Liquid
 * filters, Help Scout fallbacks written wrong, unclosed `{% if %}` blocks, a name placeholder with
 * no fallback where the platform renders an empty value (`Hi {{first_name}},` → `Hi ,`), and a
 * dialect mixed into a corpus that uses another.
 *
 * Outside template mode (a draft about to be sent) it does nothing: there, every placeholder is
 * the `placeholder` rule's business.
 */
import { defineRule, report } from '../../src/rule.js'
import { options, string, strings } from '../../src/config/schema.js'
import { getDocument } from '../../src/document.js'
import { checkSyntax, type SyntaxOptions } from './syntax.js'

export { familyOf } from './syntax.js'

const rule = defineRule(
  {
    id: 'placeholder-syntax',
    description: 'Template placeholders the help desk cannot render: unbalanced delimiters, unknown filters, missing name fallbacks, mixed dialects',
    severity: 'error',
    fixable: true,
    category: 'template',
    languages: ['*'],
    schema: options({ dialect: string, filters: strings, alwaysFilled: strings }),
  },
  (options) => {
    const opts = (options ?? {}) as SyntaxOptions
    const settings: SyntaxOptions = {
      ...(typeof opts.dialect === 'string' ? { dialect: opts.dialect } : {}),
      ...(Array.isArray(opts.filters) ? { filters: opts.filters.filter((f) => typeof f === 'string') } : {}),
      ...(Array.isArray(opts.alwaysFilled) ? { alwaysFilled: opts.alwaysFilled.filter((f) => typeof f === 'string') } : {}),
    }
    return (tree, file) => {
      const doc = getDocument(file, tree)
      if (!doc.context.template) return
      for (const issue of checkSyntax(doc.text, doc.placeholders, settings)) {
        report(file, rule.meta, {
          start: issue.start,
          end: issue.end,
          reason: issue.reason,
          expected: issue.expected ?? [],
          ...(issue.fix !== undefined ? { fix: issue.fix } : {}),
        })
      }
    }
  },
)

export default rule
