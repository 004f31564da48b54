import { describe, expect, it } from 'vitest'
import { findings } from '../helpers.js'

const ids = (text: string, ctx = {}) => findings('profanity', text, ctx).map((m) => m.actual)

describe('profanity: fires', () => {
  it('flags a plain profane word with its exact position and severity', () => {
    const text = 'Hi Jordan,\n\nSorry, but this crap happens when the update fails.\n\nThanks,\nAlex'
    const [m, ...rest] = findings('profanity', text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'profanity', severity: 'error', actual: 'crap', line: 3, column: 17, suggestions: ['rubbish', 'poor'] })
    expect(text.slice(m!.offset, m!.endOffset)).toBe('crap')
    expect(m!.fix).toBeUndefined()
  })

  it('flags multi-word phrases as one finding with a neutral rewording', () => {
    const [m] = findings('profanity', 'What the hell happened to your order?')
    expect(m).toMatchObject({ actual: 'What the hell', suggestions: ['what'] })
  })

  it.each([
    ['masked with one star', 'Honestly this f*ck up is on our side.', 'f*ck'],
    ['masked with two stars', 'That f**king courier lost it again.', 'f**king'],
    ['leetspeak digit', 'The sh1t update broke your login.', 'sh1t'],
    ['dollar signs', 'Our courier was a real a$$ about it.', 'a$$'],
    ['dotted letters', 'I know, f.u.c.k that delay.', 'f.u.c.k'],
    ['spaced letters', 'It was a f u c k up on our side.', 'f u c k'],
    ['stretched letters', 'Fuuuuck, that was our mistake.', 'Fuuuuck'],
    ['acronym', 'wtf happened with the courier?', 'wtf'],
    ['minced oath', 'The effing printer jammed again.', 'effing'],
    ['cuss sureness-2 word', 'That update was bullshit and we rolled it back.', 'bullshit'],
    ['hyphenated compound', 'That update was total bull-shit, and we rolled it back.', 'shit'],
    ['possessive', "That bastard's van is late again.", "bastard's"],
  ])('flags %s', (_label, text, actual) => {
    expect(ids(text)).toEqual([actual])
  })

  it('stays strict when the customer swore first, and says so', () => {
    const [m] = findings('profanity', 'Sorry, that shit should not have happened.', { customer: { message: 'Your shit service broke AGAIN' } })
    expect(m!.actual).toBe('shit')
    expect(m!.message).toMatch(/stay professional even so/)
  })
})

describe('profanity: does not fire', () => {
  it.each([
    'Scunthorpe and Essex deliveries are back on schedule.',
    'Our class on how to assess your claim starts on Saturday.',
    'The cocktail glasses and Shitake mushrooms ship separately.',
    'Please run the tap until you get hot water again.',
    'To kill the process, open Task Manager and choose End task.',
    'We will execute the job again tonight and hang up the call afterwards.',
    'Please send us the dump file from the crash folder.',
    'There is a minor niggle with the flange on the tap, our plumber will fix it.',
    'The welfare check and the master/slave setting are in the same menu.',
    'I spoke with Dick Carruth from our billing team.',
    'Your card XXXX XXXX XXXX 4417 was charged $12.99.',
    'Hello! Your cocktail class booking at the Cockburn Street venue is confirmed.',
  ])('is silent on: %s', (text) => {
    expect(ids(text)).toEqual([])
  })

  it('ignores words that appear only in the customer message', () => {
    expect(ids('Hi Sam, I am sorry about the delay. Your refund is on its way.', { customer: { name: 'Sam', message: 'where is my f***ing refund, this is bullshit' } })).toEqual([])
  })

  it('ignores quoted customer text in a plain-text reply', () => {
    const text = 'Hi Sam,\n\nI am sorry about the delay.\n\nOn Mon, 3 Mar 2025 at 10:02, Sam Lee <sam@example.com> wrote:\n> this is bullshit\n> fix your shit'
    expect(ids(text)).toEqual([])
  })

  it('ignores > quote lines and HTML blockquotes', () => {
    expect(ids('> What the hell is going on?\nSorry for the wait, Sam.')).toEqual([])
    expect(findings('profanity', '<p>Sorry for the wait.</p><blockquote>where the hell is it</blockquote>', { format: 'html' })).toEqual([])
  })

  it('can be extended and trimmed from options', async () => {
    const { createLinter } = await import('../../src/linter.js')
    const linter = createLinter({ rules: { profanity: ['error', { add: ['frak'], ignore: ['crap'] }] } })
    const found = linter.lintSync('Frak, that crap delay again.').messages.filter((m) => m.ruleId === 'profanity').map((m) => m.actual)
    expect(found).toEqual(['Frak'])
  })
})

