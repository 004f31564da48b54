import { describe, expect, it } from 'vitest'
import { createLinter } from '../../src/linter.js'
import { rules } from '../../rules/index.js'
import type { Diagnostic, ReplyContext } from '../../src/types.js'

const off = Object.fromEntries(rules.map((r) => [r.meta.id, 'off' as const]))
const linters = new Map<string, ReturnType<typeof createLinter>>()

/** Lint a template in template mode with only placeholder-syntax on. */
function check(text: string, options?: Record<string, unknown>, context: ReplyContext = {}, template = true): Diagnostic[] {
  const key = `${JSON.stringify(options)}|${template}`
  let linter = linters.get(key)
  if (!linter) {
    linter = createLinter({ rules: { ...off, 'placeholder-syntax': options ? ['error', options] : 'error' } }, { template })
    linters.set(key, linter)
  }
  return linter.lintSync(text, context).messages
}

describe('placeholder-syntax: fires in template mode', () => {
  it.each([
    ['missing closing brace', 'Hi {{first_name},\n\nYour order shipped today.', '{{first_name}', '{{first_name}}'],
    ['missing opening brace', 'Hi {first_name}},\n\nYour order shipped today.', '{first_name}}', '{{first_name}}'],
    ['space between the braces', 'Hello { {name}}, your refund is on its way.', '{ {name}}', '{{name}}'],
    ['one brace too many', 'Your ticket {{ticket.id}}} is now closed.', '{{ticket.id}}}', '{{ticket.id}}'],
    ['Help Scout closed with a brace', 'Hello {%customer.firstName}, thanks for writing in.', '{%customer.firstName}', '{%customer.firstName%}'],
    ['filter left open', 'Hi {{first_name | fallback: "there"}, thanks for your order.', '{{first_name | fallback: "there"}', '{{first_name | fallback: "there"}}'],
    ['never opened', 'Dear first_name}}, your parcel is on the way.', 'first_name}}', '{{first_name}}'],
    ['misspelt filter', 'Hi {{first_name | fallbak: "there"}}, your order shipped.', '{{first_name | fallbak: "there"}}', '{{first_name | fallback: "there"}}'],
    ['Help Scout fallback with a colon', 'Hi {%customer.firstName,fallback:there%}, thanks!', '{%customer.firstName,fallback:there%}', '{%customer.firstName,fallback=there%}'],
  ])('%s: %s', (_label, text, actual, fix) => {
    const [m, ...rest] = check(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'placeholder-syntax', severity: 'error', actual, suggestions: [fix], fix: { text: fix } })
    expect(m!.offset).toBe(text.indexOf(actual))
  })

  it('explains what the customer would see', () => {
    const [m] = check('Hi {{first_name},\n\nThanks for your order.')
    expect(m!.message).toBe('“{{first_name}” has unbalanced braces: the platform will not fill it in and the customer sees it as written.')
    expect(m).toMatchObject({ line: 1, column: 4, endLine: 1, endColumn: 17 })
  })

  it('flags a name placeholder without a fallback where the platform renders it empty', () => {
    const [m] = check('Hi {{first_name}},\n\nYour order has shipped.')
    expect(m).toMatchObject({
      actual: '{{first_name}}',
      message: '“{{first_name}}” has no fallback: a customer whose name is missing would read “Hi ,”.',
      suggestions: ['{{first_name | fallback: "there"}}', '{{first_name | default: "there"}}'],
    })
    expect(m!.fix).toBeUndefined()
  })

  it.each([
    ['Help Scout', 'Hello {%customer.firstName%}, your refund is done.', '{%customer.firstName,fallback=there%}', '“Hello ,”'],
    ['Salesforce Classic', 'Dear {!Contact.FirstName},\n\nYour case is closed.', '{!Contact.FirstName, there}', '“Dear ,”'],
    ['Liquid path', 'Thanks so much, {{customer.first_name}}!', '{{customer.first_name | default: "there"}}', '“Thanks so much, !”'],
    ['empty fallback', 'Hi {{first_name | fallback: ""}}, welcome!', '{{first_name | fallback: "there"}}', '“Hi ,”'],
  ])('no fallback: %s', (_label, text, suggestion, seen) => {
    const [m] = check(text)
    expect(m!.suggestions[0]).toBe(suggestion)
    expect(m!.message).toContain(seen)
  })

  it('flags unknown filters with no close match, without a fix', () => {
    const [m] = check('Your total is {{ order.total | shout }} this month.')
    expect(m).toMatchObject({ actual: '{{ order.total | shout }}', suggestions: [] })
    expect(m!.message).toContain('unknown filter “shout”')
    expect(m!.fix).toBeUndefined()
  })

  it('flags variable names with spaces and empty placeholders', () => {
    expect(check('Hi {{first name | default: "there"}}, thanks!').map((m) => [m.actual, m.suggestions])).toEqual([['{{first name | default: "there"}}', ['{{first_name | default: "there"}}']]])
    expect(check('Your code is {{ }} for this order.').map((m) => m.message)).toEqual(['“{{ }}” is an empty placeholder: the customer would see nothing, or the braces.'])
  })

  it('flags unclosed and stray Liquid and Handlebars blocks', () => {
    expect(check('{% if ticket.priority == "urgent" %}We are on it right now.\n\nThanks for your patience.').map((m) => m.actual)).toEqual(['{% if ticket.priority == "urgent" %}'])
    expect(check('Thanks for your patience.{% endif %}').map((m) => m.message)).toEqual(['“{% endif %}” closes a if block that was never opened.'])
    expect(check('{{#if vip}}Thanks for being a member.\n\nSee you soon.').map((m) => m.actual)).toEqual(['{{#if vip}}'])
    expect(check('{% else %}Thanks for your patience.').map((m) => m.actual)).toEqual(['{% else %}'])
  })

  it('flags a second dialect mixed into one template', () => {
    const found = check('Hi {{first_name | fallback: "there"}},\n\nYour ticket {{ticket.id}} was updated by {%user.firstName%}.')
    expect(found.map((m) => [m.actual, m.suggestions])).toEqual([['{%user.firstName%}', ['{{user.firstName}}']]])
    expect(found[0]!.message).toBe('“{%user.firstName%}” is Help Scout {%…%} syntax, but these templates use Liquid {{…}} (Zendesk, Freshdesk, Gorgias, Front, HubSpot, Intercom): it will not be filled in.')
  })

  it('flags placeholders of another dialect than the corpus one (option dialect)', () => {
    const found = check('Hello {%customer.firstName,fallback=there%}, your refund is on its way.', { dialect: 'liquid' })
    expect(found.map((m) => m.actual)).toEqual(['{%customer.firstName,fallback=there%}'])
    expect(check('Your order {order_number} has shipped.', { dialect: 'liquid' }).map((m) => [m.actual, m.suggestions])).toEqual([['{order_number}', ['{{order_number}}']]])
  })
})

