import { describe, expect, it } from 'vitest'
import { findings, only } from '../helpers.js'
import { createLinter } from '../../src/linter.js'
import { rules } from '../../rules/index.js'
import type { ReplyContext } from '../../src/types.js'

const maria: ReplyContext = { customer: { name: 'Maria Garcia' } }
const run = (text: string, ctx: ReplyContext = maria, options?: Record<string, unknown>) => only('wrong-name', text, ctx, options)
const actuals = (text: string, ctx: ReplyContext = maria) => run(text, ctx).map((m) => m.actual)
const fixWith = (text: string, ctx: ReplyContext = maria) =>
  createLinter({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === 'wrong-name' ? 'error' : 'off'])) }).fixSync(text, ctx)

describe('wrong-name: fires', () => {
  it('reports a greeting to someone else as an error with the fix', () => {
    const text = 'Hi John,\n\nYour replacement SIM is on its way and should arrive on Thursday.\n\nBest regards,\nSam'
    const [m, ...rest] = findings('wrong-name', text, maria)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'wrong-name', severity: 'error', actual: 'John', line: 1, column: 4, offset: 3, endOffset: 7, suggestions: ['Maria'] })
    expect(m!.message).toMatch(/help desk knows them as Maria Garcia/)
    expect(m!.fix).toEqual({ offset: 3, endOffset: 7, text: 'Maria' })
    expect(fixWith(text)).toBe(text.replace('John', 'Maria'))
  })

  it('replaces a wrong full name with the full name', () => {
    const [m] = run('Dear John Smith,\n\nYour policy renewal is attached.\n\nKind regards,\nHarbor Insurance')
    expect(m).toMatchObject({ actual: 'John Smith', offset: 5, endOffset: 15, suggestions: ['Maria Garcia'] })
  })

  it.each([
    ['a thank-you in the first line of a chat', 'Thanks, John! I have refunded the duplicate charge.', { channel: 'chat' as const }, 'John', 8],
    ['a direct address ending the first sentence', 'Thank you for waiting, Kevin. Your account is unlocked now.', {}, 'Kevin', 23],
    ['a line-initial address', 'Daniel, thanks for the photos of the damaged box.\n\nBest,\nSam', {}, 'Daniel', 0],
    ['an address after a comma in the greeting', 'Hi, Jennifer, the technician visit is booked for Monday.\n\nBest,\nSam', {}, 'Jennifer', 4],
    ['a name after "Hi there"', 'Hi there Tom, your tickets are in the app.\n\nCheers,\nSam', {}, 'Tom', 9],
    ['a social reply', '@jdoe_88 Hi Jake, your refund has been processed today.', { channel: 'social' as const }, 'Jake', 12],
    ['a name the lexicon does not know, in the greeting', 'Hi Priyanka,\n\nYour exchange is approved.\n\nBest,\nSam', {}, 'Priyanka', 3],
    ['a name that is also a word', 'Dear Bill,\n\nYour gas account is now closed.\n\nRegards,\nAcme Energy', {}, 'Bill', 5],
    ['a surname-only greeting', 'Hello Nguyen,\n\nThe loan documents are ready to sign.\n\nRegards,\nFirst Bank', {}, 'Nguyen', 6],
  ])('flags %s', (_label, text, ctx, actual, offset) => {
    const [m, ...rest] = run(text, { ...maria, ...ctx })
    expect(rest).toEqual([])
    expect(m).toMatchObject({ actual, offset, suggestions: ['Maria'] })
  })

  it('checks the first line of the body under a greeting on its own line', () => {
    const text = "Hi Isabel,\n\nThanks, Carmen! I've moved your booking to Wednesday at 9:30.\n\nBest regards,\nSophie"
    const [m, ...rest] = run(text, { customer: { name: 'Isabel Ortiz' } })
    expect(rest).toEqual([])
    expect(m).toMatchObject({ actual: 'Carmen', line: 3, column: 9, suggestions: ['Isabel'] })
  })

  it('calls a one-letter slip a misspelling', () => {
    const [m] = run('Hi Kasidy,\n\nYour order shipped.\n\nThanks,\nSam', { customer: { name: 'Kassidy Jones' } })
    expect(m).toMatchObject({ actual: 'Kasidy', suggestions: ['Kassidy'] })
    expect(m!.message).toMatch(/misspells the customer's name/)
    const [swap] = run('Hi Mraia,\n\nYour order shipped.\n\nThanks,\nSam')
    expect(swap).toMatchObject({ actual: 'Mraia', suggestions: ['Maria'] })
  })

  it('fires on a name a nickname table extension does not cover', () => {
    expect(actuals('Hi Rita,\n\nYour order shipped.\n\nThanks,\nSam', { customer: { name: 'Margarita Lopez' } })).toEqual(['Rita'])
    expect(run('Hi Rita,\n\nYour order shipped.\n\nThanks,\nSam', { customer: { name: 'Margarita Lopez' } }, { nicknames: { margarita: ['rita'] } })).toEqual([])
  })
})

