/**
 * `respect`: bare commands asking the customer to do something for us (`Send the receipt.
 * Provide your order number.`), and replies of 8+ words with no courtesy marker at all (please,
 * thanks, sorry, happy to help…). Procedural steps (`Click Settings, then choose Privacy.`,
 * numbered lists) and offers (`DM us if you'd like a hand`) are not commands to us.
 */
import { defineRule, perLanguage } from '../../src/rule.js'
import { options, strings, channels, numberIn } from '../../src/config/schema.js'
import type { DocumentState, Token } from '../../src/document.js'
import type { Channel } from '../../src/types.js'
import { createPhraseMatcher, type WordPhraseMatcher } from '../../src/kit/matcher.js'
import { isImperativeAt } from '../../src/nlp/compromise.js'
import { bodyStart } from '../../src/kit/salutation.js'
import { languageData } from '../../src/kit/language-pack.js'
import { drillRuns, lineStart, politeRequest, segments, type Segment } from './text.js'
import { trimTrailingWithSpace } from '../../src/text/trailing.js'
import { buildTurkish, turkishCommands, type TurkishIndexes } from './turkish.js'
import { lowerTurkish } from '../../src/text/phrases.js'

export interface RespectOptions {
  /** Extra courtesy markers (`much obliged`). */
  add?: string[]
  /** Built-in markers not to count. */
  ignore?: string[]
  /** Extra request verbs (`notarize`). */
  requests?: string[]
  /**
   * Words from which a reply without any courtesy marker is reported, per channel. Default
   * `{ email: 8, chat: 8 }` (chat: first message only); social and SMS replies are not checked
   * for markers unless given a number here. A single number applies to e-mail and chat.
   */
  minWords?: number | Partial<Record<Channel, number>>
  /** Channels to check (default all). */
  channels?: Channel[]
  /**
   * Channels where short replies make a direct request normal (default social and SMS): a
   * command there is reported only when the reply has no courtesy marker anywhere.
   */
  lenient?: Channel[]
}

/** Words that may open a command without softening it (`Just send…`). */
const LEADING = new Set(['just', 'also', 'now', 'then', 'simply', 'first', 'next', 'again', 'so', 'and'])
/**
 * `Ok.` before a command: a sentence of its own that the splitter reads as an abbreviation (`Ok.
 * Request a new code.`), skipped only with its full stop (`Ok, DM us…` stays as it was).
 */
const ACKNOWLEDGEMENT = new Set(['ok', 'okay'])
const STEP = /^\s*(?:\d{1,2}[.)]|[-*•–]|step\s*\d+[:.)]?|[a-z][.)])\s/i
/**
 * A request paired with what we will do next in the same sentence (`…and our team will follow up`,
 * `…and we'll take a look`). A bare purpose (`Confirm the card so I can block it`) is still a command.
 */
