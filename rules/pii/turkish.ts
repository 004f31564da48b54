/**
 * Turkish secrets for `pii`, built once: the TC Kimlik No (the Turkish identity number: 11
 * digits with two check digits) and passwords, PINs and one-time codes after Turkish cue words
 * (`geçici şifreniz: 4821Xa`, `doğrulama kodunuz 662514`). Cue words are matched on the text
 * lower-cased with the Turkish rules and folded to ASCII (`gecici sifreniz` typed on an English
 * keyboard counts too); the secret itself is read from the text as written.
 */
import type { Range } from '../../src/input/mask.js'
import { foldTurkishText as foldTurkish } from '../../src/text/fold-turkish.js'
import { looksRandom, type Secret } from './detect.js'
import tckn from './tckn.json' with { type: 'json' }
import { trimTrailing } from '../../src/text/trailing.js'
import escapeStringRegexp from 'escape-string-regexp'

const esc = (s: string) => escapeStringRegexp(s).replace(/ /g, '\\s+')
const alt = (list: readonly string[]) =>
  [...new Set(list.map(foldTurkish))]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|')

/** TC Kimlik No checksum: d10 = ((d1+d3+d5+d7+d9)·7 − (d2+d4+d6+d8)) mod 10, d11 = (d1+…+d10) mod 10. */
export function isValidTckn(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false
  const d = [...digits].map(Number)
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!
  const even = d[1]! + d[3]! + d[5]! + d[7]!
  if ((((odd * 7 - even) % 10) + 10) % 10 !== d[9]) return false
  return d.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === d[10]
}

const TCKN = /(?<![\d+/]|\d[.,-])[1-9]\d{10}(?!\d|[.,-]\d)/g
/**
 * An identity number read out in groups (`126 748 903 44`): 11 digits in 3–5 space-separated groups.
 * Needs a cue word (`kimlik`, `TCKN`) even on a Turkish draft: grouped digits are also phone and
 * account numbers. Each group after the first starts with its space, so a run splits one way.
 */
const TCKN_GROUPED = /(?<![\d+/]|\d[ .,-])[1-9]\d{1,3}(?: \d{2,4}){2,4}(?!\d|[ .,-]\d)/g
/**
 * `Yeni bir anahtar oluşturduk: ptk_live_8fK2…`: an API key or token after a Turkish key word and a
 * colon (the key may sit on a line of its own). The token must look machine-made (detect.ts). Two
 * steps, the key word then the 260 characters after it, so no start rescans a long run.
 */
const KEY_CUE = /(?<![a-z])(?:api anahtar|entegrasyon anahtar|erisim anahtar|gizli anahtar|anahtar|token|erisim kodu)[a-z]{0,10}(?![a-z])/g
const KEY_VALUE = /^[^.!?\n:]{0,50}:\s{0,4}([A-Za-z0-9_\-+/=.]{20,200})/
/** A code read out in groups, `48 29 13`, `582 193`: at most 8 digits in all (checked after the match), so a phone number is not one. */
const GROUPED = String.raw`\d{2,4}(?: \d{2,4}){1,2}(?! ?\d)`
const GROUPED_TOKEN = /^\d{2,4}(?: \d{2,4}){1,2}$/
const UNIT_NEXT = /^(?:yil|tarih|karakter|hane|gun|saat|dakika|kez|defa|tl|adet|ay|hafta)/
/**
 * Turkish names a thing after its value: `482913 doğrulama kodunu girin`, `Kx7!mP29 şifresiyle giriş
 * yapabilirsiniz`. The token right before a code or password noun, in the same sentence (it does
 * not end in `.`); it must hold a digit (so `e-Devlet şifrenizle` is a service's name). Bounded
 * token, then fixed words: no start rescans.
 */
