/**
 * The profanity lexicons, built once and picked by the draft's language. English: cuss's
 * sureness-rated list (the data retext-profanities uses) curated for support text, plus
 * obfuscation patterns that plain word lists miss. retext-profanities itself rebuilds its phrase
 * index on every document (~0.85 ms a draft, more than the whole pipeline's budget), so the same
 * data is indexed here once. Turkish: stems with suffix patterns, see `profanity-turkish.ts`.
 *
 * In the kit (not in rules/profanity) because two rules ask it: `profanity` (the agent's words) and
 * `empathy` (did the customer swear?). The word lists stay the `profanity` rule's data
 * (rules/profanity/<language>.json), read through the language packs.
 */
import { cuss } from 'cuss'
import { splitHyphenated } from '../text/hyphens.js'
import { obfuscationTokens } from '../text/obfuscation-tokens.js'
import { trimTrailing } from '../text/trailing.js'
import { matchSpacedLetters } from './spaced-letters.js'
import { normalizeWord } from '../text/phrases.js'
import { createPhraseMatcher, type WordPhraseMatcher } from './matcher.js'
import type { Token } from '../document.js'
import { TurkishProfanityLexicon } from './profanity-turkish.js'
import { languageData } from './language-pack.js'

/** rules/profanity/en.json */
interface ProfanityData {
  minSureness: number
  add: Record<string, number>
  ignore: string[]
  obfuscated: string[]
  rewordings: Record<string, string[]>
  compoundStems: string[]
  compoundIgnore: string[]
}

export interface ProfanityEntry {
  phrase: string
  rewordings: string[]
}

export interface ProfanityOptions {
  minSureness?: number
  add?: Record<string, number> | string[]
  ignore?: string[]
}

export interface ProfanityHit {
  start: number
  end: number
  entry: ProfanityEntry
}

/** What the rule needs from a language's lexicon. */
export interface Lexicon {
  /** Locale words are lower-cased with (`tr`: I→ı, İ→i). */
  readonly locale: string
  /** Profane words and phrases among a sentence's words. */
  matchWords(words: readonly Token[], text: string): ProfanityHit[]
  /** Obfuscated spellings in prose (masked, leetspeak, dotted, spaced, stretched). */
  matchObfuscated(prose: string): ProfanityHit[]
}

const OBFUSCATION_CUE = /[*@$!0-9]\p{L}|\p{L}[*@$!0-9]|\p{L}\.\p{L}|(\p{L})\1\1/u

export class ProfanityLexicon implements Lexicon {
  readonly locale = 'en'
  private readonly matcher: WordPhraseMatcher<ProfanityEntry>
  private readonly obfuscated: Set<string>
  private readonly stretched: RegExp
  private readonly compound: RegExp | undefined
  private readonly compoundIgnore: Set<string>
  private readonly compoundStems: readonly string[]

  constructor(options: ProfanityOptions = {}) {
    const data = languageData<ProfanityData>('profanity', 'en')
    const minSureness = options.minSureness ?? data.minSureness
    const ignore = new Set([...data.ignore, ...(options.ignore ?? [])].map((w) => w.toLowerCase()))
    const add: Record<string, number> = { ...data.add }
    if (Array.isArray(options.add)) for (const w of options.add) add[w] = 2
    else Object.assign(add, options.add ?? {})
    const rewordings = data.rewordings
    const entries: Array<[string, ProfanityEntry]> = []
    const known = new Set<string>()
    for (const source of [cuss as Record<string, number>, add]) {
      for (const [phrase, sureness] of Object.entries(source)) {
        if (sureness < minSureness || ignore.has(phrase.toLowerCase())) continue
        known.add(phrase.toLowerCase())
        entries.push([phrase, { phrase, rewordings: (rewordings[phrase] ?? []).filter(Boolean) }])
      }
    }
    // cuss lists many singulars without their plural (cunt, scumbag): derive it, unless the
    // plural is listed or ignored on its own.
    for (const [phrase, entry] of entries.slice()) {
      const plural = pluralOf(phrase.toLowerCase())
      if (plural && !known.has(plural) && !ignore.has(plural)) {
        known.add(plural)
        entries.push([plural, entry])
      }
    }
    this.matcher = createPhraseMatcher(entries, { language: 'en' })
    const stems = data.compoundStems.filter((s) => !ignore.has(s))
    this.compoundStems = stems
    // "shitshow", "clusterfuck", "fuckwits": a strong stem at either end of a longer word. Only
    // stems no ordinary English word starts or ends with (not `ass`: class, assist; not `dick`: Dickens);
    // after a stem at the end only a plural: `-er` would read Brigh|twat|er.
    // An alternation, not the phrase matcher: the stems are matched inside one longer word.
    this.compound = stems.length > 0 ? new RegExp(`^(?:${stems.join('|')})\\p{L}{2,}$|^\\p{L}{2,}(?:${stems.join('|')})(?:e?s)?$`, 'u') : undefined
    this.compoundIgnore = new Set(data.compoundIgnore)
    this.obfuscated = new Set(data.obfuscated)
    // "fuuuuck", "shiiiit": each letter of a core word may be stretched.
    const stretch = (w: string): string => w.replace(/(.)\1*/g, (run, c: string) => `${c}{${run.length},}`)
    // An alternation, not the phrase matcher: each letter may repeat, a pattern per word.
    this.stretched = new RegExp(`^(?:${data.obfuscated.map(stretch).join('|')})$`)
  }

