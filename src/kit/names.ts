/**
 * The customer's name as the help desk knows it, and whether a word addressing someone is that
 * name: the same name in any case or accents, another part of it (middle name, surname), a
 * nickname or short form (Bob for Robert, Kate for Katherine, Chris for Christopher).
 * Shared by `greeting` (is the greeting personal?) and `wrong-name` (is it someone else?).
 *
 * The name tables stay in `wrong-name`'s data files (rules/wrong-name/<language>.json: nicknames,
 * Turkish first names by gender, honorifics) and are read through the language packs on first use.
 */
import { foldName } from '../nlp/compromise.js'
import { lowerTurkish } from '../text/phrases.js'
import { upperTurkish } from '../text/turkish.js'
import { languageData } from './language-pack.js'

/** The parts of rules/wrong-name/en.json this module reads. */
interface EnglishNameData {
  nicknames: NicknameTable
}

/** The parts of rules/wrong-name/tr.json this module reads. */
interface TurkishNameData {
  nicknames: NicknameTable
  honorifics: Readonly<Record<string, Gender>>
  male: readonly string[]
  female: readonly string[]
}

const englishNames = (): EnglishNameData => languageData<EnglishNameData>('wrong-name', 'en')
const turkishNames = (): TurkishNameData => languageData<TurkishNameData>('wrong-name', 'tr')

/**
 * A name folded for comparison: lower case, accents dropped, and Turkish dotless `ı` as `i`
 * (NFD leaves `ı` alone), so `Cagri` = `Çağrı` and `Isik` = `Işık` for customers who type
 * without Turkish letters.
 */
export function fold(word: string): string {
  const folded = foldName(word)
  return folded.includes('ı') ? folded.replace(/ı/g, 'i') : folded
}

export interface CustomerName {
  /** The name as given, trimmed. */
  display: string
  /** First name as written (for fixes): `Maria`. */
  first: string
  /** Last name as written, when the name has more than one part. */
  last?: string
  /** Every part of the name, folded (lower case, no accents), hyphenated parts split too. */
  parts: Set<string>
}

const TITLES = /^(mr|mrs|ms|miss|mx|dr|prof|sir|madam|dame|mister|master)\.?$/i
const SUFFIXES = /^(jr|sr|ii|iii|iv|phd|md|esq)\.?$/i

/** A record that gives only an initial for the first name (`J. Smith`, `J. Çelik`): any first name may be the customer's. */
export function initial(first: string): boolean {
  return /^\p{L}\.?$/u.test(first)
}

/**
 * Parse `customer.name`. Undefined when it is missing or is not a person's name as far as a
 * greeting is concerned: a handle (`@maria_g`), an e-mail address, a number, a long string.
 */
export function parseCustomerName(name: string | undefined): CustomerName | undefined {
  // The same customers are linted draft after draft (an editor linting as the agent types, a batch
  // of tickets): keep the parsed names of the last few hundred.
  if (name === undefined) return undefined
  if (parsed.has(name)) return parsed.get(name)
  if (parsed.size >= 512) parsed.clear()
  const result = parse(name)
  parsed.set(name, result)
  return result
}

const parsed = new Map<string, CustomerName | undefined>()

