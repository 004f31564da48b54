/**
 * `vague-promise`: vague time commitments (`soon`, `ASAP`, `shortly`, `in due course`,
 * `we'll get back to you` with no time). Not when the sentence gives a concrete time, ties the
 * timing to an event, asks the customer to act, is a question or a condition, or is a closing
 * (`talk soon`). With `sla` in config it also flags concrete promises longer than the SLA.
 * Turkish drafts (`en kısa sürede`, `size dönüş yapacağız`) go to `turkish.ts`: Turkish is
 * verb-final, so tense, requests and events are read from word endings rather than from the words
 * before the phrase.
 */
import { defineRule, perLanguage, type RuleLanguage } from '../../src/rule.js'
import { options, strings } from '../../src/config/schema.js'
import type { DocumentState, SentenceInfo, Token } from '../../src/document.js'
import type { Config } from '../../src/types.js'
import { languageData } from '../../src/kit/language-pack.js'
import { phraseWords } from '../../src/text/phrases.js'
import { createPhraseMatcher, type PhraseHit } from '../../src/kit/matcher.js'
import { sentenceSegments, type Segment } from '../../src/text/segments.js'
import { CONCRETE, durations, slaHours } from './time.js'
import { TurkishPromises } from './turkish.js'
import type { PromiseFinding } from './finding.js'
import { endsWithQuestion } from '../../src/text/trailing.js'
import escapeStringRegexp from 'escape-string-regexp'

export interface VaguePromiseOptions {
  add?: { vague?: string[]; commitments?: string[]; neutral?: string[] }
  ignore?: string[]
}

type Kind = 'vague' | 'commitment' | 'neutral'
interface Entry {
  kind: Kind
  needsFuture: boolean
  /** A contact promise (`will call you back`): any event after it sets its time. */
  onEvent?: boolean
}

/** English data (`rules/vague-promise/en.json`, through the language pack). */
interface EnglishData {
  neutral: string[]
  vague: string[]
  commitments: string[]
  contacts: string[]
  needsFuture: string[]
  requestOpeners: string[]
  futureMarkers: string[]
  commitmentMarkers: string[]
  hedges: string[]
  eventConnectors: string[]
  openEvents: string[]
  responseWords: string[]
  resolutionWords: string[]
  availability: string[]
}

/** Reads one draft's promises. */
type Reader = (doc: DocumentState) => PromiseFinding[]

const CLAUSE_BREAK = /[,;:()–—]|\s-\s/
const LEADING = new Set(['and', 'but', 'so', 'then', 'or', 'also', 'just'])
const JOINS = new Set(['and', 'but', 'so', 'then', 'or'])

/**
 * How each language reads promises: English from the words around a phrase; Turkish (verb-final)
 * from word endings, in `turkish.ts`.
 */
const READERS: Record<RuleLanguage, (opts: VaguePromiseOptions, sla: Config['sla']) => Reader> = {
  en: englishReader,
  tr: (opts, sla) => {
    const turkish = new TurkishPromises(opts)
    return (doc) => {
      const out: PromiseFinding[] = []
      for (const sentence of doc.sentences()) for (const seg of sentenceSegments(sentence, doc.prose, doc.tokens)) out.push(...turkish.reports(seg, doc.prose, doc.raw, sla))
      return out
    }
  },
}

const rule = defineRule({
  meta: {
    id: 'vague-promise',
    description: 'Vague time commitments (soon, ASAP, shortly, we’ll get back to you) and promises longer than the SLA',
    severity: 'warning',
    fixable: false,
    category: 'commitment',
    languages: ['en', 'tr'],
    schema: options({ add: options({ vague: strings, commitments: strings, neutral: strings }), ignore: strings }),
    messages: {
      noTime: '“{{phrase}}” gives no time: say when, so the customer knows when to expect it (“{{suggestion}}”).',
      vague: '“{{phrase}}” is not a time the customer can plan around: say when (“{{when}}”).',
      vagueSla: '“{{phrase}}” is not a time the customer can plan around: say when (“{{when}}”, from your SLA).',
      overResponseSla: '“{{phrase}}” is longer than your first-response SLA ({{sla}}): promise what the SLA commits to, or check the date with your team.',
      overResolutionSla: '“{{phrase}}” is longer than your resolution SLA ({{sla}}): promise what the SLA commits to, or check the date with your team.',
    },
  },
  // One reader per language, built on the first draft in it (Turkish data is never read for an English-only team).
  prepare: (opts: VaguePromiseOptions, shared) => ({ readerOf: perLanguage((language) => READERS[language](opts, shared.config.sla)) }),
  create: (ctx) => {
    for (const { messageId, data, start, end, expected } of ctx.state.readerOf(ctx.language)(ctx.document)) ctx.report({ messageId, data, start, end, expected })
  },
})

