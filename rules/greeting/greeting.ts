/**
 * Find the reply's greeting (`Hi Maria,`, `Dear Ms. Khan,`, `Hello {{first_name}},`, `Dear
 * customer,`, a bare `Hi,`) and the names it or the first line addresses directly
 * (`Thanks, John!`). Reads `doc.text` (placeholders still visible, quoted text masked).
 * Shared by `greeting` and `wrong-name`.
 */
import en from './en.json' with { type: 'json' }
import names from '../wrong-name/en.json' with { type: 'json' }
import type { DocumentState } from '../../src/document.js'
import { splitLines } from '../../src/input/quotes.js'

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
}

export interface GreetingData {
  salutations: readonly string[]
  weakSalutations: readonly string[]
  genericSalutations: readonly string[]
  generic: readonly string[]
  titles: readonly string[]
}

export const greetingData: Readonly<Record<string, GreetingData>> = { en }

/** Capitalised words after a salutation that do not address anyone: `Hello And welcome`. */
const NOT_ADDRESSEE = new Set([
  ...names.notNames,
  'and', 'from', 'i', "i'm", 'we', "we're", 'our', 'my', 'it', "it's", 'this', 'just', 'so', 'hope', 'how', 'what',
  'please', 'to', 'the', 'a', 'as', 'with', 'for', 'happy', 'glad', 'quick', 'thank', 'thanks', "i'd", "i'll",
  "i've", "we'd", "we'll", "we've", "let's", 'you', "you're", 'your', 'there', 'greetings',
])

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ /]+/g, '[\\s/]+')
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu

export class GreetingFinder {
  private readonly salutation: RegExp
  private readonly genericSalutation: RegExp
  private readonly weak: Set<string>
  private readonly generic: string[][]
  private readonly accepted: Set<string>
  private readonly titles: Set<string>

  constructor(data: GreetingData, extraGeneric: readonly string[] = [], ignoreGeneric: readonly string[] = []) {
    const byLength = (a: string, b: string): number => b.length - a.length
    const alt = (list: readonly string[]): string => [...list].sort(byLength).map(escape).join('|')
    this.salutation = new RegExp(`^(?:${alt(data.salutations)})(?![\\p{L}\\p{N}'’])`, 'iu')
    this.genericSalutation = new RegExp(`^(?:${alt(data.genericSalutations)})(?![\\p{L}\\p{N}])`, 'iu')
    this.weak = new Set(data.weakSalutations)
    const ignore = new Set(ignoreGeneric.map((g) => g.toLowerCase()))
    this.generic = [...data.generic, ...extraGeneric]
      .filter((g) => !ignore.has(g.toLowerCase()))
      .map((g) => g.toLowerCase().split(/[\s/]+/))
      .sort((a, b) => b.length - a.length)
    this.accepted = ignore
    this.titles = new Set(data.titles)
  }

  /** The first non-blank line of the agent's text, after a `Subject:` line and leading @handles. */
  firstLine(doc: DocumentState): Span | undefined {
    for (const line of splitLines(doc.text)) {
      const trimmed = line.value.trimStart()
      if (!trimmed || /^(subject|re|fwd?)\s*:/i.test(trimmed)) continue
      const handles = /^(?:@\w+[\s,:]*)+/.exec(trimmed)?.[0].length ?? 0
      const start = line.start + line.value.length - trimmed.length + handles
      const end = line.start + line.value.trimEnd().length
      if (start >= end) continue
      return { value: doc.text.slice(start, end), start, end }
    }
    return undefined
  }

