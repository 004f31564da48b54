/**
 * Find the reply's greeting (`Hi Maria,`, `Dear Ms. Khan,`, `Hello {{first_name}},`, `Dear
 * customer,`, a bare `Hi,`) and the names it or the first line addresses directly
 * (`Thanks, John!`). Reads `doc.text` (placeholders still visible, quoted text masked).
 * Shared by `greeting` and `wrong-name` (and `bodyStart` by `empathy` and `respect`).
 *
 * The data stays with the rules that own it, read through the language packs on first use:
 * salutations and impersonal addressees in rules/greeting/<language>.json, words that are no
 * names (and Turkish roles, words before an address) in rules/wrong-name/<language>.json.
 */
import type { DocumentState } from '../document.js'
import { splitLines } from '../input/quotes.js'
import { languageKey } from '../rule.js'
import { languageData } from './language-pack.js'
import escapeStringRegexp from 'escape-string-regexp'

/** `accepted`: an addressee the team removed from the impersonal list (`ignore: ['team']`). */
export type GreetingKind = 'bare' | 'generic' | 'named' | 'title' | 'placeholder' | 'accepted'

export interface Span {
  value: string
  start: number
  end: number
}

export interface Greeting {
  kind: GreetingKind
  /** The salutation as written (`Hi`, `Dear`, `To whom it may concern`). */
  salutation: Span
  /** From the salutation to the end of the addressee (before the greeting's punctuation). */
  start: number
  end: number
  /** The name words for `named` (`John`, `John Smith`) and the surname for `title`. */
  names: Span[]
  /** The line holding the greeting. */
  line: Span
  /** Turkish: the honorific after the name (`Hanım` in `Merhaba Ayşe Hanım`). */
  honorific?: Span
}

export interface GreetingData {
  salutations: readonly string[]
  weakSalutations: readonly string[]
  genericSalutations: readonly string[]
  generic: readonly string[]
  titles: readonly string[]
  /** Turkish: salutations that never stand alone (`Sayın`, `Değerli`): they need an addressee. */
  needsAddressee?: readonly string[]
  /** Turkish: postpositive honorifics (`Bey`, `Hanım`). */
  honorifics?: readonly string[]
  /** Capitalised words after a salutation that do not address anyone (added to the built-in English set). */
  notAddressee?: readonly string[]
}

/** The parts of rules/wrong-name/<language>.json read here. */
interface NameWords {
  notNames: readonly string[]
  roles?: readonly string[]
  addressAfter?: readonly string[]
}

/** The greeting data for a draft's language (`tr`, or English for any other language). */
export function greetingDataFor(language: string): GreetingData {
  return languageData<GreetingData>('greeting', languageKey(language))
}

/** Capitalised words after a salutation that do not address anyone: `Hello And welcome`. */
const notAddresseeEn = memo(
  (): ReadonlySet<string> =>
    new Set([
      ...languageData<NameWords>('wrong-name', 'en').notNames,
      'and',
      'from',
      'i',
      "i'm",
      'we',
      "we're",
      'our',
      'my',
      'it',
      "it's",
      'this',
      'just',
      'so',
      'hope',
      'how',
      'what',
      'please',
      'to',
      'the',
      'a',
      'as',
      'with',
      'for',
      'happy',
      'glad',
      'quick',
      'thank',
      'thanks',
      "i'd",
      "i'll",
      "i've",
      "we'd",
      "we'll",
      "we've",
      "let's",
      'you',
      "you're",
      'your',
      'there',
      'greetings',
    ]),
)

/** Turkish words after a salutation that do not address anyone (`Merhaba Ben Mehmet` is rare, `Merhaba, Sipariş…` is not). */
const notAddresseeTr = memo((): ReadonlySet<string> => {
  const names = languageData<NameWords>('wrong-name', 'tr')
  return new Set([...names.notNames, ...(names.roles ?? []), ...(greetingDataFor('tr').notAddressee ?? [])])
})

/** Built on first use: Turkish data is read only for a Turkish draft. */
function memo<T>(build: () => T): () => T {
  let value: T | undefined
  return () => (value ??= build())
}

