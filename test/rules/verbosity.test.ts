import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { createLinter } from '../../src/linter.js'
import { rules } from '../../rules/index.js'
import type { Config, ReplyContext } from '../../src/types.js'

const lint = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>, config: Config = {}) => only('verbosity', text, ctx, options, config)
const actuals = (text: string, ctx: ReplyContext = {}) => lint(text, ctx).map((m) => m.actual)

function fixed(text: string, ctx: ReplyContext = {}): string {
  const off = Object.fromEntries(rules.map((r) => [r.meta.id, 'off' as const]))
  return createLinter({ rules: { ...off, verbosity: 'warn' } }).fixSync(text, ctx)
}

/** `n` distinct-ish words of plain filler text, no sentence punctuation. */
const words = (n: number, word = 'update') => Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 'the' : word)).join(' ')

const LONG =
  'We restarted the service on our side and checked the logs for your account, and we found that the last sync failed because the token expired, which means you need to sign in again on each device before it syncs.'

describe('verbosity: long sentences', () => {
  it('flags a sentence over 30 words with its exact range and split suggestions', () => {
    const text = `Hi Dana,\n\n${LONG}\n\nBest,\nLee`
    const [m, ...rest] = lint(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'verbosity', severity: 'warning', actual: LONG, line: 3, column: 1 })
    expect(m!.offset).toBe(text.indexOf('We restarted'))
    expect(m!.message).toMatch(/has 40 words; keep sentences to 30 words or fewer/)
    expect(m!.suggestions).toEqual([
      'We restarted the service on our side and checked the logs for your account. We found that the last sync failed because the token expired, which means you need to sign in again on each device before it syncs.',
      'We restarted the service on our side and checked the logs for your account, and we found that the last sync failed because the token expired. This means you need to sign in again on each device before it syncs.',
    ])
    expect(m!.fix).toBeUndefined()
  })

  it('offers a split at a semicolon and at ", but"', () => {
    const text =
      'Your replacement router left our warehouse in Leeds this morning and the courier has it now; it should reach you before the weekend, but we will keep an eye on the tracking in case anything changes.'
    const [m] = lint(text)
    expect(m!.suggestions[0]).toBe(
      'Your replacement router left our warehouse in Leeds this morning and the courier has it now. It should reach you before the weekend, but we will keep an eye on the tracking in case anything changes.',
    )
  })

  it('gives no rewrite when there is no clean split point', () => {
    const text =
      'Thanks for your patience while our team checked the billing records for your account and confirmed that the duplicate charge from March was reversed on our side and should show on your statement.'
    const [m] = lint(text)
    expect(m).toMatchObject({ actual: text, suggestions: [] })
    expect(m!.message).toMatch(/33 words/)
  })

  it('keeps hard-wrapped e-mail lines together as one sentence', () => {
    const text =
      'Thanks for your patience while our team checked the\nbilling records for your account and confirmed that the\nduplicate charge from March was reversed on our side and\nshould show on your statement.'
    expect(actuals(text)).toEqual([text])
  })

  it('counts a URL as one word', () => {
    const base = words(29)
    expect(actuals(`${base} https://help.example.com/articles/very/long/path/to/a/help/page?with=query&and=more.`)).toEqual([])
    expect(lint(`${base} at https://help.example.com/a and https://help.example.com/b.`)[0]!.message).toMatch(/33 words/)
  })

  it('honours maxSentenceWords from the rule options', () => {
    const text = 'We have refunded the delivery fee to your card and it should show on your statement within three to five business days.'
    expect(actuals(text)).toEqual([])
    expect(lint(text, {}, { maxSentenceWords: 20 }).map((m) => m.actual)).toEqual([text])
  })
})