const OPENING_QUOTES = new Set(['"', '“', "'", '‘', '«'])
const CLOSING_QUOTES = new Set(['"', '”', "'", '’', '»'])

/** Whether the text from `start` to `end` sits right inside a pair of quotation marks. */
function quoted(raw: string, start: number, end: number): boolean {
  return OPENING_QUOTES.has(raw[start - 1] ?? '') && CLOSING_QUOTES.has(raw[end] ?? '')
}

/** The English reader: phrase lists and the clause around each hit; with an SLA, concrete promises longer than it. */
function englishReader(opts: VaguePromiseOptions, sla: Config['sla']): Reader {
  const slaResponse = slaHours(sla?.firstResponse)
  const slaResolution = slaHours(sla?.resolution)
  const ignore = new Set((opts.ignore ?? []).map((p) => phraseWords(p).join(' ')))
  const data = languageData<EnglishData>('vague-promise', 'en')
  const needsFuture = new Set(data.needsFuture)
  const entries: Array<[string, Entry]> = []
  const add = (list: string[], kind: Kind) => {
    for (const p of list) if (ignore.size === 0 || !ignore.has(phraseWords(p).join(' '))) entries.push([p, { kind, needsFuture: needsFuture.has(p) }])
  }
  add([...data.neutral, ...(opts.add?.neutral ?? [])], 'neutral')
  const listed = new Set(data.vague)
  add([...data.vague, ...capacityPhrases().filter((p) => !listed.has(p)), ...(opts.add?.vague ?? [])], 'vague')
  add([...data.commitments, ...(opts.add?.commitments ?? [])], 'commitment')
  for (const p of data.contacts) if (ignore.size === 0 || !ignore.has(phraseWords(p).join(' '))) entries.push([p, { kind: 'commitment', needsFuture: false, onEvent: true }])
  // Alternations, not the phrase matcher: they are tested on slices of a clause around a hit
  // (no word list there), `opener` strips its own match, and `'ll`/`'d` sit inside a word.
  const alternation = (list: string[]) => list.map((p) => escapeStringRegexp(p).replace(/ /g, '\\s+')).join('|')
  const lang = {
    matcher: createPhraseMatcher(entries, { language: 'en' }),
    opener: new RegExp(`^(?:${alternation(data.requestOpeners)})\\b`, 'i'),
    future: new RegExp(`(?:\\b(?:${alternation(data.futureMarkers.filter((m) => !m.startsWith("'")))})\\b|'ll\\b|’ll\\b|'d\\b|’d\\b)`, 'i'),
    commit: new RegExp(`(?:\\b(?:${alternation(data.commitmentMarkers)})\\b|'ll\\b|’ll\\b)`, 'i'),
    hedge: new RegExp(`\\b(?:${alternation(data.hedges)})\\b`, 'i'),
    event: new RegExp(`\\b(?:${alternation(data.eventConnectors)})\\b`, 'i'),
    // "…once they get back to me", not "…once we hear back from you" (the customer's reply sets the time).
    open: new RegExp(`\\b(?:once|when|after|as soon as|the moment)\\s+(?:${alternation(data.openEvents)})\\b(?!\\s+from\\s+you\\b)`, 'i'),
    response: new RegExp(`\\b(?:${alternation(data.responseWords)})\\b`, 'i'),
    resolution: new RegExp(`\\b(?:${alternation(data.resolutionWords)})\\b`, 'i'),
    availability: new RegExp(`\\b(?:${alternation(data.availability)})\\b`, 'i'),
  }
  return (doc) => {
    const { raw, prose } = doc
    const out: PromiseFinding[] = []
    const { matcher, opener, future, commit, hedge, event, open, response, resolution, availability } = lang
    let previous: SentenceInfo | undefined
    for (const sentence of doc.sentences()) {
      // A call booked for a time in the sentence before (same paragraph) is the time of `will call you`.
      const callBooked = previous !== undefined && !prose.slice(previous.end, sentence.start).includes('\n\n') && bookedCall(previous.text)
      previous = sentence
      for (const seg of sentenceSegments(sentence, prose, doc.tokens)) {
        const text = prose.slice(seg.start, seg.end)
        const question = endsWithQuestion(text)
        const hits = matcher.match(seg.words, prose).filter((h) => h.entry.kind !== 'neutral')
        const concrete = CONCRETE.test(text)
        if (hits.length > 0 && !question) {
          const vagueInSentence = hits.some((h) => h.entry.kind === 'vague')
          // When a product will be on sale ("Holiday pies are back in select restaurants soon",
          // "we're restocking as soon as we can"): no promise to this customer, unless the sentence
          // also promises a reply, a fix, or something to "you".
          const onSale = availability.test(text) && !response.test(text) && !resolution.test(text) && !FOR_THE_CUSTOMER.test(text)
          for (const hit of hits) {
            if (hit.entry.kind === 'commitment' && vagueInSentence) continue
            if (onSale && hit.entry.kind === 'vague') continue
            // Effort for every customer at once ("our agents are working to help everyone asap"), not a time promised to this one.
            if (hit.entry.kind === 'vague' && EVERYONE.test(prose.slice(seg.start, hit.start)) && !FOR_THE_CUSTOMER.test(text)) continue
            // On social, an answer in the DM thread ("Got your DM, we'll follow up with you there") comes within minutes.
            if (doc.context.channel === 'social' && IN_THE_DM.test(text) && MENTIONS_DM.test(prose)) continue
            // "I've moved your appointment on Wednesday at 11:20 to a phone call. The doctor will call you on your mobile."
            if (callBooked && hit.entry.onEvent && CALL_PHRASE.test(hit.phrase)) continue
            // A concrete time elsewhere in the sentence sets it; one inside the phrase does not ("at some point next week").
            if (concrete && CONCRETE.test(prose.slice(seg.start, hit.start) + ' ' + prose.slice(hit.end, seg.end))) continue
            // A phrase in quotation marks is mentioned, not promised: the customer's own words quoted back
            // ("You asked for it “ASAP”, so…").
            if (quoted(raw, hit.start, hit.end)) continue
            const clause = clauseBefore(seg, hit.from, prose, false)
            const joined = clauseBefore(seg, hit.from, prose, true)
            const before = prose.slice(seg.start, hit.start)
            // A request ("Please DM us") silences the time word, unless the request carries a
            // promise of its own ("Please note we'll refund you shortly").
            // The opener's own words are not the promise: "Make sure to keep it synced asap" asks.
            if ((opener.test(joined) && !commit.test(joined.replace(opener, ''))) || /\b(?:if|unless)\b/i.test(clause)) continue
            if (!isPromise(hit, before, clause, sameClause(prose.slice(hit.end, seg.end)), text, doc.context.channel, future)) continue
            if (/\byou (?:can|could|may|might|must|need to|have to)\b(?! expect)/i.test(clause)) continue
            if (hedge.test(prose.slice(seg.start, hit.start))) continue
            if (hit.entry.kind === 'commitment' ? !commit.test(clause) : hit.entry.needsFuture && !future.test(clause)) continue
            // An event in the same clause ties the timing to it ("…shortly after the payment clears");
            // one in a later clause does not ("…shortly, and you'll get an email when it's done"). A
            // promise to come back after the company's own step ("once the review is done") still
            // needs a time: only the customer's own action sets it ("once you send the photos").
            const tail = sameClause(prose.slice(hit.end, seg.end))
            // "We'll call you if we need anything else": a condition, not a promise of a time.
            if (/\b(?:if|unless|in case|should you)\b/i.test(tail) && hit.entry.kind === 'commitment') continue
            // "We'll keep you updated on any news": "any" makes it a condition (if there is news), not a promised time.
            if (hit.entry.kind === 'commitment' && ANY_NEWS.test(tail)) continue
            // "If anything changes, we'll keep you posted": a condition opening the sentence.
            if (hit.entry.kind === 'commitment' && CONDITION_FIRST.test(before)) continue
            // A step of the company's own with no time ("…as soon as a decision has been made") sets none.
            if (event.test(tail) && (hit.entry.kind !== 'commitment' || (hit.entry.onEvent && !open.test(tail)) || CUSTOMER_ACTS.test(tail))) continue
            // "Please share your details here and we'll contact you": the customer's step sets the
            // time; "…and we'll call you right away" names it.
            if (hit.entry.onEvent && (opener.test(before.replace(LEADING_HANDLES, '')) || IMMEDIATE.test(tail))) continue
            const replyKind = response.test(text) || hit.entry.kind === 'commitment'
            const hours = replyKind ? (sla?.firstResponse ?? sla?.resolution) : (sla?.resolution ?? sla?.firstResponse)
            const phrase = raw.slice(hit.start, hit.end)
            const when = hours ? `within ${hours.trim()}` : 'by <day/time>'
            const expected = [hit.entry.kind === 'commitment' ? `${phrase} ${when}` : when]
            const messageId = hit.entry.kind === 'commitment' ? 'noTime' : hours ? 'vagueSla' : 'vague'
            out.push({ messageId, data: { phrase, suggestion: expected[0]!, when }, start: hit.start, end: hit.end, expected })
          }
        }
        if (slaResponse === undefined && slaResolution === undefined) continue
        if (question) continue
        checkSla(seg, text)
      }
    }

    function checkSla(seg: Segment, text: string): void {
      let from = 0
      for (const d of durations(text)) {
        // The words leading up to this duration say what it promises; else the sentence does.
        const lead = text.slice(from, d.start)
        from = d.end
        const isResponse = response.test(lead) || (!resolution.test(lead) && response.test(text))
        const limit = isResponse ? (slaResponse ?? slaResolution) : resolution.test(lead) || resolution.test(text) ? slaResolution : undefined
        const limitText = isResponse ? (sla?.firstResponse ?? sla?.resolution) : sla?.resolution
        if (limit === undefined || d.hours <= limit) continue
        const clause = text.slice(0, d.start)
        // A condition after the clause's last comma or semicolon (the tail, found once: `[^,;]*$` after
        // every "if" rescanned to the end; issue 17).
        const tail = clause.slice(Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';')) + 1)
        if (/\b(?:if|unless)\b|\byou (?:can|could|may|might|must|need to|have to)\b(?! expect)/i.test(tail)) continue
        if (/^\s*(?:before|prior|ago|earlier|in advance)\b/i.test(text.slice(d.end))) continue
        if (!d.bounded && !future.test(text)) continue
        const start = seg.start + d.start
        out.push({
          messageId: isResponse ? 'overResponseSla' : 'overResolutionSla',
          data: { phrase: raw.slice(start, start + d.text.length), sla: limitText!.trim() },
          start,
          end: start + d.text.length,
          expected: [`within ${limitText!.trim()}`],
        })
      }
    }
    return out
  }
}

