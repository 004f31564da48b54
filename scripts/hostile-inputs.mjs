/**
 * Hostile drafts shared by scripts/bench-hostile.mjs (timing per doubling) and
 * test/hostile.test.ts (a generous ceiling): long runs of every character class, repeated words,
 * placeholders, e-mail and URL-like strings, the attack strings recheck reported against the
 * patterns this code used, and the examples of issue 17.
 */

/** An ordinary support reply: the yardstick for time per KB. */
export const ORDINARY_REPLY =
  'Hi Maria,\n\nThank you for getting in touch about your order #48213. I have checked with our warehouse and the parcel left ' +
  'yesterday; you will receive a tracking link by e-mail within the next few hours. If it has not arrived by Friday, reply to ' +
  'this message and I will arrange a replacement or a full refund, whichever you prefer.\n\nKind regards,\nSam\nCustomer Care'

export const FORMATS = ['text', 'markdown', 'html', 'customer.message']

/**
 * Inputs still super-linear for a reason outside regular expressions, fixed on another branch of
 * issue 17/18: test/hostile.test.ts lists them as todo instead of waiting minutes for them. Remove
 * an entry once its fix is merged.
 */
export const PENDING_ELSEWHERE = {} // every input is linear now (the spaced-letter search was capped on h-scale)

/** The draft and lint context that put `body` in the given place. */
export function draftFor(body, format) {
  const customer = { name: 'Maria Lopez' }
  if (format === 'customer.message') return { text: ORDINARY_REPLY, context: { customer: { ...customer, message: body } } }
  if (format === 'html') return { text: `<p>${body}</p>`, context: { format: 'html', customer } }
  return { text: body, context: { format, customer } }
}

/** `unit` repeated to about `size` code units (never splitting a unit, so no lone surrogates). */
const fill = (unit, size, prefix = '', suffix = '') => prefix + unit.repeat(Math.max(1, Math.floor((size - prefix.length - suffix.length) / unit.length))) + suffix

/** Runs of one character class each. */
const RUNS = [
  ['letters', 'abcdefghij'],
  ['capitals', 'ABCDEFGHIJ'],
  ['digits', '0123456789'],
  ['spaces', ' '],
  ['tabs', '\t'],
  ['dots', '.'],
  ['hyphens', '-'],
  ['asterisks', '*'],
  ['underscores', '_'],
  ['braces {', '{'],
  ['brackets [', '['],
  ['angle <', '<'],
  ['percent %', '%'],
  ['at @', '@'],
  ['bangs !', '!'],
  ['questions ?', '?'],
  ['X', 'X'],
  ['Turkish İıŞşĞğ', 'İıŞşĞğ'],
  ['emoji', '😀'],
  ['newlines', '\n'],
  ['bare CR', '\r'],
]

/** @returns {{ name: string, make: (size: number) => string }[]} */
export function hostileInputs() {
  return [
    ...RUNS.map(([name, unit]) => ({ name: `run: ${name}`, make: (size) => fill(unit, size) })),
    { name: 'words "a "', make: (size) => fill('a ', size) },
    { name: 'spaced letters "a b c "', make: (size) => fill('f u c k ', size) },
    { name: 'sentences', make: (size) => fill('We will look into it. ', size) },
    { name: 'placeholders {{first_name}}', make: (size) => fill('{{first_name}} ', size) },
    { name: 'placeholders [Name]', make: (size) => fill('[Customer Name] ', size) },
    { name: 'placeholders {%x%}', make: (size) => fill('{%customer.firstName,fallback=there%} ', size) },
    { name: 'e-mails', make: (size) => fill('maria.lopez@example.com ', size) },
    { name: 'URLs', make: (size) => fill('https://example.com/a/b?c=d ', size) },
    { name: 'URL-like no spaces', make: (size) => fill('www.a', size, 'see ') },
    { name: 'masked card XXXX-', make: (size) => fill('XXXX-', size) },
    { name: 'password: x', make: (size) => fill('password: ', size) },
    { name: 'obfuscated sh!t', make: (size) => fill('sh!t@', size) },
    { name: 'acronym ( ', make: (size) => fill('AB (', size) },
    { name: 'quote > ', make: (size) => fill('> ', size) },
    { name: 'code fences ```\\r', make: (size) => fill('```\r', size) },
    { name: 'attribution "On … wrote" \\r', make: (size) => fill('On a\r', size) },
    { name: 'closing "Best, "', make: (size) => fill('Best, ', size) },
    { name: 'Turkish şifre: ', make: (size) => fill('şifre ', size) },
    { name: 'issue: Hi Maria + "a "', make: (size) => fill('a ', size, 'Hi Maria,\n\nThanks for writing. ') },
    { name: 'issue: {{ + spaces + x', make: (size) => fill(' ', size, 'Your code is {{', 'x') },
    { name: 'issue: XXX…', make: (size) => fill('XXX', size) },
    // A name after a comma, over and over: wrong-name's address test once re-read the whole line before each (quadratic).
    { name: 'addresses "Anjali, "', make: (size) => fill('Anjali, ', size) },
    { name: 'addresses "Rest assured, Anjali, "', make: (size) => fill('Rest assured, Anjali, ', size) },
  ]
}
