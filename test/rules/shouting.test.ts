import { describe, expect, it } from 'vitest'
import { only } from '../helpers.js'
import { createLinter } from '../../src/linter.js'
import { rules } from '../../rules/index.js'

const run = (text: string, ctx = {}, options?: Record<string, unknown>) => only('shouting', text, ctx, options)
const actuals = (text: string, ctx = {}, options?: Record<string, unknown>) => run(text, ctx, options).map((m) => m.actual)
const fixed = (text: string, ctx = {}) => {
  const off = Object.fromEntries(rules.map((r) => [r.meta.id, 'off' as const]))
  return createLinter({ rules: { ...off, shouting: 'warn' } }).fixSync(text, ctx)
}

describe('shouting: fires', () => {
  it('flags a sentence in capitals, with its position and a sentence-case fix', () => {
    const text = 'Hi Maria,\n\nPLEASE DO NOT REPLY TO THIS EMAIL. Your ticket number is 48213.\n\nThanks,\nSupport'
    const [m, ...rest] = run(text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'shouting', severity: 'warning', actual: 'PLEASE DO NOT REPLY TO THIS EMAIL', line: 3, column: 1 })
    expect(m!.suggestions).toEqual(['Please do not reply to this email'])
    expect(m!.fix).toEqual({ offset: text.indexOf('PLEASE'), endOffset: text.indexOf('EMAIL') + 5, text: 'Please do not reply to this email' })
    expect(m!.message).toBe('“PLEASE DO NOT REPLY TO THIS EMAIL” is in capitals, which reads as shouting. Write it in sentence case: “Please do not reply to this email”.')
  })

  it('flags a single emphasised word: NOT, NEVER, MUST', () => {
    const ms = run('This plan does NOT include roaming, and you MUST NEVER share your PIN.')
    expect(ms.map((m) => m.actual)).toEqual(['NOT', 'MUST NEVER'])
    expect(ms[0]!.fix!.text).toBe('not')
    expect(ms[1]!.fix!.text).toBe('must never')
  })

  it('keeps known acronyms in the fix and leaves them out of the span', () => {
    const [m] = run('Your USB DRIVE IS NOT SUPPORTED by the TV, sorry.')
    expect(m!.actual).toBe('DRIVE IS NOT SUPPORTED')
    expect(fixed('THANK YOU FOR SENDING THE PDF AND YOUR ORDER ID.')).toBe('Thank you for sending the PDF and your order ID.')
  })

  it('offers Title Case without a fix for a run with no emphatic word (maybe a name) in a warning', () => {
    const [m] = run('Your NINTENDO SWITCH console is not covered after May.')
    expect(m).toMatchObject({ actual: 'NINTENDO SWITCH', suggestions: ['Nintendo Switch', 'nintendo switch'] })
    expect(m!.fix).toBeUndefined()
    expect(m!.message).toBe('“NINTENDO SWITCH” is in capitals, which reads as shouting. Write it in normal case: “Nintendo Switch”.')
    // Outside a warning, demand or complaint it is a name or a label (issue 15: `VALUE PACK meals`, `with HIGH PRIORITY`).
    expect(run('Your NINTENDO SWITCH console is covered until May.')).toEqual([])
    expect(run('We have passed your case on with HIGH PRIORITY to the repair team.')).toEqual([])
  })

  it('writes the customer\'s name with a capital in the fix', () => {
    expect(fixed('THANK YOU MARIA, the parcel is on its way.', { customer: { name: 'Maria Lopez' } })).toBe('Thank you Maria, the parcel is on its way.')
  })

  it.each([
    ['!!', 'Your refund has been approved!!', '!'],
    ['!!!', 'Welcome aboard!!!', '!'],
    ['???', 'Did you get the code???', '?'],
    ['?!?!', 'The order was cancelled?!?!', '?'],
    ['?!', 'You paid twice?!', '?'],
  ])('flags repeated punctuation %s with a single mark', (actual, text, mark) => {
    const [m] = run(text)
    expect(m).toMatchObject({ actual, suggestions: [mark], fix: { text: mark } })
  })

  it('flags URGENT and IMPORTANT labels and a shouted line in chat', () => {
    expect(actuals('IMPORTANT: your card will be replaced.', { channel: 'chat' })).toEqual(['IMPORTANT'])
    expect(actuals('I AM SO SORRY ABOUT THIS', { channel: 'chat' })).toEqual(['I AM SO SORRY ABOUT THIS'])
    // Regression: `call` after a capitalised word is not a label noun.
    expect(actuals('URGENT: call us today about your account.', { channel: 'sms' })).toEqual(['URGENT'])
  })

  it('fixes a whole reply', () => {
    expect(fixed('We are SO sorry!! PLEASE CALL US on 0800 123 456.')).toBe('We are so sorry! Please call us on 0800 123 456.')
  })

  it('can leave punctuation alone and learn new emphatic words', () => {
    expect(actuals('Thanks!! We are on it.', {}, { punctuation: false })).toEqual([])
    expect(actuals('That is MEGA news.', {}, { emphatic: ['mega'] })).toEqual(['MEGA'])
    expect(actuals('This plan does NOT include roaming.', {}, { ignore: ['NOT'] })).toEqual([])
    expect(actuals('Your NETGEAR ROUTER IS NOT WORKING.', {}, { acronyms: ['NETGEAR'] })).toEqual(['ROUTER IS NOT WORKING'])
    expect(fixed('@lia_m YOUR PARCEL IS DELAYED, it should arrive on Monday.', { channel: 'social' })).toBe('@lia_m Your parcel is delayed, it should arrive on Monday.')
  })
})

