/**
 * Context tests for the acronym rule: shouted sentences, codes (order numbers, promo and error
 * codes, @handles), agent initials on social replies, and the places an unknown caps word is a
 * name, a unit or an airport code rather than an acronym.
 */
import type { Token } from '../../src/document.js'
import { endsWithMark, trimTrailing } from '../../src/text/trailing.js'

const CAPS = /[A-Z][^A-Z]*[A-Z]/
const LONG_CAPS = /^[A-Z]{5,}$/
const NUMBER = /^[.,:/]*\d[\d.,:/]*$/ // the first digit, then anything: one way to match
const SIGNATURE_MARK = /[\^*~]/
const NAME_NOUNS = new Set([
  'app',
  'apps',
  'account',
  'accounts',
  'card',
  'cards',
  'bank',
  'store',
  'stores',
  'website',
  'site',
  'community',
  'edition',
  'bundle',
  'plan',
  'plans',
  'membership',
  'members',
  'rewards',
  'points',
  'customers',
  'fans',
  'album',
  'concert',
  'tour',
  'show',
  'game',
  'games',
  'program',
  'programme',
  'brand',
  'series',
  'network',
  'channel',
  'platform',
  'device',
  'console',
  'subscription',
])
const PLACE_WORDS = new Set(['from', 'to', 'via', 'into', 'at', 'through', 'and'])
/** `thank you for choosing MTN`, `for contacting EE`: the caps word after these names the company. */
const COMPANY_VERBS = new Set(['choosing', 'contacting', 'joining'])

/** A sentence written in capitals is shouting, not a list of acronyms. */
export function shouted(words: readonly Token[]): boolean {
  let letters = 0
  let caps = 0
  for (const w of words) {
    if (!/\p{L}{2}/u.test(w.value)) continue
    letters++
    if (w.value === w.value.toUpperCase()) caps++
  }
  return letters >= 3 && caps / letters >= 0.8
}

export function trimPossessive(word: Token): Token {
  const m = /['’]s$/.exec(word.value)
  return m ? { ...word, value: word.value.slice(0, -2), lower: word.lower.slice(0, -2), end: word.end - 2 } : word
}

/** `code SAVEBIG`, `order #KXR`, `@handle`, `#hashtag`, `RMA-12345`: codes and names, not acronyms. */
export function inCodeContext(prose: string, words: readonly Token[], i: number, codeWords: ReadonlySet<string>): boolean {
  const w = words[i]!
  const before = prose[w.start - 1] ?? ' '
  const after = prose[w.end] ?? ' '
  if (/[#@$_\\]/.test(before) || /[_#@]/.test(after) || (/[-/.]/.test(after) && /[\p{L}\p{N}]/u.test(prose[w.end + 1] ?? ' '))) return true
  if (/[-/]/.test(before) && /\p{N}/u.test(prose[w.start - 2] ?? ' ')) return true
  // Agent initials: ^JK, *TDL, ~AB, and -KC or /LS after a space.
  if (SIGNATURE_MARK.test(before) || (/[-/–—]/.test(before) && /\s|^$/.test(prose[w.start - 2] ?? ''))) return true
  const prev = words[i - 1]
  if (prev !== undefined && codeWords.has(trimTrailing(prev.lower, '.:#')) && /^[\s:#.]*$/.test(prose.slice(prev.end, w.start))) return true
  // `Your booking code is QWZR`: the code word, a linking verb, then the value.
  const codeWord = words[i - 2]
  return prev !== undefined && codeWord !== undefined && LINKING.has(prev.lower) && codeWords.has(codeWord.lower)
}

const LINKING = new Set(['is', 'was', 'reads', 'remains', 'stays'])

/**
 * `the Angular CLI`, `Azure DevOps API`: a caps word right after a capitalised word inside the
 * sentence is the end of a product name, which the customer reads as a name, not as jargon.
 */
export function endsProductName(prose: string, words: readonly Token[], i: number): boolean {
  const prev = words[i - 1]
  if (!prev || i < 2 || !/^\p{Lu}\p{Ll}+$/u.test(prev.value) || !/^\s+$/.test(prose.slice(prev.end, words[i]!.start))) return false
  // Not right after a sentence-opening word or a line break (`Hi Sam, …`): then it is not part of a name.
  return !endsWithMark(prose.slice(words[i - 2]!.end, prev.start), '.!?:\n')
}

/** Unknown caps words next to a number (20 KG, MYR 151), joined to other codes (JFK/LAX), or last (a sign-off). */
export function unknownExcused(prose: string, words: readonly Token[], i: number): boolean {
  const w = words[i]!
  const prev = words[i - 1]
  const next = words[i + 1]
  if ((prev && NUMBER.test(prev.value)) || (next && NUMBER.test(next.value))) return true
  if (prev && PLACE_WORDS.has(prev.lower)) return true // from JFK, to LHR, via DXB: airport and station codes
  if (prev && COMPANY_VERBS.has(prev.lower)) return true // thank you for choosing MTN: the company's name
  if (namesSomething(prose, words, i)) return true
  if ((prev && LONG_CAPS.test(prev.value)) || (next && LONG_CAPS.test(next.value))) return true // NGUYEN NGOC DIEP, CLOUDTAIL INDIA PVT: a name in capitals
  if (/[-/]/.test(prose[w.start - 1] ?? '') || /[-/]/.test(prose[w.end] ?? '')) return true
  return !/[\p{L}\p{N}]/u.test(prose.slice(w.end))
}

/** `the NRC app`, `NRC or NTC app`, `a BTS album`: the caps word names a product or a band. */
function namesSomething(prose: string, words: readonly Token[], i: number): boolean {
  const noun = (k: number): boolean => {
    const w = words[k]
    return (
      w !== undefined && NAME_NOUNS.has(w.lower.replace(/[^\p{L}].*$/u, '')) /* eslint-disable-line regexp/no-super-linear-move -- `.*$` always matches (a word has no line break): one try */ && /^\s+$/.test(prose.slice(words[k - 1]!.end, w.start))
    )
  }
  if (noun(i + 1)) return true
  const link = words[i + 1]?.lower
  return (link === 'or' || link === 'and') && CAPS.test(words[i + 2]?.value ?? '') && noun(i + 3)
}
