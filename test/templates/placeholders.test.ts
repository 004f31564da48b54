import { describe, expect, it } from 'vitest'
import { findPlaceholders } from '../../src/templates/placeholders.js'
import { createLinter } from '../../src/linter.js'

describe('placeholder dialects are parsed as tokens', () => {
  it.each([
    ['Zendesk Liquid', 'Hi {{ticket.requester.first_name}},', { dialect: 'liquid', name: 'ticket.requester.first_name', nameKind: 'first' }],
    ['Intercom fallback', 'Hi {{first_name | fallback: "there"}},', { dialect: 'liquid', name: 'first_name', fallback: 'there', filters: ['fallback: "there"'] }],
    ['Liquid default', 'Hi {{ customer.first_name | default: "friend" }},', { dialect: 'liquid', name: 'customer.first_name', fallback: 'friend' }],
    ['HubL default()', 'Hi {{ contact.firstname|default("there") }},', { dialect: 'liquid', name: 'contact.firstname', fallback: 'there', nameKind: 'first' }],
    ['Liquid tag', '{% if ticket.priority == "urgent" %}', { dialect: 'liquid-tag', name: 'if' }],
    ['Handlebars block', '{{#if first_name}}', { dialect: 'liquid-tag', name: '#if' }],
    ['Help Scout', 'Hi {%customer.firstName,fallback=there%},', { dialect: 'helpscout', name: 'customer.firstName', fallback: 'there', nameKind: 'first' }],
    ['Salesforce Classic', 'Dear {!Contact.FirstName, Valued Customer},', { dialect: 'salesforce-classic', name: 'Contact.FirstName', fallback: 'Valued Customer' }],
    ['Salesforce Lightning', 'Dear {{{Recipient.FirstName}}},', { dialect: 'salesforce-lightning', name: 'Recipient.FirstName' }],
    ['mail merge', 'Hi @firstname, thanks!', { dialect: 'mail-merge', name: 'firstname' }],
    ['generic brackets', 'Dear [Customer Name],', { dialect: 'bracket', name: 'Customer Name', nameKind: 'full' }],
    ['angle brackets', 'Hello <NAME>,', { dialect: 'angle', name: 'NAME' }],
    ['percent', 'Hi %FIRSTNAME%,', { dialect: 'percent', name: 'FIRSTNAME' }],
    ['osTicket', 'Dear %{recipient.name.first},', { dialect: 'osticket', name: 'recipient.name.first' }],
  ])('%s', (_label, text, expected) => {
    const [p, ...rest] = findPlaceholders(text)
    expect(rest).toEqual([])
    expect(p).toMatchObject(expected)
    expect(text.slice(p!.start, p!.end)).toBe(p!.raw)
  })
})

describe('prose rules never look inside placeholders, in templates or drafts', () => {
  const template = [
    'Hi {{first_name | fallback: "there"}},',
    '',
    'Your order {{ order.number }} for {%customer.company,fallback=your team%} shipped on {!Order.ShipDate} via [Carrier Name] to <ADDRESS>.',
    '{% if order.gift %}We added the gift note: {{{Order.GiftMessage}}}.{% endif %}',
    'Questions? Reply to this email or call %SUPPORT_PHONE%; your ticket is %{ticket.number}.',
    '',
    'Best,',
    '{{current_user.first_name}}',
  ].join('\n')
  const spans = findPlaceholders(template).map((p) => [p.start, p.end] as const)

  it('finds every placeholder of the mixed template', () => {
    expect(spans).toHaveLength(12)
  })

  it('no finding or fix of another rule overlaps a placeholder', () => {
    for (const mode of [true, false]) {
      const linter = createLinter({ extends: ['netiquette:strict'] }, { template: mode })
      for (const m of linter.lintSync(template).messages) {
        if (m.ruleId === 'placeholder' || m.ruleId === 'placeholder-syntax') continue
        // A whole-reply finding may contain placeholders; none may start or end inside one.
        for (const [s, e] of spans) {
          expect(m.offset <= s || m.offset >= e, `${m.ruleId} starts inside ${template.slice(s, e)}`).toBe(true)
          expect(m.endOffset <= s || m.endOffset >= e, `${m.ruleId} ends inside ${template.slice(s, e)}`).toBe(true)
          if (m.fix) expect(m.fix.endOffset <= s || m.fix.offset >= e, `${m.ruleId} fix touches ${template.slice(s, e)}`).toBe(true)
        }
      }
    }
  })

  it('in template mode, the placeholder rule leaves legitimate placeholders alone', () => {
    const linter = createLinter({}, { template: true })
    expect(linter.lintSync(template).messages.filter((m) => m.ruleId === 'placeholder')).toEqual([])
  })
})
