import { describe, expect, it } from 'vitest'
import { findings, only } from '../helpers.js'

const run = (text: string, ctx = {}, options?: Record<string, unknown>) => only('insult', text, ctx, options)
const actuals = (text: string, ctx = {}, options?: Record<string, unknown>) => run(text, ctx, options).map((m) => m.actual)

describe('insult: fires', () => {
  it('flags "stupid question" aimed at the customer, as an error with its position', () => {
    const text = 'Hi Dev,\n\nThat is a stupid question, the app has always worked that way.\n\nRegards,\nKim'
    const [m, ...rest] = findings('insult', text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'insult', severity: 'error', actual: 'stupid', line: 3, column: 11, suggestions: [] })
    expect(m!.message).toBe("Don't use “stupid”: it is demeaning when said about the customer, their request or the situation. Remove it or reword the sentence.")
    expect(m!.fix).toBeUndefined()
  })

  it('flags a ridiculous request with a neutral rewrite', () => {
    const [m] = run('Honestly, asking for a refund after two years is ridiculous.')
    expect(m).toMatchObject({ actual: 'ridiculous', suggestions: ['frustrating', 'unexpected'] })
    expect(m!.message).toMatch(/Say “frustrating” or reword\.$/)
  })

  it('flags the situation too: "this delay is pathetic"', () => {
    expect(actuals('I agree, this delay is pathetic and we are chasing the courier.', { channel: 'social' })).toEqual(['pathetic'])
  })

  it.each([
    ['idiot', 'Only an idiot would reset the router during an update.', 'idiot'],
    ['moron', 'Some moron in your household changed the PIN.', 'moron'],
    ['clueless', 'You seem clueless about how billing cycles work.', 'clueless'],
    ['incompetent', 'Your previous installer was incompetent, sadly.', 'incompetent'],
    ['nonsense', 'Your complaint about the tariff is nonsense.', 'nonsense'],
    ['dumb question', 'Well, that was a dumb question.', 'dumb'],
    ['an order', "Don't be stupid, the voucher can't be used twice.", 'stupid'],
    ['capitals', 'That request is STUPID.', 'STUPID'],
    ['phrase', 'Please stop wasting our time with duplicate tickets.', 'wasting our time'],
    ['hyphenated', 'That was a dim-witted way to book the seats.', 'dim-witted'],
    ['manner adverb after you', 'You stupidly deleted the backup yourself.', 'stupidly'],
    ['a phrase after the opening @handle of a tweet', '@dan_r Stop whining, the servers are back.', 'Stop whining'],
    ['a negation in an earlier clause does not protect', "It's not on our side, because your setup is dumb.", 'dumb'],
    ['an insult hashtag', 'We fixed it already #pathetic', 'pathetic'],
    ['joke of a', 'We have closed your joke of a request.', 'joke of a'],
  ])('flags %s', (_label, text, actual) => {
    expect(actuals(text)).toEqual([actual])
  })

  it('accepts extra words and ignores from options', () => {
    expect(actuals('That is a numbskull move.', {}, { add: ['numbskull'] })).toEqual(['numbskull'])
    expect(actuals('Your request is ridiculous.', {}, { ignore: ['ridiculous'] })).toEqual([])
  })
})

describe('insult: does not fire', () => {
  it.each([
    ['a praise intensifier', 'We offer ridiculously fast shipping on every order!'],
    ['a game title', 'Have you tried Ridiculous Fishing? It is free this week.'],
    ['a title at the start', 'Stupid Zombies 2 is included in your Arcade plan.'],
    ['negation: no stupid questions', "There's no such thing as a stupid question, so ask away!"],
    ['negation: not ridiculous', 'Your request is not ridiculous at all, and I have passed it on.'],
    ['self-deprecation: silly me', 'Silly me, I sent you the wrong link. Here is the right one.'],
    ['self-deprecation: I\'m such an idiot', "I'm such an idiot, I attached the wrong invoice. Sorry about that!"],
    ['owning our mistake', 'That was a silly mistake on our part, and we have fixed it.'],
    ['the agent\'s own question', 'Stupid question, but have you tried turning Bluetooth off?'],
    ['a feature phone', 'A dumb phone works fine with this SIM card.'],
    ['garbled text', 'The email shows nonsense characters because of the encoding.'],
    ['quoted customer text', '> This is the most ridiculous airline ever\n\nI am sorry, Omar. I have rebooked you on the 9:40.'],
    ['an inline quote', 'You said the app is "stupid and slow", and that is fair feedback.'],
    ['an esports bracket', 'The loser bracket starts at 6 pm.'],
    ['a handle', 'Thanks @StupidCoolGamer, we have reset your password.'],
    ['foolproof', 'The new setup is idiot-proof, just follow the card in the box.'],
  ])('is silent on %s', (_label, text) => {
    expect(actuals(text)).toEqual([])
  })
})

describe('insult: judgements aimed at the customer (issue 16)', () => {
  const hits = (text: string) => findings('insult', text).map((m) => m.actual)

  it.each([
    ['softened, about their settings', 'Hi Sam, your router settings are a bit messy, so please reset them.', 'messy'],
    ['about their question', 'I know it is late, but your question is rather confusing.', 'confusing'],
    ['about the person', "Honestly, you're being a bit dramatic about one late parcel.", 'dramatic'],
    ['name-calling', 'Read the label first, you clown.', 'you clown'],
    ["a judgement of the customer's question before 'but'", "That's a silly question, but yes, it charges in four hours.", 'silly question'],
  ])('flags %s', (_label, text, actual) => {
    expect(hits(text)).toEqual([actual])
  })

  it('reports the aimed word at its own position', () => {
    const text = 'Thanks Priya. Your settings are a mess.'
    const [m, ...rest] = findings('insult', text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'insult', severity: 'error', actual: 'mess', offset: text.indexOf('mess'), column: text.indexOf('mess') + 1 })
    expect(m!.message).toBe("Don't use “mess”: it is demeaning when said about the customer, their request or the situation. Remove it or reword the sentence.")
  })

  it.each([
    ['a diagnosis of their equipment', 'Your connection is slow right now because of the outage.'],
    ['a condition', 'If you are confused by the bill, call us any time.'],
    ['a negation', "You're not difficult at all, happy to help!"],
    ["the agent judging the company's own failure while apologising", 'Our last update was a mess, and I am sorry it wiped your playlists.'],
    ['the agent owning their own question', 'Silly question, but have you tried restarting the app?'],
  ])('is silent on %s', (_label, text) => {
    expect(hits(text)).toEqual([])
  })
})