  find(doc: DocumentState, isCustomer: (word: string) => boolean = () => false): Greeting | undefined {
    const line = this.firstLine(doc)
    if (!line) return undefined
    const generic = this.genericSalutation.exec(line.value)
    if (generic) {
      const s = { value: generic[0], start: line.start, end: line.start + generic[0].length }
      return { kind: 'generic', salutation: s, start: s.start, end: s.end, names: [], line }
    }
    const m = this.salutation.exec(line.value)
    if (!m) return undefined
    const salutation = { value: m[0], start: line.start, end: line.start + m[0].length }
    const words: Span[] = []
    WORD.lastIndex = m[0].length
    for (let w = WORD.exec(line.value); w && words.length < 6; w = WORD.exec(line.value)) {
      words.push({ value: w[0], start: line.start + w.index, end: line.start + w.index + w[0].length })
    }
    const gapAfter = (i: number): string => doc.text.slice(words[i]?.end ?? salutation.end, words[i + 1]?.start ?? line.end)
    const gapBefore = (i: number): string => doc.text.slice(i === 0 ? salutation.end : words[i - 1]!.end, words[i]?.start ?? line.end)
    /** The word ends its clause: punctuation or the end of the line follows it. */
    const endsClause = (i: number): boolean => words[i + 1] === undefined || /^\s*[,.!:;?]/.test(gapAfter(i))
    const result = (kind: GreetingKind, end: number, named: Span[] = []): Greeting => ({ kind, salutation, start: salutation.start, end, names: named, line })
    const bare = (): Greeting | undefined => {
      // "Morning appointments are full" is not a greeting: weak salutations need punctuation.
      const next = doc.text.slice(salutation.end, line.end).trimStart()
      if (this.weak.has(m[0].toLowerCase().replace(/\s+/g, ' ')) && next && !/^[,!.:;—–-]/.test(next)) return undefined
      return result('bare', salutation.end)
    }

    // A placeholder right after the salutation: `Hi {{first_name}},`.
    const rest = doc.text.slice(salutation.end, line.end)
    const offset = salutation.end + (rest.length - rest.replace(/^[\s,]+/, '').length)
    const placeholder = doc.placeholders.find((p) => p.start === offset)
    if (placeholder) return result('placeholder', placeholder.end)

    // "Hi, Maria," keeps the comma; any other punctuation ends the greeting.
    const first = words[0]
    if (!first) return bare()
    const gap0 = gapBefore(0)
    if (!/^\s+$/.test(gap0) && !(/^,\s*$/.test(gap0) && isCapitalized(first.value) && endsClause(0))) return bare()

    for (const phrase of this.accepted) {
      const parts = phrase.split(/[\s/]+/)
      if (parts.every((p, k) => words[k]?.value.toLowerCase() === p)) return result('accepted', words[parts.length - 1]!.end)
    }

    // Generic addressee: "there", "valued customer", "Sir/Madam".
    for (const phrase of this.generic) {
      if (phrase.length > words.length) continue
      let ok = true
      for (let k = 0; k < phrase.length && ok; k++) {
        ok = words[k]!.value.toLowerCase().replace(/’/g, "'") === phrase[k] && (k === 0 || /^[\s/]+$/.test(gapBefore(k)))
      }
      if (!ok) continue
      const after = words[phrase.length]
      // "Hi there Maria" / "Hello again, Maria": the name still addresses the customer.
      // After a comma the name must end the clause: "Hi there, Premiere Pro exports…" is not an address.
      const gap = gapBefore(phrase.length)
      const addressed = /^\s+$/.test(gap) || (/^\s*,\s*$/.test(gap) && endsClause(phrase.length))
      if (after && addressed && (isCustomer(after.value) || (isCapitalized(after.value) && !NOT_ADDRESSEE.has(after.value.toLowerCase().replace(/’/g, "'"))))) {
        return result('named', after.end, [after])
      }
      return result('generic', words[phrase.length - 1]!.end)
    }

    // Title and surname: "Dear Ms. Khan", "Dear Dr Patel".
    if (this.titles.has(first.value.toLowerCase()) && words[1] && isCapitalized(words[1].value) && /^\.?\s+$/.test(gapBefore(1))) {
      return result('title', words[1].end, [words[1]])
    }

    if (isCustomer(first.value) || (isCapitalized(first.value) && !NOT_ADDRESSEE.has(first.value.toLowerCase().replace(/’/g, "'")))) {
      const named = [first]
      // "John Smith": a following capitalised word in the same run is the surname.
      const second = words[1]
      if (second && /^\s+$/.test(gapBefore(1)) && isCapitalized(second.value) && !NOT_ADDRESSEE.has(second.value.toLowerCase())) named.push(second)
      return result('named', named[named.length - 1]!.end, named)
    }
    return bare()
  }
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
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = line.start + m.index + m[1]!.length
    if (start < after) continue
    if (m[1] === '' && m[3] !== ',') continue // a line-initial word must be followed by a comma
    // ", John," after a long clause is an apposition ("I asked our engineer, John, to call"),
    // after an interjection it is an address ("Thanks, John, for waiting").
    // After a role noun it is an apposition too: "I've passed this to my colleague, Ahmed."
    const clause = text.slice(0, m.index).split(/[.!?]\s/).pop() ?? ''
    const clauseWords = clause.match(/[\p{L}\p{N}'’]+/gu) ?? []
    if (m[1] !== '' && ROLES.test(clauseWords[clauseWords.length - 1] ?? '')) continue
    if (m[1] !== '' && m[3] === ',' && clauseWords.length > 3) continue
    out.push({ value: m[2]!, start, end: start + m[2]!.length })
  }
  return out
}

/** People a name can stand in apposition to: "our engineer, John," / "my colleague, Ahmed." */
const ROLES =
  /^(colleague|colleagues|manager|supervisor|technician|engineer|agent|specialist|advisor|adviser|representative|rep|driver|courier|doctor|nurse|pharmacist|coordinator|lead|partner|husband|wife|son|daughter|mother|father|mum|mom|dad|friend|teammate|team|department|assistant|consultant|installer|contact|owner|director|expert|named)$/i

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
    finder = new GreetingFinder(greetingData[language] ?? en)
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