describe('profanity: derived forms (issue 16)', () => {
  it.each([
    ['a plural cuss lists only as a singular', 'Honestly, those cunts at the depot lost it.', 'cunts'],
    ['a plural of a word added here', 'The scumbags who stole your parcel were caught.', 'scumbags'],
    ['a slur cuss rates below 2', 'Tell that fag at the desk to call me.', 'fag'],
    ['a camel-case hashtag part', 'Another day, more #LazyBastards at the depot.', 'Bastards'],
    ['a stem compounded with another word', 'Sorry, the launch was a total shitshow.', 'shitshow'],
    ['a compound ending in a stem', 'What a clusterfuck that update was.', 'clusterfuck'],
    ['a spelling variant', 'The fukin courier left it outside.', 'fukin'],
  ])('flags %s', (_label, text, actual) => {
    expect(ids(text)).toEqual([actual])
  })

  it('reports the hashtag part at its own position', () => {
    const text = 'Thanks for the #CrazyAssholes tip.'
    const [m, ...rest] = findings('profanity', text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'profanity', actual: 'Assholes', line: 1, column: 22, offset: 21 })
  })

  it.each([
    ['words that start like a stem', 'Our Scunthorpe store has shiitake and shitake mushrooms in stock.'],
    ['camel-case brand names', 'Try the PlayStation app or YouTube help.'],
    ['a camel-case @handle', 'Thanks @FukTylar, noted.'],
    ['a name that ends like a stem', 'Sorry for the wait, Harshit. Your flight leaves at 12:15.'],
  ])('leaves %s alone', (_label, text) => {
    expect(ids(text)).toEqual([])
  })
})

describe('profanity: real-reply false positives (issue 15)', () => {
  it("a customer's @handle at the start of a social reply is their name", () => {
    expect(ids('@asshole_king We are sorry about the delay; a new card is on its way.', { channel: 'social' })).toEqual([])
    expect(ids('@rude_bitch99 @shop Thanks for waiting, it ships today.', { channel: 'social' })).toEqual([])
  })

  it('an @ used as a letter mid-sentence is still an obfuscation', () => {
    expect(ids('Sorry, the driver was an @sshole to you.')).toEqual(['@sshole'])
  })

  it('"that sucks" said in sympathy is slang for informal, not profanity', () => {
    const text = 'Oh no, that sucks, sorry! Let us fix it.'
    expect(findings('profanity', text)).toEqual([])
    const [m, ...rest] = findings('informal', text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'informal', severity: 'warning', actual: 'that sucks', column: 8, suggestions: ["that's frustrating"] })
  })
})

describe('profanity: a wrong language guess does not switch it off (issue 16)', () => {
  it('runs on a short English tweet detected as Romanian, with the English words', async () => {
    const { createLinter } = await import('../../src/index.js')
    const result = await createLinter().lint("bastards, old people, people who can't drive, drunk people", { channel: 'social' })
    expect(result.language).toBe('ron')
    expect(result.messages.filter((m) => m.ruleId === 'profanity').map((m) => m.actual)).toEqual(['bastards'])
    // Style rules still wait for a language they have data for.
    expect(result.messages.filter((m) => m.ruleId === 'informal')).toEqual([])
  })

  it('reads a short tweet without its @handles (names are no language)', async () => {
    const { createLinter } = await import('../../src/index.js')
    const result = await createLinter().lint('@weidenbaum @kieffer_stein @hunterbuch66 bitch u ugly then hoe', { channel: 'social' })
    expect(result.language).toBe('en')
    expect(result.messages.filter((m) => m.ruleId === 'profanity').map((m) => m.actual)).toEqual(['bitch', 'hoe'])
  })
})