describe('shouting: does not fire', () => {
  it.each([
    ['acronyms', 'Check the FAQ, plug in the USB cable and enter your PIN at the ATM.'],
    ['codes with digits', 'Use promo code SAVE20 on SKU-2291; error E404 means the page moved.'],
    ['a tracking number', 'Your tracking number is 1Z999AA10123456784 and the order is ORD-88123.'],
    ['an unknown short acronym alone', 'Your KTN and PNR are on the booking page, and COVID rules still apply.'],
    ['an unknown long word alone (brand, booking code)', 'Your booking WEMYUR was refunded to your AIRTEL account.'],
    ['a keyword after reply', 'Reply STOP to opt out, or text HELP for help.'],
    ['a code after "code"', 'Enter the code FREE at checkout.'],
    ['a UI label', 'Click the button labelled SAVE CHANGES, then the EMAIL field.'],
    ['a quoted label', 'Choose "DO NOT DISTURB" in the menu.'],
    ['a menu path', 'Select Account > I STILL NEED HELP > Contact us.'],
    ['agent initials and handles', '@TTERRYJR Thanks for reaching out! ^JR'],
    ['initials closing a reply', 'We will revert back to you. Thank you. SO'],
    ['a single !', 'Happy to help!'],
    ['a signature block in capitals', 'Thanks for your patience.\n\nJOHN SMITH\nACME CORPORATION'],
    ['a capitalised address line', 'We will send it to:\n221B BAKER STREET, LONDON NW1 6XE'],
    ['quoted customer text', '> WHERE IS MY ORDER???\n\nHi Lee, your order left our warehouse today.'],
    ['a Windows path', 'Delete C:\\Users\\USERNAME\\AppData\\Spotify and reinstall.'],
    ['system specs', 'Could you share your system specs (OS, CPU, RAM, GPU)?'],
    // Regressions from real brand tweets.
    ['a setting state', 'Is Auto-Brightness ON or OFF?'],
    ['a status after "marked as"', 'The parcel is marked as DELIVERED in our system.'],
  ])('is silent on %s', (_label, text) => {
    expect(actuals(text)).toEqual([])
  })
})

describe('shouting: enthusiasm vs warning (issue 15 judged real replies, issue 16)', () => {
  const social = { channel: 'social' as const }
  it.each([
    ['warm capitals on the customer in a celebratory post', '@sam_k We are thrilled and proud to welcome YOU to the crew! #TeamNorth'],
    ['a capitalised word in a playful reply', '@sam_k Crunchy AND sweet? Count us in 😋'],
    ['a warm greeting in capitals with a smile', '@sam_k Everyone knows breakfast makes people say GOOD morning :)'],
    ['celebration marks with an emoji', '@sam_k Party time!!! 🎉 Enjoy the new flat.'],
    ['a two-word birthday wish in capitals', '@sam_k Pass on a HAPPY BIRTHDAY from all of us, and have fun! 🎂'],
  ])('stays silent on %s', (_label, text) => {
    expect(run(text, social)).toEqual([])
  })

  it('still flags capitals in a warning inside a warm reply', () => {
    const text = '@sam_k Thanks for the love! Remember to NEVER post your card number here.'
    expect(run(text, social).map((m) => [m.ruleId, m.offset, m.actual])).toEqual([['shouting', 40, 'NEVER']])
  })

  it('still flags a stressed word in a plain thank-you or a polite demand', () => {
    expect(run('@sam_k Thank you SO much for your patience while we fixed it! ^TR', social).map((m) => [m.offset, m.actual])).toEqual([[17, 'SO']])
    expect(run('Thanks for asking! Yes, please ALWAYS keep your receipt for returns. 🙂', social).map((m) => [m.offset, m.actual])).toEqual([[31, 'ALWAYS']])
  })

  it('still flags !! in a complaint reply without any playfulness', () => {
    const text = '@sam_k Thanks for waiting. Your refund went out yesterday!!'
    expect(run(text, social).map((m) => [m.ruleId, m.offset, m.actual])).toEqual([['shouting', 57, '!!']])
  })

  it('flags a single capitalised word stressed in a warning or demand', () => {
    expect(run('Your account will be SUSPENDED if the invoice stays unpaid.').map((m) => [m.offset, m.actual, m.suggestions])).toEqual([[21, 'SUSPENDED', ['suspended']]])
    expect(run('Hi Ana, the balance is OVERDUE and must be settled this week.').map((m) => [m.offset, m.actual])).toEqual([[23, 'OVERDUE']])
    // A brand-like word in the same kind of sentence stays silent.
    expect(run('Do not share your code with anyone at NORDEX.')).toEqual([])
  })
})

describe('shouting: thanks with extra marks', () => {
  it('does not flag !! on a sentence of thanks', () => {
    expect(run('@sam_k Thanks so much!! -KM', { channel: 'social' })).toEqual([])
  })
  it('still flags !! on a plain announcement', () => {
    expect(run('Welcome aboard!!!', { channel: 'social' }).map((m) => [m.offset, m.actual])).toEqual([[14, '!!!']])
  })
})

describe('shouting: thanks handed back', () => {
  it('does not flag "Thank YOU" but still flags other stressed words in that reply', () => {
    expect(run('@sam_k Thank YOU for joining the clean-up day!', { channel: 'social' })).toEqual([])
    expect(run('@sam_k Thank YOU, and do NOT post your card number here.', { channel: 'social' }).map((m) => m.actual)).toEqual(['NOT'])
  })
})
