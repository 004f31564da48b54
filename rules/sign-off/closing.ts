/**
 * Find an e-mail's closing: a closing line (`Best regards,`, `Thanks, Sam`, `Cheers!`), a short
 * thanks sentence ending the last line (`… Let me know. Thanks!`), or a signature block (a name
 * line, `The Acme Support Team`, `— Sam`) at the end of the agent's own text (quotes masked).
 */
import type { DocumentState } from '../../src/document.js'
import { splitLines } from '../../src/input/quotes.js'
import escapeStringRegexp from 'escape-string-regexp'

export interface SignOffData {
  closings: readonly string[]
  thanksClosings: readonly string[]
  device: readonly string[]
  /** Turkish: closings and thanks that end the last sentence (`… için teşekkür ederiz.`). */
  endings?: readonly string[]
  /** Lower-case words a signature line may hold besides names (`Trendmarket destek ekibi`). */
  signatureWords?: readonly string[]
  /** A signature line may open with a lower-case brand holding a digit or a capital (`n11 Müşteri Hizmetleri`). */
  lowerCaseBrands?: boolean
}

export interface Closing {
  /** Whether the draft signs off. */
  found: boolean
  /** The last non-blank line of the agent's text (trimmed), where a missing sign-off is reported. */
  last?: { start: number; end: number }
}