describe('placeholder-syntax: does not fire', () => {
  it.each([
    'Hi {{first_name | fallback: "there"}},\n\nYour order shipped today.',
    'Hi {{ticket.requester.first_name}},\n\nYour order shipped today.',
    '{% if first_name %}Hi {{first_name}},{% else %}Hi there,{% endif %}\n\nYour order shipped.',
    '{{#if first_name}}Hi {{first_name}},{{else}}Hi there,{{/if}} your parcel is out for delivery.',
    'Hi {%customer.firstName,fallback=there%}, your refund is done.\n\n{%user.firstName%}',
    'Dear {!Contact.FirstName, Valued Customer},\n\nYour case {!Case.CaseNumber} is closed.',
    'Thanks for your patience!\n\nBest,\n{{current_user.first_name}}',
    'Hi {{ contact.firstname|default("there") }}, your demo is booked.',
    'Your statement for {{ "now" | date: "%B %Y" }} is ready: {{ invoice.total | money }}.',
    'Hi {{first_name | capitalize | default: "there"}}, we have 20% off all week.',
    'Hello %{recipient.name.first}, ticket #%{ticket.number} was created.',
    'Hi {{first_name | default: "there"}}, please send the [order number] and a photo of the damage.',
  ])('%s', (text) => {
    expect(check(text)).toEqual([])
  })

  it('ignores placeholders in Markdown code', () => {
    expect(check('Add a greeting to the macro:\n\n```\nHi {{first_name},\n```\n', undefined, { format: 'markdown' })).toEqual([])
  })

  it('does nothing outside template mode (drafts are the placeholder rule’s business)', () => {
    expect(check('Hi {{first_name},\n\nYour order shipped.', undefined, {}, false)).toEqual([])
    expect(check('Hi {{first_name}},\n\nYour order shipped.', undefined, {}, false)).toEqual([])
  })

  it('accepts extra filters and always-filled variables from options', () => {
    expect(check('Hi {{ customer.first_name | titlecase }}!', { filters: ['titlecase'], alwaysFilled: ['customer.'] })).toEqual([])
  })
})
