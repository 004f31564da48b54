/**
 * Detectors for `pii`, each a regex compiled once plus a checksum or shape check: payment cards
 * (Luhn, issuer prefix, card grouping), US SSNs (valid area/group/serial), IBANs (mod-97),
 * passwords and one-time codes given after a cue word, and API keys (well-known formats, or a
 * long high-entropy token after `key`/`token`/`secret`).
 */
import type { Range } from '../../src/input/mask.js'
import { trimTrailing } from '../../src/text/trailing.js'
import escapeStringRegexp from 'escape-string-regexp'

export type Kind = 'card' | 'ssn' | 'iban' | 'password' | 'code' | 'key' | 'tckn'

export interface Secret {
  kind: Kind
  start: number
  end: number
  /** Masked form (cards, SSNs, IBANs, TC Kimlik numbers): the safe fix. */
  mask?: string
  /** What was found, for the message (`Stripe secret key`). */
  label: string
}

export interface PiiData {
  keys: Array<{ name: string; pattern: string }>
  genericKeyCues: string[]
  passwordWords: string[]
  secretCodeKinds: string[]
  nonSecretCodeKinds: string[]
  codeSentVerbs: string[]
  notCardContext: string[]
  ibanLengths: Record<string, number>
}

const esc = (s: string) => escapeStringRegexp(s).replace(/ /g, '[\\s-]')
const alt = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|')

const CARD = /(?<![\w.-]|\d[ -])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5})(?![\w-]|[ ]\d|[.,]\d)/g
/**
 * A payment card named just before a card-length number (`the card we charge is 4929 …`) or an expiry
 * date right after it (`…, expiring 08/27`): a card number even when a typo breaks its Luhn check.
 * Not a gift, loyalty, SIM or membership card.
 */
const PAYMENT_CARD_BEFORE = /(?<!\b(?:gift|loyalty|sim|membership|library|reward|rewards|club|store|id|access|key|oyster|rail)\s)\bcard\b[^.!?\n\d]{0,40}$/i
/**
 * The same in Turkish: `kartınız 4543 …`, `kredi kartı numaranız: …`, or after it: `… numaralı
 * kartınız`. Not a gift, membership, SIM, identity or boarding card.
 */
