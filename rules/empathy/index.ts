/**
 * `empathy`: the customer's message is a complaint or shows frustration (angry words, `third
 * time`, `still not working`, profanity, ALL CAPS, `!!!`) and the reply neither apologises nor
 * acknowledges it (sorry, I understand, thanks for your patience…). Reported at the start of
 * the reply's first sentence, with an opening acknowledgement to add. The customer's message is
 * context only: nothing in it is reported.
 */
import { defineRule, perLanguage, type RuleLanguage } from '../../src/rule.js'
import { options, strings } from '../../src/config/schema.js'
import type { Token } from '../../src/document.js'
import { normalizeWord } from '../../src/text/phrases.js'
import { sentenceBreakBetween } from '../../src/text/word-gaps.js'
import { createPhraseMatcher, type PhraseHit, type WordPhraseMatcher } from '../../src/kit/matcher.js'
import { containsProfanity, lexiconFor, type Lexicon } from '../../src/kit/profanity-lexicon.js'
import { bodyStart } from '../../src/kit/salutation.js'
import { languageData } from '../../src/kit/language-pack.js'
import { maskLinksAndPrompts } from './mask.js'
import escapeStringRegexp from 'escape-string-regexp'

export interface EmpathyOptions {
  /** Extra frustration words or phrases to look for in the customer's message. */
  add?: string[]
  /** Built-in frustration words not to count (`complaint`). */
  ignore?: string[]
  /** Extra acknowledgement phrases that satisfy the rule (`we're on it`). */
  acknowledgements?: string[]
}

type Signal = 'frustration' | 'repeat' | 'persist' | 'wait'

/** rules/empathy/en.json, tr.json */
interface EmpathyData {
  frustration: string[]
  repeat: string[]
  persist: string[]
  wait: string[]
  /** Phrases that aim a frustration word elsewhere (`I did a dumb thing`, `it refused to turn on`). */
  notComplaint?: string[]
  resolved: string[]
  positive: string[]
  positiveEmoji: string[]
  negativeEmoji: string[]
  emphasis: string[]
  /** Words that make a weak sign (`!!!`, `?!`, a sad face) a complaint (`help!!!`, `why?!`); without the list, the sign counts alone. */
  problemWords?: string[]
  /** An item damaged on delivery (`arrived with a cracked leg`): a complaint, after any other frustration word. */
  damage?: string[]
  /** Faces that make praise sarcasm (`🙃`). */
  ironicEmoji?: string[]
  /** Verbs of a failure that, with `every time`/`every night`/`whenever`, make a recurring problem (`crashes every time`). */
  failing?: string[]
  /** Sad faces: a sign only beside a problem word (`No 😞` answering a question; not a wish, `can I get this 😣`). */
  sadEmoji?: string[]
  acknowledgements: string[]
  acronyms: string[]
  /** The openings offered, per kind of sign: an apology, then an acknowledgement. */
  suggestions: Record<Signal | 'caps' | 'profanity', string[]>
}

/** Between two words of a phrase in the customer's message: spaces and hyphens, a few at most (`fed -- up` is not a phrase). */
const CUSTOMER_GAP = (g: string): boolean => /^[\s-]*$/.test(g) && g.length < 4

interface Indexes {
  lexicon: FrustrationLexicon
  acks: Matcher<true>
  suggestions: EmpathyData['suggestions']
}

/** Indexes for a language's data (`en.json`, `tr.json`), built once, on the first draft in it. */
function buildIndexes(locale: RuleLanguage, opts: EmpathyOptions, ignore: ReadonlySet<string>): Indexes {
  const data = languageData<EmpathyData>('empathy', locale)
  const matcher = <T>(entries: Array<[string, T]>, gap?: (g: string) => boolean): Matcher<T> => createPhraseMatcher(entries, { language: locale, ...(gap ? { gap } : {}) })
  const entries: Array<[string, Signal]> = []
  for (const signal of ['repeat', 'persist', 'wait', 'frustration'] as const) {
    for (const phrase of data[signal]) if (!ignore.has(phrase)) entries.push([phrase, signal])
  }
  for (const phrase of opts.add ?? []) entries.push([phrase, 'frustration'])
  return {
    acks: matcher<true>([...data.acknowledgements, ...(opts.acknowledgements ?? [])].map((a) => [a, true])),
    suggestions: data.suggestions,
    lexicon: {
      locale,
      triggers: matcher<Signal>(entries, CUSTOMER_GAP),
      positive: matcher<true>(
        data.positive.map((p) => [p, true]),
        CUSTOMER_GAP,
      ),
      resolved: matcher<true>(
        data.resolved.map((p) => [p, true]),
        CUSTOMER_GAP,
      ),
      notComplaint: matcher<true>(
        (data.notComplaint ?? []).map((p) => [p, true]),
        CUSTOMER_GAP,
      ),
      acronyms: new Set(data.acronyms),
      emphasis: new Set(data.emphasis),
      ...(data.problemWords ? { problemWords: new Set(data.problemWords) } : {}),
      ...(data.failing ? { failing: new Set(data.failing) } : {}),
      ...(data.damage
        ? {
            damage: matcher<true>(
              data.damage.map((p) => [p, true]),
              CUSTOMER_GAP,
            ),
          }
        : {}),
      positiveEmoji: anyOf(data.positiveEmoji),
      negativeEmoji: anyOf(data.negativeEmoji),
      ...(data.sadEmoji ? { sadEmoji: anyOf(data.sadEmoji) } : {}),
      ...(data.ironicEmoji ? { ironicEmoji: anyOf(data.ironicEmoji) } : {}),
    },
  }
}