/**
 * "As fast as we can", "as quickly as the team is able": the horizon is the promiser's own
 * capacity, which gives the customer no time. Built from its parts rather than listed one by one.
 */
function capacityPhrases(): string[] {
  const out: string[] = []
  for (const speed of ['soon', 'quickly', 'fast', 'promptly'])
    for (const who of ['we', 'i', 'they', 'he', 'she', 'the team', 'our team', 'someone']) for (const can of ['can', 'possibly can', 'are able', 'is able', 'am able']) out.push(`as ${speed} as ${who} ${can}`)
  return out
}

/** A contact promise by phone, whose time a call booked just before can set. */
const CALL_PHRASE = /^(?:call|ring|contact)\b/
/** A call or an appointment, and a verb that books it: `I've changed your appointment … to a phone call`. */
const CALL_NOUN = /\b(?:appointment|call|call-?back|consultation|visit|meeting|slot)\b/i
const BOOKED = /\b(?:booked|scheduled|rescheduled|changed|moved|arranged|set up|confirmed)\b/i

/** A sentence that books a call or an appointment at a concrete time (`booked a call for Tuesday at 3 pm`). */
function bookedCall(sentence: string): boolean {
  return CALL_NOUN.test(sentence) && BOOKED.test(sentence) && CONCRETE.test(sentence)
}

