/**
 * Acronym data and the tests that tell a real acronym from a code, a shouted word or a name:
 * a dictionary of support acronyms with expansions, a list of acronyms customers know, and a
 * consonant-heavy heuristic for acronyms not in the dictionary. Built once per linter.
 */
import en from './en.json' with { type: 'json' }

export interface AcronymData {
  known: Record<string, string[]>
  expansions: Record<string, string[]>
  notAcronyms: string[]
  codeWords: string[]
}

export interface AcronymOptions {
  /** More acronyms with their expansion(s): `{ 'NOC': 'network operations centre' }`. */
  add?: Record<string, string | string[]>
  /** Acronyms never flagged (your product names, acronyms your customers know). */
  allow?: string[]
  /** Same as `allow`. */
  ignore?: string[]
  /** `false`: flag only dictionary acronyms, not unknown consonant-heavy ones. Default `true`. */
  unknown?: boolean
}

export type Candidate = { kind: 'known-dictionary'; expansions: string[] } | { kind: 'unknown' }

const DATA: Record<string, AcronymData> = { en: en as unknown as AcronymData }

/** Consonant clusters English words start with: `SL`A could be a word, `RM`A or `CS`AT not. */
const ONSETS = new Set(
  'bl br ch cl cr dr dw fl fr gh gl gn gr kl kn kr kw ph pl pr ps qu rh sc sh sk sl sm sn sp st sw th tr ts tw wh wr sch scr shr sph spl spr squ str thr'.split(' '),
)
const VOWELS = /[AEIOUY]/
const ROMAN = /^M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/

export class AcronymLexicon {
  private readonly known: Set<string>
  private readonly expansions: Map<string, string[]>
  private readonly notAcronyms: Set<string>
  readonly codeWords: Set<string>
  private readonly unknown: boolean

  constructor(options: AcronymOptions = {}, allow: readonly string[] = [], language = 'en') {
    const data = DATA[language] ?? DATA.en!
    this.known = new Set([...Object.values(data.known).flat(), ...(options.allow ?? []), ...(options.ignore ?? []), ...allow].map((a) => a.toUpperCase()))
    this.expansions = new Map(Object.entries(data.expansions).map(([k, v]) => [k.toUpperCase(), v]))
    for (const [k, v] of Object.entries(options.add ?? {})) this.expansions.set(k.toUpperCase(), typeof v === 'string' ? [v] : v)
    this.notAcronyms = new Set(data.notAcronyms)
    this.codeWords = new Set(data.codeWords)
    this.unknown = options.unknown !== false
  }

  /** What a token (already stripped of a plural `s`) is, or `undefined` when it is not an acronym to check. */
  classify(base: string): Candidate | undefined {
    const upper = base.toUpperCase()
    if (this.known.has(upper)) return undefined
    const expansions = this.expansions.get(upper)
    if (expansions) return { kind: 'known-dictionary', expansions }
    if (!this.unknown || !/^[A-Z]{3,4}$/.test(base) || this.notAcronyms.has(base) || ROMAN.test(base)) return undefined
    return looksLikeAcronym(base) ? { kind: 'unknown' } : undefined
  }

  /** Whether the acronym is one customers know or the team allowed. */
  isKnown(base: string): boolean {
    return this.known.has(base.toUpperCase())
  }
}

/** No vowel at all (NPS, CRM), or an opening no English word has (CSAT, RMA, NDA). */
export function looksLikeAcronym(base: string): boolean {
  if (!VOWELS.test(base)) return true
  const onset = /^[^AEIOUY]*/.exec(base)![0].toLowerCase()
  return onset.length >= 2 && !ONSETS.has(onset)
}

/** The expansion in the plural, for `SKUs`: `stock keeping units`. */
export function pluralize(expansion: string): string {
  return expansion.replace(/(\w+)(\W*)$/, (_all, word: string, tail: string) => {
    if (/(?:s|x|z|ch|sh)$/i.test(word)) return `${word}es${tail}`
    if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies${tail}`
    return `${word}s${tail}`
  })
}

let shared: AcronymLexicon | undefined

/** The default English lexicon, shared by every linter without acronym options. */
export function defaultLexicon(): AcronymLexicon {
  shared ??= new AcronymLexicon()
  return shared
}

export function acronymData(language = 'en'): AcronymData {
  return DATA[language] ?? DATA.en!
}
