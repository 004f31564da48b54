import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { politeRequest } from '../../rules/respect/index.js'
import { compromiseLoaded, foldName, imperative, isFirstName, nameKind } from '../../src/nlp/compromise.js'
import { createLinter } from '../../src/linter.js'
import { rules } from '../../rules/index.js'
import type { ReplyContext } from '../../src/types.js'

const email: ReplyContext = { channel: 'email', customer: { name: 'Maria Garcia' } }
const chat: ReplyContext = { channel: 'chat' }
const social: ReplyContext = { channel: 'social' }
const run = (text: string, ctx: ReplyContext = email, options?: Record<string, unknown>) => only('respect', text, ctx, options)
const actuals = (text: string, ctx: ReplyContext = email, options?: Record<string, unknown>) => run(text, ctx, options).map((m) => m.actual)

// First in the file: compromise is loaded only when a sentence needs it (~300 ms, once).
describe('compromise stays unloaded until a sentence needs it', () => {
  it('lints ordinary replies with every courtesy rule on without loading it, then loads it for an ambiguous verb', () => {
    const ids = ['greeting', 'wrong-name', 'sign-off', 'respect', 'empathy']
    const linter = createLinter({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, ids.includes(r.meta.id) ? 'warn' : 'off'])) })
    const replies: Array<[string, ReplyContext]> = [
      ['Hi Maria,\n\nSend the receipt and your order number, please.\n\nBest regards,\nSam', email],
      ['Dear customer,\n\nYour refund is on its way.\n\nThanks,\nSam', email],
      ['@maria_g DM us your order number.', social],
      ['Thanks for waiting! Click Settings, then choose Privacy.', chat],
      ['Hi Maria,\n\nWe have refunded the fee.\n\nBest,\nSam', { ...email, customer: { name: 'Maria Garcia', message: 'This is the third time!!!' } }],
    ]
    for (const [text, ctx] of replies) linter.lintSync(text, ctx)
    expect(compromiseLoaded()).toBe(false)
    linter.lintSync('Thanks! State law requires us to hold the deposit.', chat)
    expect(compromiseLoaded()).toBe(true)
  })
})

describe('respect: fires', () => {
  it('flags each bare command with a polite rewrite', () => {
    const text = 'Hi Maria,\n\nSend the receipt. Provide your order number.\n\nSam'
    const [a, b, ...rest] = run(text)
    expect(rest).toEqual([])
    expect(a).toMatchObject({ ruleId: 'respect', severity: 'warning', actual: 'Send the receipt.', line: 3, column: 1, suggestions: ['Could you please send the receipt?'] })
    expect(b).toMatchObject({ actual: 'Provide your order number.', line: 3, column: 19, suggestions: ['Could you please provide your order number?'] })
    expect(a!.fix).toBeUndefined()
    expect(a!.message).toMatch(/bare command/)
  })

  it.each([
    ['an e-mail address to write to', 'Hi Maria,\n\nEmail us at billing@acme.example with the invoice. Thanks!\n\nBest,\nSam', email, 'Email us at billing@acme.example with the invoice.', 'Could you please email us at billing@acme.example with the invoice?'],
    ['a reply request', 'Hi Maria,\n\nReply to this email with your account ID.\n\nThanks,\nSam', email, 'Reply to this email with your account ID.', 'Could you please reply to this email with your account ID?'],
    ['a confirmation request', 'Hi Maria,\n\nConfirm your billing address. We will then reissue the invoice.\n\nThanks,\nSam', email, 'Confirm your billing address.', 'Could you please confirm your billing address?'],
    ['a command after "just"', 'Just upload the photos to the ticket. Thanks', chat, 'Just upload the photos to the ticket.', 'Could you please upload the photos to the ticket?'],
    ['"tell us"', 'Thanks for waiting. Tell us which plan you are on.', chat, 'Tell us which plan you are on.', 'Could you please tell us which plan you are on?'],
    ['"give us a call"', 'Hi Maria,\n\nGive us a call on 0800 123 456 before Friday.\n\nThanks,\nSam', email, 'Give us a call on 0800 123 456 before Friday.', 'Could you please give us a call on 0800 123 456 before Friday?'],
    ['a DM request on social without any courtesy', '@maria_g DM us your order number.', social, 'DM us your order number.', 'Could you please DM us your order number?'],
    ['a command on its own line', 'Hi Maria,\n\nAttach a screenshot of the error\nThanks\nSam', email, 'Attach a screenshot of the error', 'Could you please attach a screenshot of the error?'],
    ['a fill-in request', 'Thanks for the details. Fill out the claim form and return it by Monday.', chat, 'Fill out the claim form and return it by Monday.', 'Could you please fill out the claim form and return it by Monday?'],
    ['a bank form', 'Dear Ms. Garcia,\n\nSubmit proof of address at any branch.\n\nKind regards,\nFirst Bank', email, 'Submit proof of address at any branch.', 'Could you please submit proof of address at any branch?'],
  ])('flags %s', (_label, text, ctx, actual, suggestion) => {
    const [m, ...rest] = run(text, ctx)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ actual, suggestions: [suggestion] })
  })

  it('flags an e-mail of 8+ words without any courtesy marker, after the greeting', () => {
    const text = 'Hi Maria,\n\nYour order shipped yesterday and will arrive by Friday.\n\nSam'
    const [m, ...rest] = run(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ actual: '', line: 3, column: 1, offset: 11, endOffset: 11, suggestions: ['Thanks for reaching out. ', 'Thanks for getting in touch. '] })
    expect(m!.message).toMatch(/no courtesy marker/)
  })

  it('flags the first chat message without courtesy, with follow-up wording for e-mail follow-ups', () => {
    expect(run('Your order shipped yesterday and should arrive by Friday.', chat).map((m) => m.offset)).toEqual([0])
    const [m] = run('Hi Maria,\n\nThe courier has now confirmed the new delivery date of Friday.\n\nSam', { ...email, followup: true })
    expect(m!.suggestions).toEqual(['Thanks for getting back to us. ', 'Thank you for your patience. '])
  })

  it('can check social replies for courtesy markers when asked', () => {
    const text = '@maria_g Your order shipped yesterday and should arrive by Friday.'
    expect(run(text, social)).toEqual([])
    expect(run(text, social, { minWords: { social: 8 } }).map((m) => m.offset)).toEqual([9])
  })
})

