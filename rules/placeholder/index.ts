/**
 * `placeholder`: template placeholders left unfilled in a draft ({{first_name}}, [Customer Name],
 * %FIRSTNAME%, XXX, TBD, …). Name placeholders are filled from `customer.name` by the fix.
 * In template mode (`netiquette templates`) placeholders and blanks (XXX, TBD, ____) are
 * legitimate: the agent fills them per customer. Only HubSpot's rendered `[[MISSING TOKEN` is
 * always a mistake, since it means a merge already failed.
 */
import { defineRule } from '../../src/rule.js'
import { noOptions } from '../../src/config/schema.js'
import { fillName, type Placeholder } from '../../src/templates/placeholders.js'
import { isMention } from './mention.js'

const ALWAYS_WRONG = new Set(['hubspot-missing'])

type MessageId = 'missingMergeValue' | 'blank' | 'templateLogic' | 'unfilledName' | 'unfilled'

const rule = defineRule({
  meta: {
    id: 'placeholder',
    description: 'Unfilled template placeholders ({{first_name}}, [Customer Name], %FIRSTNAME%, XXX, TBD)',
    severity: 'error',
    fixable: true,
    category: 'personalization',
    languages: ['*'],
    schema: noOptions,
    messages: {
      missingMergeValue: '“{{raw}}” is a missing merge value: the customer would see it as written. Fill in the value or remove it.',
      blank: '“{{raw}}” looks like a blank left to fill in. Replace it with the real value before sending.',
      templateLogic: '“{{raw}}” is template logic left in the draft. Remove it and keep the text that applies to this customer.',
      unfilledName: '“{{raw}}” is an unfilled placeholder: the customer would see it as written. Fill in “{{fill}}”.',
      unfilled: '“{{raw}}” is an unfilled placeholder: the customer would see it as written. Fill it in or remove it before sending.',
    },
  },
  create: (ctx) => {
    const doc = ctx.document
    const template = ctx.context.template
    const name = ctx.context.customer.name?.trim()
    for (const p of doc.placeholders) {
      if (template && !ALWAYS_WRONG.has(p.dialect)) continue
      if (p.dialect === 'liquid-tag' && template) continue
      if (p.dialect !== 'hubspot-missing' && isMention(doc.text, p, ctx.context.customer.message)) continue
      const fill = name ? fillName(p, name) : undefined
      ctx.report({
        messageId: messageOf(p, fill),
        data: fill ? { raw: p.raw, fill } : { raw: p.raw },
        start: p.start,
        end: p.end,
        expected: fill ? [fill] : [],
        fix: fill,
      })
    }
  },
})

function messageOf(p: Placeholder, fill: string | undefined): MessageId {
  if (p.dialect === 'hubspot-missing') return 'missingMergeValue'
  if (p.dialect === 'blank') return 'blank'
  if (p.dialect === 'liquid-tag') return 'templateLogic'
  return fill ? 'unfilledName' : 'unfilled'
}

export default rule
