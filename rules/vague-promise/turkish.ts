/**
 * Turkish vague promises, built once per linter. Turkish is verb-final: the clause's last word is
 * its verb and carries tense (`arayacağız` future, `aradık` past), requests come as endings
 * (`ulaşmanızı rica ederiz`, `ulaşın`, `ulaşabilirsiniz`) and a subordinate clause tying the
 * timing to an event or a condition comes first (`ürün depoya ulaştığında, size döneceğiz`). So
 * a vague phrase or a commitment counts unless, in its clause (commas bound it): the segment
 * names a concrete time, the clause asks the customer to act, hopes or estimates, names an event
 * or a condition (or the clause before ends in one), or its verb is in the past; `needsFuture`
 * phrases need a future verb. Words are matched folded to ASCII (`time-tr.ts`).
 */
import { createPhraseMatcher, type WordPhraseMatcher } from '../../src/kit/matcher.js'
import type { Token } from '../../src/document.js'
import { languageData } from '../../src/kit/language-pack.js'
import type { Segment } from '../../src/text/segments.js'
import type { Config } from '../../src/types.js'
import { slaHours } from './time.js'
import { fold, foldText, hasConcreteTime, slaTurkish, turkishDurations } from './time-tr.js'
import type { PromiseFinding } from './finding.js'
import { endsWithQuestion } from '../../src/text/trailing.js'

type Kind = 'vague' | 'commitment' | 'neutral'

interface Entry {
  kind: Kind
  needsFuture: boolean
  notBefore?: string[]
  notAfter?: string[]
}

export interface TurkishPromise {
  kind: 'vague' | 'commitment'
  start: number
  end: number
}

export interface TurkishSlaHit {
  start: number
  end: number
  hours: number
  response: boolean
}

export interface TurkishOptions {
  add?: { vague?: string[]; commitments?: string[]; neutral?: string[] }
  ignore?: string[]
}

const CLAUSE_BREAK = /[,;:()–—]|\s-\s/
const FUTURE = /[ae]c[ae](?:k|g)|[iu]yor|[aeiou]r(?:[iu]z|[iu]m)$/
const PAST = /(?:[dt][iu](?:k|m|n|n[iu]z|l[ae]r)?|m[iu]s(?:t[iu]r|[iu]z|[iu]m|s[iu]n[iu]z|l[ae]r)?)$/
const NOT_PAST = new Set(['simdi', 'kendi', 'hadi', 'adi', 'maddi', 'ceddi', 'ciddi', 'haddi'])
const CONDITIONAL = /(?:[aeiou]r|m[ae]z|[ae]c[ae]k|[dt][iu]y|yor|[iu]n)s[ae](?:n[iu]z|m|n|k|l[ae]r)?$/
const CONDITION_WORDS = new Set(['eger', 'takdirde', 'halinde', 'durumunda', 'kaydiyla', 'sartiyla', 'yoksa', 'ise', 'varsa'])
const WHEN = /[dt][iu]g[iu](?:m[iu]z|n[iu]z|n)?d[ae]$|[dt][iu]kt[ae]n$/
const AS_SOON = /[iu]?nc[ae]$/
/** `our` on a folded word (`depomuza`, `ekibimizin`, `stoklarimiza`). */
const OURS = /m[iu]z(?:[ae]|[iu]|[iu]n|d[ae]|d[ae]n)?$/
const NOT_AS_SOON = new Set(['once', 'bence', 'sence', 'yeterince', 'dusunce', 'ince', 'bilince', 'uzunca', 'bunca', 'onca', 'sunca', 'boyunca', 'gence'])
const REQUEST = /[ae]bil[iu]rs[iu]n[iu]z$|m[ae]l[iu]s[iu]n[iu]z$|m[ae]y[iu]n(?:[iu]z)?$/
/** `-mAnIz(I)` is a request only with a verb that governs it (`iletmenizi rica ederiz`, `yapmanız gerekir`); alone it is a noun (`ödemeniz`). */
const VERBAL_NOUN = /m[ae]n[iu]z[iu]?$/
const GOVERNOR = /^(?:rica|gerek|yeterli|oner|tavsiye|bekler|bekliyor|onemli|lazim|hatirlat|zorunlu|sart)/
const IMPERATIVE = /[iu]n(?:[iu]z)?$/
/** 2nd person plural of other moods: -sInIz (`alacaksınız`, `görüyorsunuz`), past -DInIz (`aldınız`). */
const PERSON = /s[iu]n[iu]z$|[dt][iu]n[iu]z$/
const NOT_IMPERATIVE = new Set(['icin', 'sizin', 'onun', 'benim', 'senin', 'kimin'])
const IMPERATIVE_DINIZ = new Set(['ediniz', 'gidiniz'])