const rule = defineRule({
  meta: {
    id: 'empathy',
    description: 'A frustrated or complaining customer gets no apology or acknowledgement',
    severity: 'warning',
    fixable: false,
    category: 'tone',
    languages: ['en', 'tr'],
    schema: options({ add: strings, ignore: strings, acknowledgements: strings }),
    messages: {
      frustrated: 'The customer is frustrated ({{why}}): acknowledge it before solving the problem.',
    },
  },
  prepare: (opts: EmpathyOptions) => {
    const ignore = new Set((opts.ignore ?? []).map((w) => w.toLowerCase()))
    return {
      indexesOf: perLanguage((locale) => buildIndexes(locale, opts, ignore)),
      /** The same message is linted with every draft of its reply: the last one's analysis, reused only for that message. */
      last: { message: '', language: '', found: undefined as Found | undefined },
    }
  },
  create: (ctx) => {
    const doc = ctx.document
    const message = doc.context.customer.message
    if (!message || !message.trim()) return
    const language = doc.context.language
    const { lexicon, acks, suggestions } = ctx.state.indexesOf(language)
    for (const s of doc.sentences()) if (acks.match(s.words, doc.prose).length > 0) return
    // Part 2 or 3 of a reply split over several tweets ("2: …", "3/3", "… then", "Thanks! 2/2"): the acknowledgement belongs to part 1.
    if (CONTINUATION.test(doc.prose) || CONTINUATION_END.test(doc.prose)) return
    // frustration() tokenises the message its own way: it masks links and form prompts first, reads
    // `#hashtags` as words, skips `@handles`, joins `3. kez` and splits at hyphens and `&` (`fed-up` matches `fed up`).
    let last = ctx.state.last
    if (message !== last.message || language !== last.language) last = ctx.state.last = { message, language, found: frustration(message, lexicon) }
    const found = last.found
    if (!found) return
    const at = bodyStart(doc)
    if (at === undefined) return
    ctx.report({ messageId: 'frustrated', data: { why: found.why }, start: at, end: at, expected: suggestions[found.signal] })
  },
})

interface Found {
  signal: Signal | 'caps' | 'profanity'
  why: string
}

/** A word-list index (the kit's phrase matcher: Turkish stems take their endings). */
export type Matcher<T> = WordPhraseMatcher<T>

export interface FrustrationLexicon {
  /** `en` or `tr`: how words are lower-cased, which profanity lexicon applies (English when not given). */
  locale?: RuleLanguage
  triggers: Matcher<Signal>
  /** Thanks and praise: with them, capitals, `!!`, swearing and a sad emoji are excitement, not anger. */
  positive: Matcher<true>
  /** The problem is solved, the help thanked for or the mistake owned (`working now`, `now I understand`, `my mistake`): no complaint left. */
  resolved?: Matcher<true>
  /** The frustration word inside is aimed elsewhere: at the customer's own doing (`I'm terrible with passwords`) or a failing device (`it refused to turn on`). */
  notComplaint?: Matcher<true>
  acronyms: ReadonlySet<string>
  /** Words that show anger on their own when written in capitals (`AGAIN`, `STILL`, `NEVER`). */
  emphasis: ReadonlySet<string>
  /** Words that make `!!!` or a sad face a complaint; without them, `I'm holding you to that!!!` is play. Not given: the sign counts alone. */
  problemWords?: ReadonlySet<string>
  /** Damage on delivery (`came broken`): a complaint, quoted after other frustration words. */
  damage?: Matcher<true>
  /** Failure verbs that a recurrence (`every time`, `every night`) makes a persisting problem. */
  failing?: ReadonlySet<string>
  /** Sad faces that count only beside a problem word. */
  sadEmoji?: RegExp
  /** Faces that make the message's praise sarcasm (`Love paying for broadband that drops every night 🙃`). */
  ironicEmoji?: RegExp
  positiveEmoji: RegExp
  negativeEmoji: RegExp
}