/** Social handles and spaces that open a reply: `@322303 Please …`. */
const LEADING_HANDLES = /^(?:\s*@\w+)*\s*/
/** A sentence opened by a condition: `If anything changes, …`, `Should we need more, …`. */
const CONDITION_FIRST = /^\s*(?:if|unless|should|in case)\b/i
/** A commitment about "any" news or change ("keep you posted on any updates"): conditional on there being some. */
const ANY_NEWS = /^\s*(?:on|of|about|with|regarding)\s+any\b/i

/** What makes an availability sentence a promise after all: the customer, or a fix (`the patch that fixes it`). */
const FOR_THE_CUSTOMER = /\b(?:you|your|yours|you'll|you’ll|fixes|patch|patches)\b/i

/** The DM thread as the place of the answer: `…with you there`, `in your DMs` (not `there is`, `there's`). */
const IN_THE_DM = /\b(?:there\b(?!\s*(?:is|are|was|were|will|has|have|had|seems?|may|might|could|should|must)\b|['’]s)|(?:in|via|over|by) (?:(?:the|your|our|a) )?(?:DM|direct message|private message)s?\b)/i
/** A draft that talks about a direct message on social. */
const MENTIONS_DM = /\b(?:DMs?|DM['’]?d|DMed|direct messages?|private messages?)\b/i

/** Every customer at once: `help everyone`, `get to all our customers`. */
const EVERYONE = /\b(?:everyone|everybody|all (?:of )?(?:our )?(?:customers|guests|members|passengers|callers))\b/i

/** Now, said in words. */
const IMMEDIATE = /\b(?:right away|right now|straight away|immediately|at once)\b/i

/** After an event word, the customer's own action: `once you send`, `when we receive your …`. */
const CUSTOMER_ACTS = /\b(?:once|when|after|as soon as|until|if|unless|whenever)\s+(?:you\b|we (?:receive|get|have|hear from|see) (?:your|you|it|them)\b|(?:it|they|these|those) (?:are|is) (?:sent|received|back))/i

/** Purpose of a request, not a promise: `…so we can connect ASAP`, `so that I could look into it asap`. */
const PURPOSE = /\bso(?: that)? (?:we|i|our team|they|someone|one of us) (?:can|could|may)\b/gi

/** A first-person or customer-facing subject that makes a time word a promise. */
const PROMISER = /\b(?:we|i|we're|we've|i'm|i've|us|our|expect|you'll|you will)\b/i

/** Time words that mean seconds in a live chat turn when they lead the agent's next step ("soon I will check the status"). */
const CHAT_NOW = new Set(['soon', 'shortly', 'very soon'])

/**
 * What the sentence does with the time word: a promise (we will, it should, you'll get it), or
 * something else: the purpose of a request (`DM us so we can help ASAP`), the customer's own wish
 * (`you'd like to see this again soon`), an announcement with no one promising (`More info soon!`),
 * a live-chat `soon I will…` (seconds), a DM answer "shortly" on social (minutes).
 */
function isPromise(hit: PhraseHit<Entry>, before: string, clause: string, after: string, sentence: string, channel: string | undefined, future: RegExp): boolean {
  if (hit.entry.kind === 'commitment') return true
  const phrase = hit.phrase
  // "Soon I will tell you the status": in a chat turn, a time word leading the agent's own next step means seconds.
  if (channel === 'chat' && CHAT_NOW.has(phrase) && /^\s*(?:,\s*)?I(?:'ll|’ll| will| am going to|'m going to)\b/.test(after)) return false
  if (channel === 'social' && phrase === 'shortly' && /\bDMs?\b/i.test(sentence)) return false
  if (/\byou(?:'d|’d| would)\b/i.test(clause)) return false
  // A habit or a suggestion, not a promise: "we always aim to deliver as quickly as possible",
  // "we could go for another visit soon".
  if (/\b(?:always|usually|generally|normally|could)\b/i.test(clause)) return false
  PURPOSE.lastIndex = 0
  let purpose = -1
  for (let m = PURPOSE.exec(before); m; m = PURPOSE.exec(before)) purpose = m.index + m[0].length
  if (purpose >= 0 && !/[,;]|\bwill\b|['’]ll\b/i.test(before.slice(purpose))) return false
  // The promise may follow the time word: "soon I will tell you".
  const around = before + ' ' + after
  return future.test(around) || PROMISER.test(around.replace(/['’]/g, "'"))
}

/** The text up to the next comma, semicolon or joining `and`/`but`. */
function sameClause(text: string): string {
  const cut = text.search(/[,;:]|\s(?:and|but)\s/i)
  return cut === -1 ? text : text.slice(0, cut)
}

/**
 * The clause before word `index`: back to the nearest comma, semicolon, colon or dash (and, with
 * `joined`, to a joining `and`/`but`/`so`/`then`), without a leading `and`/`but`.
 */
function clauseBefore(seg: Segment, index: number, prose: string, joined: boolean): string {
  const words: Token[] = seg.words
  let from = index
  while (from > 0 && !CLAUSE_BREAK.test(prose.slice(words[from - 1]!.end, words[from]!.start))) {
    if (joined && JOINS.has(words[from - 1]!.lower)) break
    from--
  }
  while (from < index && LEADING.has(words[from]!.lower)) from++
  return from < index ? prose.slice(words[from]!.start, words[index]!.start) : ''
}

export default rule