/** A clause ending in a request to the customer: `bize ulaşın`, `bekleyiniz` (not `alacaksınız`, `kartınız` as a name). */
function imperative(w: Token): boolean {
  if (!IMPERATIVE.test(w.lower) || NOT_IMPERATIVE.has(w.lower) || CAPITAL.test(w.value)) return false
  return !PERSON.test(w.lower) || IMPERATIVE_DINIZ.has(w.lower)
}
const CAPITAL = /^\p{Lu}/u
const PARTICIPLE = /[ae]c[ae]k$/
const CONJUNCTIONS = new Set(['ve', 'veya', 'ya', 'ama', 'fakat', 'ancak'])

/**
 * The time word describes a noun, it promises nothing: `yakında gelecek olan kampanyamız`,
 * `yakında açılacak mağazamızda`. A future participle inside the clause (not its verb, not
 * joined by `ve`) after the phrase.
 */
function attributive(words: readonly Token[], from: number, to: number, nextParticiple: Int32Array): boolean {
  const i = nextParticiple[Math.max(0, from)]!
  return i < to - 1 && !CONJUNCTIONS.has(words[i + 1]!.lower)
}

/** For each word index, the first participle (or `olan`) at or after it; words.length when none. */
function participles(words: readonly Token[]): Int32Array {
  const next = new Int32Array(words.length + 1).fill(words.length)
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.lower
    next[i] = PARTICIPLE.test(w) || w === 'olan' ? i : next[i + 1]!
  }
  return next
}

/**
 * Two clauses joined by `ve` without a comma: "arıza kısa sürede çözüldü ve hattınız … çalışıyor",
 * "stoklar önümüzdeki günlerde ulaşacak ve siparişiniz hemen ardından kargoya verilecek". When the
 * word before the first conjunction after the hit is a finite verb (past or future), the hit's clause
 * ends there: its tense, events and conditions are its own, not the next clause's.
 */
function ownClauseEnd(words: readonly Token[], hitTo: number, to: number): number {
  for (let k = hitTo; k < to - 1; k++) {
    if (!CONJUNCTIONS.has(words[k + 1]!.lower)) continue
    const w = words[k]!.lower
    return FUTURE.test(w) || (PAST.test(w) && !NOT_PAST.has(w)) ? k + 1 : to
  }
  return to
}

/**
 * "Sonuç size bildirilecektir": telling the customer, promised in the future (active or passive,
 * any person) with no time. Built from its parts: who is told, and the future forms of the verbs of
 * notifying (both stems take front vowels: -ecek, -ilecek).
 */
function notifyPromises(): string[] {
  const forms = ['bildir', 'ilet'].flatMap((stem) => [...['eceğiz', 'eceğim', 'ecek', 'ecektir', 'ecekler'].map((f) => stem + f), ...['ilecek', 'ilecektir'].map((f) => stem + f)])
  return ['size', 'sizlere', 'tarafınıza'].flatMap((lead) => forms.map((f) => `${lead} ${f}`))
}

/** Place names that look like a verb ending (`Bursa`: -rsA, a condition). */
const NAMES = new Set(['bursa', 'mersin', 'adana'])