/** Whether the customer's message is a complaint or frustrated, and the strongest sign of it. */
export function frustration(message: string, lexicon: FrustrationLexicon): Found | undefined {
  // A shared post (a link plus a hashtag or RT: a promotion) or a scam warning with the scam's link.
  const shared = /\bhttps?:\/\//.test(message) && (/(?:^|\s)(?:#\w|RT\b)/.test(message) || SCAM_WARNING.test(message))
  // Links and bracketed form prompts ("[TYPE YOUR QUESTION HERE]") carry capitals that are not shouting.
  message = maskLinksAndPrompts(message)
  const dialect = DIALECTS[lexicon.locale ?? 'en']
  const shown = message
  message = dialect.joinOrdinals(message)
  const words: Token[] = []
  const re = /[@#]?[\p{L}\p{N}][\p{L}\p{N}'’]*/gu
  let run = 0
  let runLong = 0
  let shouting = false
  for (let m = re.exec(message); m; m = re.exec(message)) {
    const value = m[0]
    if (value.startsWith('@')) continue
    // `#useless`: a hashtag is read as its word.
    if (value.startsWith('#')) {
      const word = value.slice(1)
      words.push({ value: word, lower: dialect.lower(word), start: m.index + 1, end: m.index + value.length })
      continue
    }
    words.push({ value, lower: dialect.lower(value), start: m.index, end: m.index + value.length })
    // A run of 3+ all-caps words, at least two of them 3+ letters long and not acronyms
    // (Turkish: before an apostrophe suffix, `BTK'YA`).
    const upper = /\p{Lu}/u.test(value) && !/\p{Ll}/u.test(value) && !lexicon.acronyms.has(dialect.acronymKey(value))
    const long = upper && (value.match(/\p{L}/gu) ?? []).length >= 3
    run = upper ? run + 1 : 0
    runLong = upper ? runLong + (long ? 1 : 0) : 0
    if ((run >= 3 && runLong >= 2) || (long && lexicon.emphasis.has(value))) shouting = true
  }
  // "I did a dumb thing", "it refused to turn on": the word is about the customer or a device, not
  // aimed at the brand; "you must think I'm so dumb" still is.
  const asides = lexicon.notComplaint?.match(words, message).filter((a) => !OPINION.has(words[a.from - 1]?.lower ?? '')) ?? []
  // `what should I listen to when angry`, `as ridiculous as this may sound`: the word names a mood
  // or hedges, it does not complain.
  const hits = lexicon.triggers
    .match(words, message)
    .filter((h) => h.entry !== 'frustration' || !(HYPOTHETICAL.has(words[h.from - 1]?.lower ?? '') || SELF_DOUBT.has(words[h.to]?.lower ?? '') || negatedBefore(words, h.from)))
    .filter((h) => h.entry !== 'frustration' || !asides.some((a) => a.from <= h.from && a.to >= h.to))
    // "…only @rival's awful app": the complaint is about someone else.
    .filter((h) => !OTHERS_THING.test(message.slice(Math.max(0, h.start - 40), h.start)))
    // "How many times (frequency) does an ad play?" asks a number; "how many times do I have to…" complains.
    .filter((h) => h.entry !== 'repeat' || !/^how many times$/i.test(shown.slice(h.start, h.end)) || ASKING_AGAIN.test(message.slice(h.end, h.end + 24)))
    .filter((h) => h.entry !== 'repeat' || dialect.countsAsRepeat(words, h))
    // "Sorry, I still don't get why my bill went up": not understanding yet, not a problem that persists.
    .filter((h) => h.entry !== 'persist' || !stillPuzzled(words, h.to))
    // "Your app keeps asking for a code. What is it?": the prompt is the topic of a question about what it is.
    .filter((h) => !(h.entry === 'frustration' && words[h.from]!.lower === 'keeps' && words[h.from + 1]?.lower === 'asking' && WHAT_IS.test(message)))
  // "Can you confirm you received my complaint?": the complaint is the topic of a status question.
  if (hits.length > 0 && hits.every((h) => h.entry === 'frustration' && COMPLAINT.test(words[h.from]!.lower)) && /\?\s*$/.test(message)) return undefined
  // "…reinstalled a second time and it's working now", "…my mistake": solved, unless something is
  // still broken; not "it's not my fault".
  const resolved = lexicon.resolved !== undefined && lexicon.resolved.match(words, message).some((h) => !negatedBefore(words, h.from))
  if (resolved && !hits.some((h) => h.entry === 'persist')) return undefined
  const recurring = dialect.recurringFailure(words, message, lexicon.failing)
  const overdue = dialect.overdue?.(words, message)
  for (const signal of ['repeat', 'persist', 'wait', 'frustration'] as const) {
    const hit = hits.find((h) => h.entry === signal)
    if (hit) return { signal, why: `“${shown.slice(hit.start, hit.end)}”` }
    if (signal === 'persist' && recurring) return { signal, why: `“${shown.slice(recurring.start, recurring.end)}”` }
    if (signal === 'wait' && overdue) return { signal, why: `“${shown.slice(overdue.start, overdue.end)}”` }
  }
  // Turkish: only when no listed word says it (`Rezalet! 3 gündür internet yok` keeps `Rezalet`).
  const late = dialect.overdueLast?.(words, message)
  if (late) return { signal: 'wait', why: `“${shown.slice(late.start, late.end)}”` }
  const damaged = lexicon.damage?.match(words, message).find((h) => !negatedBefore(words, h.from))
  if (damaged) return { signal: 'frustration', why: `“${shown.slice(damaged.start, damaged.end)}”` }
  // Sarcastic thanks ("thanks for making a liar out of me", "thanks for nothing") is no praise.
  const positive =
    (lexicon.positive.match(words, message).length > 0 || (dialect.thanks?.test(message) ?? false) || lexicon.positiveEmoji.test(message)) && !(dialect.sarcasticThanks?.test(message) ?? false) && !(lexicon.ironicEmoji?.test(message) ?? false)
  if (positive) return undefined
  const indirect = dialect.indirect?.(words, message)
  if (indirect) return { signal: indirect.signal, why: `“${shown.slice(indirect.start, indirect.end)}”` }
  const problem = exclaimsProblem(words, lexicon.problemWords)
  const emoji = lexicon.negativeEmoji.exec(message) ?? (problem ? (lexicon.sadEmoji?.exec(message) ?? null) : null)
  if (emoji) return { signal: 'frustration', why: emoji[0] }
  if (containsProfanity(message, dialect.profanity())) return { signal: 'profanity', why: 'strong language' }
  // Capitals in a shared post or a scam warning ("DO NOT CLICK") are its format.
  if (shouting && !shared) return { signal: 'caps', why: 'writing in capitals' }
  // The sign as written (`?!`, `!?`, `!!!`), so the message quotes the customer's own text; a longer run
  // is quoted as its first three marks, so the message stays short whatever the customer typed.
  const exclaimed = problem ? /!{3}|\?!|!\?/.exec(message) : null
  if (exclaimed) return { signal: 'frustration', why: `“${exclaimed[0]}”` }
  return undefined
}

/** Verbs of understanding after `still don't` (`…understand`, `…know why`): the customer is puzzled, not stuck. */
const UNDERSTANDING = new Set(['understand', 'know', 'follow'])
/** What `get` understands after `still don't get` (`…get why`, `…get it`), not what it receives (`…get emails`). */
const GRASPED = new Set(['why', 'how', 'what', 'it', 'this', 'that', 'the'])

/** Whether the words from `i` tell of not understanding (`understand`, `know why`, `get why`). */
function stillPuzzled(words: readonly Token[], i: number): boolean {
  const w = words[i]?.lower ?? ''
  if (UNDERSTANDING.has(w) || (w === 'see' && /^(?:why|how|what)$/.test(words[i + 1]?.lower ?? ''))) return true
  return w === 'get' && GRASPED.has(words[i + 1]?.lower ?? '') && !(words[i + 1]?.lower === 'the' && words[i + 2]?.lower !== 'point')
}

/** A question about what something is (`What is it?`, `What does KYC mean?`); the gap is bounded, so linear. */
const WHAT_IS = /\bwhat(?:['’]s| is| are) (?:it|this|that|these|they|a|an)\b|\bwhat does [^.?!\n]{1,40} mean\b/i

/** Stems of contacting or trying, and negative or failing verbs, after a Turkish count (`3 kez aradım`, `5 kere denedim`). */
const CONTACT_OR_FAILURE_TR = /^(?:yaz|ara|bildir|söyle|dene|ulaş|başvur|şikayet|şikâyet|gönder|ilet|mail|mesaj|talep|sor|git|gel)|m[ae]d[ıi]m?$|[ae]m[ae]d[ıi]m?$|m[ıiuü]yor/

/** `2 haftadır`, `bir aydır`, `3 gundur` (typed without Turkish letters): how long something has gone on. */
const DURATION_TR = /^(?:saat|g[üu]n|hafta|ay|dakika)[dt][ıiuü]r$/
/** A count before a duration: a number, `yarım` (half), `bir`…`on`, `birkaç`. */
const COUNT_TR = /^(?:\d{1,3}|yarım|yarim|bir|iki|üç|uc|dört|dort|beş|bes|altı|alti|yedi|sekiz|dokuz|on|birkaç|birkac)$/
/** What has not happened or keeps failing since: `gelmedi`, `alınmıyor`, `kopuyor`, `düşüyor`, `yok`, `bekliyorum`. */
const STILL_FAILING_TR = /m[ıiuü]yor|m[ae]d[ıi]|m[ae]m[ıi]ş|^(?:yok|çök|dond|donuyor|kapan|kesil|kop|düş|hata|bekli|bekle|oyala|uğraş|ugras)/
/** Before a negative verb, no problem has happened: `hiç sorun yaşamadım`. */
const NO_TROUBLE_TR = new Set(['sorun', 'problem', 'sıkıntı', 'sikinti', 'şikayet', 'sikayet'])

/**
 * Something overdue in a Turkish message (blind batch 8): a count and a duration (`1 haftadır`,
 * `bir aydır`, `2 haftadir`), then in the same sentence, within 6 words, a verb of what has not
 * happened or keeps failing (`çöpler 1 haftadır alınmıyor`, `bir aydır internetim her akşam
 * kopuyor`): the `günlerdir`/`haftadır bekliyorum` of the lists, told with a number. `2 yıldır
 * müşterinizim` (years: loyalty), `hiç sorun yaşamadım` (no trouble) and `3 aydır bekliyorduk, sonunda
 * geldi` (a wait that is over) are not.
 */
function overdueTr(words: readonly Token[], message: string): { start: number; end: number } | undefined {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!COUNT_TR.test(words[i]!.lower) || !DURATION_TR.test(words[i + 1]!.lower)) continue
    for (let j = i + 2; j < Math.min(words.length, i + 8); j++) {
      if (sentenceBreakBetween(message, words[j - 1]!, words[j]!)) break
      // `bekliyorduk`, `çalışmıyordu`: the past progressive tells of a wait that is over.
      if (STILL_FAILING_TR.test(words[j]!.lower) && !words[j]!.lower.includes('yordu') && !NO_TROUBLE_TR.has(words[j - 1]!.lower)) return { start: words[i]!.start, end: words[j]!.end }
    }
  }
  return undefined
}

/** `you didn't`: a negative past or present, second person plural (`teslim etmediniz`, `dönmüyorsunuz`, `göndermemişsiniz`). */
const YOU_FAILED_TR = /(?:m[ae]d[ıi]n[ıi]z|m[ıiuü]yorsunuz|m[ae]m[ıi]şs[ıi]n[ıi]z)$/
/** Stems of harm done to the customer's order, money or account: `kaybettiniz`, `kesmişsiniz`, `kapattınız`. */
const HARM_TR = /^(?:kaybet|kır|boz|mahvet|kes|çek|kapat|sil|dondur|engelle)/
/** Past or reported past, second person plural: `kaybettiniz`, `kesmişsiniz`. */
const YOU_DID_TR = /(?:[dt][ıiuü]n[ıiuü]z|m[ıiuü]şs[ıiuü]n[ıiuü]z)$/
/** A sentence's end (or a line's). */
const SENTENCE_END = /[.!?\n]/g
/** Question particles: `göndermediniz mi?` asks, it does not accuse. */
const QUESTION_TR = /^m[ıiuü]$|^m[ıiuü](?:s[ıiuü]n[ıiuü]z|yd[ıi]|ym[ıi]ş)/

/**
 * The company blamed in a Turkish message (blind batch 10): what it failed to do (`Kargomu neden
 * teslim etmediniz?`, `hâlâ dönmüyorsunuz`) or harm it said it did (`paketimi kaybettiniz`, `hesap
 * işletim ücreti kesmişsiniz`), in the second person plural. Harm asked about (`Hesabımı neden
 * kapattınız?`) is a question, and so is a failure with `mı` (`göndermediniz mi?`); a message with
 * thanks or praise is read first (`kargomu göndermişsiniz, teşekkürler`). A harm verb needs its object or `neden` before it (`paramı kestiniz`), so
 * `kestiniz mi` and a bare `kapattınız` in a request (`hesabımı kapattınız, ...`) still need a stem
 * on the list.
 */
function accusesTr(words: readonly Token[], message: string): { start: number; end: number } | undefined {
  // Whether the sentence a word stands in ends with `?`: each sentence end is found once and reused
  // for the words before it (re-reading the rest of the sentence for every word was quadratic).
  let sentenceEnd = -1
  let asked = false
  const askedAfter = (from: number): boolean => {
    if (from > sentenceEnd) {
      SENTENCE_END.lastIndex = from
      const end = SENTENCE_END.exec(message)
      sentenceEnd = end ? end.index : message.length
      asked = end?.[0] === '?'
    }
    return asked
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.lower
    const failed = YOU_FAILED_TR.test(w)
    // `Hesabımı neden kapattınız?` asks what happened; `paketimi kaybettiniz` says it.
    if (!failed && !(YOU_DID_TR.test(w) && HARM_TR.test(w) && !askedAfter(words[i]!.end))) continue
    const next = words[i + 1]
    if (next && QUESTION_TR.test(next.lower) && !sentenceBreakBetween(message, words[i]!, next)) continue
    // `hiç sorun yaşamadınız mı` / `hiç bekletmediniz`: no trouble was done.
    if (NO_TROUBLE_TR.has(words[i - 1]?.lower ?? '')) continue
    // A light verb takes its noun: `teslim etmediniz`, `dönüş yapmıyorsunuz`.
    const light = i > 0 && /^(?:et|ed|yap|ol|ver)/.test(w) && !sentenceBreakBetween(message, words[i - 1]!, words[i]!)
    return { start: words[light ? i - 1 : i]!.start, end: words[i]!.end }
  }
  return undefined
}

/** Earlier days: `dün de yazdım`, `geçen hafta da aradım`. */
const EARLIER_TR = new Set(['dün', 'dun', 'hafta', 'sabah', 'önceden', 'evvelsi', 'önceki', 'sefer', 'ay'])
/** Contacting, first person past: `yazdım`, `aradık`, `bildirmiştim`, `şikayet ettim`. */
const CONTACTED_TR = /^(?:yaz|ara|bildir|sor|ulaş|başvur|ilet)(?:d[ıiuü]|m[ıiuü]şt[ıiuü])[mk]$/
/** Time gone by: `5 gün oldu`, `iki hafta geçti`, `bir ay olmasına rağmen`. */
const ELAPSED_UNIT_TR = /^(?:saat|gün|gun|hafta|ay)$/
const ELAPSED_TR = /^(?:oldu|geçti|gecti|olmasına|geçmesine|gecmesine|olmuş|geçmiş|olduğu|geçtiği)$/
/** Something still missing: a negative verb, `yok`, `hâlâ`, `nerede`. */
const MISSING_TR = /m[ae]d[ıi]|m[ıiuü]yor|^(?:yok|hâlâ|hala|halen|nerede|nerde)$/
/** A delay or a cause named: `gecikti`, `yüzünden`, `sayenizde` (or a duration: `üç gündür`). */
const CAUSE_TR = /^(?:gecik|yüzünden|yuzunden|sayenizde|nedeniyle)/
/** Left without something: `internetsiz kaldık`, `parasız kaldım`, `ortada kaldım`, `geç kaldım`. */
const LEFT_TR = /^(?:.{2,}s[ıiuü]z|ortada|yolda|kapıda|mahsur|aç|geç|mağdur|magdur|perişan)$/
const STRANDED_TR = /^(?:kald[ıi][mk]|kalmıştım|kalmıştık|bıraktınız|biraktiniz|oldum|olduk)$/
/** Missed or lost because of it: `uçağı kaçırdım`, `zarara uğradım`. */
const MISSED_TR = /^(?:kaçırdım|kaçırdık|kacirdim|kacirdik)$/

/**
 * Frustration told without a listed word in a Turkish message (blind batch 10, unseen batch 11):
 * writing again on an earlier day (`Dün de yazdım`, `geçen hafta da aradım`), time gone by (`5 gün
 * oldu`, `iki hafta geçti`) beside something missing, the company blamed (`accusesTr`), or a cost to
 * the customer (`internetsiz kaldık`, `işe geç kaldım`, `uçağı kaçırdım`, `zarara uğradım`) beside
 * something missing or a delay. Read after thanks and praise, so
 * `3 gün oldu, sorunsuz kullanıyorum, teşekkürler` stays praise. `de` (also) must sit between the
 * day and the verb: `dün yazdım` only says when.
 */
function indirectTr(words: readonly Token[], message: string): { start: number; end: number; signal: Signal } | undefined {
  for (let i = 0; i + 2 < words.length; i++) {
    const also = words[i + 1]!.lower === 'de' || words[i + 1]!.lower === 'da'
    if (!also || !EARLIER_TR.has(words[i]!.lower) || !CONTACTED_TR.test(words[i + 2]!.lower)) continue
    const from = i > 0 && /^(?:geçen|gecen|önceki|onceki|bir)$/.test(words[i - 1]!.lower) ? i - 1 : i
    return { start: words[from]!.start, end: words[i + 2]!.end, signal: 'repeat' }
  }
  // Time gone by counts beside something missing (`bir bilgi yok`, `hâlâ gelmedi`, `nerede?`), not
  // as a date (`taşınalı bir ay oldu, adresimi nasıl değiştiririm?`).
  const missing = words.some((w) => MISSING_TR.test(w.lower))
  for (let i = 0; missing && i + 2 < words.length; i++) {
    if (COUNT_TR.test(words[i]!.lower) && ELAPSED_UNIT_TR.test(words[i + 1]!.lower) && ELAPSED_TR.test(words[i + 2]!.lower)) return { start: words[i]!.start, end: words[i + 2]!.end, signal: 'wait' }
  }
  const accused = accusesTr(words, message)
  if (accused) return { ...accused, signal: 'frustration' }
  // A cost counts when something of ours caused it (`Taksi gelmedi, uçağı kaçırdım`), not on its own
  // (`Uçağı kaçırdım, bilet ne olacak?` may be the customer's own doing).
  // `Şubeye gitmek zorunda kaldım`: made to do it, whatever the verb (the list spells out a few).
  for (let i = 0; i + 2 < words.length; i++) {
    if (/m[ae]k$/.test(words[i]!.lower) && words[i + 1]!.lower === 'zorunda' && /^kald[ıi][mk]$/.test(words[i + 2]!.lower)) return { start: words[i]!.start, end: words[i + 2]!.end, signal: 'frustration' }
  }
  const caused = missing || words.some((w) => CAUSE_TR.test(w.lower) || DURATION_TR.test(w.lower))
  for (let i = 0; caused && i < words.length; i++) {
    const w = words[i]!.lower
    if (i + 1 < words.length && LEFT_TR.test(w) && STRANDED_TR.test(words[i + 1]!.lower) && !sentenceBreakBetween(message, words[i]!, words[i + 1]!)) return { start: words[i]!.start, end: words[i + 1]!.end, signal: 'frustration' }
    if (i + 1 < words.length && QUESTION_TR.test(words[i + 1]!.lower)) continue
    if (MISSED_TR.test(w) || (/^(?:uğradım|uğradık|ugradim)$/.test(w) && /^zarar/.test(words[i - 1]?.lower ?? '')))
      return { start: words[i > 0 && !sentenceBreakBetween(message, words[i - 1]!, words[i]!) ? i - 1 : i]!.start, end: words[i]!.end, signal: 'frustration' }
  }
  return undefined
}

/** A cardinal count of times (`3 kez`, `üç kere`, `birkaç defa`), which may count anything: see `countsAsRepeat`. */
const TIMES_TR = /^(?:\d|iki$|üç$|uc$|dört$|dort$|beş$|bes$|birkaç$|birkac$)/

/** `her açtığımda`, `her girdiğimizde`: every time the customer does something. */
const EVERY_TIME_TR = /[dt][ıiuü]ğ[ıiuü](?:m|m[ıiuü]z)d[ae]$/
/** What then goes wrong: a negative present (`açılmıyor`), a failure verb (`çöküyor`, `donuyor`) or an error. */
const FAILS_TR = /m[ıiuü]yor|^(?:çök|don|kapan|kesil|hata)/

/**
 * A recurring failure in a Turkish message (issue 16): "uygulama her açtığımda çöküyor". `her`
 * + a "when I …" verb, then a failing verb later in the message: the problem persists.
 */
function recurringFailure(words: readonly Token[], message: string): { start: number; end: number } | undefined {
  for (let i = 0; i + 1 < words.length; i++) {
    if (AGAIN_TR.has(words[i]!.lower)) {
      const gone = againMissing(words, i, message)
      if (gone) return gone
      continue
    }
    if (words[i]!.lower !== 'her' || !EVERY_TIME_TR.test(words[i + 1]!.lower)) continue
    const fail = words.slice(i + 2, i + 8).find((w) => FAILS_TR.test(w.lower))
    if (fail) return { start: words[i]!.start, end: fail.end }
  }
  return undefined
}

/** `yine`, `gene` (again), typed either way. */
const AGAIN_TR = new Set(['yine', 'gene'])

/**
 * "Again, no internet" (blind batch 9): `yine internet yok`, `gene bağlanamıyorum`: `yine` then,
 * within 3 words and the same sentence, `yok` or a negative verb. Said after praise it is sarcasm
 * (`Harika, yine internet yok.`), so it counts before the praise is read. Not `yine sorun yok`
 * (no trouble again) nor `yine de` (even so).
 */
function againMissing(words: readonly Token[], i: number, message: string): { start: number; end: number } | undefined {
  if (words[i + 1]?.lower === 'de' || words[i + 1]?.lower === 'da') return undefined
  for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
    if (sentenceBreakBetween(message, words[j - 1]!, words[j]!)) return undefined
    const w = words[j]!.lower
    if ((w === 'yok' || /m[ıiuü]yor|m[ae]d[ıi]/.test(w)) && !NO_TROUBLE_TR.has(words[j - 1]!.lower)) return { start: words[i]!.start, end: words[j]!.end }
  }
  return undefined
}

