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
import { defineRule } from '../../src/rule.js'
import { options, string, strings } from '../../src/config/schema.js'
import { checkSyntax, type SyntaxMessageId, type SyntaxOptions } from './syntax.js'

const messages = {
  unbalancedBraces: '“{{raw}}” has unbalanced braces: the platform will not fill it in and the customer sees it as written.',
  notClosed: '“{{raw}}” is not closed as it was opened ({{open}} … {{close}}): the customer would see it as written.',
  neverOpened: '“{{raw}}” closes a placeholder that was never opened: the customer would see it as written.',
  multiline: '“{{raw}}” runs over several lines: a closing delimiter is probably missing.',
  empty: '“{{raw}}” is an empty placeholder: the customer would see nothing, or the braces.',
  spaceInName: '“{{raw}}”: variable names have no spaces, so the platform cannot fill this in.',
  helpScoutFallback: '“{{raw}}”: Help Scout writes a fallback as “,fallback=…” (no spaces, with “=”).',
  blockNotClosed: '“{{raw}}” opens {{block}} block that is never closed: the platform will fail to render the template.',
  outsideBlock: '“{{raw}}” is outside any block: the platform will fail to render the template.',
  blockNeverOpened: '“{{raw}}” closes {{block}} block that was never opened.',
  blockClosedEarly: '“{{raw}}” opens {{block}} block that is never closed before “{{closer}}”.',
  emptyFilter: '“{{raw}}” has an empty filter after “|”.',
  emptyArgument: '“{{raw}}” gives the filter “{{filter}}” no value: the platform will fail or print nothing.',
  unknownFilter: '“{{raw}}” uses the unknown filter “{{filter}}”: the platform will fail or print nothing.',
  noFallback: '“{{raw}}” has no fallback: a customer whose name is missing would read “{{seen}}”.',
  mixedDialect: '“{{raw}}” is {{syntax}} syntax, but these templates use {{expected}}: it will not be filled in.',
  mismatchedDelimiters: '“{{raw}}” opens with “{{open}}” but closes with “{{close}}”: the platform will not fill it in and the customer sees it as written.',
} satisfies Record<SyntaxMessageId, string>

const rule = defineRule({
  meta: {
    id: 'placeholder-syntax',
    description: 'Template placeholders the help desk cannot render: unbalanced delimiters, unknown filters, missing name fallbacks, mixed dialects',
    severity: 'error',
    fixable: true,
    category: 'template',
    languages: ['*'],
    schema: options({ dialect: string, filters: strings, alwaysFilled: strings }),
    messages,
  },
  prepare: (opts: SyntaxOptions): SyntaxOptions => ({
    ...(typeof opts.dialect === 'string' ? { dialect: opts.dialect } : {}),
    ...(Array.isArray(opts.filters) ? { filters: opts.filters.filter((f) => typeof f === 'string') } : {}),
    ...(Array.isArray(opts.alwaysFilled) ? { alwaysFilled: opts.alwaysFilled.filter((f) => typeof f === 'string') } : {}),
  }),
  create: (ctx) => {
    const doc = ctx.document
    if (!ctx.context.template) return
    for (const issue of checkSyntax(doc.text, doc.placeholders, ctx.state)) {
      ctx.report({
        messageId: issue.messageId,
        data: issue.data,
        start: issue.start,
        end: issue.end,
        expected: issue.expected ?? [],
        ...(issue.fix !== undefined ? { fix: issue.fix } : {}),
      })
    }
  },
})

export default rule
