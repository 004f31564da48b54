/**
 * The Turkish half of `insult`: stems with their endings (`aptal+` → aptalsınız, aptalca,
 * aptallığınız) through the kit's phrase matcher, built once per linter on the first Turkish draft.
 * Turkish puts negation and the verb after the word, so the context checks look ahead: `hiç de
 * saçma bir talep değil` is not an insult, `aptalca bir hata yaptık` is the agent owning a slip.
 */
import type { Token } from '../../src/document.js'
import { looksLikeName } from './names.js'
import { normalizeWord } from '../../src/text/phrases.js'
import { createPhraseMatcher, type WordPhraseMatcher } from '../../src/kit/matcher.js'

/** rules/insult/tr.json */
export interface TurkishInsultData {
  words: Record<string, TurkishInsultEntry>
  selfNouns: string[]
  negators: string[]
  /** Judgements of things as much as of people (`saçma`): a slip that `happened` with them is taken as ours. */
  thingJudgements: string[]
  /** Word starts that own a slip in the sentence (`özür`, `kusura`): `aptalca bir hata oldu, özür dileriz`. */
  ownCues: string[]
}

export interface TurkishInsultEntry {
  suggest?: string[]
  notBefore?: string[]
}

export interface TurkishInsultHit {
  start: number
  end: number
  suggest: string[]
}

interface Compiled {
  phrase: string
  entry: TurkishInsultEntry
  /** The last word's stem when it ends in `+` (to read the ending: `salağım` is about oneself). */
  stem?: string
}

const CLAUSE_END = /[,;:.!?\n]/
const SELF_BEFORE = new Set(['ben', 'biz', 'benim', 'bizim', 'kendimi', 'kendimizi', 'kendime', 'kendimize'])
/** Endings that make a stem about the speaker: -(y)Im, -(y)Iz (I am / we are), -ImIz (our). */
const SELF_ENDING = /^(?:l[ıiuü][kğ])?(?:y?[ıiuü][mz]|[ıiuü]m[ıiuü]z|m[ıiuü]z|m)(?:d[ae]n|[ae]|[ıiuü]|d[ae])?$/
/** First-person verbs (yaptık, yaşattım, ediyoruz, yapmışız): a slip of ours. */
const FIRST_PERSON_VERB = /(?:[dt][ıiuü][mk]|yor(?:[uü]m|[uü]z)|m[ıiuü]ş(?:[ıiuü]m|[ıiuü]z))$/
/** `Happened` (oldu, yaşandı): a slip of ours only when the sentence says it is ours (`sistemimizde`, `bizden`). */
const HAPPENED_VERB = /^(?:oldu|olmuş|yaşandı|yaşanmış|oluştu|oluşmuş)$/
/** A first-person plural word: `biz`, `bizden`, or a possessive -(I)mIz with its case ending (`sistemimizde`, `tarafımızdan`). */
const OURS_WORD = /^biz|m[ıiuü]z(?:d[ae]n|d[ae]|[ıiuü]n|[ae]|[ıiuü])?$/
/** A verbal noun naming an act (`kapatmak`, `silmeniz`, `göndermeniz`) or `sizin`: the judgement is of the customer's act. */
const CUSTOMER_ACT = /^(?:sizin|\p{L}+m[ae](?:k|n[ıi]z))$/u
/**
 * A constituent of its own between the word and a negation: an ablative (`hattınızdan`, `bizden`,
 * `santralden`) or a possessor (`sizin hatanız değil`). The negation then denies it, not the judgement.
 */
const OTHER_CONSTITUENT = /^(?:sizin|bizim|onun|benim)$|[dt][ae]n$/
/** Words ending like an ablative that are adverbs or questions: `gerçekten`, `neden`, `yeniden`. */
const NOT_ABLATIVE = new Set(['gerçekten', 'neden', 'yeniden', 'önceden', 'sonradan', 'birden', 'baştan', 'aslen', 'zaten'])
/** Conjunctions that start a new clause: a negation after `ama` (`… ama sorun değil`) does not undo the word. */
const CLAUSE_CONJUNCTIONS = new Set(['ama', 'fakat', 'ancak', 'lakin'])

/**
 * "Without a head / wits": the privative -sIz of a mind noun (`kafasız`, `zekasız`, `izansız`).
 * `beyinsiz` and `akılsız` are insults in every use and listed in tr.json; these also describe
 * things (`kafasız vida`, a headless screw), so they count only when said of a person.
 */
const MINDLESS = /^(?:kafa|zeka|zekâ|izan|idrak)s[ıiuü]z(?:s[ıiuü]n[ıiuü]z|d[ıiuü]r|s[ıiuü]n)?$/
/** After such a word: a copula (`olmak`, `olmanız`), or a person (`biri`, `insan`, `müşteri`). */
const PERSON_NEXT = /^(?:ol|biri|birisi|insan|kişi|müşteri)/

export class TurkishInsults {
  private readonly matcher: WordPhraseMatcher<Compiled>
  private readonly selfNouns: ReadonlySet<string>
  private readonly negators: ReadonlySet<string>
  private readonly thingJudgements: ReadonlySet<string>
  private readonly ownCues: readonly string[]