/** Subjects that make `every time` / `whenever` open a clause (`every time I pay…`). */
const CLAUSE_SUBJECT = new Set(['i', 'we', 'you', 'it', 'my', 'our', 'they', 'the', 'this'])

/**
 * How long a recurrence at `k` is in words (`whenever` 1, `every time` 2, `every single time` 3), or
 * 0. Only a failure each time the customer tries counts, as in Turkish (`her açtığımda çöküyor`): a
 * periodic one told calmly (`my wifi drops every evening`) is a problem report, not frustration.
 */
function recurrenceAt(words: readonly Token[], k: number): number {
  const w = words[k]?.lower
  if (w === 'whenever') return 1
  if (w !== 'every' && w !== 'each') return 0
  if (words[k + 1]?.lower === 'time') return 2
  return words[k + 1]?.lower === 'single' && words[k + 2]?.lower === 'time' ? 3 : 0
}

/**
 * A recurring failure in an English message (blind batch 8), told without a `persist` phrase: a
 * failure verb and a recurrence in one sentence, either way round ("the app crashes every time I
 * upload", "every time I open it, it freezes").
 */
function recurringFailureEn(words: readonly Token[], message: string, failing: ReadonlySet<string>): { start: number; end: number } | undefined {
  const oneSentence = (a: Token, b: Token): boolean => !/[.!?]/.test(message.slice(a.end, b.start))
  for (let i = 0; i < words.length; i++) {
    const n = recurrenceAt(words, i)
    if (n === 0) continue
    const before = words.slice(Math.max(0, i - 4), i).find((w) => failing.has(w.lower) && oneSentence(w, words[i]!))
    if (before) return { start: before.start, end: words[i + n - 1]!.end }
    // `every time I open it, it freezes`: only a recurrence that opens a clause reaches forward
    // (not `a few mins each time, which I think is what 503 errors mean`).
    if (!CLAUSE_SUBJECT.has(words[i + n]?.lower ?? '') || !oneSentence(words[i + n - 1]!, words[i + n]!)) continue
    const after = words.slice(i + n, i + n + 8).find((w) => failing.has(w.lower) && oneSentence(words[i]!, w))
    if (after) return { start: words[i]!.start, end: after.end }
  }
  return undefined
}

