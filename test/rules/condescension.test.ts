import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { expandPattern } from '../../rules/condescension/index.js'

const run = (text: string, ctx = {}, options?: Record<string, unknown>) => only('condescension', text, ctx, options)
const actuals = (text: string, ctx = {}, options?: Record<string, unknown>) => run(text, ctx, options).map((m) => m.actual)

describe('condescension: pattern expansion', () => {
  it('expands required and optional groups', () => {
    expect(expandPattern('as I [already] told you')).toEqual(['as I already told you', 'as I told you'])
    expect(expandPattern("(you're|you are) wrong")).toEqual(["you're wrong", 'you are wrong'])
    expect(expandPattern("I('ll| will) say it")).toEqual(["I'll say it", 'I will say it'])
  })
})

describe('condescension: fires', () => {
  it('flags "As I already told you" with position, severity and a rewrite', () => {
    const text = 'Hi Maria,\n\nAs I already told you, the refund takes five working days.\n\nBest regards,\nSam'
    const [m, ...rest] = run(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'condescension', severity: 'warning', actual: 'As I already told you', line: 3, column: 1, suggestions: ['To recap', 'Just to confirm'] })
    expect(m!.message).toBe('“As I already told you” reads as impatience: it reminds the customer they were told before. Try “To recap” instead.')
    expect(m!.fix).toBeUndefined()
  })

  it('flags "per my last email" and "as stated in my previous email" in a follow-up', () => {
    const text =
      'Hello Tom,\n\nPer my last email, the replacement router ships on Monday. As stated in my previous email, the old one can stay with you.\n\nKind regards,\nPriya'
    const ms = run(text, { followup: true })
    expect(ms.map((m) => m.actual)).toEqual(['Per my last email', 'As stated in my previous email'])
    expect(ms[0]!.offset).toBe(text.indexOf('Per my'))
    expect(ms[1]!.suggestions[0]).toBe('To recap')
  })

  it('flags blame: "you failed to" with the "it looks like" rewrite', () => {
    const [m] = run('Unfortunately you failed to attach the receipt, so the claim is on hold.')
    expect(m).toMatchObject({ actual: 'you failed to', suggestions: ["it looks like … didn't", "it seems … wasn't"], column: 15 })
  })

  it('flags "obviously" and "clearly you didn\'t" with their own messages', () => {
    const ms = run("Obviously the fee applies. Clearly you didn't read the terms before booking.")
    expect(ms.map((m) => m.actual)).toEqual(['Obviously', "Clearly you didn't"])
    expect(ms[0]!.suggestions).toEqual([])
    expect(ms[0]!.message).toMatch(/Leave it out\.$/)
  })

  it('flags tone policing at the start of a sentence: "Please calm down"', () => {
    const [m] = run('Please calm down. We are looking at your meter reading now.')
    expect(m).toMatchObject({ actual: 'Please calm down', suggestions: ['I understand this is frustrating', "I can see why you're upset"] })
  })

  it('flags the non-apology "I\'m sorry you feel that way" including the subject', () => {
    const [m] = run("I'm sorry you feel that way, but the policy is the same for every passenger.", { channel: 'social' })
    expect(m!.actual).toBe("I'm sorry you feel that way")
    expect(m!.suggestions[0]).toBe("I'm sorry this happened")
  })

  it('flags "it is not our fault" and its contractions', () => {
    expect(actuals("The courier lost it. It's not our fault the parcel was late.")).toEqual(["It's not our fault"])
    expect(actuals('That is not our fault, the bank holds the payment.')).toEqual(['That is not our fault'])
    expect(actuals("This isn't our fault. The delay was not my fault.")).toEqual(["This isn't our fault", 'was not my fault'])
  })

  it('flags "I\'m not sure how to make this any clearer"', () => {
    const [m] = run("I'm not sure how to make this any clearer: the plan renews every month.")
    expect(m).toMatchObject({ actual: "I'm not sure how to make this any clearer", suggestions: ['Let me try explaining this another way', "Here's another way to look at it"] })
  })

  it('flags "you should have read" and "you should\'ve checked" (tense and contraction variants)', () => {
    expect(actuals('You should have read the booking conditions. You should\'ve checked the dates.')).toEqual([
      'You should have read',
      "You should've checked",
    ])
  })

  it('flags belittling "simply" only where it blames: "all you had to do was"', () => {
    expect(actuals('All you had to do was click the link in the email.')).toEqual(['All you had to do was'])
  })

  it('matches hyphenated and spaced spellings alike: self-explanatory, re-read', () => {
    expect(actuals('The form is self-explanatory. Please re-read my previous email.')).toEqual([
      'self-explanatory',
      'Please re-read my previous email',
    ])
  })

  it('flags "you\'re wrong" and "no offence" in a chat reply', () => {
    expect(actuals("No offence, but you're wrong about the data cap.", { channel: 'chat' })).toEqual(['No offence', "you're wrong"])
  })

  it('matches typographic apostrophes', () => {
    expect(actuals('We’re sorry you feel that way.')).toEqual(['We’re sorry you feel that way'])
  })

  it('accepts extra phrases from options and can drop entries by id', () => {
    expect(actuals('Kindly refer to the manual.', {}, { add: { 'kindly refer to the manual': 'Here are the steps' } })).toEqual(['Kindly refer to the manual'])
    expect(run('Kindly refer to the manual.', {}, { add: { 'kindly refer to the manual': 'Here are the steps' } })[0]!.suggestions).toEqual(['Here are the steps'])
    expect(actuals('Obviously the fee applies.', {}, { ignore: ['obviously'] })).toEqual([])
    expect(actuals('As I told you, the fee applies.', {}, { ignore: ['as-i-told-you'] })).toEqual([])
  })
})

