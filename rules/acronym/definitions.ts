/**
 * Where a reply spells an acronym out: `Return Merchandise Authorization (RMA)`,
 * `RMA (Return Merchandise Authorization)`, `RMA stands for …` / `RMA means …`. Only a plausible
 * definition counts: the acronym's letters must appear, in order, in the words that define it.
 */

const AFTER_WORDS = /\(\s*([A-Za-z0-9&]{2,8})\s*\)/g
const BEFORE_WORDS = /(?<![\p{L}\p{N}])([A-Za-z0-9&]{2,8})\s*\(\s*([^()]{3,100}?)\s*\)/gu
const STANDS_FOR = /(?<![\p{L}\p{N}])([A-Za-z0-9&]{2,8})\s*(?:\)\s*)?(?:stands for|means|is short for|is an abbreviation for|, or|, short for)\s+\S/gu

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
    if (!/[A-Z].*[A-Z]|[A-Z].*\d|\d.*[A-Z]/.test(token) || defined.has(base)) return
    defined.set(base, at)
  }
  if (prose.includes('(')) {
    AFTER_WORDS.lastIndex = 0
    for (let m = AFTER_WORDS.exec(prose); m; m = AFTER_WORDS.exec(prose)) {
      const words = prose.slice(Math.max(0, m.index - 90), m.index)
      if (initialsMatch(acronymBase(m[1]!), lastWords(words, 9))) set(m[1]!, m.index)
    }
    BEFORE_WORDS.lastIndex = 0
    for (let m = BEFORE_WORDS.exec(prose); m; m = BEFORE_WORDS.exec(prose)) {
      if (initialsMatch(acronymBase(m[1]!), m[2]!)) set(m[1]!, m.index)
    }
  }
  if (/stands for|means|short for|abbreviation|, or/.test(prose)) {
    STANDS_FOR.lastIndex = 0
    for (let m = STANDS_FOR.exec(prose); m; m = STANDS_FOR.exec(prose)) set(m[1]!, m.index)
  }
  return defined
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