/** Whether a weak sign (`!!!`, a sad face) goes with a problem: a negation or a word of the `problemWords` list (always when there is no list). */
function exclaimsProblem(words: readonly Token[], problem: ReadonlySet<string> | undefined): boolean {
  return problem === undefined || words.some((w) => problem.has(w.lower) || w.lower.endsWith("n't") || NT_NO_APOSTROPHE.has(w.lower))
}

/** "it wasn't a complaint", "not annoyed at all": a negation just before the word (a determiner may sit between). */
function negatedBefore(words: readonly Token[], from: number): boolean {
  let i = from - 1
  if (i >= 0 && (words[i]!.lower === 'a' || words[i]!.lower === 'an')) i--
  const w = words[i]?.lower ?? ''
  return w === 'not' || w === 'never' || w.endsWith("n't") || NT_NO_APOSTROPHE.has(w)
}

const NT_NO_APOSTROPHE = new Set(['wasnt', 'isnt', 'arent', 'werent', 'dont', 'didnt', 'doesnt'])

/** Another account's thing right before the word: `@rival's`, `@rival’s new`. */
const OTHERS_THING = /@\w+['’]s(?:\s+\p{L}+)?\s+$/u

/** After "how many times": the customer asking how often they must repeat themselves. */
const ASKING_AGAIN = /^\s*(?:do|did|have|must|should|am|will|can|are|does)\s+(?:i|we|you)\b/i

/** A reply's later part: `2: …`, `3/3 …`, `(2/2)` or an ellipsis (`… the browser`) after the leading @handles. */
const CONTINUATION = /^(?:\s*@\w+)*\s*(?:\(?[2-9](?::|\/\d)|\.{3}|…)/
/** A reply's later part numbered at its end: `… Thanks! 2/2`. */
const CONTINUATION_END = /(?:^|\s)\(?[2-9]\/[2-9]\)?\s*$/

/** Words that make a message with a link a warning about a scam, not a complaint. */
const SCAM_WARNING = /\b(?:scam(?:mer)?s?|phishing)\b/i

/** Negated verbs between `why` and `yet`: "why hasn't my account been verified yet". */
const NOT_DONE = /^(?:hasn't|hasnt|haven't|havent|isn't|isnt|aren't|arent|wasn't|wasnt|didn't|didnt|not)$/

/**
 * An impatient question about something overdue (blind batch 7): `why` + a negated verb + `yet`
 * within a few words ("Why hasn't my account been verified yet?", "why isn't it possible yet").
 * A plain status question ("has my refund been processed yet?") has no `why … not`, and "why
 * not" suggests; both words sit in one sentence.
 */
function overdueEn(words: readonly Token[], message: string): { start: number; end: number } | undefined {
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.lower !== 'why') continue
    const near = words.slice(i + 1, i + 10)
    const not = near.findIndex((w) => NOT_DONE.test(w.lower))
    if (not < 0 || not > 3 || (not === 0 && near[0]!.lower === 'not')) continue
    const yet = near.findIndex((w, k) => k > not && w.lower === 'yet')
    if (yet >= 0 && !/[.?!]/.test(message.slice(words[i]!.end, near[yet]!.start))) return { start: words[i]!.start, end: near[yet]!.end }
  }
  return undefined
}

