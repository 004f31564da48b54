/**
 * Shared by `acronym` (is this acronym spelled out before its use?) and `jargon` (is this term one of the
 * words spelling an acronym out, so not jargon left unexplained?). Where a reply spells an acronym out: `Return Merchandise Authorization (RMA)`,
 * `RMA (Return Merchandise Authorization)`, `RMA stands for …` / `RMA means …`. Only a plausible
 * definition counts: the acronym's letters must appear, in order, in the words that define it.
 */
import { lowerTurkish } from '../text/phrases.js'

// `(PAC)`, `(or PAC)`, `(the PAC)`, `(PAC for short)` after the words that spell it out.
const AFTER_WORDS = /\(\s*(?:(?:or|the|aka)\s+)?([A-Za-z0-9&]{2,8})(?:\s+for\s+short\s*\)|\s*\))/g
/** `porting authorisation code, or PAC,` / `porting authorisation code - PAC for short -`. */
const OR_AFTER_WORDS = /(?:,\s+or\s+|\s[–—-]\s+)([A-Za-z0-9&]{2,8})(?![\p{L}\p{N}])(?=,|\s+for\s+short|\s+[–—-])/gu
/** `PAC, the porting authorisation code,` / `PAC – porting authorisation code –`: the words in apposition after it. */
// The words are read in a lookahead, so `Ciara,⏎⏎Your PAC, the …` does not swallow `PAC`.
const APPOSITION = /(?<![\p{L}\p{N}])([A-Za-z0-9&]{2,8})(?=(?:,|\s+[–—-])\s+([^,.;:()!?–—\n]{3,80}))/gu
const APPOSITION_LEAD = /^(?:(?:which\s+is|which\s+means|that\s+is|that's|i\.e\.)\s+)?(?:(?:the|your|a|an)\s+)?/i
// The words in brackets are captured whole and checked by `bracketDefinition`: the former
// `\(\s*([^()]{3,100}?)\s*\)` could split a run of spaces three ways (cubic; issue 17).
const BEFORE_WORDS = /(?<![\p{L}\p{N}])([A-Za-z0-9&]{2,8})\s*\(([^()]*)\)/gu
const STANDS_FOR = /(?<![\p{L}\p{N}])([A-Za-z0-9&]{2,8})\s*(?:\)\s*)?(stands for|means|is short for|is an abbreviation for|, or|, short for)\s+\S/gu

/** The base (no plural `s`) of an acronym token, upper-cased. */
export function acronymBase(token: string): string {
  const core = /[A-Z0-9]s$/.test(token) && /[A-Z].*[A-Z]/.test(token.slice(0, -1)) ? token.slice(0, -1) : token
  return core.toUpperCase()
}

/** Offsets of the definition of each acronym (its first one), keyed by base. */
export function findDefinitions(prose: string): Map<string, number> {
  const defined = new Map<string, number>()
  const set = (token: string, at: number): void => {
    const base = acronymBase(token)
    // eslint-disable-next-line regexp/no-super-linear-move -- `token` is an acronym, 2 to 8 characters
    if (!/[A-Z].*[A-Z]|[A-Z].*\d|\d.*[A-Z]/.test(token) || defined.has(base)) return
    defined.set(base, at)
  }
  if (prose.includes('(')) {
    AFTER_WORDS.lastIndex = 0
    for (let m = AFTER_WORDS.exec(prose); m; m = AFTER_WORDS.exec(prose)) {
      const words = prose.slice(Math.max(0, m.index - 90), m.index)
      const base = acronymBase(m[1]!)
      if (initialsMatch(base, lastWords(words, 9)) || outerInitialsMatch(base, lastWords(words, 9))) set(m[1]!, m.index)
    }
    BEFORE_WORDS.lastIndex = 0
    for (let m = BEFORE_WORDS.exec(prose); m; m = BEFORE_WORDS.exec(prose)) {
      if (bracketDefinition(m[2]!) && initialsMatch(acronymBase(m[1]!), m[2]!)) set(m[1]!, m.index)
    }
  }
  if (/, or|[–—-]/.test(prose)) {
    OR_AFTER_WORDS.lastIndex = 0
    for (let m = OR_AFTER_WORDS.exec(prose); m; m = OR_AFTER_WORDS.exec(prose)) {
      if (initialsMatch(acronymBase(m[1]!), lastWords(prose.slice(Math.max(0, m.index - 90), m.index), 9))) set(m[1]!, m.index)
    }
  }
  if (/[,–—-]/.test(prose)) {
    APPOSITION.lastIndex = 0
    for (let m = APPOSITION.exec(prose); m; m = APPOSITION.exec(prose)) {
      if (appositionDefines(acronymBase(m[1]!), m[2]!)) set(m[1]!, m.index)
    }
  }
  if (/stands for|means|short for|abbreviation|, or/.test(prose)) {
    STANDS_FOR.lastIndex = 0
    for (let m = STANDS_FOR.exec(prose); m; m = STANDS_FOR.exec(prose)) {
      // `, or` also joins two actions (`importing it into the CLI, or upgrading…`): only words whose initials spell it out define it.
      if (m[2] === ', or' && !appositionDefines(acronymBase(m[1]!), prose.slice(m.index + m[0].length - 1, m.index + m[0].length + 79))) continue
      set(m[1]!, m.index)
    }
  }
  return defined
}

/**
 * Words in apposition spell the acronym out when, after an article or `which is`, their initials
 * start with its letters (`the porting authorisation code`; `of`, `and`, `for`, `to` skipped): an
 * apposition is any clause, so the loose `initialsMatch` would read `SLA, so an engineer will…` as one.
 */
export function appositionDefines(acronym: string, words: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, '')
  const text = words.trimStart()
  const initials = text
    .slice(APPOSITION_LEAD.exec(text)![0].length)
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && !MINOR_WORDS.has(w))
    .map((w) => w[0])
    .join('')
  return letters.length > 0 && (initials.startsWith(letters) || (/\d/.test(acronym) && initials.includes(letters)))
}