describe('verbosity: channel budgets', () => {
  it('flags an e-mail over 250 words from the first word past the budget', () => {
    const sentences = Array.from({ length: 26 }, (_, i) => `Step ${i + 1} asks you to check the cable and the power light.`)
    const text = sentences.join(' ')
    const [m] = lint(text, { channel: 'email' })
    expect(m!.message).toMatch(/This email reply is 312 words; keep email replies to 250 words or fewer/)
    // 12 words a sentence: word 251 is the 11th word of sentence 21.
    expect(m!.offset).toBe(text.indexOf('power light', text.indexOf('Step 21')))
    expect(m!.endOffset).toBe(text.length - 1)
  })

  it('flags a chat message over 80 words, and reads budgets from shared config and rule options', () => {
    const text = Array.from({ length: 8 }, () => 'Please restart the app and try the payment again now.').join(' ') + ' Thanks!'
    expect(lint(text, { channel: 'chat' })[0]!.message).toMatch(/This chat reply is 81 words; keep chat replies to 80 words or fewer per message/)
    expect(lint(text, { channel: 'chat' }, undefined, { budgets: { chat: 100 } })).toEqual([])
    expect(lint(text, { channel: 'chat' }, { budgets: { chat: 60 } }, { budgets: { chat: 100 } })[0]!.message).toMatch(/keep chat replies to 60 words/)
  })

  it('counts social replies in characters: links as 23, the leading @handle not at all', () => {
    const body = 'Sorry about the outage in your area. '.repeat(7).trim() // 258 characters
    const url = 'https://status.example.com/incidents/2024/area-outage-north-region'
    const short = 'Sorry about the outage in your area. '.repeat(6).trim() // 221 characters
    expect(actuals(`@maria_g ${short} ${url}`, { channel: 'social' })).toEqual([]) // 221 + 1 + 23 = 245
    const over = `@maria_g ${body} More: ${url}`
    const [m] = lint(over, { channel: 'social' })
    expect(m!.message).toMatch(/This social reply is 288 characters; the limit is 280/)
  })

  it('flags an SMS over 320 characters', () => {
    const text = 'Your engineer visit is confirmed for Tuesday between 8 am and 12 pm. '.repeat(5).trim()
    const [m] = lint(text, { channel: 'sms' })
    expect(m!.message).toMatch(/This sms reply is 344 characters; the limit is 320/)
    expect(m!.actual.length).toBeGreaterThan(0)
  })
})

describe('verbosity: filler and redundant pairs', () => {
  it('deletes an opening filler and capitalises the next word (fix)', () => {
    const text = 'I just wanted to reach out to let you know that your order has shipped.'
    const [m] = lint(text)
    expect(m).toMatchObject({ actual: 'I just wanted to reach out to let you know that your', suggestions: ['Your'], fix: { offset: 0, endOffset: 52, text: 'Your' } })
    expect(m!.message).toBe('“I just wanted to reach out to let you know that” is filler: the sentence says the same without it.')
    expect(fixed(text)).toBe('Your order has shipped.')
  })

  it('deletes filler mid-sentence with one space, and a parenthetical pair of commas', () => {
    expect(fixed('This is basically a billing issue on our side.')).toBe('This is a billing issue on our side.')
    expect(fixed('The fee is, basically, a deposit we return later.')).toBe('The fee is a deposit we return later.')
    expect(fixed('Basically, the update failed overnight.')).toBe('The update failed overnight.')
  })

  it('fixes "Please be advised that" after a social @handle', () => {
    const text = '@kim_r Please be advised that infants travel on an adult ticket.'
    const [m] = lint(text, { channel: 'social' })
    expect(m).toMatchObject({ actual: 'Please be advised that infants', fix: { text: 'Infants' } })
    expect(fixed(text, { channel: 'social' })).toBe('@kim_r Infants travel on an adult ticket.')
  })

  it('reports filler without a fix when deleting it would break the sentence', () => {
    const [m] = lint('I wanted to let you know how sorry we are about the delay.')
    expect(m).toMatchObject({ actual: 'I wanted to let you know', suggestions: [] })
    expect(m!.fix).toBeUndefined()
  })

  it('takes "at the end of the day" as filler only when set off by commas', () => {
    expect(fixed('We care about your data, at the end of the day.')).toBe('We care about your data.')
    expect(actuals('Your refund posts to the account at the end of the day.')).toEqual([])
  })

  it('shortens redundant pairs, keeping the capital', () => {
    const text = 'First and foremost, thank you. We read each and every message and will reply back today.'
    const found = lint(text)
    expect(found.map((m) => [m.actual, m.fix?.text])).toEqual([
      ['First and foremost', 'First'],
      ['each and every', 'every'],
      ['reply back', 'reply'],
    ])
    expect(fixed(text)).toBe('First, thank you. We read every message and will reply today.')
  })

  it('takes extra phrases and an ignore list from the options', () => {
    const text = 'Basically, we value your custom going forward.'
    expect(lint(text, {}, { ignore: ['basically'] })).toEqual([])
    const [m] = lint('We value your custom, going forward.', {}, { add: { filler: ['going forward'] } })
    expect(m!.actual).toBe(', going forward')
  })
})