describe('respect: does not fire', () => {
  it.each([
    ['procedural steps', 'Hi Maria,\n\nClick Settings, then choose Privacy and turn on Export. Thanks!\n\nSam', email],
    ['numbered steps with a send', 'Hi Maria,\n\n1. Send the signed form to HR.\n2. Click Submit.\n\nThanks,\nSam', email],
    ['bulleted steps', 'Hi Maria,\n\n- Provide the serial number on the label\n- Restart the router\n\nThanks,\nSam', email],
    ['please', 'Hi Maria,\n\nPlease send the receipt.\n\nBest,\nSam', email],
    ['a polite question', 'Hi Maria,\n\nCould you send the receipt? Thanks.\n\nBest,\nSam', email],
    ['a question', 'Thanks! Send it by post or upload it?', chat],
    ['an offer', 'Thanks for asking. Send us a DM if you would like us to check the order.', chat],
    ['a command paired with help', 'Thanks. Send us the order number and we will look into it straight away.', chat],
    ['the verb as a noun', 'Thanks for waiting. Contact details are below, and reply times are short this week.', chat],
    ['a noun compound compromise settles', 'Thanks! State law requires us to hold the deposit for ten days.', chat],
    ['a contact verb pointing elsewhere', 'Sorry about that. Call your bank to lift the block on the card.', chat],
    ['"let us know"', 'Let us know your order number and the date it was placed. Thanks!', chat],
    ['"give it a try"', 'Thanks! Give it a try and keep us posted.', chat],
    ['a conditional request', 'Thanks! If it fails again, send us the log file.', chat],
    ['a short social reply with courtesy elsewhere', '@maria_g Sorry about that! DM us your order number.', social],
    ['a warm social reply (regression: real Twitter replies)', "@maria_g We'd like to look into this with you. DM us which phone model you have.", social],
    ['a social reply without markers', '@maria_g Your order shipped yesterday and should arrive by Friday.', social],
    ['a chat follow-up without markers', 'Your order shipped yesterday and should arrive by Friday.', { channel: 'chat' as const, followup: true }],
    ['a short reply', 'Done, refund issued.', chat],
    ['quoted customer text', 'Hi Maria,\n\nThanks, the refund is done.\n\nBest,\nSam\n\n> Send me the refund now.\n> Provide a tracking number.', email],
    ['an SMS without markers', 'Your appointment is confirmed for Tue 3pm at the Leeds clinic.', { channel: 'sms' as const }],
  ])('is silent on %s', (_label, text, ctx) => {
    expect(run(text, ctx)).toEqual([])
  })

  it('takes extra markers and request verbs from options', () => {
    const text = 'Hi Maria,\n\nMuch obliged for the photos, the claim is now approved in full.\n\nSam'
    expect(actuals(text)).toEqual([''])
    expect(run(text, email, { add: ['much obliged'] })).toEqual([])
    expect(actuals('Thanks! Notarize the form at a bank.', chat, { requests: ['notarize'] })).toEqual(['Notarize the form at a bank.'])
  })
})

