/**
 * `wrong-name` for Turkish replies. A Turkish reply addresses the customer by first name and
 * honorific (`Merhaba Ayşe Hanım`, `Mehmet Bey,`, `İyi yolculuklar Burak Bey.`) or by `Sayın` and
 * the surname or full name (`Sayın Yılmaz`, `Sayın Ayşe Yılmaz`). Reported: a name that is not the
 * customer's in such an address, and an honorific that does not fit the customer's first name
 * (`Emre Hanım` to Emre Şahin). compromise's English name lexicon is not used: a word before
 * `Bey`/`Hanım` or after `Sayın` is a name by construction, and elsewhere only the Turkish first
 * names in `tr.json` count.
 */
import type { DocumentState } from '../../src/document.js'
import { splitLines } from '../../src/input/quotes.js'
import { lowerTurkish } from '../../src/text/phrases.js'
import { defaultGreetingFinder, honorificAddresses, lineAfter, vocatives, type Span } from '../../src/kit/salutation.js'
import { fold, genderOf, honorificFor, honorificGender, initial, misspelled, titleCase, type CustomerName, type NameMatcher } from '../../src/kit/names.js'
import { languageData } from '../../src/kit/language-pack.js'
import { writtenNames, type MentionWords } from './mentions.js'

/** A name that is not the customer's (or misspelled, or with the wrong honorific), with its fix and message. */
export interface NameFinding {
  start: number
  end: number
  messageId: 'misspelled' | 'notCustomer' | 'wrongHonorific' | 'wrongTitle'
  data: Record<string, string>
  fix: string
}

/** The parts of rules/wrong-name/tr.json read here. */
interface TurkishNames {
  male: string[]
  female: string[]
  extraNames: string[]
  nicknames: Record<string, string[]>
  roles: string[]
  addressAfter: string[]
  /** Words for relatives and other third persons (`annem`, `eşim`): a name right after one in the customer's message is not theirs. */
  relatives: string[]
  /** `adına` after `annem Sevim Aydın`: the customer writes on that person's behalf. */
  behalfAfter: string[]
}

interface Candidate {
  names: Span[]
  honorific?: Span
  /** `address`: before an honorific or after `Sayın` (a name by construction); `greeting`: after a salutation; `vocative`: `…, Mehmet!`. */
  slot: 'address' | 'sayın' | 'greeting' | 'vocative'
}

/** A line that may hold an honorific (`Bey`, `Hanım`, `BEY`, `HANIM`, `Beyefendi`), tested before tokenizing it. */
const HONORIFIC_HINT = /[Bb][Ee][Yy]|[Hh][Aa][Nn][IıİiI][Mm]/

/** Turkish first names (the gendered lists, names that are also words, nickname tables), folded. */
let known: ReadonlySet<string> | undefined
function knownNames(): ReadonlySet<string> {
  if (!known) {
    const tr = languageData<TurkishNames>('wrong-name', 'tr')
    known = new Set([...tr.male, ...tr.female, ...tr.extraNames, ...Object.keys(tr.nicknames).flatMap((k) => k.split(' ')), ...Object.values(tr.nicknames).flat()].map(fold))
  }
  return known
}

