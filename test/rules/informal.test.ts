import { describe, expect, it } from 'vitest'
import { findings, only } from '../helpers.js'
import { createLinter } from '../../src/linter.js'
import { rules } from '../../rules/index.js'

const run = (text: string, ctx = {}, options?: Record<string, unknown>) => only('informal', text, ctx, options)
const actuals = (text: string, ctx = {}, options?: Record<string, unknown>) => run(text, ctx, options).map((m) => m.actual)
const fixed = (text: string, ctx = {}) => {
  const off = Object.fromEntries(rules.map((r) => [r.meta.id, 'off' as const]))
  return createLinter({ rules: { ...off, informal: 'warn' } }).fixSync(text, ctx)
}

describe('informal: fires', () => {
  it('flags "pls" with position, severity and a fix', () => {
    const text = 'Hi Ana,\n\nCould you pls send us the order number?\n\nThanks,\nLuis'
    const [m, ...rest] = run(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'informal', severity: 'warning', actual: 'pls', line: 3, column: 11, suggestions: ['please'] })
    expect(m!.fix).toEqual({ offset: text.indexOf('pls'), endOffset: text.indexOf('pls') + 3, text: 'please' })
    expect(m!.message).toBe('“pls” is text-speak or slang, too casual for a professional reply: write “please”.')
  })

  it('fixes a text-speak reply and keeps the capital at the start of a sentence', () => {
    expect(fixed("Thx for waiting! I'm gonna check if u can get a refund, pls hold on.", { channel: 'chat' })).toBe(
      "Thanks for waiting! I'm going to check if you can get a refund, please hold on.",
    )
  })

  it('offers both readings of "ur" without a fix', () => {
    const [m] = run('We have updated ur account.')
    expect(m).toMatchObject({ actual: 'ur', suggestions: ['your', "you're"] })
    expect(m!.fix).toBeUndefined()
  })

  it('flags "k" and "kk" as standalone words', () => {
    const ms = run('k, I will check. kk thanks.', { channel: 'sms' })
    expect(ms.map((m) => [m.actual, m.fix?.text])).toEqual([
      ['k', 'OK'],
      ['kk', 'OK'],
    ])
  })

  it.each([
    ['lol', 'The courier went to the wrong town lol.', 'lol'],
    ['idk', 'Honestly idk why the app logged you out.', 'idk'],
    ['omg in capitals', 'OMG, that is a lovely photo of the cake!', 'OMG'],
    ['np', 'np, glad it works now.', 'np'],
    ['wanna', 'Do you wanna upgrade to fibre?', 'wanna'],
    ['gotta', 'You gotta restart the console first.', 'gotta'],
    ['cuz', 'The fee applies cuz the plan ended.', 'cuz'],
    ['see ya', 'Thanks for calling, see ya!', 'see ya'],
    ['no worries mate', 'No worries mate, the refund is done.', 'No worries mate'],
    ['thx 4', 'Thx 4 letting us know about the outage.', 'Thx 4'],
  ])('flags %s', (_label, text, actual) => {
    expect(actuals(text, { channel: 'chat' })).toEqual([actual])
  })

  it('flags emoji and emoticons in e-mail, one finding per cluster', () => {
    const ms = run('Hi Jo,\n\nYour parcel is on its way 😀👍🏽 Enjoy :)\n\nBest,\nMia')
    expect(ms.map((m) => m.actual)).toEqual(['😀👍🏽', ':)'])
    expect(ms[0]!.fix).toBeUndefined()
    expect(ms[0]!.message).toMatch(/emoji are too casual for an e-mail/)
  })

  it('flags emoji in chat when the option says so', () => {
    expect(actuals('All sorted 🎉', { channel: 'chat' }, { emoji: false })).toEqual(['🎉'])
  })

  it('flags casual yeah/nope in e-mail only', () => {
    expect(actuals('Yeah, the refund went through.', { channel: 'email' })).toEqual(['Yeah'])
    expect(actuals('Yeah, the refund went through.', { channel: 'chat' })).toEqual([])
  })

  it('accepts extra words from options', () => {
    const [m] = run('The fix is gr8t news.', {}, { add: { gr8t: 'great' } })
    expect(m).toMatchObject({ actual: 'gr8t', suggestions: ['great'], fix: { text: 'great' } })
  })
})

describe('informal: does not fire', () => {
  it.each([
    ['U.S. and Plan U', 'Your U.S. number moves to Plan U next month.'],
    ['Vitamin K and a grade', 'Vitamin K is in stock, and the grade u label is on the box.'],
    ['units after a number', 'The dose is 100 u per ml and the run is 5 k long.'],
    ['a placeholder', 'Hi {{u}}, thanks for writing in.'],
    ['a URL', 'See https://example.com/u/k/pls for the guide.'],
    ['a name that looks like text-speak', 'Hello, Ty. Your order is ready.'],
    ['the customer\'s name', 'Ty, your order is ready.', { customer: { name: 'Ty Burrell' } }],
    ['capitals as an acronym', 'Our NP will call you, and the TY column shows the tax year.'],
    ['agent initials', 'Keep us posted /K'],
    ['emoji in chat', 'All sorted 🎉 :)', { channel: 'chat' }],
    ['emoji on social', 'Happy birthday! 🎂', { channel: 'social' }],
    ['a time and a colon', 'The shop opens at 9:30 (see note 1:) on Sundays.'],
    ['quoted customer text', '> thx u r gr8 lol\n\nThank you, Sam. We are glad it worked.'],
    ['an inline quote', 'Type "pls help" into the search box of the help centre.'],
    ['a typed key', 'Press k to pause the video.'],
    ['no worries on its own', 'No worries, the new card is on its way.'],
    // Regressions from real brand tweets.
    ['"Gotcha" outside e-mail', 'Gotcha. Could you DM us the email address on the account?', { channel: 'social' }],
    ['Spanish "ya"', '¿Se sincronizan ya? Vuelve a refrescar la pantalla.', { channel: 'social' }],
    ['the Malay particle "ya"', 'Please proceed to the website for the list of routes ya.', { channel: 'social' }],
  ])('is silent on %s', (_label, text, ctx = {}) => {
    expect(actuals(text, ctx)).toEqual([])
  })
})

describe('informal: text-speak seen in real replies (issue 15)', () => {
  it.each([
    ['Tks mid-reply', 'Your card is on its way. Tks - Dev', 'Tks', 'Thanks'],
    ['TY in capitals', 'Your card is on its way. TY ^MB', 'TY', 'Thank you'],
    ['TQ in capitals', 'Noted, TQ.', 'TQ', 'Thank you'],
    ['amt', 'The amt owing is shown on the statement.', 'amt', 'amount'],
    ['acct', 'Please check the acct page for the refund.', 'acct', 'account'],
  ])('flags %s with its fix', (_label, text, actual, fix) => {
    const [m, ...rest] = findings('informal', text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'informal', actual, offset: text.indexOf(actual), suggestions: [fix] })
    expect(m!.fix?.text).toBe(fix)
  })

  it('leaves the name Ty mid-sentence alone', () => {
    expect(findings('informal', 'Our engineer Ty will call you at 3 pm.')).toEqual([])
  })
})