/** A count of days or weeks: `3`, `three`, `several`; ordinals count the day reached (`fourth day`). */
const COUNT_EN = /^(?:[2-9]|[1-9]\d|two|three|four|five|six|seven|eight|nine|ten|several|few|many)$/
const ORDINAL_EN = /^(?:second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th|6th|7th)$/
const SPAN_EN = /^(?:days?|weeks?|months?)$/
/** What the customer has been without: `no`, `without`; `not working` and the like. */
const LACKING_EN = new Set(['no', 'without'])
const NOT_GOING_EN = new Set(['working', 'fixed', 'connected', 'restored', 'repaired'])
/** `no rush`, `no problem`: no lack of anything. */
const NO_TROUBLE_EN = new Set(['rush', 'hurry', 'problem', 'problems', 'worries', 'issue', 'issues', 'trouble', 'need', 'plans'])

/**
 * Days without a service (blind batch 10), told with a number rather than a `wait` phrase: `no
 * heating for three days`, `3 days without power`, `fourth day with no internet`, `not working for
 * 2 weeks`. A lack (`no`, `without`, `not working`) within 5 words of the span, in one sentence;
 * `I haven't used it for 3 days` is no lack, `a refund within 14 days` no span of trouble.
 */
function daysWithout(words: readonly Token[], message: string): { start: number; end: number } | undefined {
  const lackAt = (k: number): boolean => (LACKING_EN.has(words[k]!.lower) && !NO_TROUBLE_EN.has(words[k + 1]?.lower ?? '')) || (words[k]!.lower === 'not' && NOT_GOING_EN.has(words[k + 1]?.lower ?? ''))
  for (let i = 0; i + 1 < words.length; i++) {
    const count = words[i]!.lower
    if (!SPAN_EN.test(words[i + 1]!.lower) || !(COUNT_EN.test(count) || ORDINAL_EN.test(count))) continue
    if (/[.?!]/.test(message.slice(words[i]!.end, words[i + 1]!.start))) continue
    const ordinal = ORDINAL_EN.test(count)
    // `for three days` after the lack; a count, not an ordinal, opens a span (`for the fourth day` is rare).
    if (!ordinal && words[i - 1]?.lower === 'for') {
      for (let k = i - 2; k >= Math.max(0, i - 7); k--) {
        if (/[,;:.?!]/.test(message.slice(words[k]!.end, words[k + 1]!.start))) break
        if (lackAt(k)) return { start: words[k]!.start, end: words[i + 1]!.end }
      }
    }
    // `3 days without power`, `fourth day with no internet`.
    const next = words[i + 2]?.lower
    const then = next === 'with' && words[i + 3]?.lower === 'no' ? i + 3 : next === 'without' ? i + 2 : -1
    if (then !== -1 && !/[.?!]/.test(message.slice(words[i + 1]!.end, words[then]!.start))) return { start: words[i]!.start, end: words[then]!.end }
  }
  return undefined
}