export function turkishFindings(doc: DocumentState, customer: CustomerName, matcher: NameMatcher, ignore: ReadonlySet<string>, extraNames: ReadonlySet<string>): NameFinding[] {
  const finder = defaultGreetingFinder('tr')
  const line = finder.firstLine(doc)
  if (!line) return []
  const isCustomer = (w: string): boolean => matcher.isCustomer(w, customer)
  const greeting = finder.find(doc, isCustomer)
  const candidates: Candidate[] = []
  if (greeting?.kind === 'named') {
    const before = lowerTurkish(doc.text.slice(Math.max(line.start, greeting.names[0]!.start - 8), greeting.names[0]!.start))
    const slot = greeting.honorific ? 'address' : /(?:^|\s)say[ıi]n\s+$/.test(before) ? 'sayın' : 'greeting'
    candidates.push({ names: greeting.names, honorific: greeting.honorific, slot })
  }
  // Honorific addresses anywhere in the reply (`İyi yolculuklar Burak Bey.`); other vocatives
  // (`Teşekkürler, Mehmet!`) in the first line and the line under a greeting that stands alone.
  for (const l of splitLines(doc.text)) {
    if (!HONORIFIC_HINT.test(l.value)) continue
    const from = l.start === line.start || (greeting && l.start <= greeting.end && greeting.end <= l.start + l.value.length) ? Math.max(l.start, greeting?.end ?? l.start) : l.start
    for (const a of honorificAddresses(doc, { value: l.value, start: l.start, end: l.start + l.value.length }, from)) candidates.push({ ...a, slot: 'address' })
  }
  for (const v of vocatives(doc, line, greeting?.end ?? line.start)) candidates.push({ names: [v], slot: 'vocative' })
  const body = greeting && !doc.text.slice(greeting.end, line.end).replace(/[\s,.!:;—–-]/g, '') ? lineAfter(doc, line.end) : undefined
  if (body) for (const v of vocatives(doc, body)) candidates.push({ names: [v], slot: 'vocative' })

  if (candidates.length === 0) return []
  let own: Set<string> | undefined
  let others: Set<string> | undefined
  const told = doc.context.customer.message ?? ''
  const gender = genderOf(customer.first)
  const seen = new Set<number>()
  const out: NameFinding[] = []
  for (const c of candidates) {
    const first = c.names[0]!
    if (seen.has(first.start)) continue
    seen.add(first.start)
    const wrongHonorific = c.honorific && gender && honorificGender(lowerTurkish(c.honorific.value)) !== undefined && honorificGender(lowerTurkish(c.honorific.value)) !== gender
    if (c.names.some((n) => isCustomer(n.value))) {
      // The customer's own name with the other honorific: `Emre Hanım` to Emre Şahin.
      if (wrongHonorific && isCustomer(c.names[c.names.length - 1]!.value)) {
        const fix = honorificFor(gender)
        out.push({
          start: c.honorific!.start,
          end: c.honorific!.end,
          messageId: 'wrongHonorific',
          data: { actual: doc.raw.slice(first.start, c.honorific!.end), first: customer.first, fix },
          fix,
        })
      }
      // The right first name with another surname: `Sayın Gizem Aydın` to Gizem Aktaş.
      const surname = c.names.length > 1 && customer.last && (c.slot === 'sayın' || c.slot === 'address') ? c.names[c.names.length - 1]! : undefined
      // A second given name before `Bey`/`Hanım` when the record gives another one: `Ali Kemal Bey` to Ali Rıza Şen.
      const recordMiddle = c.slot === 'address' && c.honorific && c.names.length === 2 ? customer.display.split(/\s+/).slice(1, -1)[0] : undefined
      const otherMiddle = recordMiddle !== undefined && surname !== undefined && knownNames().has(fold(surname.value))
      if (surname && !isCustomer(surname.value) && !ignore.has(lowerTurkish(surname.value)) && !mentioned(told, surname.value) && (otherMiddle || !middleName(surname.value, gender))) {
        const typo = misspelled(surname.value, customer)
        const fix = (typo && customer.display.split(' ').find((w) => fold(w) === typo)) || (otherMiddle ? recordMiddle! : titleCase(customer.last!))
        out.push({ start: surname.start, end: surname.end, messageId: typo ? 'misspelled' : 'notCustomer', data: { actual: doc.text.slice(surname.start, surname.end), name: customer.display, fix }, fix })
      }
      // The customer's surname under another first name: `Sayın Zehra Çelik` to Zeynep Çelik (a sister, a one-letter slip).
      const given = c.names.slice(0, -1)
      const head = given[0]
      if (head && c.slot !== 'vocative' && customer.last && fold(c.names[c.names.length - 1]!.value) === fold(customer.last) && !given.some((n) => isCustomer(n.value))) {
        const key = lowerTurkish(head.value)
        const typo = misspelled(head.value, customer)
        // A first name the lists know (not a title the lists lack: `Sayın Avukat Çelik`), and a record with more than an initial.
        const named = typo !== undefined || knownNames().has(fold(head.value)) || extraNames.has(key)
        if (named && !initial(customer.first) && !ignore.has(key) && !(own ??= ownNames(doc)).has(key) && !mentioned(told, head.value)) {
          const fix = (typo && customer.display.split(' ').find((w) => fold(w) === typo)) || titleCase(customer.first)
          const end = given[given.length - 1]!.end
          out.push({ start: head.start, end, messageId: typo ? 'misspelled' : 'notCustomer', data: { actual: doc.text.slice(head.start, end), name: customer.display, fix }, fix })
        }
      }
      continue
    }
    const word = first.value
    const key = lowerTurkish(word)
    if (ignore.has(key) || (own ??= ownNames(doc)).has(key) || mentioned(told, word)) continue
    // In the body, a person the reply talks about elsewhere (`Oğlunuz Emre Bey`, `Emre Bey'in hesabı`) is not the reader.
    if (c.slot !== 'greeting' && c.slot !== 'sayın' && (others ??= thirdParties(doc)).has(key)) continue
    if (c.slot === 'vocative' && doc.text.slice(first.end).replace(/[\s.!,]/g, '') === '') continue
    const typo = misspelled(word, customer)
    const isKnown = knownNames().has(fold(word)) || extraNames.has(key)
    // After a salutation without an honorific, a word that ends the greeting is a name (`Merhaba Cem,`).
    const endsGreeting = /^\s*(?:[,.!:;]|$)/.test(doc.text.slice(c.names[c.names.length - 1]!.end, line.end))
    if (!typo && !isKnown && c.slot !== 'address' && c.slot !== 'sayın' && !(c.slot === 'greeting' && endsGreeting)) continue
    const written = typo ? customer.display.split(' ').find((w) => fold(w) === typo) : undefined
    const given = titleCase(customer.first)
    const family = customer.last && titleCase(customer.last)
    let fix = written ?? (c.names.length > 1 && family ? `${given} ${family}` : c.slot === 'sayın' && !isKnown ? family || given : given)
    let end = c.names[c.names.length - 1]!.end
    if (wrongHonorific) {
      fix = `${fix} ${honorificFor(gender)}`
      end = c.honorific!.end
    }
    const actual = doc.text.slice(first.start, end) // decoded: `José` for `Jos&eacute;` in HTML
    out.push({
      start: first.start,
      end,
      messageId: typo ? 'misspelled' : 'notCustomer',
      data: { actual, name: customer.display, fix },
      fix,
    })
  }
  return out
}

