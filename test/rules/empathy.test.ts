import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import type { ReplyContext } from '../../src/types.js'

const said = (message: string, extra: ReplyContext = {}): ReplyContext => ({ channel: 'email', customer: { name: 'Maria Garcia', message }, ...extra })
const run = (text: string, ctx: ReplyContext, options?: Record<string, unknown>) => only('empathy', text, ctx, options)
const REPLY = 'Hi Maria,\n\nWe have refunded the delivery fee to your card.\n\nBest regards,\nSam'

describe('empathy: fires', () => {
  it('reports the start of the first sentence after the greeting, with openings to add', () => {
    const [m, ...rest] = run(REPLY, said("This is the third time I've asked for this refund."))
    expect(rest).toEqual([])
    expect(m).toMatchObject({
      ruleId: 'empathy',
      severity: 'warning',
      actual: '',
      line: 3,
      column: 1,
      offset: 11,
      endOffset: 11,
      suggestions: ["I'm sorry you've had to contact us about this again. ", 'I understand how frustrating this must be. '],
    })
    expect(m!.message).toBe('The customer is frustrated (“third time”): acknowledge it before solving the problem.')
    expect(m!.fix).toBeUndefined()
  })

  it.each([
    ['a problem that persists', 'My internet is still not working after the engineer visit.', '“still not”', "I'm sorry this is still happening. "],
    ['a long wait', "I've been on hold for two hours and nobody has answered.", '“on hold”', "I'm sorry for the wait, and thank you for your patience. "],
    ['an angry word', 'Charging me a late fee for your own outage is ridiculous.', '“ridiculous”', "I'm sorry for the trouble this has caused. "],
    ['a complaint', 'I was charged twice for the same order.', '“charged twice”', "I'm sorry for the trouble this has caused. "],
    ['profanity', 'Where the hell is my parcel', 'strong language', "I'm sorry for the trouble this has caused. "],
    ['shouting', 'WHY IS MY ACCOUNT LOCKED AGAIN', 'writing in capitals', "I'm sorry for the trouble this has caused. "],
    ['a row of exclamation marks', 'My order was supposed to arrive on Monday!!!', '“!!!”', "I'm sorry for the trouble this has caused. "],
    ['an angry emoji', 'The app logged me out again 😡', '😡', "I'm sorry for the trouble this has caused. "],
    ['a repeat contact', 'I already called you twice about this bill.', '“already called”', "I'm sorry you've had to contact us about this again. "],
  ])('fires on %s', (_label, message, why, suggestion) => {
    const [m, ...rest] = run(REPLY, said(message))
    expect(rest).toEqual([])
    expect(m).toMatchObject({ offset: 11, suggestions: [suggestion, expect.any(String)] })
    expect(m!.message).toContain(`(${why})`)
  })

  it('reports after the @handle on social', () => {
    const [m] = run('@maria_g Your refund is processed and will show within 5 days.', { channel: 'social', customer: { message: '@Acme still no refund after 3 weeks' } })
    expect(m).toMatchObject({ offset: 9, column: 10 })
  })

  it('reports after an inline greeting in chat', () => {
    const [m] = run('Hi Maria, the replacement ships today.', { channel: 'chat', customer: { name: 'Maria Garcia', message: 'Fed up with this broken kettle' } })
    expect(m).toMatchObject({ offset: 10 })
  })

  it('does not count an apology that is only in quoted text', () => {
    const text = 'Hi Maria,\n\nThe refund is processed.\n\nBest,\nSam\n\n> Sorry to bother you again, but this is ridiculous.'
    expect(run(text, said('This is ridiculous, still no refund')).map((m) => m.offset)).toEqual([11])
  })
})