/** Turkish data (`rules/vague-promise/tr.json`, through the language pack). */
interface TurkishData {
  neutral: string[]
  vague: string[]
  commitments: string[]
  needsFuture: string[]
  notBefore: Record<string, string[]>
  notAfter: Record<string, string[]>
  commitmentLeads: string[]
  hedges: string[]
  courtesyWords: string[]
  requestWords: string[]
  eventWords: string[]
  responseWords: string[]
  resolutionWords: string[]
  ourSteps: string[]
  /** Our own checks and processes and the case's state (`değerlendirme`, `incelemeler`, `durumu`): an event of theirs is undatable for the customer. */
  ourProcesses: string[]
}

export class TurkishPromises {
  private readonly matcher: WordPhraseMatcher<Entry>
  private readonly firstWords: Set<string>
  private readonly leads: Set<string>
  private readonly hedges: Set<string>
  private readonly requests: Set<string>
  private readonly events: Set<string>
  private readonly response: RegExp
  private readonly resolution: RegExp
  private readonly ourSteps: RegExp
  private readonly ourProcesses: RegExp

  constructor(options: TurkishOptions = {}) {
    const key = (p: string) =>
      foldText(p)
        .split(/[\s\-–—/]+/)
        .filter(Boolean)
        .join(' ')
    const ignore = new Set((options.ignore ?? []).map(key))
    const tr = languageData<TurkishData>('vague-promise', 'tr')
    const needsFuture = new Set(tr.needsFuture.map(key))
    const notBefore = tr.notBefore
    const notAfter = tr.notAfter
    const entries: Array<[string, Entry]> = []
    const add = (list: string[], kind: Kind) => {
      for (const p of list) {
        const k = key(p)
        if (ignore.has(k)) continue
        const entry: Entry = { kind, needsFuture: needsFuture.has(k) }
        if (notBefore[p]) entry.notBefore = notBefore[p]!.map((w) => fold(w))
        if (notAfter[p]) entry.notAfter = notAfter[p]!.map((w) => fold(w))
        entries.push([k, entry])
      }
    }
    add([...tr.neutral, ...(options.add?.neutral ?? [])], 'neutral')
    add([...tr.vague, ...(options.add?.vague ?? [])], 'vague')
    add([...tr.commitments, ...notifyPromises(), ...(options.add?.commitments ?? [])], 'commitment')
    this.matcher = createPhraseMatcher(entries, { language: 'tr' })
    this.firstWords = new Set(entries.map(([k]) => k.split(' ')[0]!))
    const words = (list: string[]) => new Set(list.map((w) => key(w).split(' ')[0]!))
    this.leads = words(tr.commitmentLeads)
    this.hedges = words([...tr.hedges, ...tr.courtesyWords])
    this.requests = words(tr.requestWords)
    this.events = words(tr.eventWords)
    // An alternation, not the phrase matcher: stems matched at the start of any word of folded text, endings and all.
    const stems = (list: string[]) => new RegExp(`(?<![a-z])(?:${list.map(key).join('|')})`)
    this.response = stems(tr.responseWords)
    this.resolution = stems(tr.resolutionWords)
    this.ourSteps = new RegExp(`^(?:${tr.ourSteps.map(key).join('|')})`)
    this.ourProcesses = new RegExp(`^(?:${tr.ourProcesses.map(key).join('|')})`)
  }