  constructor(data: TurkishInsultData, add: Record<string, TurkishInsultEntry> = {}, ignore: readonly string[] = []) {
    this.selfNouns = new Set(data.selfNouns)
    this.negators = new Set(data.negators)
    this.thingJudgements = new Set(data.thingJudgements.map((w) => normalizeWord(w, 'tr')))
    this.ownCues = data.ownCues.map((w) => normalizeWord(w, 'tr'))
    const skip = new Set(ignore.map((w) => normalizeWord(w, 'tr')))
    const words: Record<string, TurkishInsultEntry> = { ...data.words, ...add }
    const entries: Array<[string, Compiled]> = []
    for (const [phrase, raw] of Object.entries(words)) {
      const key = normalizeWord(phrase, 'tr')
      if (skip.has(key) || skip.has(key.replace(/\+/g, ''))) continue
      const entry = { ...raw, notBefore: raw.notBefore?.map((w) => normalizeWord(w, 'tr')) }
      const last = key.split(/\s+/).pop()!
      entries.push([phrase, { phrase, entry, stem: last.endsWith('+') ? last.slice(0, -1) : undefined }])
    }
    this.matcher = createPhraseMatcher(entries, { language: 'tr' })
  }

  /** Insults in one sentence's words, after the context checks. */
  match(words: readonly Token[], text: string): TurkishInsultHit[] {
    const out: TurkishInsultHit[] = []
    for (const hit of this.matcher.match(words, text)) {
      const { entry, stem } = hit.entry
      const next = words[hit.to]
      if (next && /^\s+$/.test(text.slice(words[hit.to - 1]!.end, next.start)) && entry.notBefore?.includes(next.lower)) continue
      if (text.charAt(hit.start - 1) === '@' || looksLikeName(words, hit.from, hit.to, text)) continue
      if (stem && SELF_ENDING.test(ending(words[hit.to - 1]!.lower, stem))) continue
      if (this.negatedOrOwn(words, hit.from, hit.to, text, this.thingJudgements.has(normalizeWord(hit.entry.phrase, 'tr')))) continue
      out.push({ start: hit.start, end: hit.end, suggest: entry.suggest ?? [] })
    }
    for (let i = 0; i < words.length; i++) {
      if (!MINDLESS.test(words[i]!.lower) || out.some((o) => o.start <= words[i]!.start && o.end >= words[i]!.end)) continue
      const next = words[i + 1]
      // Said of a person (`kafasız olmak lazım`, `kafasız biri`, end of clause), not of a thing (`kafasız vida`).
      const ofPerson = !next || CLAUSE_END.test(text.slice(words[i]!.end, next.start)) || PERSON_NEXT.test(next.lower)
      if (!ofPerson || looksLikeName(words, i, i + 1, text) || this.negatedOrOwn(words, i, i + 1, text)) continue
      out.push({ start: words[i]!.start, end: words[i]!.end, suggest: [] })
    }
    return out
  }

  /**
   * A negation later in the clause, `bizim`/`ben` just before, or a slip of ours (`… bir hata yaptık`).
   * A slip that only `happened` (`… bir hata oldu`) is ours for a judgement of things (`saçma`), or
   * when the sentence owns it (`sistemimizde`, `bizden`, `özür dileriz`), unless an act of the
   * customer's comes first (`kapatmak aptalca bir hata olmuş`); `salakça bir hata olmuş` alone calls
   * the customer's slip stupid.
   */
  private negatedOrOwn(words: readonly Token[], from: number, to: number, text: string, thingJudgement = false): boolean {
    let customerAct = false
    for (let i = from - 1; i >= Math.max(0, from - 4); i--) {
      if (CLAUSE_END.test(text.slice(words[i]!.end, words[i + 1]!.start))) break
      if (i >= from - 3 && SELF_BEFORE.has(words[i]!.lower)) return true
      if (CUSTOMER_ACT.test(words[i]!.lower)) customerAct = true
    }
    let ours = false
    // `Bu saçmalık sizin hattınızdan değil, santralden`: the negation denies the word right before it (the source), not the judgement.
    let denied = false
    for (let i = to; i < Math.min(words.length, to + 5); i++) {
      if (CLAUSE_END.test(text.slice(words[i - 1]!.end, words[i]!.start))) break
      const w = words[i]!.lower
      if (CLAUSE_CONJUNCTIONS.has(w)) break
      if (this.negators.has(w)) {
        if (denied) break
        return true
      }
      if (OTHER_CONSTITUENT.test(w) && !NOT_ABLATIVE.has(w)) denied = true
      if (i < to + 3 && this.selfNouns.has(w)) ours = true
      else if (ours && FIRST_PERSON_VERB.test(w)) return true
      else if (ours && HAPPENED_VERB.test(w) && !customerAct && (thingJudgement || this.ownedInSentence(words))) return true
    }
    return false
  }

  /** The sentence says the slip is ours: a first-person plural word or an apology. */
  private ownedInSentence(words: readonly Token[]): boolean {
    return words.some((x) => OURS_WORD.test(x.lower) || this.ownCues.some((c) => x.lower.startsWith(c)))
  }
}

/** What follows the stem in a word (`salağım` after `salak` → `ım`). */
function ending(lower: string, stem: string): string {
  return lower.length > stem.length ? lower.slice(stem.length) : ''
}