describe('empathy: does not fire', () => {
  it.each([
    ['an apology', 'Hi Maria,\n\nI am so sorry about the double charge; the refund is processed.\n\nBest,\nSam'],
    ['an acknowledgement', 'Hi Maria,\n\nI understand how frustrating this has been. The refund is processed.\n\nBest,\nSam'],
    ['thanks for patience', 'Hi Maria,\n\nThank you for your patience. The refund is processed.\n\nBest,\nSam'],
    ['apologies', 'Apologies for the delay, Maria. The refund is processed.'],
    ['an informal acknowledgement', '@maria_g Oh no, that is not the experience we want for you. DM us and we will sort it.'],
    ['an acknowledgement of the experience', 'Hi Maria,\n\nThat is not the kind of experience we want you to have. The refund is processed.\n\nBest,\nSam'],
  ])('is silent on a reply with %s', (_label, text) => {
    expect(run(text, said('This is the THIRD time I am asking!!! Still not working.'))).toEqual([])
  })

  it.each([
    ['no customer message', undefined],
    ['a calm question', 'How do I change the e-mail address on my account?'],
    ['an excited thank-you in capitals', 'THANK YOU SO MUCH!!! It works now'],
    ['acronyms in capitals', 'My USB hub and the HDMI port on my PS5 are not detected by the TV'],
    ['a happy message with emoji', 'Got it working!! 😊'],
    ['a form prompt in capitals', '[TYPE YOUR QUESTION HERE] how do I pair the printer with my laptop?'],
    ['a link with capitals', 'Is this page right? https://example.com/HELP/ACCOUNT/RESET-PASSWORD'],
    ['a phishing warning', 'Heads up, there is a new phishing scam going around with your logo'],
    ['a joke about names', 'I changed my username as a joke, can I change it back?'],
    ['a single exclamation mark', 'My parcel arrived but the box was empty!'],
    // Regressions from real Twitter replies (paraphrased):
    ['"nobody" describing the problem', 'My comments post fine but nobody else can see them, is that normal?'],
    ['"seriously" in a quote', 'Your site says "we take privacy very seriously", so how do I delete my data?'],
    ['"many times" as frequency', 'Many times the guide does not say which channel a match is on, could you add that?'],
    ['good news with "again today"', 'I checked again today and it is working now, thanks'],
    ['a loud but happy message', 'YOU GUYS CAME THROUGH!!!! 🎉'],
    ['"!!" from an excited customer', 'Just for info, the album is there today!! 😁'],
  ])('is silent when the customer sent %s', (_label, message) => {
    expect(run(REPLY, { channel: 'email', customer: { name: 'Maria Garcia', message } })).toEqual([])
  })

  it('takes extra triggers and acknowledgements from options', () => {
    const ctx = said('Honestly, this is a shambles from start to finish, gutted.')
    expect(run(REPLY, ctx).length).toBe(1)
    expect(run(REPLY, said('Gutted about the cancelled flight'), { add: ['gutted'] }).length).toBe(1)
    expect(run(REPLY, said('Gutted about the cancelled flight'))).toEqual([])
    expect(run('Hi Maria,\n\nWe are on it: the refund is processed.\n\nBest,\nSam', ctx, { acknowledgements: ['we are on it'] })).toEqual([])
    expect(run(REPLY, ctx, { ignore: ['shambles'] })).toEqual([])
  })
})

describe('empathy: real-reply classes (issue 15)', () => {
  const why = (message: string, text = REPLY) => run(text, said(message)).map((m) => m.message)

  it.each([
    ['the customer says it works now', 'Reinstalled it for the second time and it is working now, thanks anyway!'],
    ['the customer now understands', 'I was upset the album vanished, but now I understand why. Thank you.'],
    ['the customer thanks for the help after sad emoji', '😩😩 Alright, thanks for your help!!'],
    ['a mood named in a question', 'Which playlist should I put on when angry?'],
    ['a hedge', 'As ridiculous as this may sound, I would love a dark mode.'],
    ["the customer's self-doubt", 'Sorry if this is a dumb question, but where is the serial number?'],
    ['a complaint asked about', 'Can you confirm you received my complaint?'],
  ])('is silent when %s', (_label, message) => {
    expect(why(message)).toEqual([])
  })

  it('is silent on the second part of a reply split over several tweets', () => {
    expect(run('@dana_k 2: then restart the app and sign in again.', said('Still not working!!', { channel: 'social' }))).toEqual([])
  })

  it('counts an acknowledgement in words the list lacked', () => {
    expect(run("Hi Maria,\n\nDon't throw in the towel just yet! We'd still like to help: which phone do you use?\n\nSam", said('This app is useless.'))).toEqual([])
  })

  it.each([
    ['a sarcastic thanks', 'Thanks for making a liar out of me. You promised delivery today!!!', '“!!!”'],
    ['a hashtag', 'Three days without internet #useless', '“useless”'],
    ['"stupid"', 'This stupid router drops every hour.', '“stupid”'],
    ['an unanswered question', 'I asked about the fee last week and you never replied.', '“never replied”'],
    ['a refused refund', 'You refused my refund without any reason.', '“refused”'],
  ])('fires on %s', (_label, message, shown) => {
    expect(why(message)).toEqual([`The customer is frustrated (${shown}): acknowledge it before solving the problem.`])
  })
})

describe('empathy: more real-reply classes (issue 15, second sample)', () => {
  it.each([
    ['a joke', 'lmao jk!!!'],
    ['a negated complaint word', "Haha, it wasn't a complaint, just amused me."],
  ])('is silent on %s', (_label, message) => {
    expect(run(REPLY, said(message))).toEqual([])
  })
})

describe('empathy: who and what the complaint is about (issue 15, second sample)', () => {
  it.each([
    ["another account's product", 'It is not your update, only @othertunes awful app crashes.'.replace('@othertunes', "@othertunes's")],
    ['a literal "how many times"', 'Thanks! How many times (roughly) does an ad play in an hour?'],
    ['capitals in a shared post', 'Phishing page found, hosted by EXAMPLEHOST-AMS NL GROUP #phishing https://scan.example/abc'],
  ])('is silent on %s', (_label, message) => {
    expect(run(REPLY, said(message))).toEqual([])
  })

  it('still fires on "how many times do I have to…"', () => {
    expect(run(REPLY, said('How many times do I have to ask for my refund?')).map((m) => m.message)).toEqual(['The customer is frustrated (“How many times”): acknowledge it before solving the problem.'])
  })
})
