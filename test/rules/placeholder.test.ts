import { describe, expect, it } from 'vitest'
import { findings } from '../helpers.js'
import { createLinter } from '../../src/linter.js'
import { ruleIds } from '../../src/index.js'

const actual = (text: string, ctx = {}) => findings('placeholder', text, ctx).map((m) => m.actual)

describe('placeholder: fires', () => {
  it.each([
    ['Liquid', 'Hi {{first_name}},\n\nYour order shipped.', '{{first_name}}'],
    ['Liquid with spaces', 'Hi {{ ticket.requester.name }}, thanks for writing.', '{{ ticket.requester.name }}'],
    ['Liquid with fallback', 'Hi {{first_name | fallback: "there"}}, thanks!', '{{first_name | fallback: "there"}}'],
    ['Help Scout', 'Hello {%customer.firstName%}, your refund is done.', '{%customer.firstName%}'],
    ['Salesforce Classic', 'Dear {!Contact.FirstName}, your case is closed.', '{!Contact.FirstName}'],
    ['Salesforce Lightning', 'Dear {{{Recipient.FirstName}}}, your case is closed.', '{{{Recipient.FirstName}}}'],
    ['generic brackets', 'Dear [Customer Name], we received your request.', '[Customer Name]'],
    ['insert instruction', 'Your appointment is on [insert date] at our Leeds store.', '[insert date]'],
    ['angle brackets', 'Hello <NAME>, thank you for your patience.', '<NAME>'],
    ['percent', 'Hi %FIRSTNAME%, your parcel is on its way.', '%FIRSTNAME%'],
    ['HubSpot missing token', 'Hi [[MISSING TOKEN - contact.firstname]], thanks!', '[[MISSING TOKEN - contact.firstname]]'],
    ['XXX blank', 'Your new delivery date is XXX.', 'XXX'],
    ['TBD blank', 'The engineer will arrive on TBD between 8 and 12.', 'TBD'],
    ['underscore blank', 'Your reference number is ____ for this case.', '____'],
  ])('%s', (_label, text, expected) => {
    expect(actual(text)).toEqual([expected])
  })

  it('reports exact positions and fills a name placeholder from customer.name', () => {
    const text = 'Hi {{first_name}},\n\nYour order has shipped.'
    const [m] = findings('placeholder', text, { customer: { name: 'Maria Lopez' } })
    expect(m).toMatchObject({ severity: 'error', line: 1, column: 4, offset: 3, endOffset: 17, suggestions: ['Maria'], fix: { offset: 3, endOffset: 17, text: 'Maria' } })
  })

  it('fills full-name placeholders with the full name', () => {
    const [m] = findings('placeholder', 'Dear [Customer Name], thanks.', { customer: { name: 'Maria Lopez' } })
    expect(m!.fix!.text).toBe('Maria Lopez')
  })

  it('offers no fix for non-name placeholders or unknown names', () => {
    expect(findings('placeholder', 'Your appointment is on [insert date].', { customer: { name: 'Maria' } })[0]!.fix).toBeUndefined()
    expect(findings('placeholder', 'Hi {{first_name}}, thanks.')[0]!.fix).toBeUndefined()
  })

  it('fix() fills every name placeholder and leaves the rest', async () => {
    const linter = createLinter({ rules: Object.fromEntries(ruleIds.map((id) => [id, id === 'placeholder' ? 'error' : 'off'])) })
    const out = linter.fixSync('Hi {{first_name}},\n\nYour case {{ticket.id}} is closed, {{first_name}}.', { customer: { name: 'Maria Lopez' } })
    expect(out).toBe('Hi Maria,\n\nYour case {{ticket.id}} is closed, Maria.')
  })
})

