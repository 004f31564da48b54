/**
 * `placeholder`: template placeholders left unfilled in a draft ({{first_name}}, [Customer Name],
 * %FIRSTNAME%, XXX, TBD, …). Name placeholders are filled from `customer.name` by the fix.
 * In template mode (`netiquette templates`) placeholders and blanks (XXX, TBD, ____) are
 * legitimate: the agent fills them per customer. Only HubSpot's rendered `[[MISSING TOKEN` is
 * always a mistake, since it means a merge already failed.
 */
import { defineRule, report } from '../../src/rule.js'
import { noOptions } from '../../src/config/schema.js'
import { getDocument } from '../../src/document.js'
import { fillName, type Placeholder } from '../../src/templates/placeholders.js'
import { isMention } from './mention.js'

const ALWAYS_WRONG = new Set(['hubspot-missing'])

const rule = defineRule(
  {
    id: 'placeholder',
    description: 'Unfilled template placeholders ({{first_name}}, [Customer Name], %FIRSTNAME%, XXX, TBD)',
    severity: 'error',
    fixable: true,
    category: 'personalization',
    languages: ['*'],
    schema: noOptions,
  },
  () => (tree, file) => {
    const doc = getDocument(file, tree)
    const name = doc.context.customer.name?.trim()
    for (const p of doc.placeholders) {
      if (doc.context.template && !ALWAYS_WRONG.has(p.dialect)) continue
      if (p.dialect === 'liquid-tag' && doc.context.template) continue
      if (p.dialect !== 'hubspot-missing' && isMention(doc.text, p)) continue
      const fill = name ? fillName(p, name) : undefined
      report(file, rule.meta, {
        start: p.start,
        end: p.end,
        reason: describe(p, fill),
        expected: fill ? [fill] : [],
        fix: fill,
      })
    }
  },
)

function describe(p: Placeholder, fill: string | undefined): string {
  if (p.dialect === 'hubspot-missing') return `“${p.raw}” is a missing merge value: the customer would see it as written. Fill in the value or remove it.`
  if (p.dialect === 'blank') return `“${p.raw}” looks like a blank left to fill in. Replace it with the real value before sending.`
  if (p.dialect === 'liquid-tag') return `“${p.raw}” is template logic left in the draft. Remove it and keep the text that applies to this customer.`
  if (fill) return `“${p.raw}” is an unfilled placeholder: the customer would see it as written. Fill in “${fill}”.`
  return `“${p.raw}” is an unfilled placeholder: the customer would see it as written. Fill it in or remove it before sending.`
}

export default rule