/** `second time`, `3rd time`…: an ordinal count that `countsAsRepeatEn` checks. */
const ORDINAL_TIME = /^(?:second|third|fourth|fifth|2nd|3rd|4th)$/
/** After an ordinal count, -ing verbs that count buying or using, not a problem (`my 2nd time purchasing premium`). */
const BUYING_OR_USING = /^(?:buy|purchas|us|order|subscrib|renew|shopp|visit|watch|play|listen|stay|fly|attend)ing$/

/**
 * Whether an English `repeat` hit counts a repeat: "opened it a second time" counts an action and
 * "my 2nd time purchasing premium" a purchase; "the third time asking", "the 2nd time being
 * hacked" and "the second time this happened" are repeats.
 */
function countsAsRepeatEn(words: readonly Token[], hit: PhraseHit<Signal>): boolean {
  if (hit.to - hit.from !== 2 || !ORDINAL_TIME.test(words[hit.from]!.lower)) return true
  if (words[hit.from - 1]?.lower === 'a') return false
  return !BUYING_OR_USING.test(words[hit.to]?.lower ?? '')
}

/** Words before a `notComplaint` phrase that make it what someone else thinks of the customer: a complaint again. */
const OPINION = new Set(['think', 'thinks', 'thought'])

/** Words after a frustration word that make it the customer's self-doubt: "sorry if this is a dumb question". */
const SELF_DOUBT = new Set(['question', 'questions', 'q'])

