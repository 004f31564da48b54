import { describe, expect, it } from 'vitest'
import { findings, only } from '../helpers.js'
import { createLinter } from '../../src/linter.js'
import { rules } from '../../rules/index.js'
import type { ReplyContext } from '../../src/types.js'

const lint = (text: string, ctx: ReplyContext = {}, options?: Record<string, unknown>) => only('pii', text, ctx, options)
const actuals = (text: string, ctx: ReplyContext = {}) => lint(text, ctx).map((m) => m.actual)

function fixed(text: string): string {
  const off = Object.fromEntries(rules.map((r) => [r.meta.id, 'off' as const]))
  return createLinter({ rules: { ...off, pii: 'error' } }).fixSync(text)
}

describe('pii: card numbers', () => {
  it('flags a full card number as an error and masks it to the last four', () => {
    const text = 'Hi Leo,\n\nWe charged your card 4111 1111 1111 1111 for the annual plan.\n\nThanks,\nMia'
    const [m, ...rest] = findings('pii', text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'pii', severity: 'error', actual: '4111 1111 1111 1111', line: 3, column: 22, suggestions: ['•••• 1111'] })
    expect(m!.fix).toEqual({ offset: text.indexOf('4111'), endOffset: text.indexOf('4111') + 19, text: '•••• 1111' })
    expect(m!.message).toBe('A full card number is in the reply: never send card numbers in clear. Mask it to the last four digits (“•••• 1111”).')
    expect(fixed(text)).toBe('Hi Leo,\n\nWe charged your card •••• 1111 for the annual plan.\n\nThanks,\nMia')
  })

  it.each([
    ['dashes', 'The refund went to 5555-5555-5555-4444 this morning.', '5555-5555-5555-4444', '•••• 4444'],
    ['no separators', 'Card on file: 4012888888881881.', '4012888888881881', '•••• 1881'],
    ['Amex grouping', 'Your Amex 3782 822463 10005 was declined.', '3782 822463 10005', '•••• 0005'],
  ])('flags a card written with %s', (_label, text, actual, mask) => {
    const [m] = lint(text)
    expect(m).toMatchObject({ actual, fix: { text: mask } })
  })
})