const PAIRED_HELP = /\b(?:and|then)\s+(?:we|i|our\s+[a-z]+(?:\s[a-z]+)?|someone)(?:'ll|’ll|\s+will|\s+can)\b/i
/** A sentence that is only a willing yes. */
const ASSENT = new Set(['of course', 'sure', 'sure thing', 'certainly', 'absolutely', 'gladly', 'with pleasure', 'no problem', 'definitely'])
/** A sentence that only acknowledges what the customer said (`Got it.`): talk, on social and SMS. */
const NOTED = new Set(['got it', 'understood', 'i see', 'noted', 'gotcha', 'all right', 'alright', 'fair enough', 'makes sense', 'that makes sense'])
/** Words of the agent or the customer: a statement with one talks to the customer (`We want your phone to work.`). */
const PERSONAL = new Set(['i', "i'm", "i've", "i'll", "i'd", 'me', 'my', 'we', "we're", "we've", "we'll", "we'd", 'us', 'our', 'you', "you're", "you've", "you'll", "you'd", 'your', 'yours'])
/** A statement opening with these comments on what the customer said (`That's not expected behaviour.`). */
const POINTING_BACK = new Set(["that's", 'thats', 'that', 'this', "it's", 'sounds'])
/** Words that may open an obligation without softening it: `Unfortunately you'll need to send…`. */
const BEFORE_OBLIGATION = new Set(['unfortunately', 'however', 'but', 'so', 'now', 'also', 'just', 'then', 'still'])
/** A greeting opening the command's sentence: `Hi Yara, call us…`. */
const GREETING = new Set(['hi', 'hello', 'hey', 'dear', 'morning', 'afternoon', 'evening', 'hiya'])

/** rules/respect/en.json */
interface RespectData {
  markers: string[]
  warmth: string[]
  offers: string[]
  requests: string[]
  contactRequests: string[]
  contactTargets: string[]
  obligations: string[]
  steps: string[]
  penalties: string[]
}

interface Indexes {
  markers: WordPhraseMatcher<true>
  obligations: WordPhraseMatcher<true>
  warmth: WordPhraseMatcher<true>
  offers: WordPhraseMatcher<true>
  penalties: WordPhraseMatcher<true>
  requests: Set<string>
  steps: Set<string>
  contact: Set<string>
  targets: Set<string>
}

/** The courtesy markers and verbs of English (and of any language without data of its own but Turkish). */
function buildEnglish(opts: RespectOptions): Indexes {
  const ignore = new Set((opts.ignore ?? []).map((w) => w.toLowerCase()))
  const lang = languageData<RespectData>('respect', 'en')
  return {
    markers: createPhraseMatcher<true>(
      [...lang.markers, ...(opts.add ?? [])].filter((m) => !ignore.has(m)).map((m) => [m, true]),
      { language: 'en' },
    ),
    warmth: createPhraseMatcher<true>(
      lang.warmth.map((m) => [m, true]),
      { language: 'en' },
    ),
    offers: createPhraseMatcher<true>(
      lang.offers.map((m) => [m, true]),
      { language: 'en' },
    ),
    obligations: createPhraseMatcher<true>(
      lang.obligations.map((m) => [m, true]),
      { language: 'en' },
    ),
    penalties: createPhraseMatcher<true>(
      lang.penalties.map((m) => [m, true]),
      { language: 'en' },
    ),
    requests: new Set([...lang.requests, ...(opts.requests ?? [])]),
    steps: new Set(lang.steps),
    contact: new Set(lang.contactRequests),
    targets: new Set(lang.contactTargets),
  }
}

/** A bare command found in a draft, with its polite rewrites. */
interface Command {
  start: number
  end: number
  suggestions: string[]
}

interface Settings {
  lenient: ReadonlySet<Channel>
  minWords: Partial<Record<Channel, number>>
}

/** What a language reports: its commands, and (English) whether the reply lacks any courtesy marker. */
interface Found {
  commands: Command[]
  /** Where to report a reply without any courtesy marker (English only). */
  noCourtesyAt?: number
}

type Checker = (doc: DocumentState, settings: Settings) => Found

const rule = defineRule({
  meta: {
    id: 'respect',
    description: 'Bare commands to the customer, and replies without any courtesy marker',
    severity: 'warning',
    fixable: false,
    category: 'courtesy',
    languages: ['en', 'tr'],
    schema: options({
      add: strings,
      ignore: strings,
      requests: strings,
      minWords: { anyOf: [numberIn(0, undefined, true), options({ email: numberIn(0, undefined, true), chat: numberIn(0, undefined, true), social: numberIn(0, undefined, true), sms: numberIn(0, undefined, true) })] },
      channels,
      lenient: channels,
    }),
    messages: {
      bareCommand: '“{{actual}}” is a bare command: ask the customer politely for what you need from them.',
      noCourtesy: 'The reply has no courtesy marker at all (please, thank you, sorry, happy to help): add one so it does not read as curt.',
    },
  },
  prepare: (opts: RespectOptions) => ({
    checkerOf: perLanguage((language) => CHECKERS[language](opts)),
    channels: opts.channels ? new Set(opts.channels) : undefined,
    settings: {
      lenient: new Set<Channel>(opts.lenient ?? ['social', 'sms']),
      minWords: typeof opts.minWords === 'number' ? { email: opts.minWords, chat: opts.minWords } : { email: 8, chat: 8, ...opts.minWords },
    } satisfies Settings,
  }),
  create: (ctx) => {
    const doc = ctx.document
    if (ctx.state.channels && !ctx.state.channels.has(doc.context.channel)) return
    const found = ctx.state.checkerOf(ctx.language)(doc, ctx.state.settings)
    for (const c of found.commands) ctx.report({ messageId: 'bareCommand', data: { actual: doc.raw.slice(c.start, c.end) }, start: c.start, end: c.end, expected: c.suggestions })
    if (found.noCourtesyAt === undefined) return
    const expected = doc.context.followup ? ['Thanks for getting back to us. ', 'Thank you for your patience. '] : ['Thanks for reaching out. ', 'Thanks for getting in touch. ']
    ctx.report({ messageId: 'noCourtesy', start: found.noCourtesyAt, end: found.noCourtesyAt, expected })
  },
})

const CHECKERS = { en: englishChecker, tr: turkishChecker }

/**
 * Turkish: bare imperatives only. Formal Turkish carries its courtesy in the verb and the
 * address (siz, -InIz, `Ayşe Hanım`), so a reply without `lütfen` or `teşekkürler` is not curt.
 */
function turkishChecker(opts: RespectOptions): Checker {
  const turkish: TurkishIndexes = buildTurkish(opts.add, new Set((opts.ignore ?? []).map(lowerTurkish)), opts.requests)
  return (doc, { lenient }) => ({ commands: turkishCommands(doc, turkish, doc.context.channel, lenient) })
}

function englishChecker(opts: RespectOptions): Checker {
  const { markers, warmth, offers, obligations, penalties, requests, steps, contact, targets } = buildEnglish(opts)
  /** Whether the request verb at `i` asks something of the customer (`Send…`, `Email us…`, not `Call your bank`). */
  const asksAt = (words: readonly Token[], i: number): boolean => {
    const verb = words[i]!.lower
    return requests.has(verb) || (contact.has(verb) && words.slice(i + 1, i + 4).some((w, k) => targets.has(w.lower) && (k === 0 || w.lower !== 'back')))
  }
  /** Where the verb after an obligation opening the segment at `i` stands (`You need to upload…` → `upload`), or -1. */
  const afterObligation = (words: readonly Token[], i: number, text: string): number => {
    while (i < words.length - 1 && BEFORE_OBLIGATION.has(words[i]!.lower)) i++
    if (!words[i]!.lower.startsWith('you')) return -1
    const hit = obligations.match(words.slice(i, i + 7), text)[0]
    return hit && hit.from === 0 && i + hit.to < words.length ? i + hit.to : -1
  }
  return (doc, { lenient, minWords }) => {
    const { channel, followup } = doc.context
    let polite = false
    let warm = false
    let count = 0
    const commands: Segment[] = []
    // `You need to upload a new one.`: an obligation that asks something of the customer, a
    // command only in a reply without any courtesy marker (kept aside until the whole reply is read).
    const obliged: Segment[] = []
    // Sentences that are not commands (a question, an acknowledgement, what we will do): on
    // lenient channels they make a request part of a conversation rather than a curt order.
    let others = 0
    // Every bare instruction by segment (requests, obligations and steps such as `Unplug the
    // router.`): in a reply without any courtesy, three in a row or one with a penalty are curt.
    const instructions: Instruction[] = []
    let index = -1
    // The first segment after the greeting (`Hi Tom,` on a line of its own), where an opening instruction stands.
    let opening = -1
    for (const seg of segments(doc)) {
      const words = seg.words.filter((w) => doc.prose[w.start - 1] !== '@')
      count += words.length
      index++
      if (opening === -1 && words.length > 0 && !(GREETING.has(words[0]!.lower) && words.length <= 3)) opening = index
      // "Of course." / "Sure!" on its own: a willing yes to the customer's question is courtesy;
      // inside a sentence ("of course it failed") it is not.
      if (markers.match(words, doc.prose).length > 0 || ASSENT.has(words.map((w) => w.lower).join(' '))) {
        polite = true
        continue
      }
      if (lenient.has(channel) && warmth.match(words, doc.prose).length > 0) warm = true
      if (words.length === 0) continue
      // Cheap test first: does the segment open with a verb that asks something of the customer?
      let i = 0
      // `Hi Yara, call us…`: the command starts after the greeting's comma.
      if (GREETING.has(words[0]!.lower)) {
        const comma = words.findIndex((w, k) => k > 0 && k < 5 && doc.prose.slice(w.end, (words[k + 1] ?? w).start).includes(','))
        if (comma !== -1 && comma < words.length - 1) i = comma + 1
      }
      if (i === 0 && words.length > 1 && ACKNOWLEDGEMENT.has(words[0]!.lower) && doc.prose[words[0]!.end] === '.') i = 1
      const first = i
      while (i < words.length - 1 && LEADING.has(words[i]!.lower)) i++
      let obligation = -1
      if (!asksAt(words, i)) {
        const verbAt = afterObligation(words, i, doc.prose)
        if (verbAt !== -1 && asksAt(words, verbAt)) obligation = verbAt
      }
      const verbAt = obligation !== -1 ? obligation : i
      const asks = obligation !== -1 || asksAt(words, i)
      const other = words.length >= 2 ? 1 : 0
      const sentence = doc.prose.slice(seg.start, seg.end)
      if (!asks) {
        // Talk makes a request on social and SMS part of a conversation: a question, an offer, an
        // acknowledgement (`Got it.`), an exclamation, or words to the customer about us or them (`We want
        // your iPhone to work`). An impersonal notice (`Lines open 8am-8pm.`) or a brand signing the text
        // (`EDF Energy`) is not talk (blind batch 10).
        if (NOTED.has(words.map((w) => w.lower).join(' ')) || (GREETING.has(words[0]!.lower) && words.length <= 3)) others++
        else if (/[?!]|\b[1-9]\/[1-9]\b/.test(sentence) || POINTING_BACK.has(words[0]!.lower) || words.some((w) => PERSONAL.has(w.lower)) || offers.match(words, doc.prose).length > 0 || PAIRED_HELP.test(sentence)) others += other
        // A step (`Unplug the router.`, `Don't refresh the page.`): checked once the whole reply is read.
        const step = stepAt(words, i, steps, contact)
        if (step !== -1 && !/\?\s*$/.test(sentence) && !STEP.test(doc.prose.slice(lineStart(doc.prose, seg.start), seg.start + 1)) && offers.match(words, doc.prose).length === 0 && !PAIRED_HELP.test(sentence))
          instructions.push({
            start: words[first]!.start,
            end: withoutSignature(doc.raw, words[first]!.start, seg.end),
            words: words.slice(i),
            index,
            step: step === i ? 'verb' : 'negative',
            after: words.slice(step + 1),
          })
        continue
      }
      if (/\?\s*$/.test(sentence) || STEP.test(doc.prose.slice(lineStart(doc.prose, seg.start), seg.start + 1))) continue
      if (offers.match(words, doc.prose).length > 0 || PAIRED_HELP.test(sentence)) {
        others += other
        continue
      }
      // `Send us a DM at: <link>`: on social, an invitation to a private channel whose button follows.
      if (lenient.has(channel) && words.slice(verbAt + 1).every((w) => CHANNEL_ONLY.has(w.lower)) && linkFollows(doc, seg.end)) {
        others += other
        continue
      }
      const after = words.slice(verbAt + 1)
      // The obligation settles that the word after it is a verb: no tagger needed.
      if (obligation !== -1) {
        const command = { start: words[first]!.start, end: withoutSignature(doc.raw, words[first]!.start, seg.end), words: words.slice(obligation) }
        obliged.push(command)
        instructions.push({ ...command, index, after })
      } else if (
        isImperativeAt(
          words.map((w) => w.value),
          i,
          doc.prose.slice(words[i]!.start, seg.end),
        )
      ) {
        const command = { start: words[first]!.start, end: withoutSignature(doc.raw, words[first]!.start, seg.end), words: words.slice(i) }
        commands.push(command)
        instructions.push({ ...command, index, after })
      } else others += other
    }
    if (!polite && obliged.length > 0) {
      commands.push(...obliged)
      commands.sort((a, b) => a.start - b.start)
    }
    if ((polite || warm || others > 0) && lenient.has(channel)) commands.length = 0
    // No courtesy anywhere (nor warmth on social and SMS): a drill of orders, or an order with a
    // penalty (`Pay by Friday to avoid a late fee.`), is curt on every channel, after a statement too.
    const penalized = new Set<number>()
    // Whether a step's verb is an imperative, asked of compromise once per step: the drill check and
    // the opening-step check below may both need it.
    const imperatives = new Map<Instruction, boolean>()
    const imperative = (c: Instruction): boolean => {
      let known = imperatives.get(c)
      if (known === undefined) imperatives.set(c, (known = isStep(doc, c)))
      return known
    }
    if (!polite && !(warm && lenient.has(channel)) && instructions.length > 0) {
      const reported = new Set(commands.map((c) => c.start))
      for (const c of instructions) if (penalties.match(c.after, doc.prose).length > 0) penalized.add(c.start)
      for (const c of curt(
        instructions.filter((c) => c.step !== 'verb' || imperative(c)),
        penalized,
      ))
        if (!reported.has(c.start)) commands.push(c)
      commands.sort((a, b) => a.start - b.start)
    }
    // Mid-conversation chat messages need not each carry a "thanks".
    const min = channel === 'chat' && followup ? undefined : minWords[channel]
    // Where the no-marker check does not speak (social, SMS, chat follow-ups, short replies): a reply
    // with no courtesy, warmth or friendly sign at all that opens with a bare instruction is curt
    // (`Check your spam folder. The email went out at 10:14.`); `Try…` suggests, `!` and emoji are friendly.
    if (commands.length === 0 && !polite && !warm && (min === undefined || count < min)) {
      // Only a step (`Check your spam folder.`): an invitation to DM us, a link to follow or part of a
      // thread (`1/2`) is how social replies work, not an order.
      const first = instructions.find((c) => c.index === opening && c.step !== undefined)
      if (first && !suggests(first.words) && !FRIENDLY.test(doc.raw) && !LINK_OR_THREAD.test(doc.raw) && (first.step !== 'verb' || imperative(first)) && !anywhere(doc, [warmth, offers]))
        commands.push({ ...first, end: ownSentenceEnd(doc.raw, first.start, first.end) })
    }
    const found: Command[] = commands.map((c) => ({ start: c.start, end: c.end, suggestions: [rewrite(doc.raw.slice(c.words[0]!.start, c.end), penalized.has(c.start))] }))
    if (commands.length > 0 || polite || min === undefined || count < min) return { commands: found }
    return { commands: found, noCourtesyAt: bodyStart(doc) }
  }
}

/**
 * A bare instruction by segment index: a request (already read as an imperative), or a step
 * (`verb`: whose imperative is checked last, only in a reply without courtesy) or prohibition.
 */
interface Instruction extends Segment {
  index: number
  step?: 'verb' | 'negative'
  /** The words after its verb, where a penalty (`…to avoid a late fee`) is looked for in a reply without courtesy. */
  after: readonly Token[]
}

/** Openings of a suggestion rather than an order (`Try restarting the app.`, `Take a look at this guide`). */
const SUGGESTING = ['try', 'take a look', 'have a look', 'check out', 'go ahead']

/** Whether an instruction suggests (`Try…`, `Have a look…`) or is a `Don't be…` (reassurance or an insult, not an order). */
function suggests(words: readonly Token[]): boolean {
  const opening = words
    .slice(0, 3)
    .map((w) => w.lower)
    .join(' ')
  if (SUGGESTING.some((s) => opening === s || opening.startsWith(`${s} `))) return true
  const verb = words[0]!.lower === 'do' ? words[2] : words[1]
  return NEGATIONS.has(words[0]!.lower) || (words[0]!.lower === 'do' && words[1]?.lower === 'not') ? verb?.lower === 'be' : false
}
/** Friendly signs in a reply: an exclamation, a question to the customer, an emoticon or emoji. */
const FRIENDLY = /[!?]|[:;]-?[)D]|<3|\p{Extended_Pictographic}/u
/** A link, or a thread part (`1/2`, `(2/3)`, `...`, `>>`): the reply is not the whole message. */
const LINK_OR_THREAD = /https?:\/\/|\bwww\.|\b[1-9]\/[1-9]\b|\.{3}|…|>>|&gt;&gt;/