/** Frustration nouns that may only name the subject of a question. */
const COMPLAINT = /^(?:complaint|şikayet)/

/** Words before a frustration word that make it a mood named or a hedge, not a complaint. */
const HYPOTHETICAL = new Set(['when', 'if', 'as'])

/** Thanks for something bad: `thanks for nothing`, `thanks (a lot) for making/wasting/ruining …` (not helping, replying…). */
const SARCASTIC_THANKS = /\bthanks?(?: you)?(?: a lot| so much)? for (?:nothing|(?!help|repl|respond|answer|get|look|fix|sort|check|shar|let|com|reach|assist|try|clarif|explain|updat|follow|keep|wait)[a-z]+ing)\b/i

/** Stretched or clipped thanks: "thankssss", "thnx", "thks". */
const THANKS = /\bth(?:a?n|n)?k+s*\b|\bthx+\b|\bthnx\b/i

/** How a language reads a customer's message, besides its word lists. */
interface Dialect {
  /** The message with nothing moved (same length) that would break a phrase. */
  joinOrdinals(message: string): string
  lower(word: string): string
  /** The form the acronym list holds. */
  acronymKey(word: string): string
  /** Whether a `repeat` phrase hit really counts a repeat. */
  countsAsRepeat(words: readonly Token[], hit: PhraseHit<Signal>): boolean
  /** A problem that keeps coming back, told without a `persist` phrase. */
  recurringFailure(words: readonly Token[], message: string, failing?: ReadonlySet<string>): { start: number; end: number } | undefined
  /** Something overdue asked about impatiently, told without a `wait` phrase. */
  overdue?(words: readonly Token[], message: string): { start: number; end: number } | undefined
  /** The same, weaker than any listed word: looked for only when none is found. */
  overdueLast?(words: readonly Token[], message: string): { start: number; end: number } | undefined
  /**
   * Frustration told without a listed word, read after praise: writing again (`dün de yazdım`),
   * time gone by (`5 gün oldu`), the company blamed (`paketimi kaybettiniz`), a cost to the customer
   * (`internetsiz kaldık`, `uçağı kaçırdım`).
   */
  indirect?(words: readonly Token[], message: string): { start: number; end: number; signal: Signal } | undefined
  /** Informal thanks (`thnx`) that the `positive` list cannot spell out. */
  thanks?: RegExp
  /** Thanks for something bad: no praise. */
  sarcasticThanks?: RegExp
  /** The profanity lexicon to look for (`undefined`: the default, English one). Called only when needed. */
  profanity(): Lexicon | undefined
}

const DIALECTS: Readonly<Record<RuleLanguage, Dialect>> = {
  en: {
    joinOrdinals: (message) => message,
    lower: (word) => word.toLowerCase().replace(/’/g, "'"),
    acronymKey: (word) => word,
    countsAsRepeat: (words, hit) => countsAsRepeatEn(words, hit),
    recurringFailure: (words, message, failing) => (failing ? recurringFailureEn(words, message, failing) : undefined),
    overdue: (words, message) => overdueEn(words, message) ?? daysWithout(words, message),
    thanks: THANKS,
    sarcasticThanks: SARCASTIC_THANKS,
    profanity: () => undefined,
  },
  tr: {
    // `3. kez` (the third time): the ordinal's dot does not break the phrase.
    joinOrdinals: (message) => message.replace(/(\d)\.(?=\s*(?:kez|kere|defa)\b)/giu, '$1 '),
    // Without the apostrophe before a suffix, so that stems take their endings: `Şikayetvar'a` → `şikayetvara`.
    lower: (word) => normalizeWord(word, 'tr').replace(/['’]/g, ''),
    // Before an apostrophe suffix: `BTK'YA`.
    acronymKey: (word) => word.replace(/['’].*$/u, ''), // eslint-disable-line regexp/no-super-linear-move -- `.*$` always matches within a word: one try
    // "3 kere iptal edip yeniden verdim": a count is a repeat only when it counts contacts or failures (`3 kez aradım`, `üç kez denedim, olmadı`).
    countsAsRepeat: (words, hit) => !TIMES_TR.test(words[hit.from]!.lower) || words.slice(hit.to, hit.to + 3).some((w) => CONTACT_OR_FAILURE_TR.test(w.lower)),
    recurringFailure: (words, message) => recurringFailure(words, message),
    overdueLast: (words, message) => overdueTr(words, message),
    indirect: (words, message) => indirectTr(words, message),
    profanity: () => lexiconFor('tr'),
  },
}

function anyOf(list: readonly string[]): RegExp {
  return new RegExp(list.map((e) => escapeStringRegexp(e)).join('|'), 'u')
}

export default rule