const escape = (s: string): string => escapeStringRegexp(s).replace(/\s+/g, '\\s+')
const words = (s: string): number => (s.match(/[\p{L}\p{N}'’&]+/gu) ?? []).length
/** Turkish lower case that keeps offsets: `I` → `ı`, `İ` → `i`. */
const lowerTr = (s: string): string => (/[Iİ]/.test(s) ? s.replace(/I/g, 'ı').replace(/İ/g, 'i') : s).toLowerCase()

export class ClosingFinder {
  private readonly closing: RegExp
  private readonly thanks: RegExp
  private readonly tail: RegExp
  private readonly device: RegExp
  /** Turkish: the last sentence ends with a closing or thanks (`… için teşekkür ederiz.`). */
  private readonly ending: RegExp | undefined
  private readonly connectors: ReadonlySet<string>
  private readonly lowerCaseBrands: boolean
  /**
   * Lines are matched lower-cased in the data's language (a regex `i` flag does not map `İ` to `i`),
   * and the regexes carry no `i` flag: with `u`, V8 compiles `\p{L}` case-insensitively into a
   * closure over all of Unicode, ~5 ms a regex on the first draft of a CLI run.
   */
  private readonly lower: (s: string) => string

  constructor(data: SignOffData, add: readonly string[] = [], ignore: readonly string[] = [], language = 'en') {
    const lower = (this.lower = language === 'tr' ? lowerTr : (s: string): string => s.toLowerCase())
    const skip = new Set(ignore.map((s) => lower(s).toLowerCase()))
    const alt = (list: readonly string[]): string =>
      [...list]
        .map((c) => lower(c))
        .filter((c) => !skip.has(c.toLowerCase()))
        .sort((a, b) => b.length - a.length)
        .map(escape)
        .join('|') || '(?!)'
    const closings = alt([...data.closings, ...add])
    const thanks = alt(data.thanksClosings)
    // A closing line: the phrase, optional punctuation, optionally a short name after it.
    // `(?=([…]*))\1` takes the punctuation run whole (an atomic group): backtracking into it could
    // only hand characters to `(.*)`, which stops at the same line break (quadratic; issue 17).
    this.closing = new RegExp(`^(?:${closings}|${thanks})(?![\\p{L}\\p{N}])(?=([\\s,.!:;—–-]*))\\1(.*)$`, 'u')
    // A thanks sentence: "Thank you for choosing Acme!", "Thanks for your patience."
    this.thanks = new RegExp(`^(?:${thanks})(?![\\p{L}\\p{N}])`, 'u')
    // The last sentence of the last line: "… Let me know if it helps. Thanks!"
    this.tail = new RegExp(`(?:^|[.!?)]\\s+)((?:${closings}|${thanks})(?![\\p{L}\\p{N}])[^.!?]{0,40}[.!]*)\\s*$`, 'u')
    this.device = new RegExp(`^(?:${alt(data.device)})`, 'i')
    this.ending = data.endings ? new RegExp(`(?:^|[\\s,;])(?:${alt([...data.endings, ...add])})[\\s.!]*$`, 'u') : undefined
    this.connectors = new Set((data.signatureWords ?? []).map(lower))
    this.lowerCaseBrands = data.lowerCaseBrands === true
  }

  find(doc: DocumentState, signature?: string): Closing {
    const lines = splitLines(doc.text)
      .map((l) => {
        const value = l.value.trimEnd()
        const lead = value.length - value.trimStart().length
        return { start: l.start + lead, end: l.start + value.length, value: value.trim() }
      })
      .filter((l) => l.value.length > 0 && !this.device.test(this.lower(l.value)))
    // A P.S. or a legal footer after the signature does not un-sign the e-mail: read above it.
    lines.length = bodyEnd(lines, doc.text)
    const lastLine = lines[lines.length - 1]
    if (!lastLine) return { found: true }
    const last = { start: lastLine.start, end: lastLine.end }
    if (signature && normalize(doc.text).includes(normalize(signature))) return { found: true, last }
    // The "-- " signature delimiter: everything under it is a signature.
    if (lines.slice(-8).some((l) => /^--\s*$/.test(l.value))) return { found: true, last }
    let block = 0
    for (let i = lines.length - 1; i >= 0 && block < 7; i--, block++) {
      const line = lines[i]!.value
      const lowered = this.lower(line)
      const plain = lowered.replace(/^[-–—~*_>\s]+/, '')
      const closing = this.closing.exec(plain)
      if (closing && (words(closing[2]!) <= 6 || (this.thanks.test(plain) && words(plain) <= 10))) return { found: true, last }
      if (i === lines.length - 1 && this.tail.test(lowered)) return { found: true, last }
      if (this.ending && i === lines.length - 1 && this.endsWithClosing(lowered)) return { found: true, last }
      const kind = signatureLine(line, this.connectors, this.lowerCaseBrands)
      if (kind === 'name') return { found: true, last }
      if (kind === 'contact') continue
      break
    }
    return { found: this.closingAboveBlock(lines), last }
  }

  /**
   * A closing line above a signature block the line tests above do not read (`Best wishes,` over
   * `megan (Customer Care)`, `the easyJet team`, `**Megan**`, an office address or opening hours): the
   * lines under the closing are short (8 words at most) and none ends a sentence, as body text would.
   */
  private closingAboveBlock(lines: readonly Line[]): boolean {
    for (let i = lines.length - 1; i >= Math.max(0, lines.length - 10); i--) {
      const line = lines[i]!.value
      const plain = this.lower(line).replace(/^[-–—~*_>\s]+/, '')
      const closing = this.closing.exec(plain)
      // A closing phrase, or a bare thanks (`Many thanks,`): not a thanks sentence such as `Thanks for your email.`
      // Not a sentence that starts like one (`Best price is on the website.`).
      if (closing && i < lines.length - 1 && words(closing[2]!) <= 3 && !/[.?]$/.test(line) && (!this.thanks.test(plain) || words(plain) <= 3)) return true
      if (words(line) > 8 || (/[.?!]$/.test(line) && !/\b\p{Lu}\.$/u.test(line))) return false
    }
    return false
  }

  /** The last sentence of a line ends with a closing and is short: `Bizi tercih ettiğiniz için teşekkür ederiz.` */
  private endsWithClosing(line: string): boolean {
    const m = this.ending!.exec(line)
    if (!m) return false
    const sentence =
      line
        .slice(0, m.index + m[0].length)
        .split(/[.!?]\s+/)
        .pop() ?? ''
    return words(sentence) <= 12
  }
}

/**
 * `name`: a line that signs (`Sam`, `Sam Lee | Acme Billing`, `The Acme Support Team`, `— Sam`,
 * `^JK`); `contact`: phone, address or link lines under a signature; undefined: body text.
 */
export function signatureLine(line: string, lowerWords: ReadonlySet<string> = new Set(), lowerCaseBrands = false): 'name' | 'contact' | undefined {
  if (/^[-–—~^*/]\s*\p{L}[\p{L}\p{M}.'’ -]{0,40}$/u.test(line) && words(line) <= 5) return 'name'
  if (/^(?:tel|phone|mobile|fax|web|www\.|https?:|e-?mail)\b|^[+()\d][\d\s().+-]{6,}$/i.test(line)) return 'contact'
  if (/[.?:;!]$/.test(line) && !/\b\p{Lu}\.$/u.test(line)) return undefined
  // A brand with a lower-case e-/m- prefix (`e-Devlet`, `m-Bank`) is a capitalised name.
  const tokens = line
    .replace(/(?<![\p{L}\p{M}])\p{Ll}{1,2}-(?=\p{Lu})/gu, '')
    .split(/[\s|,•·–—]+/)
    // A hyphen between letters joins one name (`Co-op Insurance`, `Jean-Luc`); elsewhere it separates (`REG-2026-0447`, `Sam - Acme`).
    .flatMap((t) => (HYPHENATED_NAME.test(t) ? [t] : t.split('-')))
    .filter(Boolean)
  if (tokens.length === 0 || tokens.length > 6) return undefined
  const connector = /^(of|the|and|&|at|from|for|on|de|van|von|la|le|da|del)$/i
  // `n11 Müşteri Hizmetleri`: a brand written in lower case, known by its digit or inner capital, signs when a capitalised word follows.
  const brand = lowerCaseBrands && tokens.length > 1 && LOWER_CASE_BRAND.test(tokens[0]!) && /^\p{Lu}/u.test(tokens[1]!)
  const rest = brand ? tokens.slice(1) : tokens
  return rest.every((t) => /^\p{Lu}/u.test(t) || connector.test(t) || lowerWords.has(t)) && /^\p{Lu}/u.test(rest[0]!) ? 'name' : undefined
}

/** A lower-case brand: lower-case letters, then a digit or a capital (`n11`, `eBay`); a plain lower-case word is body text. */
const LOWER_CASE_BRAND = /^\p{Ll}{1,12}[\p{Lu}\d][\p{L}\d]{0,20}$/u
/** Letters joined by hyphens (`Co-op`, `Jean-Luc`): one word of a name. */
const HYPHENATED_NAME = /^\p{L}+(?:-\p{L}+)+$/u

/** `P.S.`, `PS:`, `P.P.S.`, Turkish `Not:` opening a postscript line. */
const POSTSCRIPT = /^(?:p\.?\s?p\.?\s?s|p\.?\s?s)(?:\.|:|\s)|^not:/i
/** Words only legal and mailing footers use (English and Turkish). */
const LEGAL = /\b(?:confidential|intended recipient|privileged|disclaimer|unsubscribe|registered (?:office|in)|company (?:no|number|registration)|all rights reserved|privacy (?:policy|notice)|gizli|kvkk|yasal uyarı|mersis|ticaret sicil)\b|©/i

/** A Turkish no-reply notice under the signature (`Lütfen bu e-postayı yanıtlamayınız.`), read in lower case. */
const NO_REPLY_TR = /(?:yanıtlamayın|cevaplamayın|yanıt vermeyin|cevap vermeyin)(?:[ıi]z)?(?![\p{L}])/u
const footer = (value: string): boolean => LEGAL.test(value) || NO_REPLY_TR.test(value.toLocaleLowerCase('tr'))

type Line = { start: number; end: number; value: string }

/**
 * How many lines form the body: trailing postscript lines and legal-footer paragraphs (up to
 * three, each under a blank line or starting `P.S.`; a footer inside the signature's paragraph from its
 * first footer line down) are left out when a body sentence stays above them.
 */
function bodyEnd(lines: readonly Line[], text: string): number {
  let end = lines.length
  for (let round = 0; round < 3 && end > 1; round++) {
    // The paragraph the last body line belongs to: back to the previous blank line.
    let first = end - 1
    while (first > 0 && !/\n[ \t]*\r?\n/.test(text.slice(lines[first - 1]!.end, lines[first]!.start)) && !POSTSCRIPT.test(lines[first]!.value)) first--
    const paragraph = lines.slice(first, end)
    // A footer may share the signature's paragraph (`Kind regards,` … `Tel: …` then `This e-mail is confidential.`):
    // only the lines from the footer down go.
    const at = POSTSCRIPT.test(paragraph[0]!.value) ? 0 : paragraph.findIndex((l) => footer(l.value))
    const cut = first + at
    if (at === -1 || cut === 0) break
    // A postscript follows a letter: above it there must be a body sentence, not only `Hi Maria,` and `Thanks, Sam`.
    if (!lines.slice(0, cut).some((l) => /[.!?]$/.test(l.value))) break
    end = cut
  }
  return end
}

function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase()
}