/**
 * Where the sentence opening at `start` ends: the splitter keeps `…log back in. The new plan…` as one
 * sentence (`in.` read as inches), so a full stop before a capital ends it here.
 */
function ownSentenceEnd(raw: string, start: number, end: number): number {
  const stop = /\.\s+\p{Lu}/u.exec(raw.slice(start, end))
  return stop ? start + stop.index + 1 : end
}

/**
 * Whether a phrase of these lists stands anywhere in the reply (read only when needed): warmth (`we'd
 * like to`, `let us know`) or an offer of help (`we'll check it today`, `if it's not there…`).
 */
function anywhere(doc: DocumentState, lists: ReadonlyArray<WordPhraseMatcher<true>>): boolean {
  for (const seg of segments(doc)) if (lists.some((list) => list.match(seg.words, doc.prose).length > 0)) return true
  return false
}

/** Negations that open a prohibition (`Don't refresh the page.`, `Never share the code.`). */
const NEGATIONS = new Set(["don't", 'dont', 'never'])
/** Prohibitions that reassure rather than instruct. */
const REASSURING = new Set(['worry', 'hesitate', 'panic', 'stress', 'mind'])

/**
 * Where the verb of a step opening the segment at `i` stands (`Unplug…`, `Don't refresh…` →
 * `refresh`), or -1: a listed step verb, a contact verb pointing elsewhere (`Call 0800…`), or any
 * verb after `don't`/`do not`/`never`.
 */