  /**
   * The findings of one segment, with Turkish suggestions: the SLA in Turkish (`12 saat içinde`) or
   * the hint `<süre> içinde`, the time in front of a commitment (`24 saat içinde size dönüş yapacağız`),
   * and concrete promises longer than the SLA. Messages are in English like the rest of the tool.
   */
  reports(seg: Segment, prose: string, raw: string, sla: Config['sla']): PromiseFinding[] {
    const out: PromiseFinding[] = []
    let segmentIsResponse: boolean | undefined // once per segment, not per hit: a long sentence has many
    for (const hit of this.find(seg, prose)) {
      const phrase = raw.slice(hit.start, hit.end)
      const reply = hit.kind === 'commitment' || (segmentIsResponse ??= this.isResponse(prose.slice(seg.start, seg.end)))
      const hours = reply ? (sla?.firstResponse ?? sla?.resolution) : (sla?.resolution ?? sla?.firstResponse)
      const when = hours ? slaTurkish(hours) : '<süre> içinde'
      const expected = [hit.kind === 'commitment' ? `${when} ${phrase.charAt(0).toLocaleLowerCase('tr')}${phrase.slice(1)}` : when]
      const messageId = hit.kind === 'commitment' ? 'noTime' : hours ? 'vagueSla' : 'vague'
      out.push({ messageId, data: { phrase, suggestion: expected[0]!, when }, start: hit.start, end: hit.end, expected })
    }
    const slaResponse = slaHours(sla?.firstResponse)
    const slaResolution = slaHours(sla?.resolution)
    if (slaResponse === undefined && slaResolution === undefined) return out
    for (const d of this.durations(seg, prose)) {
      const limit = d.response ? (slaResponse ?? slaResolution) : slaResolution
      const limitText = d.response ? (sla?.firstResponse ?? sla?.resolution) : sla?.resolution
      if (limit === undefined || d.hours <= limit) continue
      out.push({
        start: d.start,
        end: d.end,
        messageId: d.response ? 'overResponseSla' : 'overResolutionSla',
        data: { phrase: raw.slice(d.start, d.end), sla: limitText!.trim() },
        expected: [slaTurkish(limitText!)],
      })
    }
    return out
  }

  /** Vague promises in one segment (`prose`: the document's prose, offsets into it). */
  find(seg: Segment, prose: string): TurkishPromise[] {
    // Most segments have no word a phrase starts with: rule them out before copying any token.
    const folded = seg.words.map((w) => fold(w.lower))
    if (!folded.some((w) => this.firstWords.has(w))) return []
    const words: Token[] = seg.words.map((w, i) => ({ value: w.value, lower: folded[i]!, start: w.start, end: w.end }))
    const accept = (e: Entry, from: number, to: number) => !(e.notBefore && e.notBefore.some((w) => words[to]?.lower.startsWith(w))) && !(e.notAfter && e.notAfter.includes(words[from - 1]?.lower ?? ''))
    const hits = this.matcher.match(words, prose, accept).filter((h) => h.entry.kind !== 'neutral')
    if (hits.length === 0) return []
    const text = prose.slice(seg.start, seg.end)
    if (endsWithQuestion(text) || hasConcreteTime(foldText(text))) return []
    const vagueHere = hits.some((h) => h.entry.kind === 'vague')
    const out: TurkishPromise[] = []
    // Clause bounds and word classes computed once for the segment: per hit, walking its clause
    // made one long sentence full of promises quadratic.
    const clause = this.clauses(words, prose)
    const conditioned = this.conditions(words)
    const nextParticiple = participles(words)
    for (const hit of hits) {
      if (hit.entry.kind === 'commitment' && vagueHere) continue
      const [from, clauseTo] = clause(hit.from)
      const to = ownClauseEnd(words, hit.to, clauseTo)
      if (conditioned(from, to, hit.from, hit.to, hit.entry.kind === 'vague')) continue
      const prev = from > 0 ? clause(from - 1) : undefined
      // A clause before that is only `Lütfen` or ends in a condition, an event or a hope governs this one.
      if (prev && ((prev[1] - prev[0] === 1 && this.requests.has(words[prev[0]]!.lower)) || (this.subordinate(words, prev[1] - 1) && !(hit.entry.kind === 'vague' && this.ourEventAt(words, prev[1] - 1))))) continue
      // A commitment's own verb may be the participle: `size bilgi verecek bir yetkilimiz`.
      const last = words[to - 1]!
      // `yakında çıkacak güncelleme ile çözülecek`: the fix waits for the thing the time word describes.
      const fixWaits = hit.entry.kind === 'vague' && FUTURE.test(last.lower) && this.resolution.test(last.lower)
      if (!fixWaits && attributive(words, hit.entry.kind === 'commitment' ? hit.to - 1 : hit.to, to, nextParticiple)) continue
      const verb = hit.to >= to ? words[hit.to - 1]!.lower : last.lower
      if (hit.to < to && imperative(last)) continue
      if (PAST.test(verb) && !NOT_PAST.has(verb)) continue
      if (hit.entry.needsFuture && !FUTURE.test(verb)) continue
      let start = hit.from
      if (hit.entry.kind === 'commitment') while (start > from && this.leads.has(words[start - 1]!.lower) && /^[ \t]+$/.test(prose.slice(words[start - 1]!.end, words[start]!.start))) start--
      out.push({ kind: hit.entry.kind as 'vague' | 'commitment', start: words[start]!.start, end: hit.end })
    }
    return out
  }