describe('pii: passwords, codes, SSNs, IBANs and keys', () => {
  it('flags a temporary password and suggests a reset link, without a fix', () => {
    const text = 'Your temporary password is Xk9!pq2. Please change it after you sign in.'
    const [m] = lint(text)
    expect(m).toMatchObject({ actual: 'Xk9!pq2', offset: text.indexOf('Xk9'), suggestions: ['send a password reset link instead'] })
    expect(m!.message).toBe('A password is given in clear: anyone who sees this reply can use it. Send a reset link instead.')
    expect(m!.fix).toBeUndefined()
  })

  it.each([
    ['a one-time code', 'Your code is 482913, it expires in ten minutes.', '482913'],
    ['a verification code with letters', 'Your verification code: G7K2P9.', 'G7K2P9'],
    ['a PIN', 'Your new voicemail PIN is 0417.', '0417'],
    ['a quoted password', 'For now your password is "sunshine" until you reset it.', 'sunshine'],
    ['a password after a colon', 'Username: dana.k / Password: Bluebird#7', 'Bluebird#7'],
  ])('flags %s', (_label, text, actual) => {
    expect(actuals(text)).toEqual([actual])
  })

  it('flags a full SSN and masks it', () => {
    const [m] = lint('We have your SSN as 219-09-9999 on the tax form.')
    expect(m).toMatchObject({ actual: '219-09-9999', fix: { text: '•••-••-9999' } })
  })

  it("flags a customer's IBAN (mod-97 valid) and masks it", () => {
    const text = 'The refund was sent to DE89 3704 0044 0532 0130 00 today.'
    const [m] = lint(text)
    expect(m).toMatchObject({ actual: 'DE89 3704 0044 0532 0130 00', fix: { text: '•••• 3000' } })
  })

  it.each([
    ['a Stripe key', 'Use this key in the dashboard: sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'Stripe secret key'],
    ['an AWS key', 'The access key AKIAIOSFODNN7EXAMPLE belongs to your sandbox.', 'AKIAIOSFODNN7EXAMPLE', 'AWS access key'],
    ['a GitHub token', 'Set GH_TOKEN to ghp_16C7e42F292c6912E7710c838347Ae178B4a and rerun.', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a', 'GitHub token'],
    ['a random token after "API key"', 'Your API key is Zx8Kq2LmN9pR4sT7vW1yB3cD.', 'Zx8Kq2LmN9pR4sT7vW1yB3cD', 'secret token'],
  ])('flags %s', (_label, text, actual, label) => {
    const [m] = lint(text)
    expect(m).toMatchObject({ actual, suggestions: ['send a link to the key settings instead'] })
    expect(m!.message).toContain(`A ${label} is in the reply`)
  })

  it('flags a password or key pasted as code, in plain text and Markdown drafts', () => {
    const text = 'Hi Dana,\n\nI have reset your account. Your temporary password is `Xy7kq2Lm9` and you can change it after you log in.\n\nBest regards,\nSam\n'
    const [m, ...rest] = findings('pii', text)
    expect(rest).toEqual([])
    expect(m).toMatchObject({ actual: 'Xy7kq2Lm9', offset: text.indexOf('Xy7kq2Lm9') })
    expect(actuals(text, { format: 'markdown' })).toEqual(['Xy7kq2Lm9'])
    const block = 'Here is the config line you need:\n\n```\napi_key = sk_live_4eC39HqLyjWDarjtT1zdp7dc\n```\n'
    expect(actuals(block)).toEqual(['sk_live_4eC39HqLyjWDarjtT1zdp7dc'])
  })

  it('still skips code inside quoted customer text', () => {
    const text = 'Thanks, we have reset it for you.\n\n> my password is `Xy7kq2Lm9`'
    expect(actuals(text)).toEqual([])
  })

  it('runs for every language (pii is language-independent)', () => {
    expect(actuals('Kartınız 4111 1111 1111 1111 ile ödeme alındı.', { language: 'tr' })).toEqual(['4111 1111 1111 1111'])
  })
})

describe('pii: does not fire', () => {
  it.each([
    ['last four digits', 'We refunded the card ending 4417 today.'],
    ['a masked card number', 'Your card **** **** **** 4417 was charged $12.99.'],
    ['a masked card with bullets', 'Card •••• •••• •••• 1111 is your default.'],
    ['an order number that passes Luhn', 'Your order 4111111111111111 has shipped.'],
    ['a tracking number', 'Tracking number 9400 1000 0000 0000 0000 00 shows it in transit.'],
    ['a phone number', 'Call us on +1 800 555 0199 or 020 7946 0958 any time.'],
    ['an IMEI', 'The IMEI 490154203237518 is not blocked on our network.'],
    ['a Luhn-invalid number', 'Reference 4111 1111 1111 1112 is on your invoice.'],
    ['a date and a time', 'Your plan renews on 2024-11-05 at 10:30.'],
    ['a promo code', 'Your promo code is SAVE2024 and works until Sunday.'],
    ['an error code', 'The error code is 0x80070005, which means a permissions problem.'],
    ['a booking confirmation code', 'Your confirmation code is K7XQ2P for the 9:40 flight.'],
    ['a password rule, not a password', 'Your password is case-sensitive and must be at least 12 characters.'],
    ['a password that was reset', 'Your password has been reset; use the link we sent to choose a new one.'],
    ['a reset link with a token in the URL', 'Reset it here: https://example.com/reset?token=Zx8Kq2LmN9pR4sT7vW1yB3cD5'],
    ['a placeholder in a template', 'Your temporary password is {{temp_password}}.'],
    ['our own IBAN for a bank transfer', 'Please transfer the balance to our account, IBAN GB82 WEST 1234 5698 7654 32.'],
    ['an IBAN with a bad checksum', 'The refund went to DE89 3704 0044 0532 0130 01.'],
    ['an SSN-shaped part number', 'Part 123-45-6789 is on back order.'],
    ['an SSN with an invalid area', 'Your case 666-12-3456 is with our team.'],
    ['a publishable Stripe key', 'The publishable key pk_live_51H8xYZabc123 goes in the web form.'],
  ])('is silent on %s', (_label, text) => {
    expect(actuals(text)).toEqual([])
  })

  it('does not flag a secret quoted from the customer', () => {
    const text = 'Thanks, please never share this again, we have blocked that card.\n\n> my card is 4111 1111 1111 1111 and my password is Xk9!pq2'
    expect(actuals(text)).toEqual([])
  })

  it('lets a team switch a detector off', () => {
    expect(lint('Your code is 482913.', {}, { ignore: ['code'] })).toEqual([])
  })
})