function stepAt(words: readonly Token[], i: number, steps: ReadonlySet<string>, contact: ReadonlySet<string>): number {
  const word = words[i]!.lower
  const not = NEGATIONS.has(word) ? i + 1 : word === 'do' && words[i + 1]?.lower === 'not' ? i + 2 : -1
  if (not !== -1) return not < words.length && !REASSURING.has(words[not]!.lower) ? not : -1
  return steps.has(word) || contact.has(word) ? i : -1
}

/** Whether a step's verb is an imperative (`Update to version 5.` is, `Update times vary` is not). */
function isStep(doc: DocumentState, c: Instruction): boolean {
  return isImperativeAt(
    c.words.map((w) => w.value),
    0,
    doc.prose.slice(c.words[0]!.start, c.end),
  )
}

/** The instructions of a reply without courtesy that are curt: those in a drill, and those with a penalty. */
function curt(instructions: readonly Instruction[], penalized: ReadonlySet<number>): Instruction[] {
  const out = new Set<Instruction>(instructions.filter((c) => penalized.has(c.start)))
  for (const run of drillRuns(instructions)) for (const c of run) out.add(c)
  return instructions.filter((c) => out.has(c))
}

/**
 * The polite rewrite: a question for a request or a step, `Please …` for a prohibition (`Please
 * don't refresh…`) and for an instruction with a penalty, which a question would turn into a threat.
 */
