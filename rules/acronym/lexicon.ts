/**
 * Acronym data and the tests that tell a real acronym from a code, a shouted word or a name:
 * a dictionary of support acronyms with expansions, a list of acronyms customers know, and a
 * consonant-heavy heuristic for acronyms not in the dictionary. Built once per linter.
 */
import { languageData } from '../../src/kit/language-pack.js'
import type { RuleLanguage } from '../../src/rule.js'
import { lowerTurkish } from '../../src/text/phrases.js'
import { upperTurkish } from '../../src/text/turkish.js'

export interface AcronymData {
  known: Record<string, string[]>
  /** Groups of acronyms known to a brand's social audience (skipped on channel `social`). */
  socialKnown?: Record<string, string[] | string>
  expansions: Record<string, string[]>
  notAcronyms: string[]
  codeWords: string[]
  /** Acronyms that name an identity document, and the nouns after which they do (`PAN card`). */
  idDocuments?: { names: string[]; nouns: string[] }
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

/** Consonant clusters English words start with: `SL`A could be a word, `RM`A or `CS`AT not. */
const ONSETS = new Set('bl br ch cl cr dr dw fl fr gh gl gn gr kl kn kr kw ph pl pr ps qu rh sc sh sk sl sm sn sp st sw th tr ts tw wh wr sch scr shr sph spl spr squ str thr'.split(' '))
const VOWELS = /[AEIOUY]/
/** Turkish vowels (`I` is the capital of `ı`; `Y` is a consonant). */
const TR_VOWELS = /[AEIİOÖUÜÂÎÛ]/
const ROMAN = /^M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/

export class AcronymLexicon {
  private readonly known: Set<string>
  private readonly expansions: Map<string, string[]>
  private readonly notAcronyms: Set<string>
  readonly codeWords: Set<string>
  private readonly unknown: boolean
  private readonly social: Set<string>
  private readonly documents: Set<string>
  private readonly documentNouns: Set<string>
  /** Upper case for the language (`i` → `İ` in Turkish). */
  readonly upper: (s: string) => string
  private readonly turkish: boolean

  constructor(options: AcronymOptions = {}, allow: readonly string[] = [], language: RuleLanguage = 'en') {
    const data = acronymData(language)
    const turkish = (this.turkish = language === 'tr')
    const upper = (this.upper = turkish ? upperTurkish : (s: string): string => s.toUpperCase())
    // Turkish drafts quote English acronyms too (PDF, USB, FAQ): the English `known` list applies as well.
    // (Not where the Turkish data spells one out: KMH is a Turkish overdraft account, not km/h.)
    const own = new Set(Object.keys(data.expansions).map(upper))
    const known = turkish
      ? [
          ...Object.values(acronymData('en').known)
            .flat()
            .filter((a) => !own.has(upper(a))),
          ...Object.values(data.known).flat(),
        ]
      : Object.values(data.known).flat()
    this.known = new Set([...known, ...(options.allow ?? []), ...(options.ignore ?? []), ...allow].map(upper))
    this.expansions = new Map(Object.entries(data.expansions).map(([k, v]) => [upper(k), v]))
    for (const [k, v] of Object.entries(options.add ?? {})) this.expansions.set(upper(k), typeof v === 'string' ? [v] : v)
    this.notAcronyms = new Set(data.notAcronyms)
    this.codeWords = new Set(turkish ? data.codeWords.map(lowerTurkish) : data.codeWords)
    this.unknown = options.unknown !== false
    this.social = new Set(
      Object.values(data.socialKnown ?? {})
        .filter(Array.isArray)
        .flat()
        .map(upper),
    )
    this.documents = new Set((data.idDocuments?.names ?? []).map(upper))
    this.documentNouns = new Set(data.idDocuments?.nouns ?? [])
  }

  /** `PAN card`, `NRIC number`: the acronym names an identity document its holder knows by that name. */
  namesDocument(base: string, next: string | undefined): boolean {
    return next !== undefined && this.documentNouns.has(next) && this.documents.has(this.upper(base))
  }

  /** Known to the audience of a brand's social replies (everyday, service and regional terms). */
  isSocialKnown(base: string): boolean {
    return this.social.has(this.upper(base))
  }

  /** What a token (already stripped of a plural `s`) is, or `undefined` when it is not an acronym to check. */
  classify(base: string): Candidate | undefined {
    const upper = this.upper(base)
    if (this.known.has(upper)) return undefined
    const expansions = this.expansions.get(upper)
    if (expansions) return { kind: 'known-dictionary', expansions }
    if (!this.unknown || this.notAcronyms.has(base) || ROMAN.test(base)) return undefined
    if (this.turkish) return /^\p{Lu}{3,4}$/u.test(base) && looksLikeTurkishAcronym(base) ? { kind: 'unknown' } : undefined
    if (!/^[A-Z]{3,4}$/.test(base)) return undefined
    return looksLikeAcronym(base) ? { kind: 'unknown' } : undefined
  }

  /** The expansions listed for an acronym (upper-cased base), if any. */
  expansionsOf(base: string): readonly string[] {
    return this.expansions.get(base) ?? []
  }

  /** Whether the acronym is one customers know or the team allowed. */
  isKnown(base: string): boolean {
    return this.known.has(this.upper(base))
  }
}

/** No vowel at all (NPS, CRM), or an opening no English word has (CSAT, RMA, NDA). */
export function looksLikeAcronym(base: string): boolean {
  if (!VOWELS.test(base)) return true
  const onset = /^[^AEIOUY]*/.exec(base)![0].toLowerCase()
  return onset.length >= 2 && !ONSETS.has(onset)
}

/** Turkish: no vowel (KYK, MNG), or two consonants first, which no native word has, loanword onsets aside (TREN, SPOR). */
export function looksLikeTurkishAcronym(base: string): boolean {
  if (!TR_VOWELS.test(base)) return true
  const onset = /^[^AEIİOÖUÜÂÎÛ]*/u.exec(base)![0]
  return onset.length >= 2 && !ONSETS.has(lowerTurkish(onset))
}

/** The expansion in the plural, for `SKUs`: `stock keeping units`. */
export function pluralize(expansion: string): string {
  // eslint-disable-next-line regexp/no-super-linear-move -- `expansion` is a list entry (a few words), never a draft
  return expansion.replace(/(\w+)(\W*)$/, (_all, word: string, tail: string) => {
    if (/(?:s|x|z|ch|sh)$/i.test(word)) return `${word}es${tail}`
    if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies${tail}`
    return `${word}s${tail}`
  })
}

const shared = new Map<string, AcronymLexicon>()

/** The default lexicon for a language (`tr`, else English), shared by every linter without acronym options. */
export function defaultLexicon(key: RuleLanguage = 'en'): AcronymLexicon {
  let lexicon = shared.get(key)
  if (!lexicon) shared.set(key, (lexicon = new AcronymLexicon({}, [], key)))
  return lexicon
}

/** A language's data (`rules/acronym/<language>.json`, through the language pack). */
export function acronymData(language: RuleLanguage = 'en'): AcronymData {
  return languageData<AcronymData>('acronym', language)
}