describe('verbosity: does not fire', () => {
  it.each([
    ['a sentence of exactly 30 words', `${words(29)} end.`],
    ['a bulleted list retext would merge into one sentence', 'Here is what to try:\n- Restart the router and wait for the lights to settle down completely\n- Open the app and sign in again with your usual email address and password\n- Run the speed test from the settings menu and send us a screenshot'],
    ['a greeting line followed by a sentence', 'Hi Priya,\nThanks for getting in touch about the engineer visit on your line, we have moved it to Thursday morning and the engineer will call you half an hour before arriving.'],
    ['two sentences joined by a link', '@tom_h These steps should get playback going again: https://help.example.com/s/article/playback-troubleshooting?lang=en_US If they do not, reach out to us through chat and select I still need help so we can check it.'],
    ['a sentence retext merged after an initial', 'That setting lives in the camera app on your iPhone X. If that does not work for you, please let us know what happens when you try those steps one more time.'],
    ['literal "at the end of the day"', 'The transfer is sent at the end of the day, so it shows tomorrow.'],
    ['"first" and "each" on their own', 'First, each order ships from the nearest store.'],
    // Regressions from real social replies (paraphrased): false positives fixed in this rule.
    ['sentences split by an emoticon', 'Sure thing :) We can move your booking to any date in the next twelve months without a change fee :) Just let us know the new date and the flight you would like and we will sort it out for you.'],
    ['menu steps joined by arrows', 'Open Settings > Account > Privacy > Download your data > pick the date range you need and tap Create file > we will e-mail you a link to the archive when it is ready to download.'],
    ['"by the way" before a question', 'By the way, can you also send over the model of your phone?'],
  ])('is silent on %s', (_label, text) => {
    expect(actuals(text)).toEqual([])
  })

  it('does not count quoted customer text against the e-mail budget', () => {
    const reply = 'Hi Ana,\n\nThanks, we have refunded the charge today.\n\nBest,\nLee\n\nOn Mon, 3 Jun 2024 at 09:12, Ana <ana@example.com> wrote:\n'
    const quoted = Array.from({ length: 40 }, () => '> I was charged twice for the same order and nobody answers.').join('\n')
    expect(actuals(reply + quoted, { channel: 'email' })).toEqual([])
  })

  it('does not count links at their length on social channels', () => {
    const body = 'We have fixed the billing issue on your account and refunded the charge. '.repeat(3).trim() // 219 characters
    const url = 'https://support.example.com/hc/en-us/articles/360034636712-Billing-and-refunds-explained-for-everyone'
    expect((body + ' ' + url).length).toBeGreaterThan(280)
    expect(actuals(`@jo ${body} ${url}`, { channel: 'social' })).toEqual([])
  })

  it('counts an HTML entity as one character on social channels', () => {
    const body = 'Tap Settings &amp; Privacy, then Security. '.repeat(6).trim() // 257 raw, 233 as shown
    expect(body.length).toBeGreaterThan(250)
    expect(actuals(`@jo ${body} Thanks, we know it is a pain and we are sorry!`, { channel: 'social' })).toEqual([])
  })

  it('does not count a long leading @handle prefix on social channels', () => {
    const body = 'Thanks for flagging this. '.repeat(10).trim() // 259 characters
    expect(actuals(`@first_customer @second_person @third_account ${body}`, { channel: 'social' })).toEqual([])
  })

  it('ignores filler inside quoted text and code', () => {
    const text = '> Basically the app crashes each and every time.\n\nThanks for the details, we are on it.'
    expect(actuals(text)).toEqual([])
  })

  it('is silent on an exemplary e-mail', () => {
    const text =
      'Hi Marco,\n\nThanks for your patience. We refunded the duplicate charge of $24.99 today. You will see it on your statement within 5 business days.\n\nIf anything else comes up, just reply to this e-mail.\n\nBest regards,\nNina'
    expect(actuals(text, { channel: 'email' })).toEqual([])
  })
})

