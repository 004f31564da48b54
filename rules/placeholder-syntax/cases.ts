/**
 * `placeholder-syntax` test cases: run by test/rules/placeholder-syntax.test.ts (RuleTester) and
 * shown in README.md (`docs: true` ones) by `npm run docs`. The rule runs in template mode only
 * (`template: true`). Positions are 1-based; columns count UTF-16 code units.
 */
import type { RuleCases } from '../../src/rule.js'
import type { SyntaxOptions } from './syntax.js'

export const cases: RuleCases<SyntaxOptions> = {
  valid: [
    { docs: true, name: 'a well-written Zendesk macro', text: 'Hi {{ticket.requester.first_name}},\n\nYour replacement was shipped today with tracking number {{ticket.custom_fields.tracking}}. It should arrive within 3 business days.\n\nBest,\n{{current_user.first_name}}', template: true },
    { name: 'a Liquid fallback', text: 'Hi {{first_name | fallback: "there"}},\n\nYour order shipped today.', template: true },
    { name: 'a Zendesk requester name (always filled)', text: 'Hi {{ticket.requester.first_name}},\n\nYour order shipped today.', template: true },
    { docs: true, name: 'a Liquid if/else around the greeting', text: '{% if first_name %}Hi {{first_name}},{% else %}Hi there,{% endif %}\n\nYour order shipped.', template: true },
    { name: 'a Handlebars if/else around the greeting', text: '{{#if first_name}}Hi {{first_name}},{{else}}Hi there,{{/if}} your parcel is out for delivery.', template: true },
    { docs: true, name: 'Help Scout with a fallback, and the agent name', text: 'Hi {%customer.firstName,fallback=there%}, your refund is done.\n\n{%user.firstName%}', template: true },
    { name: 'Salesforce Classic with a fallback', text: 'Dear {!Contact.FirstName, Valued Customer},\n\nYour case {!Case.CaseNumber} is closed.', template: true },
    { name: 'the agent’s own name in the sign-off', text: 'Thanks for your patience!\n\nBest,\n{{current_user.first_name}}', template: true },
    { name: 'HubL default()', text: 'Hi {{ contact.firstname|default("there") }}, your demo is booked.', template: true },
    { name: 'date and money filters', text: 'Your statement for {{ "now" | date: "%B %Y" }} is ready: {{ invoice.total | money }}.', template: true },
    { name: 'chained filters and a percentage', text: 'Hi {{first_name | capitalize | default: "there"}}, we have 20% off all week.', template: true },
    { name: 'Front %{…} placeholders', text: 'Hello %{recipient.name.first}, ticket #%{ticket.number} was created.', template: true },
    { name: 'a fill-by-hand [order number]', text: 'Hi {{first_name | default: "there"}}, please send the [order number] and a photo of the damage.', template: true },
    { name: 'placeholders in Markdown code', text: 'Add a greeting to the macro:\n\n```\nHi {{first_name},\n```\n', context: { format: 'markdown' }, template: true },
    { name: 'outside template mode: a broken placeholder', text: 'Hi {{first_name},\n\nYour order shipped.' },
    { name: 'outside template mode: no fallback', text: 'Hi {{first_name}},\n\nYour order shipped.' },
    { name: 'filters and alwaysFilled from options', text: 'Hi {{ customer.first_name | titlecase }}!', options: { filters: ['titlecase'], alwaysFilled: ['customer.'] }, template: true },
  ],
  invalid: [
    {
      docs: true,
      name: 'missing closing brace',
      text: 'Hi {{first_name},\n\nYour order shipped today.',
      template: true,
      errors: [
        { messageId: 'unbalancedBraces', line: 1, column: 4, endColumn: 17, suggestions: ['{{first_name}}'], message: '“{{first_name}” has unbalanced braces: the platform will not fill it in and the customer sees it as written.' },
      ],
      output: 'Hi {{first_name}},\n\nYour order shipped today.',
    },
    {
      name: 'missing opening brace',
      text: 'Hi {first_name}},\n\nYour order shipped today.',
      template: true,
      errors: [
        { messageId: 'unbalancedBraces', line: 1, column: 4, endColumn: 17, suggestions: ['{{first_name}}'], message: '“{first_name}}” has unbalanced braces: the platform will not fill it in and the customer sees it as written.' },
      ],
      output: 'Hi {{first_name}},\n\nYour order shipped today.',
    },
    {
      name: 'space between the braces',
      text: 'Hello { {name}}, your refund is on its way.',
      template: true,
      errors: [
        { messageId: 'unbalancedBraces', line: 1, column: 7, endColumn: 16, suggestions: ['{{name}}'], message: '“{ {name}}” has unbalanced braces: the platform will not fill it in and the customer sees it as written.' },
      ],
      output: 'Hello {{name}}, your refund is on its way.',
    },
    {
      name: 'one brace too many',
      text: 'Your ticket {{ticket.id}}} is now closed.',
      template: true,
      errors: [
        { messageId: 'unbalancedBraces', line: 1, column: 13, endColumn: 27, suggestions: ['{{ticket.id}}'], message: '“{{ticket.id}}}” has unbalanced braces: the platform will not fill it in and the customer sees it as written.' },
      ],
      output: 'Your ticket {{ticket.id}} is now closed.',
    },
    {
      name: 'Help Scout closed with a brace',
      text: 'Hello {%customer.firstName}, thanks for writing in.',
      template: true,
      errors: [
        { messageId: 'notClosed', line: 1, column: 7, endColumn: 28, suggestions: ['{%customer.firstName%}'], message: '“{%customer.firstName}” is not closed as it was opened ({% … %}): the customer would see it as written.' },
      ],
      output: 'Hello {%customer.firstName%}, thanks for writing in.',
    },
    {
      name: 'filter left open',
      text: 'Hi {{first_name | fallback: "there"}, thanks for your order.',
      template: true,
      errors: [
        { messageId: 'notClosed', line: 1, column: 4, endColumn: 37, suggestions: ['{{first_name | fallback: "there"}}'], message: '“{{first_name | fallback: "there"}” is not closed as it was opened ({{ … }}): the customer would see it as written.' },
      ],
      output: 'Hi {{first_name | fallback: "there"}}, thanks for your order.',
    },
    {
      name: 'never opened',
      text: 'Dear first_name}}, your parcel is on the way.',
      template: true,
      errors: [
        { messageId: 'neverOpened', line: 1, column: 6, endColumn: 18, suggestions: ['{{first_name}}'], message: '“first_name}}” closes a placeholder that was never opened: the customer would see it as written.' },
      ],
      output: 'Dear {{first_name}}, your parcel is on the way.',
    },
    {
      docs: true,
      name: 'misspelt filter',
      text: 'Hi {{first_name | fallbak: "there"}}, your order shipped.',
      template: true,
      errors: [
        { messageId: 'unknownFilter', line: 1, column: 4, endColumn: 37, suggestions: ['{{first_name | fallback: "there"}}'], message: '“{{first_name | fallbak: "there"}}” uses the unknown filter “fallbak”: the platform will fail or print nothing.' },
      ],
      output: 'Hi {{first_name | fallback: "there"}}, your order shipped.',
    },
    {
      name: 'Help Scout fallback with a colon',
      text: 'Hi {%customer.firstName,fallback:there%}, thanks!',
      template: true,
      errors: [
        { messageId: 'helpScoutFallback', line: 1, column: 4, endColumn: 41, suggestions: ['{%customer.firstName,fallback=there%}'], message: '“{%customer.firstName,fallback:there%}”: Help Scout writes a fallback as “,fallback=…” (no spaces, with “=”).' },
      ],
      output: 'Hi {%customer.firstName,fallback=there%}, thanks!',
    },
    {
      name: 'explains: line 1, columns 4–17',
      text: 'Hi {{first_name},\n\nThanks for your order.',
      template: true,
      errors: [
        { messageId: 'unbalancedBraces', line: 1, column: 4, endColumn: 17, suggestions: ['{{first_name}}'], message: '“{{first_name}” has unbalanced braces: the platform will not fill it in and the customer sees it as written.' },
      ],
      output: 'Hi {{first_name}},\n\nThanks for your order.',
    },
    {
      docs: true,
      name: 'no fallback: a name placeholder the platform renders empty',
      text: 'Hi {{first_name}},\n\nYour order has shipped.',
      template: true,
      errors: [
        { messageId: 'noFallback', line: 1, column: 4, endColumn: 18, suggestions: ['{{first_name | fallback: "there"}}', '{{first_name | default: "there"}}'], message: '“{{first_name}}” has no fallback: a customer whose name is missing would read “Hi ,”.' },
      ],
    },
    {
      name: 'no fallback: Help Scout',
      text: 'Hello {%customer.firstName%}, your refund is done.',
      template: true,
      errors: [
        { messageId: 'noFallback', line: 1, column: 7, endColumn: 29, suggestions: ['{%customer.firstName,fallback=there%}'], message: '“{%customer.firstName%}” has no fallback: a customer whose name is missing would read “Hello ,”.' },
      ],
    },
    {
      name: 'no fallback: Salesforce Classic',
      text: 'Dear {!Contact.FirstName},\n\nYour case is closed.',
      template: true,
      errors: [
        { messageId: 'noFallback', line: 1, column: 6, endColumn: 26, suggestions: ['{!Contact.FirstName, there}'], message: '“{!Contact.FirstName}” has no fallback: a customer whose name is missing would read “Dear ,”.' },
      ],
    },
    {
      name: 'no fallback: Liquid path',
      text: 'Thanks so much, {{customer.first_name}}!',
      template: true,
      errors: [
        { messageId: 'noFallback', line: 1, column: 17, endColumn: 40, suggestions: ['{{customer.first_name | default: "there"}}', '{{customer.first_name | fallback: "there"}}'], message: '“{{customer.first_name}}” has no fallback: a customer whose name is missing would read “Thanks so much, !”.' },
      ],
    },
    {
      name: 'no fallback: empty fallback',
      text: 'Hi {{first_name | fallback: ""}}, welcome!',
      template: true,
      errors: [
        { messageId: 'noFallback', line: 1, column: 4, endColumn: 33, suggestions: ['{{first_name | fallback: "there"}}', '{{first_name | default: "there"}}'], message: '“{{first_name | fallback: ""}}” has no fallback: a customer whose name is missing would read “Hi ,”.' },
      ],
    },
    {
      name: 'an unknown filter with no close match: no fix',
      text: 'Your total is {{ order.total | shout }} this month.',
      template: true,
      errors: [
        { messageId: 'unknownFilter', line: 1, column: 15, endColumn: 40, suggestions: [], message: '“{{ order.total | shout }}” uses the unknown filter “shout”: the platform will fail or print nothing.' },
      ],
    },
    {
      name: 'a variable name with spaces',
      text: 'Hi {{first name | default: "there"}}, thanks!',
      template: true,
      errors: [
        { messageId: 'spaceInName', line: 1, column: 4, endColumn: 37, suggestions: ['{{first_name | default: "there"}}'], message: '“{{first name | default: "there"}}”: variable names have no spaces, so the platform cannot fill this in.' },
      ],
    },
    {
      name: 'an empty placeholder',
      text: 'Your code is {{ }} for this order.',
      template: true,
      errors: [
        { messageId: 'empty', line: 1, column: 14, endColumn: 19, suggestions: [], message: '“{{ }}” is an empty placeholder: the customer would see nothing, or the braces.' },
      ],
    },
    {
      docs: true,
      name: 'an unclosed Liquid if block',
      text: '{% if ticket.priority == "urgent" %}We are on it right now.\n\nThanks for your patience.',
      template: true,
      errors: [
        { messageId: 'blockNotClosed', line: 1, column: 1, endColumn: 37, suggestions: [], message: '“{% if ticket.priority == "urgent" %}” opens an if block that is never closed: the platform will fail to render the template.' },
      ],
    },
    {
      name: 'an endif without an if',
      text: 'Thanks for your patience.{% endif %}',
      template: true,
      errors: [
        { messageId: 'blockNeverOpened', line: 1, column: 26, endColumn: 37, suggestions: [], message: '“{% endif %}” closes an if block that was never opened.' },
      ],
    },
    {
      name: 'an unclosed Handlebars block',
      text: '{{#if vip}}Thanks for being a member.\n\nSee you soon.',
      template: true,
      errors: [
        { messageId: 'blockNotClosed', line: 1, column: 1, endColumn: 12, suggestions: [], message: '“{{#if vip}}” opens an if block that is never closed: the platform will fail to render the template.' },
      ],
    },
    {
      name: 'an else outside any block',
      text: '{% else %}Thanks for your patience.',
      template: true,
      errors: [
        { messageId: 'outsideBlock', line: 1, column: 1, endColumn: 11, suggestions: [], message: '“{% else %}” is outside any block: the platform will fail to render the template.' },
      ],
    },
    {
      docs: true,
      name: 'a second dialect mixed into one template',
      text: 'Hi {{first_name | fallback: "there"}},\n\nYour ticket {{ticket.id}} was updated by {%user.firstName%}.',
      template: true,
      errors: [
        { messageId: 'mixedDialect', line: 3, column: 42, endColumn: 60, suggestions: ['{{user.firstName}}'], message: '“{%user.firstName%}” is Help Scout {%…%} syntax, but these templates use Liquid {{…}} (Zendesk, Freshdesk, Gorgias, Front, HubSpot, Intercom): it will not be filled in.' },
      ],
    },
    {
      name: 'dialect: liquid flags Help Scout',
      text: 'Hello {%customer.firstName,fallback=there%}, your refund is on its way.',
      options: { dialect: 'liquid' },
      template: true,
      errors: [
        { messageId: 'mixedDialect', line: 1, column: 7, endColumn: 44, suggestions: ['{{customer.firstName}}'], message: '“{%customer.firstName,fallback=there%}” is Help Scout {%…%} syntax, but these templates use Liquid {{…}} (Zendesk, Freshdesk, Gorgias, Front, HubSpot, Intercom): it will not be filled in.' },
      ],
    },
    {
      name: 'dialect: liquid flags a single-brace placeholder',
      text: 'Your order {order_number} has shipped.',
      options: { dialect: 'liquid' },
      template: true,
      errors: [
        { messageId: 'mixedDialect', line: 1, column: 12, endColumn: 26, suggestions: ['{{order_number}}'], message: '“{order_number}” is single-brace syntax, but these templates use Liquid {{…}} (Zendesk, Freshdesk, Gorgias, Front, HubSpot, Intercom): it will not be filled in.' },
      ],
    },
    {
      name: 'a placeholder over two lines',
      text: 'Hi {{ first_name | fallback:\n"there" }}, your order shipped.',
      template: true,
      errors: [
        { messageId: 'multiline', line: 1, column: 4, endColumn: 29, suggestions: [], message: '“{{ first_name | fallback:” runs over several lines: a closing delimiter is probably missing.' },
      ],
    },
    {
      name: 'an if block closed by the endfor of an inner loop',
      text: '{% for item in order.items %}{% if item.back_ordered %}{{item.name}} ships later.{% endfor %}\n\nThanks for your patience.',
      template: true,
      errors: [
        { messageId: 'blockClosedEarly', line: 1, column: 30, endColumn: 56, suggestions: [], message: '“{% if item.back_ordered %}” opens an if block that is never closed before “{% endfor %}”.' },
      ],
    },
    {
      name: 'an empty filter after |',
      text: 'Hi {{first_name | }}, thanks for your order.',
      template: true,
      errors: [
        { messageId: 'emptyFilter', line: 1, column: 4, endColumn: 21, suggestions: [], message: '“{{first_name | }}” has an empty filter after “|”.' },
      ],
    },
  ],
}