  /** Profane words and phrases among a sentence's words. */
  matchWords(words: readonly Token[], text: string): ProfanityHit[] {
    // retext keeps hyphenated compounds as one word: "bull-shit" is matched as its parts.
    const normalized = splitCamelCase(splitHyphenated(words), text).map((w) => (w.lower.endsWith("'s") ? { ...w, lower: w.lower.slice(0, -2) } : w))
    // `Hell` capitalised inside a sentence is a name (`the show is Hell's Kitchen`), not the swear.
    const named = (from: number, to: number): boolean => normalized.slice(Math.max(1, from), to).some((w) => w.value === 'Hell' || w.value.startsWith("Hell'") || w.value.startsWith('Hell’'))
    const hits: ProfanityHit[] = this.matcher.match(normalized, text, (_, from, to) => !named(from, to)).map((h) => ({ start: h.start, end: h.end, entry: h.entry }))
    if (!this.compound) return hits
    for (const w of normalized) {
      // A capitalised word is likely a name (Harshit, Bitchfield): compounds are matched in lower case
      // or capitals only; camel-case hashtag parts were split above.
      if (w.lower.length < 6 || TITLE_CASE.test(w.value) || !this.compound.test(w.lower) || this.compoundIgnore.has(w.lower)) continue
      if (hits.some((h) => h.start < w.end && h.end > w.start)) continue
      hits.push({ start: w.start, end: w.end, entry: { phrase: w.lower, rewordings: [] } })
    }
    return hits
  }

  /** Obfuscated spellings in raw prose: f*ck, f**k, sh1t, a$$, f.u.c.k, f u c k, fuuuuck. */
  matchObfuscated(prose: string): ProfanityHit[] {
    const hits: ProfanityHit[] = []
    // Every spelling `resolve` accepts has a letter next to a symbol or digit, a dot between
    // letters, or a letter three times over; most drafts have none, and skip the word-by-word scan.
    for (const { start, end, raw } of OBFUSCATION_CUE.test(prose) ? obfuscationTokens(prose) : []) {
      if (raw.startsWith('@') && isHandle(prose, start, raw.length)) continue // a customer's @handle is a name
      const plain = /^\p{L}+$/u.test(raw)
      if (plain && !/(\p{L})\1\1/u.test(raw)) continue
      const word = this.resolve(raw)
      if (word) hits.push({ start, end, entry: { phrase: word, rewordings: [] } })
    }
    // Spaced or dotted single letters: "f u c k", "f-u-c-k".
    matchSpacedLetters(
      prose,
      hits,
      (c) => c.toLowerCase(),
      (word) => this.obfuscated.has(word),
    )
    return hits
  }

  private resolve(raw: string): string | undefined {
    let lower = trimTrailing(raw.toLowerCase(), '.!')
    if (/^\p{L}+$/u.test(lower)) return this.stretched.test(lower) ? lower.replace(/(.)\1{2,}/g, '$1') : undefined
    // Dotted letters: "f.u.c.k" (but not "e.g." or "a.m.").
    if (/^(\p{L}\.)+\p{L}$/u.test(lower)) {
      const joined = lower.replace(/\./g, '')
      return joined.length >= 3 && this.obfuscated.has(joined) ? joined : undefined
    }
    if (/[.]/.test(lower)) return undefined
    lower = lower.replace(/0/g, 'o').replace(/1/g, 'i').replace(/3/g, 'e').replace(/4/g, 'a').replace(/5/g, 's').replace(/7/g, 't').replace(/@/g, 'a').replace(/\$/g, 's').replace(/!/g, 'i')
    if (lower.includes('*')) {
      // A masked swear starts with a letter (f*ck, sh*t, a**hole); `**It` is Markdown bold.
      if (!/^[a-z]/.test(lower)) return undefined
      if (/^\**$/.test(lower.replace(/[^*]/g, '')) && !/\p{L}/u.test(lower.replace(/\*/g, ''))) return undefined
      const masked = lower.replace(/[^a-z*]/g, '')
      const pattern = maskPattern(masked)
      for (const word of this.obfuscated) if (word.length >= 3 && pattern.test(word) && lower.replace(/\*/g, '').length >= 1) return word
      return this.maskedCompound(masked)
    }
    if (/^[a-z]+$/.test(lower) && lower !== raw.toLowerCase()) return this.obfuscated.has(lower) || this.stretched.test(lower) || this.isCompound(lower) ? lower : undefined
    return undefined
  }

  /** A profane compound (`shitshow`, `clusterfuck`), as `matchWords` reads one: here spelt with `$`, `1`, `!`. */
  private isCompound(lower: string): boolean {
    return this.compound !== undefined && lower.length >= 6 && this.compound.test(lower) && !this.compoundIgnore.has(lower)
  }