describe('condescension: does not fire', () => {
  it.each([
    ['a procedural "simply"', 'Simply click Save and the new address is stored.'],
    ['"just" in a step', 'Just restart the router and wait two minutes.'],
    ['"Of course"', 'Of course! Happy to help with your refund.'],
    ['"all you need to do is"', 'All you need to do is sign in and choose Renew.'],
    ['reassurance: not your fault', "Please don't worry, it's not your fault. None of this is your fault either."],
    ['a conditional, not blame', 'If you failed to receive the code, tap Resend.'],
    ['"as mentioned above" in the same email', 'As I mentioned above, the fee is waived this month.'],
    ['"as discussed"', 'As discussed on the phone, I have raised the claim.'],
    ['calm as a verb about things', 'The queues should calm down after the holidays.'],
    ['"your error" as a message', 'Could you send a screenshot of your error message?'],
    ['"no offense taken"', 'No offense taken! Thanks for letting us know.'],
    ['"good luck with" mid-sentence', 'Good luck with that exam next week, and thanks for the update!'],
    ['the agent reporting to a colleague', "I've already explained this to the billing team and they are on it."],
    ['"don\'t worry, it\'s not that complicated"', "Don't worry, it's not that complicated: open Settings and pick Billing."],
    ['quoted customer text', '> As I already told you, I want a refund!\n\nThanks for your patience, Dana. The refund is on its way.'],
    ['an inline quote', 'You wrote "calm down, it is only a game", and I agree the message was unkind.'],
    ['"anything you don\'t understand"', "Let me know if there's anything you don't understand."],
    // Regressions from real brand tweets.
    ['"once and for all" as a promise', 'Shoot me a DM and I can find you an answer once and for all.'],
    ['"everyone knows" in a playful reply', 'Good things come to those who wait, but everyone knows better things come to those who order.'],
    ['"I would have thought" about our own expectation', 'I would have thought the update fixed it, so let me check the logs.'],
  ])('is silent on %s', (_label, text) => {
    expect(actuals(text)).toEqual([])
  })
})
