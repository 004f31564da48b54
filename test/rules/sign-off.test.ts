import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { createLinter } from '../../src/linter.js'
import { rules } from '../../rules/index.js'
import type { Config, ReplyContext } from '../../src/types.js'

const email: ReplyContext = { channel: 'email', customer: { name: 'Maria Garcia' } }
const run = (text: string, ctx: ReplyContext = email, options?: Record<string, unknown>, config: Config = {}) => only('sign-off', text, ctx, options, config)
const SIGNATURE = 'Kind regards,\nSam Lee\nNorthwind Telecom Support'
const linterWith = (config: Config) =>
  createLinter({ ...config, rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === 'sign-off' ? 'warn' : 'off'])) })

describe('sign-off: fires', () => {
  it('reports the last line of an e-mail that just stops, with closings to add', () => {
    const text = 'Hi Maria,\n\nYour refund of $42.10 was issued today.\nIt should reach your card within five working days.'
    const [m, ...rest] = run(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({
      ruleId: 'sign-off',
      severity: 'warning',
      actual: 'It should reach your card within five working days.',
      line: 4,
      column: 1,
      suggestions: [
        'It should reach your card within five working days.\n\nBest regards,',
        'It should reach your card within five working days.\n\nKind regards,',
      ],
    })
    expect(m!.fix).toBeUndefined()
  })

  it('appends the configured signature as a fix', () => {
    const text = 'Hi Maria,\n\nThe engineer visit is booked for Monday 9–11am.\n'
    const [m] = run(text, email, undefined, { signature: SIGNATURE })
    expect(m).toMatchObject({ actual: 'The engineer visit is booked for Monday 9–11am.', line: 3 })
    expect(m!.fix).toEqual({ offset: 11, endOffset: 58, text: `The engineer visit is booked for Monday 9–11am.\n\n${SIGNATURE}` })
    const output = linterWith({ signature: SIGNATURE }).fixSync(text, email)
    expect(output).toBe(`Hi Maria,\n\nThe engineer visit is booked for Monday 9–11am.\n\n${SIGNATURE}\n`)
    expect(linterWith({ signature: SIGNATURE }).lintSync(output, email).messages).toEqual([])
  })

  it.each([
    ['a closing question', 'Hi Maria,\n\nIs there anything else I can help you with today?', 'Is there anything else I can help you with today?'],
    ['an offer to help further', 'Hello,\n\nYour tracking number is 1Z999AA10123456784.\n\nLet me know if you have any other questions.', 'Let me know if you have any other questions.'],
    ['a one-line e-mail', 'Your password has been reset, you can log in now.', 'Your password has been reset, you can log in now.'],
    ['a last line that starts like a closing but is a sentence', 'Hi Maria,\n\nBest practice is to restart the router before the engineer arrives.', 'Best practice is to restart the router before the engineer arrives.'],
    ['a thanks sentence that is too long to be a closing', 'Hi Maria,\n\nThanks to the new billing system, your invoices now show each line rental charge separately per month.', 'Thanks to the new billing system, your invoices now show each line rental charge separately per month.'],
    ['a follow-up e-mail', 'Hi again Maria,\n\nThe courier confirmed delivery at 2:14pm.', 'The courier confirmed delivery at 2:14pm.'],
    ['a reply above quoted history', 'Hi Maria,\n\nWe have credited the late fee.\n\nOn Tue, 4 Mar 2025 at 09:12, Maria Garcia <maria@example.com> wrote:\n> Why was I charged a late fee?\n>\n> Best,\n> Maria', 'We have credited the late fee.'],
    ['a Markdown e-mail ending in a list', 'Hi Maria,\n\nTo finish the setup:\n\n1. Open **Settings**.\n2. Choose *Sync now*.', '2. Choose *Sync now*.'],
    ['a closing hidden mid-draft', 'Hi Maria,\n\nThanks,\nSam\n\nPS: your replacement card was dispatched this morning by first class post.', 'PS: your replacement card was dispatched this morning by first class post.'],
    ['an e-mail ending in a signature-less contact line', 'Hi Maria,\n\nPlease call us back about the claim at your convenience today.', 'Please call us back about the claim at your convenience today.'],
  ])('flags %s', (_label, text, actual) => {
    const [m, ...rest] = run(text, { ...email, followup: _label === 'a follow-up e-mail', format: _label.includes('Markdown') ? 'markdown' : 'text' })
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'sign-off', actual })
  })
})