function rewrite(command: string, penalty: boolean): string {
  if (!penalty && !/^(?:don['’]t|do not|never)\b/i.test(command)) return politeRequest(command)
  const body = trimTrailingWithSpace(command.trim(), '.!:;,')
  return `Please ${body[0]!.toLowerCase()}${body.slice(1)}.`
}

/** Words of a command that only names a private channel (`Send us a DM`, `Reach out to us via DM to continue`). */
const CHANNEL_ONLY = new Set(['us', 'me', 'a', 'an', 'dm', 'dms', 'direct', 'private', 'message', 'note', 'line', 'out', 'to', 'via', 'in', 'at', 'through', 'here', 'there', 'continue', 'privately'])

/** A link (masked in `prose`) right after a segment, past spaces and a colon. */
function linkFollows(doc: { tokens: ReadonlyArray<{ start: number }>; prose: string }, end: number): boolean {
  // Links are masked with spaces in `prose`: look for one starting within the next few characters.
  for (let i = end; i < end + 4 && i < doc.prose.length; i++) {
    if (doc.tokens.some((t) => t.start === i)) return true
    if (!/[\s:]/.test(doc.prose.charAt(i))) return false
  }
  return false
}

/** Where a command ends without a social signature after it (`…share /JU`, `… ^AB`, `… -Sam`). */
function withoutSignature(raw: string, start: number, end: number): number {
  // Only the last few characters can be a signature: keeps the search short on long sentences.
  const from = Math.max(start, end - 24)
  const sign = /\s[\/^*~–—-]\s?[A-Z][A-Za-z]{0,15}\.?\s*$/.exec(raw.slice(from, end))
  return sign ? from + sign.index : end
}

export { politeRequest }
export default rule