  /** Whether a segment's promise is a reply (`dönüş`, `bilgi`, `arayacağız`) rather than a fix. */
  isResponse(text: string): boolean {
    return this.response.test(foldText(text))
  }

  /** Concrete durations in a segment longer than the SLA: offsets into prose, upper bound in hours, reply or fix. */
  durations(seg: Segment, prose: string): TurkishSlaHit[] {
    const text = prose.slice(seg.start, seg.end)
    const folded = foldText(text)
    if (folded.length !== text.length || endsWithQuestion(text)) return []
    const found = turkishDurations(folded)
    return found.flatMap((d, i) => {
      // Turkish puts what is promised after the duration: `24 saat içinde size dönüş yapacağız`.
      const after = folded.slice(d.end, found[i + 1]?.start ?? folded.length).split(/[;:]/)[0]!
      const clause = folded.slice(0, d.end).split(/[,;:]/).pop()! + after.split(',')[0]
      if (/(?<![a-z])(?:lutfen|eger|halinde|takdirde)(?![a-z])|[ae]bil[iu]rs[iu]n[iu]z|m[ae]n[iu]z[iu]?(?![a-z])|(?:[aeiou]r|m[ae]z)s[ae](?:n[iu]z)?(?![a-z])|\bonce(?![a-z])/.test(clause)) return []
      if (!d.bounded && !FUTURE.test(after)) return []
      const response = this.response.test(after) || (!this.resolution.test(after) && this.response.test(folded))
      if (!response && !this.resolution.test(after) && !this.resolution.test(folded)) return []
      return [{ start: seg.start + d.start, end: seg.start + d.end, hours: d.hours, response }]
    })
  }

  /** For a word index, the word range [from, to) of the comma-bounded clause holding it. */
  private clauses(words: readonly Token[], prose: string): (index: number) => [number, number] {
    const n = words.length
    // `ki` opens a new clause too: `belirtmek isteriz ki | size döneceğiz`.
    const open = (i: number) => CLAUSE_BREAK.test(prose.slice(words[i - 1]!.end, words[i]!.start)) || words[i - 1]!.lower === 'ki'
    const opens = new Uint8Array(n)
    for (let i = 1; i < n; i++) opens[i] = open(i) ? 1 : 0
    const from = new Int32Array(n)
    for (let i = 1; i < n; i++) from[i] = opens[i] ? i : from[i - 1]!
    const to = new Int32Array(n)
    for (let i = n - 1; i >= 0; i--) to[i] = i + 1 >= n ? n : opens[i + 1] ? i + 1 : to[i + 1]!
    return (index) => [from[index]!, to[index]!]
  }