  /**
   * A masked compound: a masked stem with plain letters on one side (`sh*tshow`, `clusterf*ck`,
   * `f**kwit`), tried at each place the plain part may start. Masked words are rare and short.
   */
  private maskedCompound(lower: string): string | undefined {
    if (this.compound === undefined || lower.length > 40) return undefined
    for (let k = 2; k <= lower.length - 2; k++) {
      const head = lower.slice(0, k)
      const tail = lower.slice(k)
      // The mask sits inside the stem, between letters: `safest**` is Markdown bold closing, not `safe` + `t**`.
      const stemFirst = innerMask(head) && /^[a-z]{2,}$/.test(tail) ? maskPattern(head) : undefined
      const stemLast = innerMask(tail) && /^[a-z]{2,}$/.test(head) ? maskPattern(tail) : undefined
      const stem = this.compoundStems.find((s) => stemFirst?.test(s) || stemLast?.test(s) || stemLast?.test(`${s}s`) || stemLast?.test(`${s}es`))
      if (stem === undefined) continue
      const word = stemFirst ? stem + tail : head + stem
      if (!this.compoundIgnore.has(word)) return word
    }
    return undefined
  }
}

/** `sh*t`, `f**k`: a part with a mask between its first and last letters. */
function innerMask(part: string): boolean {
  return part.includes('*') && part[0] !== '*' && part[part.length - 1] !== '*'
}

/** A masked word or part (`sh*t`) as a pattern: each run of `*` stands for one to one-more-than-its-length letters. */
function maskPattern(masked: string): RegExp {
  return new RegExp('^' + masked.replace(/\*+/g, (run) => `[a-z]{1,${run.length + 1}}`) + '$')
}

/**
 * `@asshole_king` at the start of a social reply, or any @name that runs on into `_` or digits,
 * is the customer's handle (their name), not the agent's word; `you @sshole` mid-sentence is not.
 */
function isHandle(prose: string, start: number, length: number): boolean {
  if (/[\w]/.test(prose.charAt(start + length))) return true
  return /^(?:\s*@\w+)*\s*$/.test(prose.slice(0, start))
}

/** `cunt` → `cunts`, `bitch` → `bitches`; undefined for phrases and short or non-letter words. */
function pluralOf(word: string): string | undefined {
  if (word.length < 3 || !/^[a-z]+$/.test(word) || word.endsWith('s')) return undefined
  return /(?:x|ch|sh|z)$/.test(word) ? word + 'es' : word + 's'
}

const CAMEL = /\p{Ll}\p{Lu}/u
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u

/**
 * A hashtag or handle written in camel case (`#CrazyAssholes`) is one word to the parser: its
 * parts are matched too. Only words with a lower-case letter followed by a capital are split, and
 * never an @handle (`@FukTylar` is a name).
 */
function splitCamelCase(words: readonly Token[], text: string): readonly Token[] {
  let out: Token[] | undefined
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    // Hashtag words are short; a longer "word" is not split (and the split below stays cheap).
    if (w.value.length < 4 || w.value.length > 64 || !CAMEL.test(w.value) || text.charAt(w.start - 1) === '@') {
      out?.push(w)
      continue
    }
    out ??= words.slice(0, i)
    out.push(w)
    // eslint-disable-next-line regexp/no-super-linear-move -- the word is at most 64 characters (checked above)
    const parts = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})/gu
    for (let m = parts.exec(w.value); m; m = parts.exec(w.value)) {
      out.push({ value: m[0], lower: m[0].toLowerCase(), start: w.start + m.index, end: w.start + m.index + m[0].length })
    }
  }
  return out ?? words
}

let shared: ProfanityLexicon | undefined
let sharedTurkish: TurkishProfanityLexicon | undefined

/** The default lexicon, shared by rules that need to know whether a text is profane. */
export function defaultLexicon(): ProfanityLexicon {
  shared ??= new ProfanityLexicon()
  return shared
}

/** The default lexicon for a language (`tr` or English for anything else), built on first use. */
export function lexiconFor(language: string): Lexicon {
  if (language === 'tr') return (sharedTurkish ??= new TurkishProfanityLexicon())
  return defaultLexicon()
}

/** A lexicon for a language with the user's `add`/`ignore` options. */
export function customLexicon(language: string, options: ProfanityOptions): Lexicon {
  return language === 'tr' ? new TurkishProfanityLexicon(options) : new ProfanityLexicon(options)
}

/** Whether plain text (a customer's message) contains profanity. Cheap word split, no parse. */
export function containsProfanity(text: string, lexicon: Lexicon = defaultLexicon()): boolean {
  const words: Token[] = []
  const re = /[\p{L}\p{N}'’]+/gu
  for (let m = re.exec(text); m; m = re.exec(text)) {
    words.push({ value: m[0], lower: normalizeWord(m[0], lexicon.locale), start: m.index, end: m.index + m[0].length })
  }
  return lexicon.matchWords(words, text).length > 0 || lexicon.matchObfuscated(text).length > 0
}