describe('wrong-name: does not fire', () => {
  it.each([
    ['the customer by first name', 'Hi Maria,\n\nYour order shipped.\n\nBest,\nSam', maria],
    ['a nickname (Bob for Robert)', 'Hi Bob,\n\nYour order shipped.\n\nBest,\nSam', { customer: { name: 'Robert Smith' } }],
    ['a short form (Kate for Katherine)', 'Hi Kate,\n\nYour order shipped.\n\nBest,\nSam', { customer: { name: 'Katherine Wong' } }],
    ['a prefix short form (Chris for Christopher)', 'Thanks, Chris! Your order shipped.', { customer: { name: 'Christopher Lee' } }],
    ['Liz for Elizabeth', 'Hi Liz,\n\nYour order shipped.\n\nBest,\nSam', { customer: { name: 'Elizabeth Moore' } }],
    ['Jo for Joanne', 'Hello Jo,\n\nYour order shipped.\n\nBest,\nSam', { customer: { name: 'Joanne Baker' } }],
    ['the full name formal way round', 'Hi Robert,\n\nYour order shipped.\n\nBest,\nSam', { customer: { name: 'Bobby Tables' } }],
    ['accents', 'Hi Maria,\n\nYour order shipped.\n\nBest,\nSam', { customer: { name: 'María García' } }],
    ['a last-first CRM name', 'Hi Maria,\n\nYour order shipped.\n\nBest,\nSam', { customer: { name: 'Garcia, Maria' } }],
    ["title and the customer's surname", 'Dear Ms. Garcia,\n\nYour order shipped.\n\nKind regards,\nSam', maria],
    ['title and a surname when only the first name is known', 'Dear Mr. Smith,\n\nYour order shipped.\n\nKind regards,\nSam', { customer: { name: 'Maria' } }],
    ["the agent's own name in the sign-off", 'Hi Maria,\n\nYour order shipped.\n\nBest regards,\nJohn', maria],
    ["the agent introducing themselves", 'Hi Maria, John here from the billing team. Your refund is done.', maria],
    ['the agent signing a one-line chat with their name', 'Done, your refund is issued. Thanks, Jordan. My name is Jordan if you need me again.', { channel: 'chat' as const, customer: { name: 'Maria Garcia' } }],
    ['a third party', 'Hi Maria, our technician John will call you tomorrow morning.', maria],
    ['an apposition', 'I asked our engineer, John, to call you back today.\n\nBest,\nSam', maria],
    ['an apposition ending the sentence', 'Hi Maria,\n\nI have passed your case to my colleague, Ahmed.\n\nBest,\nSam', maria],
    ['a greeting to someone and the customer', 'Hi John and Maria,\n\nBoth tickets are in the app.\n\nBest,\nSam', maria],
    ['a name the customer used themselves', 'Hi John,\n\nYour order shipped.\n\nBest,\nSam', { customer: { name: 'Maria Garcia', message: 'Ordering for my wife Maria. Thanks, John' } }],
    ['a sign-off in a one-line chat', 'Your refund is done. Thanks, Sam', { channel: 'chat' as const, customer: { name: 'Maria Garcia' } }],
    ['a month after a comma', 'Unfortunately, April is fully booked.\n\nBest,\nSam', maria],
    ['a greeting to the customer and someone else', 'Hi Maria and John,\n\nBoth accounts are merged.\n\nBest,\nSam', maria],
    ['a generic greeting', 'Hi team,\n\nYour workspace is upgraded.\n\nBest,\nSam', maria],
    ['"Hi there" before a product name', 'Hi there, Premiere Pro exports the high-resolution files.\n\nBest,\nSam', maria],
    ['a name placeholder', 'Hi {{first_name}},\n\nYour order shipped.\n\nBest,\nSam', maria],
    ['an unknown customer name', 'Hi John,\n\nYour order shipped.\n\nBest,\nSam', {}],
    ['a handle as the customer name', 'Hi John,\n\nYour order shipped.\n\nBest,\nSam', { customer: { name: '@jsmith_77' } }],
  ])('is silent on %s', (_label, text, ctx) => {
    expect(run(text, ctx)).toEqual([])
  })

  it('does not take an acronym after an HTML entity for a name (regression: real Twitter replies)', () => {
    expect(run('Could you send us the playlist link? Right-click it &gt; Share &gt; URI. Thanks!')).toEqual([])
  })

  it('does not report names in quoted customer text', () => {
    const text = 'Hi Maria,\n\nYour order shipped.\n\nBest,\nSam\n\nOn Tue, 4 Mar 2025, John Doe <john@example.com> wrote:\n> Hi John, thanks'
    expect(run(text)).toEqual([])
  })

  it('takes team names from the ignore option', () => {
    expect(actuals('Hi Aurora,\n\nYour order shipped.\n\nBest,\nSam')).toEqual(['Aurora'])
    expect(run('Hi Aurora,\n\nYour order shipped.\n\nBest,\nSam', maria, { ignore: ['Aurora'] })).toEqual([])
  })
})