const SECRET_BEFORE =
  /(?<!\S)([^\s"'“”‘’,;()]{3,63}[^\s"'“”‘’,;().!?:])\s+(?:numarali\s+)?(?:((?:dogrulama|onay|guvenlik|giris|sms|tek kullanimlik|otp)\s+kod(?:unuzla|unuzu|unuz|uyla|unu|u)?)|(?:gecici\s+|yeni\s+)?(?:sifre|parola)(?:siyle|sini|si|nizle|nizi|niz|yle|yla|yi|ya)?)(?![a-z])/g
/** A year, a rule or an amount before a password noun: `2025 şifre politikası`, `6-haneli şifre`. */
const NOT_SECRET_BEFORE = /^(?:19|20)\d{2}$|hane|karakter|rakam|harf|tl$|gb$|mb$/i
/**
 * `Size yeni bir geçici şifre oluşturdum: Tr8#kLm2`: a new or temporary password or code named a
 * few words before a colon. Not when the words point at a link, an address or rules. Two steps,
 * the cue then the 130 characters after it.
 */
const SET_CUE = /(?<![a-z])(?:gecici|yeni|tek kullanimlik)\s+(?:sifre|parola|giris kodu|dogrulama kodu|kod)[a-z]{0,8}(?![a-z])/g
const SET_VALUE = /^([^.!?\n:]{0,60}):\s{0,3}(["'“‘]?)([^\s"'“”‘’,;]{4,64})/
const NOT_SET_GAP = /(?<![a-z])(?:baglanti|link|e-?posta|adres|numara|telefon|kural|kosul|sart|karakter|adim|sayfa|ayar|icermeli|olmali|gerek)/
/** Matches nothing: the cue pattern of a TurkishSecrets built without cue words. */
const NEVER = /(?!)/g
const NOT_SECRET_TOKEN = /^[*•xX#·.-]+$|[{}[\]<>%]/
/** `7/24 hizmet veren`, `15.12.2026`, `09:00`: round the clock, a date or a time after a cue, not a secret. */
const SCHEDULE_TOKEN = /^\d{1,2}[/.:]\d{1,2}(?:[/.]\d{2,4})?$/

/** rules/pii/tr.json: Turkish password and code cues, read through the Turkish language pack. */
export interface TurkishPiiData {
  secretCues: string[]
  nonSecretCodeKinds: string[]
  notSecretNext: string[]
  notCardContext: string[]
}

/**
 * TC Kimlik numbers on every draft (tckn.json) and, built with Turkish data, Turkish password and
 * code cues. With `cues` the draft is Turkish: an identity number needs no cue word.
 */
export class TurkishSecrets {
  private readonly secret: RegExp
  private readonly bareCode: RegExp
  /** `giriş kodu oluşturdum: 739105`: the code, a verb or two, a colon, then the digits. */
  // Words before "kodu" are at most 40 characters, as in bareCode: `[a-z0-9-]+` at every `-` of "a-a-a-…" is quadratic.
  private readonly codeThenVerb = /(?<![a-z0-9])((?:[a-z0-9-]{1,40}\s+){0,2})(?:kodu|kodunuz)\s+(?:[a-z]{1,40}\s+)?[a-z]{1,40}\s*:\s*(\d{4,8})(?![\w.,]\d)/g
  private readonly notTcknBefore: RegExp
  private readonly notTcknAfter: RegExp
  private readonly tcknCueBefore: RegExp
  private readonly tcknCueAfter: RegExp
  private readonly tcknCueNear: RegExp
  private readonly notNext: Set<string>
  private readonly plainKinds: Set<string>

  private readonly turkish: boolean

  constructor(local?: TurkishPiiData) {
    this.turkish = local !== undefined
    const tr = local ?? { secretCues: [], nonSecretCodeKinds: [], notSecretNext: [], notCardContext: [] }
    // `doğrulama kodu olarak 482913`, `şifreniz artık Kx7…`: a word between the cue and the value.
    const connector = String.raw`(?:\s*[:=]\s*|\s+(?:artik\s+|simdi\s+|olarak\s+)?)`
    const cues = [...tr.secretCues, ...tr.secretCues.flatMap(thirdPerson)]
    // Without cue words (a draft in another language) the cue pattern is never read: `find` stops before it.
    // A code may be read out in groups (`48 29 13`): tried before the one-token form.
    this.secret = cues.length === 0 ? NEVER : new RegExp(String.raw`(?<![a-z0-9])(${alt(cues)})${connector}(["'“‘]?)(${GROUPED}(?![\d])|[^\s"'“”‘’,;]{3,64})`, 'g')
    // Words before "kodu" are at most 40 characters: `[a-z0-9-]+` tried after every `-` of "a-a-a-…" is quadratic.
    this.bareCode = new RegExp(String.raw`(?<![a-z0-9])((?:[a-z0-9-]{1,40}\s+){0,2})(?:kodunuz|kodu|kod)${connector}(${GROUPED}|\d{4,8})(?![\w.,]\d)`, 'g')
    this.notTcknBefore = new RegExp(String.raw`(?<![a-z])(?:${alt(tckn.notTcknContext)})[\s:#.]*(?:no|numarasi|numaraniz)?[\s:#.]*$`)
    this.notTcknAfter = new RegExp(String.raw`^\s*(?:numarali|nolu|no'lu|no\.?)\s+(?:${alt(tckn.notTcknAfter)})`)
    this.tcknCueBefore = new RegExp(String.raw`(?<![a-z])(?:${alt(tckn.tcknCues)})[\s:#.,]*(?:no|numarasi|numaraniz|number|id|is)?[\s:#.]*$`)
    // `your Turkish ID number now linked to it is 1000…`: the cue a few words back, the number after `is` or `:`.
    this.tcknCueNear = new RegExp(String.raw`(?<![a-z])(?:${alt(tckn.tcknCues)})(?![a-z])[^.!?\n\d]{0,30}(?:\bis|\bwas|:) ?$`)
    this.tcknCueAfter = new RegExp(String.raw`^\s*(?:'[a-z]+\s+)?(?:numarali\s+)?(?:t\.?\s?c\.?|tckn|kimlik)(?![a-z])`)
    this.notNext = new Set(tr.notSecretNext.map(foldTurkish))
    this.plainKinds = new Set(tr.nonSecretCodeKinds.map(foldTurkish))
  }

  /**
   * Secrets in `text` (the agent's text, quotes masked). On a Turkish draft (built with cues) an
   * identity number needs no cue and Turkish password cues are read. `urls`: links, where a token
   * is a reset link's and not a secret.
   */
  find(text: string, urls: readonly Range[]): Secret[] {
    const turkish = this.turkish
    const out: Secret[] = []
    const hasDigit = /\d/.test(text)
    if (!hasDigit && !turkish) return out
    let lowered: string | undefined
    // Folding keeps offsets unless lower-casing changed the length (a dotted I written as I + U+0307).
    const lower = () => (lowered ??= ((f) => (f.length === text.length ? f : text.toLowerCase()))(foldTurkish(text)))
    const inUrl = (s: number, e: number) => urls.some((r) => s < r.end && e > r.start)
    // Eleven digits in a row, and read out in groups; the groups need a cue even on a Turkish draft.
    if (hasDigit) {
      for (const [pattern, cueless] of [
        [TCKN, turkish],
        [TCKN_GROUPED, false],
      ] as const) {
        pattern.lastIndex = 0
        for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
          const start = m.index
          const end = start + m[0].length
          const digits = m[0].replace(/ /g, '')
          if (digits.length !== 11 || !isValidTckn(digits) || inUrl(start, end)) continue
          const before = lower().slice(Math.max(0, start - 40), start)
          const after = lower().slice(end, end + 40)
          if (this.notTcknBefore.test(before) || this.notTcknAfter.test(after)) continue
          if (!cueless && !this.tcknCueBefore.test(before) && !this.tcknCueAfter.test(after) && !this.tcknCueNear.test(before)) continue
          out.push({ kind: 'tckn', start, end, mask: `•••••••${digits.slice(-4)}`, label: 'TC Kimlik No' })
        }
      }
    }
    if (!turkish) return out
    const folded = lower()
    KEY_CUE.lastIndex = 0
    for (let cue = KEY_CUE.exec(folded); cue; cue = KEY_CUE.exec(folded)) {
      const from = cue.index + cue[0].length
      const m = KEY_VALUE.exec(folded.slice(from, from + 260))
      if (!m) continue
      const start = from + m[0].length - m[1]!.length
      const token = trimTrailing(text.slice(start, start + m[1]!.length), '.,;:')
      const end = start + token.length
      if (!looksRandom(token) || inUrl(start, end)) continue
      out.push({ kind: 'key', start, end, label: 'API key' })
    }
    this.secret.lastIndex = 0
    for (let m = this.secret.exec(folded); m; m = this.secret.exec(folded)) {
      const cue = m[1]!.replace(/\s+/g, ' ')
      const start = m.index + m[0].length - m[3]!.length
      const token = trimTrailing(text.slice(start, start + m[3]!.length), '.!?:)')
      const end = start + token.length
      const next = /^\S*\s+([a-z]+)/.exec(folded.slice(end))?.[1]
      if (this.notNext.has(foldTurkish(token)) || NOT_SECRET_TOKEN.test(token) || SCHEDULE_TOKEN.test(token) || inUrl(start, end)) continue
      // `şifreniz 2025 yılında`, `şifreniz 8 karakter`, `1234 gibi`: a date, a rule or an example.
      if (next !== undefined && (next === 'gibi' || (/^\d+$/.test(token) && UNIT_NEXT.test(next)))) continue
      const code = /kod|sms|tek kullanimlik|cvv|cvc|puk/.test(cue)
      const pin = /(?:^|\s)pin|kart sifre/.test(cue)
      const quoted = m[2] !== ''
      // A card's security code has three or four digits; every other secret at least four characters.
      const cardCode = /cvv|cvc|guvenlik (?:kod|numara)/.test(cue)
      if (GROUPED_TOKEN.test(token)) {
        const digits = token.replace(/ /g, '').length
        if (digits < 4 || digits > 8) continue
      } else if (cardCode ? !/^\d{3,4}$/.test(token) && !secretLike(token, quoted, true) : !secretLike(token, quoted, code || pin)) continue
      out.push({ kind: code ? 'code' : 'password', start, end, label: code ? 'one-time code' : pin ? 'PIN' : 'password' })
    }
    const free = (start: number, end: number) => !out.some((s) => start < s.end && end > s.start) && !inUrl(start, end)
    SECRET_BEFORE.lastIndex = 0
    for (let m = SECRET_BEFORE.exec(folded); m; m = SECRET_BEFORE.exec(folded)) {
      const start = m.index
      const token = trimTrailing(text.slice(start, start + m[1]!.length), '.!?:)')
      const end = start + token.length
      const code = m[2] !== undefined
      if (!/\d/.test(token) || NOT_SECRET_BEFORE.test(token) || NOT_SECRET_TOKEN.test(token) || SCHEDULE_TOKEN.test(token) || !free(start, end)) continue
      // A longer run of digits is a record number (`takip numaranız 50387129498 şifrenizi …`).
      if (code || /^\d+$/.test(token) ? !/^\d{4,8}$/.test(token) : !secretLike(token, false, false)) continue
      out.push({ kind: code ? 'code' : 'password', start, end, label: code ? 'one-time code' : 'password' })
    }
    SET_CUE.lastIndex = 0
    for (let cue = SET_CUE.exec(folded); cue; cue = SET_CUE.exec(folded)) {
      const from = cue.index + cue[0].length
      const m = SET_VALUE.exec(folded.slice(from, from + 130))
      if (!m || NOT_SET_GAP.test(m[1]!)) continue
      const start = from + m[0].length - m[3]!.length
      const token = trimTrailing(text.slice(start, start + m[3]!.length), '.!?:)')
      const end = start + token.length
      const code = /kod/.test(cue[0])
      if (NOT_SECRET_TOKEN.test(token) || SCHEDULE_TOKEN.test(token) || token.includes('@') || !secretLike(token, m[2] !== '', code) || !free(start, end)) continue
      out.push({ kind: code ? 'code' : 'password', start, end, label: code ? 'one-time code' : 'password' })
    }
    for (const cue of [this.bareCode, this.codeThenVerb]) {
      cue.lastIndex = 0
      for (let m = cue.exec(folded); m; m = cue.exec(folded)) {
        const kinds = m[1]!.trim().split(/\s+/).filter(Boolean)
        if (kinds.some((k) => this.plainKinds.has(k))) continue
        const start = m.index + m[0].length - m[2]!.length
        const end = start + m[2]!.length
        const digits = m[2]!.replace(/ /g, '').length
        // `kod 1234 gibi`: an example.
        if (digits < 4 || digits > 8 || /^\s+gibi(?![a-z])/.test(folded.slice(end, end + 8))) continue
        if (out.some((s) => start < s.end && end > s.start) || inUrl(start, end)) continue
        out.push({ kind: 'code', start, end, label: 'one-time code' })
      }
    }
    return out
  }
}

const HIGH_VOWEL: Record<string, string> = { a: 'ı', ı: 'ı', o: 'u', u: 'u', e: 'i', i: 'i', ö: 'ü', ü: 'ü' }

/**
 * The third-person form of a "your …" cue, for "the account's new password": `yeni parolanız` →
 * `yeni parolası`, `kart şifreniz` → `kart şifresi`, `pin kodunuz` → `pin kodu` (`hesabınızın yeni
 * parolası Kavun!92`). Derived by the possessive's harmony rather than listed.
 */
function thirdPerson(cue: string): string[] {
  if (!/n[ıiuü]z$/.test(cue)) return []
  const stem = cue.slice(0, -3)
  // `kod-u-nuz`: a buffer vowel after a consonant stays (`kodu`); `şifre-niz`: a vowel stem takes -sI.
  if (/[^aeıioöuü][ıiuü]$/.test(stem)) return [stem]
  const last = /[aeıioöuü](?=[^aeıioöuü]*$)/.exec(stem)?.[0]
  return last && /[aeıioöuü]$/.test(stem) ? [`${stem}s${HIGH_VOWEL[last]}`] : []
}

/** A secret-shaped token: quoted, or with a digit, a symbol or mixed case; a PIN or code needs digits. */
function secretLike(token: string, quoted: boolean, digits: boolean): boolean {
  if (token.length < 4) return false
  if (digits) return /\d/.test(token) && token.length <= 12
  if (quoted) return true
  if (/^\d{1,3}$/.test(token) || /^\p{L}[\p{Ll}'’-]*$/u.test(token)) return false
  return /\d/.test(token) || /[^\p{L}\p{N}]/u.test(token) || (/\p{Lu}/u.test(token) && /\p{Ll}/u.test(token))
}