const MINOR_WORDS = new Set(['of', 'and', 'for', 'to', '&'])

/** Words in brackets long enough to define an acronym: 3 characters at least, at most 100 of them not spaces at either end. */
function bracketDefinition(inside: string): boolean {
  return inside.length >= 3 && inside.trim().length <= 100
}

function lastWords(text: string, n: number): string {
  const cut = text.split(/[.!?;:\n]/).pop() ?? ''
  return cut.trim().split(/\s+/).slice(-n).join(' ')
}

/**
 * Loose check that `words` can define `acronym`: its first letter starts a word (or a
 * capitalised part, PlayStation) and the remaining letters follow in order. Digits are skipped
 * (`2FA` = two-factor authentication).
 */
export function initialsMatch(acronym: string, words: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, '')
  if (letters.length === 0 || !/\p{L}{2}/u.test(words)) return false
  const starts = [...words.matchAll(/(?<![\p{L}'])\p{L}|(?<=\p{Ll})\p{Lu}/gu)]
  for (const start of starts) {
    if (start[0].toLowerCase() !== letters[0]) continue
    let i = 1
    for (const ch of words.slice(start.index! + 1).toLowerCase()) {
      if (i < letters.length && ch === letters[i]) i++
    }
    if (i === letters.length) return true
  }
  return false
}

/**
 * A shortened gloss right before the brackets, `your return authorisation (RMA)`: its last word starts
 * with the acronym's last letter and one of the words before it (no more of them than the acronym
 * has letters) with its first letter. The middle words may be left out; `initialsMatch` needs them all.
 */
export function outerInitialsMatch(acronym: string, words: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, '')
  const list = words.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []
  if (letters.length < 2 || list.length < 2 || list[list.length - 1]![0] !== letters[letters.length - 1]) return false
  return list.slice(-letters.length, -1).some((w) => w[0] === letters[0])
}

const TR_AFTER_WORDS = /\(\s*([\p{L}0-9&]{2,8})\s*\)/gu
const TR_BEFORE_WORDS = /(?<![\p{L}\p{N}])([\p{L}0-9&]{2,8})\s*\(([^()]*)\)/gu
/** `erişim noktası adı (kısaca APN)`, `…, kısaltmasıyla APN,`: the acronym closes an aside that names the words before it. */
const TR_SHORT_NAME = /[(,]\s*(?:(?:ya\s+da|veya)\s+)?(?:k[ıi]saca|k[ıi]saltmas[ıi](?:yla)?)\s+(\p{Lu}[\p{L}0-9&]{1,7})(?:['’]\p{L}+)?(?=\s*[),])/gu
const TR_STANDS_FOR = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}0-9&]{1,7})(?:['’]\p{L}+)?\s*(?:\)\s*)?(?:,\s*yani|kısaltması|kısaltmasıdır|anlamına gelir|açılımı|ifadesinin kısaltması|, ya da|, diğer adıyla)\s*\S/gu

/**
 * Turkish definitions: `Özel Tüketim Vergisi (ÖTV)`, `ÖTV (Özel Tüketim Vergisi)`, `PNR, yani
 * rezervasyon kodunuz`, `KMH’nin açılımı …`. Letters are compared with the Turkish locale (Ö, İ, Ş).
 */
export function findDefinitionsTr(prose: string, upper: (s: string) => string, expansionsOf: (base: string) => readonly string[] = () => []): Map<string, number> {
  const defined = new Map<string, number>()
  const set = (token: string, at: number): void => {
    const base = upper(token)
    // eslint-disable-next-line regexp/no-super-linear-move -- `token` is an acronym, 2 to 8 characters
    if (!/\p{Lu}.*\p{Lu}|\p{Lu}.*\d|\d.*\p{Lu}/u.test(token) || defined.has(base)) return
    defined.set(base, at)
  }
  if (prose.includes('(')) {
    TR_AFTER_WORDS.lastIndex = 0
    for (let m = TR_AFTER_WORDS.exec(prose); m; m = TR_AFTER_WORDS.exec(prose)) {
      const words = prose.slice(Math.max(0, m.index - 90), m.index)
      // Our own spelled-out form counts even when it is plain words (`numara taşıma (MNP)`).
      const before = lowerTurkish(words).trimEnd()
      if (initialsMatchTr(m[1]!, lastWords(words, 9)) || expansionsOf(upper(m[1]!)).some((e) => endsWithInflected(before, lowerTurkish(e)))) set(m[1]!, m.index)
    }
    TR_BEFORE_WORDS.lastIndex = 0
    for (let m = TR_BEFORE_WORDS.exec(prose); m; m = TR_BEFORE_WORDS.exec(prose)) {
      if (bracketDefinition(m[2]!) && initialsMatchTr(m[1]!, m[2]!)) set(m[1]!, m.index)
    }
  }
  if (/k[ıi]sa/.test(prose)) {
    TR_SHORT_NAME.lastIndex = 0
    for (let m = TR_SHORT_NAME.exec(prose); m; m = TR_SHORT_NAME.exec(prose)) {
      // Words to name: at least two since the last bracket or punctuation (`erişim noktası adı`).
      const named = prose
        .slice(Math.max(0, m.index - 90), m.index)
        .split(/[(),.!?;:\n]/)
        .pop()!
        .trim()
      if (named.split(/\s+/).length >= 2) set(m[1]!, m.index)
    }
  }
  if (/yani|kısaltma|anlamına|açılımı|, ya da|diğer adıyla/.test(prose)) {
    TR_STANDS_FOR.lastIndex = 0
    for (let m = TR_STANDS_FOR.exec(prose); m; m = TR_STANDS_FOR.exec(prose)) set(m[1]!, m.index)
  }
  return defined
}

/** `text` ends with `phrase`, its last word perhaps with a case ending (`iki adımlı doğrulamayı (2FA)`). */
function endsWithInflected(text: string, phrase: string): boolean {
  const at = text.lastIndexOf(phrase)
  return at !== -1 && (at === 0 || !/\p{L}/u.test(text.charAt(at - 1))) && /^\p{L}{0,5}$/u.test(text.slice(at + phrase.length))
}

/** `initialsMatch` with Turkish letters: `ÖTV` in `Özel Tüketim Vergisi`, `KMH` in `Kredili Mevduat Hesabı`. */
export function initialsMatchTr(acronym: string, words: string): boolean {
  const fold = (s: string): string => lowerTurkish(s).replace(/[^\p{L}]/gu, '')
  const letters = fold(acronym)
  if (letters.length === 0 || !/\p{L}{2}/u.test(words)) return false
  const text = lowerTurkish(words)
  const starts = [...words.matchAll(/(?<![\p{L}'’])\p{L}|(?<=\p{Ll})\p{Lu}/gu)]
  for (const start of starts) {
    if (lowerTurkish(start[0]) !== letters[0]) continue
    let i = 1
    for (const ch of text.slice(start.index! + 1)) {
      if (i < letters.length && ch === letters[i]) i++
    }
    if (i === letters.length) return true
  }
  return false
}