describe('wrong-name: a name outside the greeting line (issue 16)', () => {
  const garcia = { customer: { name: 'Maria Garcia' } }
  const named = (text: string, ctx = garcia) => findings('wrong-name', text, ctx)

  it('flags a leftover name in a closing thanks, with its position and fix', () => {
    const text = 'Hi Maria,\n\nYour refund is done and shows by Friday.\n\nThanks again for your patience, John!\n\nKind regards,\nAnna'
    const [m, ...rest] = named(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'wrong-name', actual: 'John', line: 5, column: 33, offset: text.indexOf('John'), fix: { text: 'Maria' } })
  })

  it('flags a title with a surname that is not the customer\'s when the full name is known', () => {
    const [m, ...rest] = named('Dear Mr. Smith,\n\nYour order shipped.\n\nKind regards,\nSam')
    expect(rest).toEqual([])
    expect(m).toMatchObject({ actual: 'Smith', line: 1, column: 10, suggestions: ['Garcia'] })
    expect(m!.message).toBe("“Smith” is not the customer's name: the help desk knows them as Maria Garcia. Use “Garcia”.")
  })

  it('reads the greeting even when a later word starts like the surname ("to" and Torres)', () => {
    expect(named('Hi Carlos, yes, your car is ready to collect today.', { customer: { name: 'Miguel Torres' } }).map((m) => m.actual)).toEqual(['Carlos'])
  })

  it.each([
    ['a colleague named in the body', 'Hi Maria,\n\nI passed this to my colleague, Sarah, who will call you.\n\nBest,\nAnna'],
    ['the agent signing with a short thanks', 'Hi Maria, your refund is done. Thanks, Sarah'],
    ['a closing wish to the customer', 'Hi Maria,\n\nYour refund is done.\n\nHave a lovely weekend, Maria!\n\nBest,\nAnna'],
  ])('is silent on %s', (_label, text) => {
    expect(named(text)).toEqual([])
  })
})