const escape = (s: string): string => escapeStringRegexp(s).replace(/[ /]+/g, '[\\s/]+')
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu
/** A placeholder's opening delimiter and variable name, closed or not (`{{ customer.first_name }`, `{%first_name`, `{first_name}}`). */
const BROKEN_SLOT = /^(?:\{[{%!]?\{?|\[\[?)\s?[A-Za-z_][\w.]*(?:[^\n{}\w.][^\n{}]{0,60}\}{1,3}|\}{1,3})?/
/** Turkish lower case that keeps offsets: `I` → `ı`, `İ` → `i` (one code unit each). */
const lowerTr = (s: string): string => (/[Iİ]/.test(s) ? s.replace(/I/g, 'ı').replace(/İ/g, 'i') : s).toLowerCase()
const lowerEn = (s: string): string => s.toLowerCase()

export class GreetingFinder {
  private readonly salutation: RegExp
  private readonly genericSalutation: RegExp
  private readonly weak: Set<string>
  /** Impersonal addressees by first word, longest first. */
  private readonly generic: Map<string, string[][]>
  private readonly accepted: Set<string>
  private readonly titles: Set<string>
  private readonly needsAddressee: Set<string>
  private readonly honorifics: Set<string>
  private readonly notAddressee: ReadonlySet<string>
  /** Lower case in the data's language (Turkish: `I` → `ı`, `İ` → `i`), keeping offsets. */
  private readonly lower: (s: string) => string
  private readonly turkish: boolean

  constructor(data: GreetingData, extraGeneric: readonly string[] = [], ignoreGeneric: readonly string[] = [], language = 'en') {
    this.turkish = language === 'tr'
    const lower = (this.lower = this.turkish ? lowerTr : lowerEn)
    const byLength = (a: string, b: string): number => b.length - a.length
    const alt = (list: readonly string[]): string => [...list].map(lower).sort(byLength).map(escape).join('|')
    // Lines are matched lower-cased (a regex `i` flag does not map `İ`/`I` to `i`/`ı`), and without
    // an `i` flag: `iu` with `\p{L}` and a long alternation costs V8 ~5 ms to compile.
    this.salutation = new RegExp(`^(?:${alt(data.salutations)})(?![\\p{L}\\p{N}'’])`, 'u')
    this.genericSalutation = new RegExp(`^(?:${alt(data.genericSalutations)})(?![\\p{L}\\p{N}])`, 'u')
    this.weak = new Set(data.weakSalutations.map(lower))
    const ignore = new Set(ignoreGeneric.map(lower))
    this.generic = new Map()
    const phrases = [...data.generic, ...extraGeneric]
      .filter((g) => !ignore.has(lower(g)))
      .map((g) => lower(g).split(/[\s/]+/))
      .sort((a, b) => b.length - a.length)
    for (const p of phrases) this.generic.set(p[0]!, [...(this.generic.get(p[0]!) ?? []), p])
    this.accepted = ignore
    this.titles = new Set(data.titles.map(lower))
    this.needsAddressee = new Set((data.needsAddressee ?? []).map(lower))
    this.honorifics = new Set((data.honorifics ?? []).map(lower))
    this.notAddressee = this.turkish ? notAddresseeTr() : notAddresseeEn()
  }

  /** The first non-blank line of the agent's text, after a `Subject:` line and leading @handles. */
  firstLine(doc: DocumentState): Span | undefined {
    for (const line of splitLines(doc.text)) {
      const trimmed = line.value.trimStart()
      if (!trimmed || /^(subject|re|fwd?|konu)\s*:/i.test(trimmed)) continue
      const handles = /^(?:@\w+[\s,:]*)+/.exec(trimmed)?.[0].length ?? 0
      const start = line.start + line.value.length - trimmed.length + handles
      const end = line.start + line.value.trimEnd().length
      if (start >= end) continue
      return { value: doc.text.slice(start, end), start, end }
    }
    return undefined
  }

  /** Whether a (lower-cased) word is a Turkish honorific: `bey`, `hanım`. */
  isHonorific(word: string): boolean {
    return this.honorifics.has(this.lower(word))
  }

  find(doc: DocumentState, isCustomer: (word: string) => boolean = () => false): Greeting | undefined {
    const line = this.firstLine(doc)
    if (!line) return undefined
    const lowered = this.lower(line.value)
    const generic = this.genericSalutation.exec(lowered)
    if (generic) {
      const s = { value: line.value.slice(0, generic[0].length), start: line.start, end: line.start + generic[0].length }
      return { kind: 'generic', salutation: s, start: s.start, end: s.end, names: [], line }
    }
    const m = this.salutation.exec(lowered)
    if (!m) return this.turkish ? this.nameFirst(doc, line) : undefined
    const salutation = { value: line.value.slice(0, m[0].length), start: line.start, end: line.start + m[0].length }
    const said = this.lower(salutation.value).replace(/\s+/g, ' ')
    const words: Span[] = []
    WORD.lastIndex = m[0].length
    for (let w = WORD.exec(line.value); w && words.length < 6; w = WORD.exec(line.value)) {
      words.push({ value: w[0], start: line.start + w.index, end: line.start + w.index + w[0].length })
    }
    const lows = words.map((w) => this.lower(w.value).replace(/’/g, "'"))
    const low = (i: number): string => lows[i]!
    const gapAfter = (i: number): string => doc.text.slice(words[i]?.end ?? salutation.end, words[i + 1]?.start ?? line.end)
    const gapBefore = (i: number): string => doc.text.slice(i === 0 ? salutation.end : words[i - 1]!.end, words[i]?.start ?? line.end)
    /** The word ends its clause: punctuation or the end of the line follows it. */
    const endsClause = (i: number): boolean => words[i + 1] === undefined || /^\s*[,.!:;?]/.test(gapAfter(i))
    const result = (kind: GreetingKind, end: number, named: Span[] = []): Greeting => ({ kind, salutation, start: salutation.start, end, names: named, line })
    /** A named greeting, with the honorific that follows the names in Turkish (`Ayşe Hanım`). */
    const named = (list: Span[], next: number): Greeting => {
      const h = words[next]
      if (h && this.isHonorific(h.value) && /^\s+$/.test(gapBefore(next))) return { ...result('named', h.end, list), honorific: h }
      return result('named', list[list.length - 1]!.end, list)
    }
    const bare = (): Greeting | undefined => {
      const next = doc.text.slice(salutation.end, line.end).trimStart()
      // `Sayın`, `Değerli` never stand alone: lower-case words up to the comma are an impersonal
      // addressee (`Değerli yolcularımız,`); anything else is not a greeting (`Değerli geri bildiriminiz için…`).
      if (this.needsAddressee.has(said)) {
        const k = words[0] && !endsClause(0) ? 1 : 0
        const last = words[k]
        const addressee = last !== undefined && !isCapitalized(words[0]!.value) && endsClause(k) && /^\s+$/.test(gapBefore(0)) && ADDRESSEE_END.test(low(k))
        return addressee ? result('generic', last.end) : undefined
      }
      // "Morning appointments are full" is not a greeting: weak salutations need punctuation.
      if (this.weak.has(said) && next && !/^[,!.:;—–-]/.test(next)) return undefined
      return result('bare', salutation.end)
    }

    // A placeholder right after the salutation: `Hi {{first_name}},`.
    const rest = doc.text.slice(salutation.end, line.end)
    const offset = salutation.end + (rest.length - rest.replace(/^[\s,]+/, '').length)
    const placeholder = doc.placeholders.find((p) => p.start === offset)
    if (placeholder) return result('placeholder', placeholder.end)
    // `Hi {{ customer.first_name },`: a name slot with a brace missing is still a name slot (placeholder-syntax reports the braces).
    const slot = BROKEN_SLOT.exec(doc.text.slice(offset, line.end))
    if (slot) return result('placeholder', offset + slot[0].length)

    // "Hi, Maria," keeps the comma; any other punctuation ends the greeting.
    const first = words[0]
    if (!first) return bare()
    const gap0 = gapBefore(0)
    if (!/^\s+$/.test(gap0) && !(/^,\s*$/.test(gap0) && isCapitalized(first.value) && endsClause(0))) return bare()

    for (const phrase of this.accepted) {
      const parts = phrase.split(/[\s/]+/)
      if (parts.every((p, k) => words[k] !== undefined && low(k) === p)) return result('accepted', words[parts.length - 1]!.end)
    }

    // Generic addressee: "there", "valued customer", "Sir/Madam".
    for (const phrase of this.generic.get(low(0)) ?? []) {
      if (phrase.length > words.length) continue
      let ok = true
      for (let k = 0; k < phrase.length && ok; k++) {
        ok = low(k) === phrase[k] && (k === 0 || /^[\s/]+$/.test(gapBefore(k)))
      }
      if (!ok) continue
      const after = words[phrase.length]
      // "Hi there Maria" / "Hello again, Maria": the name still addresses the customer.
      // After a comma the name must end the clause: "Hi there, Premiere Pro exports…" is not an address.
      const gap = gapBefore(phrase.length)
      const addressed = /^\s+$/.test(gap) || (/^\s*,\s*$/.test(gap) && endsClause(phrase.length))
      if (after && addressed && (isCustomer(after.value) || (isCapitalized(after.value) && !this.notAddressee.has(low(phrase.length))))) {
        return named([after], phrase.length + 1)
      }
      return result('generic', words[phrase.length - 1]!.end)
    }

    // Title and surname: "Dear Ms. Khan", "Dear Dr Patel", "Merhaba Sayın Yılmaz".
    if (this.titles.has(low(0)) && words[1] && isCapitalized(words[1].value) && /^\.?\s+$/.test(gapBefore(1))) {
      // Turkish: `Merhaba Sayın Yılmaz`, `Merhaba Sayın Mehmet Bey` name the customer like `Sayın Yılmaz`.
      if (this.turkish && !this.titles.has(low(1))) {
        const third = words[2]
        const two = third !== undefined && isCapitalized(third.value) && !this.isHonorific(third.value) && /^\s+$/.test(gapBefore(2))
        return named(two ? [words[1], third] : [words[1]], two ? 3 : 2)
      }
      return result('title', words[1].end, [words[1]])
    }

    // Turkish addressees in the first person plural (`Değerli Yolcularımız`, `Sayın İş Ortağımız`) are no names.
    if (this.turkish) {
      const k = OURS.test(low(0)) ? 0 : words[1] && OURS.test(low(1)) && /^\s+$/.test(gapBefore(1)) ? 1 : -1
      if (k >= 0 && endsClause(k)) return result('generic', words[k]!.end)
    }

    if (isCustomer(first.value) || (isCapitalized(first.value) && !this.notAddressee.has(low(0)))) {
      const list = [first]
      // "John Smith": a following capitalised word in the same run is the surname.
      const second = words[1]
      if (second && /^\s+$/.test(gapBefore(1)) && isCapitalized(second.value) && !this.notAddressee.has(low(1)) && !this.isHonorific(second.value)) list.push(second)
      return named(list, list.length)
    }
    return bare()
  }

  /**
   * Turkish puts the name first as often as the salutation: `Ayşe Hanım merhaba,`, `Mehmet Bey,`
   * (a name and an honorific opening the line, then an optional salutation).
   */
  private nameFirst(doc: DocumentState, line: Span): Greeting | undefined {
    const words: Span[] = []
    WORD.lastIndex = 0
    for (let w = WORD.exec(line.value); w && words.length < 3; w = WORD.exec(line.value)) {
      words.push({ value: w[0], start: line.start + w.index, end: line.start + w.index + w[0].length })
    }
    const spaced = (i: number): boolean => /^\s+$/.test(doc.text.slice(words[i - 1]!.end, words[i]!.start))
    const h = words.findIndex((w, i) => i > 0 && i < 3 && this.isHonorific(w.value))
    if (h < 1 || words[0]!.start !== line.start) return undefined
    const list = words.slice(0, h)
    for (let i = 0; i < h; i++) {
      const lower = this.lower(list[i]!.value)
      if (!/^\p{Lu}\p{Ll}/u.test(list[i]!.value) || this.notAddressee.has(lower) || POSSESSIVE.test(lower) || !spaced(i + 1)) return undefined
    }
    const honorific = words[h]!
    const tail = doc.text.slice(honorific.end, line.end)
    const after = /^[\s,]*/.exec(tail)![0].length
    const greet = this.salutation.exec(this.lower(tail.slice(after)))
    // Only a greeting when the address stands apart: `Ayşe Hanım, …` or `Ayşe Hanım merhaba`.
    if (!greet && !/^\s*(?:[,.!:;]|$)/.test(tail)) return undefined
    const salutation = greet ? { value: tail.slice(after, after + greet[0].length), start: honorific.end + after, end: honorific.end + after + greet[0].length } : { value: '', start: honorific.end, end: honorific.end }
    return { kind: 'named', salutation, start: line.start, end: salutation.end, names: list, line, honorific }
  }
}

/** Turkish addressees in the first person plural: `müşterimiz`, `yolcularımız`, `ortağımız`. */
const OURS = /m[ıiuü]z$/
/**
 * Possessive nouns are roles, not names: `Eksperimiz`, `Temsilciniz` (`Deniz`, `Yılmaz` are not
 * caught: the vowel before -nIz / the -mAz ending differ).
 */
const POSSESSIVE = /m[ıiuü]z$|[ıiuü]n[ıiuü]z$/
/** The last word of an impersonal Turkish addressee after `Sayın`/`Değerli`: `yolcularımız`, `dostlar`. */
const ADDRESSEE_END = /(?:m[ıiuü]z|l[ae]r)$/

/** After `Name`: `, who…` or `, our engineer,` (at most three lower-case words, then a comma). */
const DESCRIBED_AFTER = /^\s*,\s*(?:(?:who|whose|whom)\b|(?:our|my|his|her|their|the|a|an)(?: [a-z-]+){1,3},)/

/** What `vocatives` reads of the clause before a name: whether it opens with a thanks, and its words (only the last ones when it is long). */
interface ClauseView {
  thanked: boolean
  /** The clause's words, or its last ones: enough to read the last two and whether there are more than three. */
  words: string[]
}

const THANKED = /^(?:thanks(?! to)|thank you|sorry|(?:i |we )?hope (?:this|that|it)\b)/i
const CLAUSE_WORD = /[\p{L}\p{N}'’]+/gu
/** Characters before a name whose words are read: four words of a normal clause fit many times over. */
const CLAUSE_TAIL = 400

function clauseView(text: string, from: number, to: number): ClauseView {
  const opening = text.slice(from, Math.min(to, from + CLAUSE_TAIL)).trimStart()
  // A thanks, an apology or a hope that it helped stays an address however long it runs ("Thank you for
  // the photos, Kofi, and…", "I hope this helps, Erik, and…"). A clause opening with 400 spaces reads as no thanks.
  const thanked = THANKED.test(opening)
  if (to - from <= CLAUSE_TAIL) return { thanked, words: text.slice(from, to).match(CLAUSE_WORD) ?? [] }
  // A long clause: the words of its tail, less the first (it may be cut), stand for its last words; with
  // fewer than four whole words there (words of 100 characters), the whole clause is read.
  const tail = (text.slice(to - CLAUSE_TAIL, to).match(CLAUSE_WORD) ?? []).slice(1)
  return { thanked, words: tail.length >= 4 ? tail : (text.slice(from, to).match(CLAUSE_WORD) ?? []) }
}

/**
 * Capitalised words the first line addresses directly, outside the greeting: `Thanks, John!`,
 * `Thank you for waiting, Maria.`, `John, thanks for the details.` A word counts when it sits
 * after a comma (or opens the line before a comma) and before punctuation or the line end.
 */
export function vocatives(doc: DocumentState, line: Span, after = line.start): Span[] {
  const out: Span[] = []
  const text = doc.text.slice(line.start, line.end)
  // A capital then a lower-case letter: `> Share > URI.` (after `&gt;`) is an acronym, not a name.
  const re = /(^|[,;:]\s*)(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)(?=\s*([,.!?;:)]|$))/gu
  // The clause before each match is found from the last sentence break, read once over the line,
  // and only its last words are tokenised: re-splitting the whole line before every match made a
  // line of `Anjali, Anjali, …` quadratic (64 KB: 1.6 s).
  const breaks = /[.!?]\s/g
  let nextBreak = breaks.exec(text)
  let clauseStart = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = line.start + m.index + m[1]!.length
    if (start < after) continue
    if (m[1] === '' && m[3] !== ',') continue // a line-initial word must be followed by a comma
    // The last break that ends before the name (as `text.slice(0, m.index).split(/[.!?]\s/)` would cut).
    while (nextBreak && nextBreak.index + nextBreak[0].length <= m.index) {
      clauseStart = nextBreak.index + nextBreak[0].length
      nextBreak = breaks.exec(text)
    }
    // ", John," after a long clause is an apposition ("I asked our engineer, John, to call"),
    // after an interjection it is an address ("Thanks, John, for waiting").
    // After a role noun it is an apposition too: "I've passed this to my colleague, Ahmed."
    const { thanked, words: clauseWords } = clauseView(text, clauseStart, m.index)
    if (m[1] !== '' && ROLES.test(clauseWords[clauseWords.length - 1] ?? '')) continue
    // "Your plumber, Ken, is on his way": a determiner and a lower-case noun before ", Name," name a third person.
    if (m[1] !== '' && m[3] === ',' && !thanked && clauseWords.length >= 2 && DETERMINERS.has(clauseWords[clauseWords.length - 2]!.toLowerCase()) && /^\p{Ll}/u.test(clauseWords[clauseWords.length - 1]!)) continue
    if (m[1] !== '' && m[3] === ',' && clauseWords.length > 3 && !thanked) continue
    // "Unfortunately, Kevin, who packed it, is away", "On Monday, Ahmed, our engineer, will visit": what follows
    // the name describes a third person (a relative clause, or an apposition closed by a comma).
    if (m[3] === ',' && DESCRIBED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue
    out.push({ value: m[2]!, start, end: start + m[2]!.length })
  }
  return out
}

/** A Turkish address by name and honorific: `Ayşe Hanım` in `Teşekkürler Ayşe Hanım.` */
export interface HonorificAddress {
  names: Span[]
  honorific: Span
}

const honorificsTr = memo((): ReadonlySet<string> => new Set(greetingDataFor('tr').honorifics))
const addressAfterTr = memo((): ReadonlySet<string> => new Set(languageData<NameWords>('wrong-name', 'tr').addressAfter))

/**
 * Turkish addresses with an honorific in a line: `Ayşe Hanım,` opening it, `…, Mehmet Bey.` after a
 * comma, `Teşekkürler Ayşe Hanım.`, `İyi yolculuklar Burak Bey.` The honorific must end the clause
 * and the name must open the line, follow a comma or follow a greeting, wish or thanks word, so a
 * third person (`Teknisyenimiz Ahmet Bey yarın gelecek.`, `kuryemiz Ahmet Bey.`) is not an address.
 */
/**
 * A Turkish verb said to the reader (`çekinmeyin`, `ulaşabilirsiniz`, `haklısınız`, `biliyorsunuz`,
 * `bekleyiniz`): a name with an honorific right after it addresses them. Not -DInIz: `avukatınız
 * Ayşe Hanım` is a possessive noun and a third person.
 */
const READER_VERB_TR = /(?:m[ae]y[ıi]n(?:[ıi]z)?|[ae]bil[ıi]rs[ıi]n[ıi]z|[sy][ıiuü]n[ıiuü]z)$/

export function honorificAddresses(doc: DocumentState, line: Span, after = line.start): HonorificAddress[] {
  const out: HonorificAddress[] = []
  const words: Span[] = []
  const notAddressee = notAddresseeTr()
  const honorifics = honorificsTr()
  const addressAfter = addressAfterTr()
  WORD.lastIndex = 0
  const text = doc.text.slice(line.start, line.end)
  for (let w = WORD.exec(text); w; w = WORD.exec(text)) words.push({ value: w[0], start: line.start + w.index, end: line.start + w.index + w[0].length })
  const gap = (i: number): string => doc.text.slice(i === 0 ? line.start : words[i - 1]!.end, words[i]!.start)
  const name = (w: Span | undefined): boolean => w !== undefined && /^\p{Lu}\p{Ll}/u.test(w.value) && !notAddressee.has(lowerTr(w.value)) && !POSSESSIVE.test(lowerTr(w.value))
  for (let i = 1; i < words.length; i++) {
    const h = words[i]!
    if (h.start < after || !honorifics.has(lowerTr(h.value)) || !name(words[i - 1]) || !/^\s+$/.test(gap(i))) continue
    if (!/^\s*(?:[,.!?;:)]|$)/.test(doc.text.slice(h.end, line.end))) continue
    let first = i - 1
    if (first > 0 && name(words[first - 1]) && /^\s+$/.test(gap(first)) && !addressAfter.has(lowerTr(words[first - 1]!.value))) first--
    const before = gap(first)
    // Not after a colon: `Teslim alan: Ayşe Hanım.` names someone, it does not address them.
    // A new sentence that opens with `Sevim Hanım,` addresses someone too (a leftover name in the body).
    const sentenceOpens = /[.!?]\s+$/.test(before) && /^\s*,/.test(doc.text.slice(h.end, line.end))
    const prev = first > 0 ? lowerTr(words[first - 1]!.value) : ''
    const opens = first === 0 ? /^\s*$/.test(before) : /[,;]\s*$/.test(before) || sentenceOpens || (/^\s+$/.test(before) && (addressAfter.has(prev) || READER_VERB_TR.test(prev)))
    if (opens && words[first]!.start >= after) out.push({ names: words.slice(first, i), honorific: h })
  }
  return out
}

/** People a name can stand in apposition to: "our engineer, John," / "my colleague, Ahmed." */
export const ROLES =
  /^(colleague|colleagues|manager|supervisor|technician|engineer|agent|specialist|advisor|adviser|representative|rep|driver|courier|doctor|nurse|pharmacist|coordinator|lead|partner|husband|wife|son|daughter|mother|father|mum|mom|dad|friend|teammate|team|department|assistant|consultant|installer|contact|owner|director|expert|named|plumber|electrician|fitter|handyman|locksmith|mechanic|gardener|cleaner|carpenter|joiner|builder|decorator|painter|surveyor|inspector|host|guide|stylist|trainer|instructor|tutor|therapist|dentist|vet|chef|concierge|receptionist|porter|rider|landlord|neighbour|neighbor|caseworker|pilot)$/i
/** Words that open a noun phrase: `your plumber, Ken,`, `the engineer, Ana,`. */
const DETERMINERS = new Set(['your', 'our', 'my', 'the', 'his', 'her', 'their'])

/** The first non-blank line after `offset` (the body under a greeting that stands on its own line). */
export function lineAfter(doc: DocumentState, offset: number): Span | undefined {
  let nl = doc.text.indexOf('\n', offset)
  while (nl !== -1) {
    const start = nl + 1
    const end = doc.text.indexOf('\n', start) === -1 ? doc.text.length : doc.text.indexOf('\n', start)
    const value = doc.text.slice(start, end)
    if (value.trim()) {
      const lead = value.length - value.trimStart().length
      return { value: value.trim(), start: start + lead, end: start + lead + value.trim().length }
    }
    nl = doc.text.indexOf('\n', start)
  }
  return undefined
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !/^\p{Lu}{2,}$/u.test(word)
}

const shared = new Map<string, GreetingFinder>()

/** The default finder for a language, built once. */
export function defaultGreetingFinder(language = 'en'): GreetingFinder {
  let finder = shared.get(language)
  if (!finder) {
    finder = new GreetingFinder(greetingDataFor(language), [], [], languageKey(language))
    shared.set(language, finder)
  }
  return finder
}

/**
 * Where the reply's message starts: after the greeting (and its punctuation) and leading
 * @handles, at the first letter, digit or quote of the agent's prose. `undefined` for an empty reply.
 */
export function bodyStart(doc: DocumentState, finder: GreetingFinder = defaultGreetingFinder(doc.context.language)): number | undefined {
  const line = finder.firstLine(doc)
  if (!line) return undefined
  const greeting = finder.find(doc)
  const body = /@\w+|[\p{L}\p{N}"'“‘(]/gu
  body.lastIndex = greeting ? greeting.end : line.start
  for (let m = body.exec(doc.prose); m; m = body.exec(doc.prose)) if (!m[0].startsWith('@')) return m.index
  return undefined
}