function parse(name: string | undefined): CustomerName | undefined {
  let display = name?.trim().replace(/\s+/g, ' ')
  if (!display || /[@\d_<>{}[\]|%]/.test(display)) return undefined
  // "Garcia, Maria" (last, first) as some CRMs export it.
  const comma = /^([^,]+), ?([^,]+)$/.exec(display) // spaces are collapsed to one above
  if (comma) display = `${comma[2]} ${comma[1]}`
  const words = display.split(' ').filter((w) => !TITLES.test(w) && !SUFFIXES.test(w))
  if (words.length === 0 || words.length > 5 || !words.every((w) => /^\p{L}[\p{L}\p{M}'’.-]*$/u.test(w))) return undefined
  const parts = new Set<string>()
  for (const w of words) {
    const folded = fold(w).replace(/[.’]/g, (c) => (c === '’' ? "'" : ''))
    parts.add(folded)
    for (const piece of folded.split(/[-']/)) if (piece.length > 1) parts.add(piece)
  }
  return { display: words.join(' '), first: words[0]!, last: words.length > 1 ? words[words.length - 1] : undefined, parts }
}

export type NicknameTable = Readonly<Record<string, readonly string[]>>

export class NameMatcher {
  /** folded name -> the formal names it is a form of (a formal name maps to itself). */
  private readonly groups = new Map<string, Set<string>>()

  constructor(nicknames: NicknameTable = englishNames().nicknames) {
    for (const [formal, nicks] of Object.entries(nicknames)) {
      const f = fold(formal)
      this.link(f, f)
      for (const nick of nicks) this.link(fold(nick), f)
    }
  }

  private link(name: string, formal: string): void {
    const set = this.groups.get(name) ?? new Set<string>()
    set.add(formal)
    this.groups.set(name, set)
  }

  /** Whether `word` (as written in the draft) names the customer or is a short form of their name. */
  isCustomer(word: string, customer: CustomerName): boolean {
    const w = fold(word).replace(/[’]/g, "'").replace(/'s$/, '')
    if (w.length === 0) return false
    if (customer.parts.has(w)) return true
    const mine = this.groups.get(w)
    // Surnames have no short forms: `Çetinkaya` is another family than `Çetin`, `Kayacan` than `Kaya`;
    // nor do the pieces of a double-barrelled one (`Levinson` is not Cohen-Levi, `Al-Sayeed` not Al-Sayed).
    const surname = customer.last === undefined ? undefined : surnameParts(customer.last)
    for (const part of customer.parts) {
      // Short forms by prefix: Jo/Joanne, Chris/Christopher, Kath/Katherine, Alex/Alexandra.
      if (w.length >= 2 && part.length >= 2 && !surname?.has(part) && (part.startsWith(w) || w.startsWith(part))) return true
      const theirs = this.groups.get(part)
      if (mine && theirs) for (const formal of mine) if (theirs.has(formal)) return true
    }
    return false
  }
}

/** The surname folded as `parse` stores it, with each piece of a double-barrelled one. */
function surnameParts(last: string): Set<string> {
  const folded = fold(last).replace(/[.’]/g, (c) => (c === '’' ? "'" : ''))
  return new Set([folded, ...folded.split(/[-']/)])
}

/**
 * The part of the customer's name that `word` misspells by one letter (added, dropped, changed
 * or two swapped): `Kasidy` for Kassidy, `Jonh` for John. Names of 4+ letters only.
 */
export function misspelled(word: string, customer: CustomerName): string | undefined {
  const w = fold(word)
  if (w.length < 4) return undefined
  for (const part of customer.parts) if (part.length >= 4 && oneEdit(w, part)) return part
  return undefined
}

function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

let shared: NameMatcher | undefined
let sharedTurkish: NameMatcher | undefined

/** The default nickname table, indexed once. */
export function defaultNameMatcher(): NameMatcher {
  shared ??= new NameMatcher()
  return shared
}

/** The default nickname table for a language (`tr`: Turkish short forms), indexed once. */
export function nameMatcherFor(language: string): NameMatcher {
  if (language !== 'tr') return defaultNameMatcher()
  sharedTurkish ??= new NameMatcher(turkishNames().nicknames)
  return sharedTurkish
}

export type Gender = 'male' | 'female'

// Built on the first Turkish draft: folding every name costs a few ms of each CLI start.
let genders: Map<string, Gender> | undefined
let honorificGenders: Map<string, Gender> | undefined

/** The gender a Turkish first name implies (`Ayşe`, `Ayse` → female), or undefined for unisex or unknown names. */
export function genderOf(first: string): Gender | undefined {
  if (!genders) {
    const tr = turkishNames()
    genders = new Map<string, Gender>([...tr.male.map((n) => [fold(n), 'male'] as const), ...tr.female.map((n) => [fold(n), 'female'] as const)])
  }
  return genders.get(fold(first))
}

/** The gender a Turkish honorific implies (`Bey` → male, `Hanım` → female), given tr-lower-cased. */
export function honorificGender(lower: string): Gender | undefined {
  honorificGenders ??= new Map(Object.entries(turkishNames().honorifics))
  return honorificGenders.get(lower)
}

/** The postpositive honorific for a gender: `Bey` or `Hanım`. */
export function honorificFor(gender: Gender): string {
  return gender === 'male' ? 'Bey' : 'Hanım'
}

/**
 * How to address a Turkish customer: `Ayşe Hanım` or `Mehmet Bey` when the first name tells the
 * gender, else the full name (`Deniz Aydın`, gender-neutral and formal) or the first name alone.
 */
export function turkishAddress(customer: CustomerName): string {
  const first = titleCase(customer.first)
  const gender = genderOf(first)
  if (gender) return `${first} ${honorificFor(gender)}`
  return customer.last ? `${first} ${titleCase(customer.last)}` : first
}

/** `AYŞE` → `Ayşe`, `İLKER` → `İlker` (CRMs often hold names from ID cards in capitals); other spellings as given. */
export function titleCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name
  const lower = lowerTurkish(name)
  return upperTurkish(lower.charAt(0)) + lower.slice(1)
}