/** A name + honorific with a case ending (`Emre Bey'in`, `Ayşe Hanım'a`): someone talked about, never addressed. */
const INFLECTED_ADDRESS = /(?<!\p{L})(\p{Lu}\p{Ll}+)[ \t]+(?:Bey|Hanım|Beyefendi|Hanımefendi)['’]\p{Ll}/gu
/** A name + honorific right after a role or a possessive noun (`Oğlunuz Emre Bey`, `teknisyenimiz Ahmet Bey`). */
const AFTER_ROLE = /(?<!\p{L})(\p{L}+)[ \t]+(\p{Lu}\p{Ll}+)[ \t]+(?:Bey|Hanım|Beyefendi|Hanımefendi)(?!\p{L})/gu

/** First names (lower case) of the third persons a Turkish reply talks about. */
function thirdParties(doc: DocumentState): Set<string> {
  const out = new Set<string>()
  for (const m of doc.text.matchAll(INFLECTED_ADDRESS)) out.add(lowerTurkish(m[1]!))
  const { roles: roleList, addressAfter } = languageData<TurkishNames>('wrong-name', 'tr')
  const roles = new Set(roleList)
  for (const m of doc.text.matchAll(AFTER_ROLE)) {
    const before = lowerTurkish(m[1]!)
    // `Değerli Müşterimiz Serkan Bey,`: the reader, not a customer talked about.
    if (addressAfter.includes(before)) continue
    // Not a verb said to the reader (`indirebilirsiniz Kemal Bey.`, `bekleyiniz Ayşe Hanım`): that name is an address.
    const addressed = /(?:s|y)[ıiuü]n[ıiuü]z$/.test(before) || /^\s*(?:[.!?]|$)/.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 3))
    if (!addressed && (roles.has(before) || /(?:m[ıiuü]z|[ıiuü]n[ıiuü]z)$/.test(before))) out.add(lowerTurkish(m[2]!))
  }
  return out
}

/** A second given name the customer record may leave out (`Ayşe Nur`): a known first name that fits the customer's gender. */
function middleName(word: string, gender: ReturnType<typeof genderOf>): boolean {
  if (!knownNames().has(fold(word))) return false
  const own = genderOf(word)
  return own === undefined || own === gender
}

/** Names the agent gives themselves: `Ben Mehmet`, `adım Mehmet`, `Mehmet ben`, a signature. */
function ownNames(doc: DocumentState): Set<string> {
  const own = new Set<string>()
  // `Sam here`: the name is the first capital of its word onwards, and the match starts at the word's
  // start (lookbehind), not at every capital of a long all-caps word (quadratic; issue 17).
  const intro = /(?:^|[\s,.!])(?:[Bb]en|[Aa]dım|[İi]smim)\s+(\p{Lu}[\p{L}\p{M}'’-]+)|(?<![\p{L}\p{M}'’-])[\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{M}'’-]*(\p{Lu}[\p{L}\p{M}'’-]+)\s+ben(?![\p{L}])/gu
  for (let m = intro.exec(doc.text); m; m = intro.exec(doc.text)) own.add(lowerTurkish(m[1] ?? m[2]!))
  // Capitalised words on the short last lines of a multi-line reply: the signature.
  const lines = doc.text
    .trimEnd()
    .split('\n')
    .filter((l) => l.trim())
  for (const l of lines.slice(Math.max(1, lines.length - 3))) {
    if ((l.match(/\S+/g) ?? []).length > 5) continue
    for (const w of l.match(/\p{Lu}[\p{L}\p{M}'’-]+/gu) ?? []) own.add(lowerTurkish(w))
  }
  return own
}

/** The customer wrote the name themselves (signing, or writing for someone: `Eşim Zeynep adına`), not `annem Sevim`: not a mix-up. */
function mentioned(message: string, word: string): boolean {
  if (!message) return false
  if (message !== lastMessage) {
    lastMessage = message
    mentions ??= trMentions()
    // Apostrophe suffixes (`Sevim'in`) are cut off: the name is the part before.
    lastWords = writtenNames(message, mentions, (w) => fold(w.split(/['’]/)[0]!), fold)
  }
  return lastWords.has(fold(word))
}

let mentions: MentionWords | undefined
function trMentions(): MentionWords {
  const tr = languageData<TurkishNames>('wrong-name', 'tr')
  return { relatives: new Set(tr.relatives.map(fold)), behalfBefore: new Set(), behalfAfter: new Set(tr.behalfAfter.map(fold)) }
}
let lastMessage = ''
let lastWords = new Set<string>()