describe('politeRequest', () => {
  it.each([
    ['Send us the receipt.', 'Could you please send us the receipt?'],
    ["DM us your order number and we'll check.", "Could you please DM us your order number? We'll check."],
    ['Reply with your account e-mail:', 'Could you please reply with your account e-mail?'],
  ])('%s', (command, expected) => {
    expect(politeRequest(command)).toBe(expected)
  })
})

describe('src/nlp/compromise helpers (shared with other rules)', () => {
  it.each([
    ['Send us the receipt.', undefined, 'Send'],
    ['Just reply to this email with the photos.', undefined, 'reply'],
    ['Restart the router and try again.', undefined, 'Restart'],
    ['Contact details are below.', new Set(['contact']), undefined],
    ['Let me check that for you.', undefined, undefined],
    ['Your order shipped today.', undefined, undefined],
    ['Provide your order number.', new Set(['send']), undefined],
  ])('imperative(%j)', (sentence, verbs, verb) => {
    expect(imperative(sentence, verbs)?.verb).toBe(verb)
  })

  it('tells first names from ordinary words by the lexicon', () => {
    expect([isFirstName('Aisha'), isFirstName('José'), isFirstName('Jordan'), isFirstName('Support'), isFirstName('Bill')]).toEqual([true, true, true, false, false])
    expect(nameKind('Khan')).toBe('last')
    expect(foldName('María')).toBe('maria')
  })
})

describe('respect on social: requests inside a conversation (issue 15, judged real replies)', () => {
  it.each([
    ['a request paired with what our team will do', '@lee_w Drop us a line at https://help.example.com and our support crew will reply within the hour.'],
    ['a request with what we will do next', '@lee_w Message us the serial number and we can look it up.'],
    ['"Other questions? DM us."', '@lee_w Your parcel left the depot this morning. Other questions? DM us.'],
    ['a DM request followed by what to tell us and an offer', "@lee_w Send us a DM. Tell us which city you're in and we'll do our best to sort it out."],
    ['a DM request after a troubleshooting question', '@lee_w Did the reset finish without errors? DM us the code you see next.'],
    ['a request after an acknowledgement', '@lee_w Got it. DM us the model number.'],
  ])('stays silent on %s', (_label, text) => {
    expect(run(text, social)).toEqual([])
  })

  it('still flags a reply that is nothing but commands', () => {
    const text = '@lee_w Explain the fault. DM us.'
    expect(run(text, social).map((m) => [m.ruleId, m.offset, m.actual])).toEqual([
      ['respect', 7, 'Explain the fault.'],
      ['respect', 26, 'DM us.'],
    ])
  })

  it('leaves an agent signature out of the command and its rewrite', () => {
    for (const [text, actual] of [
      ['@lee_w Send us your account email /JU', 'Send us your account email'],
      ['@lee_w Send us your account email ^AB', 'Send us your account email'],
      ['@lee_w Send us your account email -Sam', 'Send us your account email'],
    ] as const) {
      const [m, ...rest] = run(text, social)
      expect(rest).toEqual([])
      expect(m).toMatchObject({ ruleId: 'respect', offset: 7, actual, suggestions: ['Could you please send us your account email?'] })
    }
  })

  it('still flags a command with only a purpose, and one after a greeting (blind drafts)', () => {
    const sms = { channel: 'sms' as const }
    expect(run('Hi Lee, call us on 0800 555 0100 with your account number.', sms).map((m) => [m.ruleId, m.offset, m.actual])).toEqual([['respect', 8, 'call us on 0800 555 0100 with your account number.']])
    const chatReply = "Hi Lee, I'm sorry about this. Confirm the card's expiry date so I can freeze it."
    expect(run(chatReply, chat).map((m) => m.actual)).toEqual(["Confirm the card's expiry date so I can freeze it."])
  })

  it('does not treat a request paired with help as bare in an e-mail either', () => {
    expect(run('Hi Maria,\n\nSend us the invoice number and our billing team will correct it today.\n\nThanks,\nSam')).toEqual([])
  })
})

describe('respect on social: an invitation to DM with its link', () => {
  it('does not flag a DM invitation whose link follows', () => {
    expect(run('@lee_w Send us a DM to continue: https://example.com/dm', social)).toEqual([])
    expect(run('@lee_w Message me here: https://example.com/dm ^RB', social)).toEqual([])
  })
  it('still flags a request for information with a link after it', () => {
    const [m, ...rest] = run('@lee_w Send us your booking code. https://example.com/dm', social)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'respect', offset: 7, actual: 'Send us your booking code.' })
  })
})