  /**
   * Whether a request, a hope, an event or a condition sits among the clause's words [from, to)
   * outside the hit [hitFrom, hitTo): any such word, or a verbal noun together with a verb that
   * governs it. Prefix counts of each word class answer it per hit without walking the clause.
   */
  private conditions(words: readonly Token[]): (from: number, to: number, hitFrom: number, hitTo: number, vague: boolean) => boolean {
    const n = words.length
    const direct = new Int32Array(n + 1)
    // `depomuza ulaştığında kısa süre içinde`: an undated step of ours does not date a vague time word.
    const ourEvent = new Int32Array(n + 1)
    const verbalNoun = new Int32Array(n + 1)
    const governor = new Int32Array(n + 1)
    for (let i = 0; i < n; i++) {
      const w = words[i]!.lower
      const name = i > 0 && CAPITAL.test(words[i]!.value)
      const isDirect = this.requests.has(w) || this.hedges.has(w) || (REQUEST.test(w) && !name) || this.subordinate(words, i)
      direct[i + 1] = direct[i]! + (isDirect ? 1 : 0)
      ourEvent[i + 1] = ourEvent[i]! + (isDirect && this.ourEventAt(words, i) ? 1 : 0)
      verbalNoun[i + 1] = verbalNoun[i]! + (VERBAL_NOUN.test(w) && !name ? 1 : 0)
      governor[i + 1] = governor[i]! + (GOVERNOR.test(w) ? 1 : 0)
    }
    // The governor follows its verbal noun (`göndermeniz gerekiyor`, `ödemenizi rica ederiz`); one before it
    // is an adjective (`gerekli incelemeler … ödemeniz`). Walked only when both are in the clause (rare).
    const governed = (from: number, to: number, hitFrom: number, hitTo: number): boolean => {
      let noun = false
      for (let i = from; i < to; i++) {
        if (i >= hitFrom && i < hitTo) continue
        if (noun && GOVERNOR.test(words[i]!.lower)) return true
        if (verbalNoun[i + 1]! > verbalNoun[i]!) noun = true
      }
      return false
    }
    return (from, to, hitFrom, hitTo, vague) => {
      // Outside the hit: [from, hitFrom) and [hitTo, to) (the hit starts inside its clause).
      const a = Math.min(hitFrom, to)
      const b = Math.max(hitTo, a)
      const count = (prefix: Int32Array): number => prefix[a]! - prefix[from]! + (to > b ? prefix[to]! - prefix[b]! : 0)
      return count(direct) - (vague ? count(ourEvent) : 0) > 0 || (count(verbalNoun) > 0 && count(governor) > 0 && governed(from, to, hitFrom, hitTo))
    }
  }

  /** Word `i` is an event converb (`ulaştığında`) right after a place or team of ours (`depomuza`, `ekibimize`) or our own checks (`incelemeler`): a step the customer cannot date. */
  private ourEventAt(words: readonly Token[], i: number): boolean {
    const w = words[i]!.lower
    // `tamamlandıktan sonra`: the `sonra` belongs to the converb before it.
    if ((w === 'sonra' || w === 'once') && i > 1 && WHEN.test(words[i - 1]!.lower)) return this.ourEventAt(words, i - 1)
    // `incelemeler tamamlandığında`, `durumu netleşir netleşmez`: a converb or the first verb of `X-r X-mez`.
    const pair = /^(.+?)[aeiou]?r$/.exec(w)?.[1]
    const next = words[i + 1]?.lower
    if (i === 0 || !(WHEN.test(w) || (pair !== undefined && (next === `${pair}maz` || next === `${pair}mez`)))) return false
    const prev = words[i - 1]!
    if (i > 1 && CAPITAL.test(prev.value)) return false
    return (OURS.test(prev.lower) && this.ourSteps.test(prev.lower)) || this.ourProcesses.test(prev.lower)
  }

  /** Word `i` ties the timing to an event or a condition, or is a hope. */
  private subordinate(words: readonly Token[], i: number): boolean {
    const w = words[i]!.lower
    if (this.events.has(w) || this.hedges.has(w) || CONDITION_WORDS.has(w)) return true
    // Endings only on lower-case words: a capitalised one inside the sentence is a name (Adana, Bursa).
    if ((i > 0 && CAPITAL.test(words[i]!.value)) || NAMES.has(w)) return false
    const next = words[i + 1]?.lower
    const prev = words[i - 1]?.lower
    if (CONDITIONAL.test(w) || WHEN.test(w)) return true
    if (AS_SOON.test(w) && w.length >= 5 && !NOT_AS_SOON.has(w)) return true
    if ((w === 'sonra' || w === 'once') && prev !== undefined && /[dt][ae]n$/.test(prev)) return true
    if ((next === 'kadar' || next === 'dek') && /[ae]n[ae]$/.test(w)) return true
    if (/[dt][iu]g[iu]$/.test(w) && (next === 'zaman' || next === 'anda' || next === 'an')) return true
    // `gelir gelmez`, `ulaşır ulaşmaz`: as soon as.
    const stem = /^(.+?)[aeiou]?r$/.exec(w)?.[1]
    return stem !== undefined && next !== undefined && (next === `${stem}maz` || next === `${stem}mez`)
  }
}