describe('sign-off: does not fire', () => {
  it.each([
    ['Best regards and a name', 'Hi Maria,\n\nYour refund is on its way.\n\nBest regards,\nSam'],
    ['Kind regards alone', 'Hi Maria,\n\nYour refund is on its way.\n\nKind regards'],
    ['Thanks and a team line', 'Hi Maria,\n\nYour refund is on its way.\n\nThanks,\nThe Acme Support Team'],
    ['a closing on one line with the name', 'Hi Maria,\n\nYour refund is on its way.\n\nCheers, Sam'],
    ['Sincerely with a signature block', 'Dear Ms. Garcia,\n\nYour claim is approved.\n\nSincerely,\nDr. Alan Lee\nRiverside Clinic Billing\n+1 (555) 010-2000\nwww.riverside.example'],
    ['a dash and a name', 'Hi Maria,\n\nYour refund is on its way.\n\n— Sam'],
    ['a thanks sentence ending the last line', 'Hi Maria, your refund is on its way. Let me know if it has not arrived by Friday. Thanks!'],
    ['a short thanks line', 'Hi Maria,\n\nYour refund is on its way.\n\nThank you for choosing Acme!'],
    ['a well-wish closing', 'Hi Maria,\n\nYour refund is on its way.\n\nHave a great weekend!'],
    ['a name-only signature', 'Hi Maria,\n\nYour refund is on its way.\n\nSam Lee | Acme Billing'],
    ['a signature delimiter', 'Hi Maria,\n\nYour refund is on its way.\n\n--\nAcme Billing, 1 Main St'],
    ['a mobile footer after the closing', 'Hi Maria,\n\nYour refund is on its way.\n\nThanks,\nSam\n\nSent from my iPhone'],
    ['a closing above quoted history', 'Hi Maria,\n\nDone!\n\nBest,\nSam\n\nOn Tue, 4 Mar 2025, Maria Garcia <maria@example.com> wrote:\n> Is it done yet?'],
  ])('is silent on %s', (_label, text) => {
    expect(run(text)).toEqual([])
  })

  it.each([
    ['chat', { channel: 'chat' as const }],
    ['social', { channel: 'social' as const }],
    ['sms', { channel: 'sms' as const }],
  ])('is silent on %s', (_label, ctx) => {
    expect(run('Your refund is on its way and should arrive by Friday.', ctx)).toEqual([])
  })

  it('is silent when the configured signature is already there', () => {
    expect(run('Hi Maria,\n\nDone.\n\nSam Lee\nNorthwind Telecom Support', email, undefined, { signature: 'Sam Lee\nNorthwind Telecom Support' })).toEqual([])
  })

  it('leaves canned templates alone unless asked (help desks append signatures)', () => {
    const text = 'Hi {{first_name}},\n\nYour ticket has been solved.'
    const linter = createLinter({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === 'sign-off' ? 'warn' : 'off'])) }, { template: true })
    expect(linter.lintSync(text, email).messages).toEqual([])
    const strict = createLinter({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === 'sign-off' ? ['warn', { templates: true }] : 'off'])) }, { template: true })
    expect(strict.lintSync(text, email).messages.map((m) => m.actual)).toEqual(['Your ticket has been solved.'])
  })

  it('takes extra closings and drops built-in ones from options', () => {
    const text = 'Hi Maria,\n\nYour refund is on its way.\n\nYours in service'
    expect(run(text).map((m) => m.actual)).toEqual(['Yours in service'])
    expect(run(text, email, { add: ['yours in service'] })).toEqual([])
    expect(run('Hi Maria,\n\nDone.\n\nCheers!', email, { ignore: ['cheers'] }).map((m) => m.actual)).toEqual(['Cheers!'])
  })
})

describe('sign-off: a postscript or a legal footer after the signature (issue 16)', () => {
  it('finds the closing above a P.S. line', () => {
    expect(run('Hi Maria,\n\nYour replacement router ships today.\n\nKind regards,\nSam\nP.S. The old router can go in the same box.')).toEqual([])
    expect(run('Hi Maria,\n\nYour replacement router ships today.\n\nKind regards,\nSam\n\nPS: keep the old power cable, it fits the new one.')).toEqual([])
  })

  it('finds the closing above a legal footer', () => {
    const text = 'Hi Maria,\n\nYour replacement router ships today.\n\nBest,\nSam\n\nThis message is confidential and meant only for the intended recipient. Northwind Ltd, registered in England, company number 0123456.'
    expect(run(text)).toEqual([])
  })

  it('still reports a missing sign-off above a footer, at the last line of the body', () => {
    const text = 'Hi Maria,\n\nYour replacement router ships today.\n\nThis message is confidential and meant only for the intended recipient.'
    const [m, ...rest] = run(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'sign-off', line: 3, column: 1, actual: 'Your replacement router ships today.' })
  })

  it('does not take a body paragraph for a footer when nothing is above it', () => {
    expect(run('P.S. Your replacement router ships today.').map((m) => [m.ruleId, m.offset])).toEqual([['sign-off', 0]])
  })
})