describe('placeholder: does not fire', () => {
  it.each([
    'Your card XXXX XXXX XXXX 4417 was refunded.',
    'The card ending XXXX-4417 was charged once.',
    'Your SSN on file ends in XXX-XX-1234.',
    'Congratulations to [NOVA] for winning the weekend tournament!',
    'See our guide [here](https://example.com/help) for the steps.',
    'We offer 20% off and another 10% for members.',
    'In your template, type "{{first_name}}" where the name should go.',
    'Use the `{{first_name}}` tag in the macro editor.',
    'Reply to @acme_support on X and we will follow up.',
    'Footnotes like [1] and [2] refer to the terms.',
    'Hugs and kisses xxx',
  ])('is silent on: %s', (text) => {
    expect(actual(text)).toEqual([])
  })

  it('ignores placeholders in quoted customer text', () => {
    expect(actual('Thanks for sending this over.\n\n> Hi {{first_name}}, your order...')).toEqual([])
  })

  it('ignores placeholders in code in a plain-text draft', () => {
    expect(actual('Put this in the macro:\n```\nHi {{first_name}},\n```\nThen save it.')).toEqual([])
  })

  it('ignores placeholders in Markdown code', () => {
    expect(actual('Add `{{first_name}}` to the greeting:\n\n```\nHi {{first_name}},\n```\n', { format: 'markdown' })).toEqual([])
  })
})

describe('placeholder: template mode', () => {
  const templateLinter = createLinter({ rules: Object.fromEntries(ruleIds.map((id) => [id, id === 'placeholder' ? 'error' : 'off'])) }, { template: true })
  it('accepts placeholders and blanks the agent fills per customer', () => {
    expect(templateLinter.lintSync('Hi {{first_name}},\n\nYour order XXX ships on [insert date].').messages).toEqual([])
  })
  it('still flags a rendered HubSpot missing value', () => {
    const found = templateLinter.lintSync('Hi [[MISSING TOKEN - contact.firstname]], thanks!').messages
    expect(found.map((m) => m.actual)).toEqual(['[[MISSING TOKEN - contact.firstname]]'])
  })
})

describe('placeholder: tags talked about, not left unfilled (issues 15 and 16)', () => {
  it('does not fire on a merge tag taught in a how-to reply about personalising messages', () => {
    const text = 'Hi Priya,\n\nTo personalise the subject line, insert {{first_name}} where the name should go, and the tool fills it for each contact.\n\nBest,\nOmar'
    expect(actual(text)).toEqual([])
  })

  it('does not fire on a tag quoted inside a longer quotation about a past mistake', () => {
    const text = 'Hi Priya,\n\nSorry about yesterday: our reminder went out reading "Dear {{first_name}}, your plan renews soon" because of a template error. It is fixed now.\n\nBest,\nOmar'
    expect(actual(text)).toEqual([])
  })

  it('does not fire on a fill-in-the-blank game in a promotional question', () => {
    expect(actual('Movie night tonight! What goes better than a ___ & ___ on the sofa?', { channel: 'social' })).toEqual([])
  })

  it('still fires on a leftover tag in an ordinary reply, and on a lone blank', () => {
    expect(findings('placeholder', 'Hi {{first_name}}, your new plan starts on Monday.', {}).map((m) => [m.ruleId, m.offset, m.actual])).toEqual([['placeholder', 3, '{{first_name}}']])
    expect(actual('Your refund of ___ will reach your card by Friday.')).toEqual(['___'])
    // A how-to reply still cannot leave the customer's own greeting unfilled.
    expect(actual('Hi {{first_name}},\n\nTo personalise a subject line, open Settings.')).toEqual(['{{first_name}}'])
  })

  it('reads Turkish labels in capitals with the dotted İ', () => {
    expect(actual('Merhaba [İSİM], iadeniz onaylandı.', { language: 'tr' })).toEqual(['[İSİM]'])
    expect(actual('Sipariş numaranız <SİPARİŞ NO> olarak kayıtlıdır.', { language: 'tr' })).toEqual(['<SİPARİŞ NO>'])
    expect(actual('Teslimat tarihi: <TARİH>.', { language: 'tr' })).toEqual(['<TARİH>'])
  })
})