describe('verbosity: split suggestions keep entities and whole clauses (issue 15)', () => {
  it('does not split inside an HTML entity from an exported tweet', () => {
    const text = 'Open the app and tap your photo on the left side &amp; then choose Settings, where the privacy page lists every device that has signed in to your account over the last month.'
    const [m, ...rest] = lint(text, { channel: 'social' })
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'verbosity', offset: 0 })
    for (const s of m!.suggestions ?? []) expect(s).not.toMatch(/&amp\./)
  })

  it('does not offer a split that leaves a fragment without a subject', () => {
    const text = 'Our billing team can look at the charge on your statement from last Tuesday today, and go over the options for a refund or a credit with you on the phone this afternoon.'
    const [m, ...rest] = lint(text, { channel: 'email' })
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'verbosity', offset: 0, suggestions: [] })
    expect(m!.message).toMatch(/split it or cut words/)
  })

  it('still splits at ", and" when a new clause follows', () => {
    const text = 'Our billing team can look at the charge on your statement from last Tuesday today, and we will go over the options for a refund or a credit with you on the phone this afternoon.'
    const [m] = lint(text, { channel: 'email' })
    expect(m!.suggestions).toEqual(['Our billing team can look at the charge on your statement from last Tuesday today. We will go over the options for a refund or a credit with you on the phone this afternoon.'])
  })
})

describe('verbosity: openers that only announce the message (blind drafts, issue 16)', () => {
  it('flags the opener in wordings the list does not spell out, with a safe fix', () => {
    const text = "Hi Nadia,\n\nI'm just reaching out to let you know that your parcel left our depot this morning.\n\nBest,\nLi"
    const [m, ...rest] = lint(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'verbosity', line: 3, column: 1, actual: "I'm just reaching out to let you know that your", suggestions: ['Your'] })
    expect(m!.message).toBe("“I'm just reaching out to let you know that” is filler: the sentence says the same without it.")
  })
  it('leaves an opener that says something itself alone', () => {
    expect(lint("Hi Nadia,\n\nI'm reaching out to the courier to ask where your parcel is.\n\nBest,\nLi")).toEqual([])
  })
})

describe('verbosity: attachment links on X (issue 15)', () => {
  const body = 'Sorry about the outage in your area. '.repeat(7).trim() // 258 characters
  it('does not count a DM button or a quoted post that ends the reply', () => {
    expect(lint(`@maria_g ${body} https://twitter.com/messages/compose?recipient_id=123456`, { channel: 'social' })).toEqual([])
    expect(lint(`@maria_g ${body} https://x.com/acme_help/status/1790000000000000000`, { channel: 'social' })).toEqual([])
  })
  it('still counts an ordinary link at the end, and an attachment link with text after it', () => {
    const [a] = lint(`@maria_g ${body} https://status.example.com/north`, { channel: 'social' })
    expect(a!.message).toMatch(/^This social reply is 282 characters; the limit is 280/)
    const [b] = lint(`@maria_g ${body} https://twitter.com/messages/compose?recipient_id=1 thanks`, { channel: 'social' })
    expect(b!.message).toMatch(/^This social reply is 289 characters; the limit is 280/)
  })
})