const KART_BEFORE = /(?<!(?:hediye|üyelik|uyelik|sim|kimlik|biniş|binis|öğrenci|ogrenci|sadakat|müze|muze|indirim|puan)\s)\bkart(?![a-z]*\s+(?:aidat|borc|borç|limit|ekstre|ücret))[^.!?\n\d]{0,40}$/i
const KART_AFTER = /^\s{0,3}(?:numaral[ıi]|nolu|no['’]lu)\s+(?:[^\s.!?]{1,20}\s+){0,2}?kart/i
const EXPIRY_AFTER = /^,?\s{0,3}(?:exp(?:ires|iring|iry)?\b|valid (?:until|thru|through)\b|\d{2}\/\d{2}\b)/i
const SSN = /(?<![\w.-]|\d[ -])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w-]|[ ]\d|[.,]\d)/g
const SSN_CUE = /\b(?:ssn|social security(?: number| no\.?)?|ss#)\s*(?:(?:is|:|#|number)\s*)?$/i
/**
 * `The Social Security number on your husband's policy is 512-44-8093`: an SSN named earlier in the
 * sentence. Tested on the sentence's lead (at most 100 characters), so a record word between the
 * name and the number (`policy`, `claim`) does not make it a policy number.
 */
const SSN_NAMED = /\b(?:ssns?|ss#|social security|soc\.? sec\.?)(?![\w])/i
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g
/** Words naming a bank account just before a number: `your account DE52 …`, `IBAN: …`, `hesabınıza …`. */
const ACCOUNT_CUE = /\b(?:account|acct|iban|bank|konto|hesap|hesab)[^.!?\n]{0,30}$/i
const COMPANY_ACCOUNT = /\b(?:our|beneficiary|payable to|pay to|transfer (?:it )?to|remit to)\b[^.!?\n]{0,60}$|(?:iban|hesap|hesab|numara)\S*?[ıiuü]?m[ıiuü]z\S*\s*(?::\s*)?$|al[ıi]c[ıi](?:\s+ad[ıi])?\s*:\s*[^\n]{0,40}$/iu
/** Turkish names the account after the number: `TR.. numaralı hesabımıza`, `TR.. IBAN'ımıza`. */
const COMPANY_ACCOUNT_AFTER = /^\s*(?:numaral[ıi]\s+|nolu\s+|no['’]lu\s+)?(?:iban|hesap|hesab)\S*?[ıiuü]?m[ıiuü]z/iu
/** The same with the word IBAN first: `TR.. IBAN numaralı hesabımıza`. */
const COMPANY_IBAN_AFTER = /^\s*iban\s+(?:numaral[ıi]|nolu|no['’]lu)\s+(?:hesap|hesab)\S*?m[ıiuü]z/iu
// `\s*(?::\s*)?` after the verb, not `\s*:?\s*`: two whitespace runs around an optional colon can
// split a run of spaces every way (quadratic on a long paste; issue 17).
const CONNECTOR = String.raw`\s*(?:is|was|:|=|will be|is now|now is|has been (?:re)?set to|(?:re)?set to|changed to)\s*(?::\s*)?`

/**
 * `I've set a temporary password for you so you can log straight in: Blue-Otter-2291`: a password
 * the agent made, named a few words before a colon. Only a new or temporary one (`Your password
 * must contain: …` is a rule), and not when the words before the colon point at a link or address.
 * Two steps, the cue then the 130 characters after it, so no start rescans a long run.
 */
const SET_PASSWORD = /\b(?:temporary|temp|new|one-time|interim|initial)\s+(?:password|passcode|pin)\b/gi
const SET_PASSWORD_VALUE = /^([^.!?\n:]{0,60}):\s{0,3}(["'“‘`]?)([^\s"'“”‘’`]{4,64})/
const NOT_PASSWORD_GAP = /\b(?:link|links|e-?mail|address|number|phone|rules?|requirements?|steps?|page|settings)\b/i

const CODE_CUE = /code|otp|one[- ]time/i

/**
 * `…and the password Airtel@2026, which I set for you`: the value right after the word, with no `is` or
 * colon. Counted only when it looks like a real password (letters, digits and a symbol, or both cases and
 * a digit), so `password reset`, `password manager` or `password 2FA` are not values.
 */
const BARE_PASSWORD = /\b(?:password|passcode|passphrase)\s{1,3}["'“‘`]?([^\s"'“”‘’`]{6,64})/gi
const STRONG_PASSWORD = /^(?=.*\p{L})(?=.*\d)(?:(?=.*[^\p{L}\p{N}])|(?=.*\p{Ll})(?=.*\p{Lu}))/u

/**
 * `I've generated a new one for you: 739104`, `here's a fresh one: 4821 09`: a code the agent made, named
 * only as `one`, its digits after a colon or `is` later in the sentence. Read only when the reply or the
 * customer's message talks about a code. The gaps are bounded and hold no sentence end or colon.
 */
const CUSTOMER_CODE = /\b(?:codes?|otp|passcodes?|pin)\b/gi
/** The word before a code word (`discount` in `discount code`), read on the 24 characters before it. */
const WORD_BEFORE = /([A-Za-z-]{1,20})\s{1,3}$/
const NEW_ONE =
  /\b(?:sent|texted|emailed|generated|issued|created|here['’]s|here is)\b[^.!?\n:]{0,40}?\b(?:(?:a|another|your)\s+(?:new|fresh|replacement)\s+one|another\s+one)\b([^.!?\n:]{0,30}?)(?::|\b(?:it['’]s|is|was)\b)\s{0,3}["'“‘`]?(\d{2,4}(?: \d{2,4}){1,2}|\d{4,8})(?![\w-]|[.,:]\d)/gi
/**
 * `I can see the backup codes on your account; here's the first one: 83920-11746`: a secret kind of
 * code named earlier in the sentence, its value after a later colon. The gap is bounded and holds no
 * colon, full stop or line break, so each start is scanned once.
 */
const SECRET_CODE_LATER =
  /\b(?:backup|recovery|verification|security|one-time|one time|login|sign-in|2fa|mfa|otp|sms|authentication) codes?\b[^.:!?\n]{1,80}:\s{0,3}["'“‘`]?(\d{2,4}(?: \d{2,4}){1,2}(?![\w-])|[A-Za-z0-9]{1,12}(?:-[A-Za-z0-9]{1,12}){0,3})(?![\w-])/gi
/**
 * `enter the one-time code 583 204 to approve`, `use verification code 482913`, `your OTP 583204`: a
 * secret kind of code with its digits right after the word, no `is` or colon between.
 */
const SECRET_CODE_DIRECT = /\b(?:(?:backup|recovery|verification|one-time|one time|login|sign-in|2fa|mfa|otp|sms|authentication) codes?|otp|one-time (?:passcode|password|pin)) ["'“‘`]?(\d{2,4}(?: \d{2,4}){1,2}|\d{4,8})(?![\w-]|[.,:]\d)/gi

/**
 * `the last code we sent went out at 14:02 and it was 583 027`, `I've sent you a new code, it's 4821 09`:
 * a code read back from what was sent, its digits after `is`/`was`/`it's` later in the sentence. Tried
 * on the sentence's next 80 characters after each `code` (a window, so no pattern has to span the gap);
 * a send verb must be in the gap or earlier in the sentence.
 */
const CODE_WORD = /\bcodes?\b/gi
const READ_BACK = /\b(?:is|was|it['’]s)\s{1,3}["'“‘`]?(\d{2,4}(?: \d{2,4}){1,2}|\d{4,8})(?![\w-]|[.,:]\d)/i

/** Every match of a global regex: `matchAll` clones the regex on each call, which showed in profiles. */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m)
    if (m[0] === '') re.lastIndex++
  }
  return out
}

export class Detector {
  private readonly notCard: RegExp
  private readonly password: RegExp
  private readonly code: RegExp
  private readonly keys: RegExp
  private readonly keyNames: Array<{ name: string; test: RegExp }>
  private readonly generic: RegExp
  private readonly secretKinds: Set<string>
  private readonly plainKinds: Set<string>
  private readonly sent: RegExp

  constructor(private readonly data: PiiData) {
    // Matched against lower-cased text without an `i` flag: `iu` with `\p{L}` and a long
    // alternation costs V8 ~5 ms to compile on the first draft.
    this.notCard = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alt(data.notCardContext.map((c) => c.toLowerCase()))})(?![\\p{L}\\p{N}_])[^\\n\\d]{0,20}$`, 'u')
    this.password = new RegExp(`\\b(?:${alt(data.passwordWords)})${CONNECTOR}(["'“‘\`]?)([^\\s"'”’\`]{4,64})`, 'gi')
    // Words before "code" are at most 40 characters: `[\w-]+` tried at every `\b` of "a-a-a-…" is quadratic.
    // A code may be read out in groups: `738 214`, `12 34 56`.
    this.code = new RegExp(`\\b((?:[\\w-]{1,40} ){0,2})(?:code|otp)${CONNECTOR}(["'“‘\`]?)(\\d{2,4}(?: \\d{2,4}){1,2}(?![\\w-])|[A-Za-z0-9-]{4,12})\\b`, 'gi')
    this.keys = new RegExp(`(?<![A-Za-z0-9_])(?:${data.keys.map((k) => k.pattern).join('|')})(?![A-Za-z0-9_])`, 'g')
    this.keyNames = data.keys.map((k) => ({ name: k.name, test: new RegExp(`^(?:${k.pattern})$`) }))
    this.generic = new RegExp(`\\b(?:${alt(data.genericKeyCues)})\\b["']?${CONNECTOR}["'\`]?([A-Za-z0-9_\\-+/=.]{20,200})`, 'gi')
    this.secretKinds = new Set(data.secretCodeKinds)
    this.plainKinds = new Set(data.nonSecretCodeKinds)
    this.sent = new RegExp(`\\b(?:${alt(data.codeSentVerbs)})\\b`, 'i')
  }

  /** The customer's message asks about a secret code (`the login code never arrives`), not a promo or tracking code. */
  talksAboutCode(message: string): boolean {
    for (const m of allMatches(CUSTOMER_CODE, message)) {
      const kind = WORD_BEFORE.exec(message.slice(Math.max(0, m.index - 24), m.index))?.[1] ?? ''
      if (!this.plainKinds.has(kind.toLowerCase())) return true
    }
    return false
  }

  /** Secrets in `text` (the agent's text, quotes masked). `urls`: link ranges, `skip`: placeholders. */
  find(text: string, urls: readonly Range[], skip: readonly Range[], codeTalk = false): Secret[] {
    const out: Secret[] = []
    const free = (s: number, e: number, ranges: readonly Range[]) => !ranges.some((r) => s < r.end && e > r.start)
    const add = (secret: Secret) => {
      if (free(secret.start, secret.end, skip) && free(secret.start, secret.end, out)) out.push(secret)
    }
    const before = (at: number) => text.slice(Math.max(0, at - 40), at)

    if (/\d/.test(text)) {
      for (const m of allMatches(CARD, text)) {
        const digits = m[0].replace(/\D/g, '')
        const after = () => text.slice(m.index + m[0].length, m.index + m[0].length + 40)
        const named = () => PAYMENT_CARD_BEFORE.test(before(m.index)) || KART_BEFORE.test(before(m.index)) || EXPIRY_AFTER.test(after()) || KART_AFTER.test(after())
        if (!issuer(digits) || (!luhn(digits) && !named()) || this.notCard.test(before(m.index).toLowerCase()) || !free(m.index, m.index + m[0].length, urls)) continue
        add({ kind: 'card', start: m.index, end: m.index + m[0].length, mask: `•••• ${digits.slice(-4)}`, label: 'card number' })
      }
      for (const m of allMatches(SSN, text)) {
        const [, area, sep, group, serial] = m
        if (area === '000' || area === '666' || area![0] === '9' || group === '00' || serial === '0000') continue
        const named = SSN_NAMED.test(sentenceLead(text, m.index))
        if (sep !== '-' && !named && !SSN_CUE.test(before(m.index))) continue
        if ((!named && this.notCard.test(before(m.index).toLowerCase())) || !free(m.index, m.index + m[0].length, urls)) continue
        add({ kind: 'ssn', start: m.index, end: m.index + m[0].length, mask: `•••-••-${serial}`, label: 'Social Security number' })
      }
    }
    for (const m of /\d/.test(text) ? allMatches(IBAN, text) : []) {
      const found = this.iban(m[0], before(m.index))
      const after = found ? text.slice(m.index + found.length, m.index + found.length + 40) : ''
      if (!found || COMPANY_ACCOUNT.test(before(m.index)) || COMPANY_ACCOUNT_AFTER.test(after) || COMPANY_IBAN_AFTER.test(after)) continue
      if (!free(m.index, m.index + found.length, urls)) continue
      add({ kind: 'iban', start: m.index, end: m.index + found.length, mask: `•••• ${found.replace(/ /g, '').slice(-4)}`, label: 'IBAN' })
    }
    for (const m of allMatches(this.keys, text)) {
      const name = this.keyNames.find((k) => k.test.test(m[0]))?.name ?? 'secret key'
      add({ kind: 'key', start: m.index, end: m.index + m[0].length, label: name })
    }
    for (const m of allMatches(this.generic, text)) {
      const token = trimTrailing(m[1]!, '.,;:')
      const start = m.index + m[0].length - m[1]!.length
      if (!free(start, start + token.length, urls) || !looksRandom(token)) continue
      add({ kind: 'key', start, end: start + token.length, label: 'secret token' })
    }
    for (const m of allMatches(this.password, text)) {
      const token = trimToken(m[2]!)
      const start = m.index + m[0].length - m[2]!.length
      const pin = /\bpin\b/i.test(m[0].slice(0, 12))
      if (!isPassword(token, m[1] !== '', pin) || !free(start, start + token.length, urls)) continue
      add({ kind: 'password', start, end: start + token.length, label: pin ? 'PIN' : 'password' })
    }
    for (const cue of allMatches(SET_PASSWORD, text)) {
      const from = cue.index + cue[0].length
      const m = SET_PASSWORD_VALUE.exec(text.slice(from, from + 130))
      if (!m) continue
      const token = trimToken(m[3]!)
      const start = from + m[0].length - m[3]!.length
      if (NOT_PASSWORD_GAP.test(m[1]!) || token.includes('@') || !isPassword(token, m[2] !== '', false) || !free(start, start + token.length, urls)) continue
      add({ kind: 'password', start, end: start + token.length, label: /\bpin\b/i.test(cue[0]) ? 'PIN' : 'password' })
    }
    for (const m of allMatches(BARE_PASSWORD, text)) {
      const token = trimToken(m[1]!)
      const start = m.index + m[0].length - m[1]!.length
      if (!STRONG_PASSWORD.test(token) || /@[\w-]+\./.test(token) || !free(start, start + token.length, urls)) continue
      add({ kind: 'password', start, end: start + token.length, label: 'password' })
    }
    // The code pattern tries two words before `code` at every word: look for its cue first.
    const codes = /\d/.test(text) && CODE_CUE.test(text) ? allMatches(this.code, text) : []
    for (const m of codes) {
      const kinds = m[1]!.toLowerCase().trim().split(/\s+/).filter(Boolean)
      if (kinds.some((k) => this.plainKinds.has(k))) continue
      const token = m[3]!
      const secret = kinds.some((k) => this.secretKinds.has(k)) || /otp/i.test(m[0].slice(m[1]!.length, m[1]!.length + 4))
      // A secret code may be written in hyphenated groups (`83920-11746`): the hyphens don't count.
      const chars = token.replace(secret ? /[ -]/g : / /g, '')
      if (!/\d/.test(token) || (secret ? chars.length > 10 : !/^\d{4,8}$/.test(chars))) continue
      const start = m.index + m[0].length - token.length
      add({ kind: 'code', start, end: start + token.length, label: 'one-time code' })
    }
    const cued = codes.length > 0 || CODE_CUE.test(text)
    for (const m of cued ? [...allMatches(SECRET_CODE_LATER, text), ...allMatches(SECRET_CODE_DIRECT, text)] : []) {
      const token = m[1]!
      const chars = token.replace(/[ -]/g, '')
      // Read out in groups, a code has at most 8 digits: `0800 123 456` after a colon is a phone number.
      if (!/\d/.test(token) || chars.length < 4 || chars.length > (token.includes(' ') ? 8 : 10)) continue
      const start = m.index + m[0].length - token.length
      add({ kind: 'code', start, end: start + token.length, label: 'one-time code' })
    }
    for (const m of (cued || codeTalk) && /\d/.test(text) ? allMatches(NEW_ONE, text) : []) {
      const token = m[2]!
      // `…a new one, the order number is 482913` names a record, not the code.
      const gap = m[1]!.toLowerCase().match(/[\p{L}-]+/gu) ?? []
      if (token.replace(/ /g, '').length > 8 || gap.some((w) => this.plainKinds.has(w) || w === 'number')) continue
      const start = m.index + m[0].length - token.length
      add({ kind: 'code', start, end: start + token.length, label: 'one-time code' })
    }
    for (const m of cued ? allMatches(CODE_WORD, text) : []) {
      const from = m.index + m[0].length
      const window = text.slice(from, from + 80)
      const stop = window.search(/[.!?](?:\s|$)|\n/)
      const read = READ_BACK.exec(stop === -1 ? window : window.slice(0, stop + 1))
      if (!read) continue
      const lead = before(m.index)
      const sentence = lead.slice(Math.max(lead.lastIndexOf('.'), lead.lastIndexOf('!'), lead.lastIndexOf('?'), lead.lastIndexOf('\n')) + 1)
      const kinds = sentence.toLowerCase().split(/\s+/).filter(Boolean).slice(-2)
      if (kinds.some((k) => this.plainKinds.has(k)) || !(this.sent.test(window.slice(0, read.index)) || this.sent.test(sentence))) continue
      const token = read[1]!
      if (token.replace(/ /g, '').length > 8) continue
      const start = from + read.index + read[0].length - token.length
      add({ kind: 'code', start, end: start + token.length, label: 'one-time code' })
    }
    return out.sort((a, b) => a.start - b.start)
  }

  /**
   * The IBAN at the start of `candidate` when its length and mod-97 checksum are right; or the whole
   * grouped run when only its length is off for its country (a digit group too many or too few)
   * but its checksum holds and the words before it name an account (`your account DE52 5001 …`).
   */
  private iban(candidate: string, before: string): string | undefined {
    const length = this.data.ibanLengths[candidate.slice(0, 2)]
    if (!length) return undefined
    const registered = this.registeredIban(candidate, length)
    if (registered) return registered
    const turkish = turkishIbanShape(candidate)
    if (turkish) return turkish
    const compact = candidate.replace(/ /g, '')
    return compact.length >= 15 && compact.length <= 34 && compact.length !== length && ACCOUNT_CUE.test(before) && mod97(compact) ? candidate : undefined
  }

  /** The IBAN of the country's registered length at the start of `candidate`, when its checksum is right. */
  private registeredIban(candidate: string, length: number): string | undefined {
    let raw = ''
    let count = 0
    for (const ch of candidate) {
      if (count === length) break
      raw += ch
      if (ch !== ' ') count++
    }
    if (count < length) return undefined
    return mod97(raw.replace(/ /g, '')) ? raw : undefined
  }
}

/**
 * A Turkish IBAN typed with a wrong check digit is still the customer's account: `TR` and 24 digits
 * (bank code, a reserved 0, the account) in the usual groups of four. Nothing else in a Turkish
 * reply has that shape, so the checksum is not required; a run of one repeated digit is a sample.
 */
function turkishIbanShape(candidate: string): string | undefined {
  const m = /^TR\d{2}(?: ?\d{4}){5} ?\d{2}(?![ ]?\d)/.exec(candidate)
  if (!m) return undefined
  return /^(\d)\1+$/.test(m[0].slice(4).replace(/ /g, '')) ? undefined : m[0]
}

/** The text of the sentence before `at`, at most 100 characters back. */
function sentenceLead(text: string, at: number): string {
  const lead = text.slice(Math.max(0, at - 100), at)
  return lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('! '), lead.lastIndexOf('? '), lead.lastIndexOf('\n')) + 1)
}

/** The IBAN checksum (ISO 13616): the number with its first four characters moved to the end is 1 mod 97. */
function mod97(compact: string): boolean {
  const rearranged = compact.slice(4) + compact.slice(0, 4)
  let rest = 0
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch
    for (const d of value) rest = (rest * 10 + Number(d)) % 97
  }
  return rest === 1
}

/** Issuer prefix and length of a payment card (Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro). */
function issuer(d: string): boolean {
  if (d.length < 13 || d.length > 19 || /^(\d)\1+$/.test(d)) return false
  if (d[0] === '4') return [13, 16, 19].includes(d.length)
  const two = Number(d.slice(0, 2))
  const four = Number(d.slice(0, 4))
  if (two >= 51 && two <= 55) return d.length === 16
  if (four >= 2221 && four <= 2720) return d.length === 16
  if (two === 34 || two === 37) return d.length === 15
  if (two === 36 || two === 38 || two === 39 || (four >= 3000 && four <= 3059)) return d.length >= 14
  if (two === 35 || two === 62 || two === 65 || d.startsWith('6011') || (four >= 6440 && four <= 6499)) return d.length >= 16
  if (two === 50 || (two >= 56 && two <= 69)) return d.length >= 13
  return false
}

function luhn(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i])
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2
    sum += n
  }
  return sum % 10 === 0
}

function trimToken(token: string): string {
  return trimTrailing(token, '.,;:)]}!?')
}

/** A password-shaped token: quoted, or with a digit, a symbol or inner capital; not a plain word, mask or placeholder. */
function isPassword(token: string, quoted: boolean, pin: boolean): boolean {
  if (token.length < 4 || /^[*•xX#·.-]+$/.test(token) || /[{}[\]<>%]/.test(token)) return false
  if (pin) return /^\d{4,8}$/.test(token) || (quoted && /\d/.test(token))
  if (quoted) return true
  if (/^\p{L}[\p{Ll}'’-]*$/u.test(token)) return false
  return /\d/.test(token) || /[^\p{L}\p{N}]/u.test(token) || /.\p{Lu}/u.test(token)
}

/** Long tokens that look machine-made: at least two character classes and high entropy. */
export function looksRandom(token: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((r) => r.test(token)).length
  if (classes < 2 || !/\d/.test(token)) return false
  const counts = new Map<string, number>()
  for (const ch of token) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  let entropy = 0
  for (const n of counts.values()) entropy -= (n / token.length) * Math.log2(n / token.length)
  return entropy >= 3.5
}
