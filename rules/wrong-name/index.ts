/**
 * `wrong-name`: the greeting or a direct address in the first line names someone other than
 * the customer (`Hi John,` to Maria; `Thanks, John!`). Not nicknames or short forms of the
 * customer's name, title + surname, the agent's own name, or a name the customer used
 * themselves (someone writing on the account holder's behalf).
 */
import { defineRule, perLanguage, type RuleLanguage } from '../../src/rule.js'
import { options, mapOf, strings } from '../../src/config/schema.js'
import type { DocumentState } from '../../src/document.js'
import { foldName, lexiconTags, nameKind } from '../../src/nlp/compromise.js'
import { ROLES, defaultGreetingFinder, lineAfter, vocatives, type Span } from '../../src/kit/salutation.js'
import { NameMatcher, defaultNameMatcher, initial, misspelled, parseCustomerName, type CustomerName } from '../../src/kit/names.js'
import { languageData } from '../../src/kit/language-pack.js'
import { turkishFindings, type NameFinding } from './turkish.js'
import { writtenNames, type MentionWords } from './mentions.js'
import { lowerTurkish } from '../../src/text/phrases.js'

export interface WrongNameOptions {
  /** Extra nicknames: formal name → short forms (`{ "margarita": ["rita"] }`). */
  nicknames?: Record<string, string[]>
  /** Words never reported (team or product names that look like first names). */
  ignore?: string[]
  /** First names the built-in lexicon does not know as names. */
  names?: string[]
}

/** The parts of rules/wrong-name/<language>.json read here. */
interface NameData {
  nicknames: Record<string, string[]>
  extraNames: string[]
  notNames: string[]
  /** Words for relatives and other third persons: a name right after one in the customer's message is not theirs. */
  relatives: string[]
  /** `for`, `of` before `my wife Maria`: the customer writes on that person's behalf. */
  behalfBefore: string[]
}

/** A language's finder, built once per linter on the first draft in that language. */
type Finder = (doc: DocumentState, customer: CustomerName) => NameFinding[]

const rule = defineRule({
  meta: {
    id: 'wrong-name',
    description: 'The greeting or a direct address names someone other than the customer',
    severity: 'error',
    fixable: true,
    category: 'personalization',
    languages: ['en', 'tr'],
    schema: options({ nicknames: mapOf(strings), ignore: strings, names: strings }),
    messages: {
      notCustomer: "“{{actual}}” is not the customer's name: the help desk knows them as {{name}}. Use “{{fix}}”.",
      misspelled: "“{{actual}}” misspells the customer's name: the help desk knows them as {{name}}. Use “{{fix}}”.",
      wrongHonorific: '“{{actual}}” uses the wrong form of address: {{first}} is addressed as “{{first}} {{fix}}”.',
      wrongTitle: '“{{actual}}” may use the wrong title: {{first}} is usually {{usually}}. Unless you know the title they use, write “{{fix}}”.',
    },
  },
  // Turkish: its own nickname table and word lists, built on the first Turkish draft.
  prepare: (opts: WrongNameOptions) => ({ finderOf: perLanguage((language) => FINDERS[language](opts)) }),
  create: (ctx) => {
    const customer = parseCustomerName(ctx.document.context.customer.name)
    if (!customer) return
    for (const f of ctx.state.finderOf(ctx.language)(ctx.document, customer)) ctx.report({ messageId: f.messageId, data: f.data, start: f.start, end: f.end, expected: [f.fix], fix: f.fix })
  },
})

const FINDERS: Record<RuleLanguage, (opts: WrongNameOptions) => Finder> = { en: englishFinder, tr: turkishFinder }

function turkishFinder(opts: WrongNameOptions): Finder {
  const tr = languageData<NameData>('wrong-name', 'tr')
  const matcher = new NameMatcher({ ...tr.nicknames, ...opts.nicknames })
  const ignore = new Set([...tr.notNames, ...(opts.ignore ?? [])].map(lowerTurkish))
  const extra = new Set([...tr.extraNames, ...(opts.names ?? [])].map(lowerTurkish))
  return (doc, customer) => turkishFindings(doc, customer, matcher, ignore, extra)
}

function englishFinder(opts: WrongNameOptions): Finder {
  const en = languageData<NameData>('wrong-name', 'en')
  const matcher = opts.nicknames ? new NameMatcher({ ...en.nicknames, ...opts.nicknames }) : defaultNameMatcher()
  const ignore = new Set([...en.notNames, ...(opts.ignore ?? [])].map((w) => w.toLowerCase()))
  const extra = new Set([...en.extraNames, ...(opts.names ?? [])].map((w) => w.toLowerCase()))
  const mentions: MentionWords = { relatives: new Set(en.relatives), behalfBefore: new Set(en.behalfBefore), behalfAfter: new Set() }
  /**
   * In the greeting slot any capitalised word is a name unless the lexicon knows it as something else;
   * so is one after a thanks, wish or question to the reader (`Thanks for explaining, Kofi`): the lexicon
   * knows few West African or Asian first names.
   */
  const isName = (word: string, slot: 'greeting' | 'vocative', cued = false): boolean => {
    const lower = word.toLowerCase()
    if (ignore.has(lower)) return false
    if (extra.has(lower)) return true
    const kind = nameKind(word)
    if (kind === 'first' || kind === 'person') return true
    return (slot === 'greeting' && kind === 'last') || ((slot === 'greeting' || cued) && lexiconTags(word).length === 0)
  }
  return (doc, customer) => {
    const out: NameFinding[] = []
    const finder = defaultGreetingFinder(doc.context.language)
    const line = finder.firstLine(doc)
    if (!line) return out
    const isCustomer = (w: string): boolean => matcher.isCustomer(w, customer)
    const greeting = finder.find(doc, isCustomer)
    const candidates: Array<{ span: Span[]; slot: 'greeting' | 'title' | 'vocative' | 'closing' }> = []
    // "Hi John and Maria": a greeting that also names the customer is fine.
    // Capitalised words only: `to` is a prefix of Torres, not a name ("…ready to collect").
    const withCustomer = (line.value.match(/\p{Lu}[\p{L}\p{M}'’-]*/gu) ?? []).some(isCustomer)
    if (greeting?.kind === 'named' && !withCustomer) candidates.push({ span: greeting.names, slot: 'greeting' })
    // "Dear Sarah Smith" to Susan Smith: the customer's surname under another first name (a relative, a slip).
    const given = greeting?.kind === 'named' && withCustomer && customer.last && !initial(customer.first) ? greeting.names.slice(0, -1) : []
    if (given.length > 0 && foldName(greeting!.names.at(-1)!.value) === foldName(customer.last!) && !given.some((s) => isCustomer(s.value))) candidates.push({ span: given, slot: 'greeting' })
    // "Dear Mr Smith" to Maria Garcia: with the full name known, a title takes the customer's surname.
    if (greeting?.kind === 'title' && customer.last && !withCustomer) candidates.push({ span: greeting.names, slot: 'title' })
    // "Dear Mr Laurent" to Sophie Laurent: the right surname under a title for the other sex.
    const title = greeting?.kind === 'title' && withCustomer ? titleMismatch(doc, greeting.names[0]!, customer) : undefined
    if (title) out.push(title)
    for (const v of vocatives(doc, line, greeting?.end ?? line.start)) candidates.push({ span: [v], slot: 'vocative' })
    // A greeting alone on its line: the first line of the body may address someone too
    // ("Hi Isabel,\n\nThanks, Carmen! I've moved your flight").
    const body = greeting && !doc.text.slice(greeting.end, line.end).replace(/[\s,.!:;—–-]/g, '') ? lineAfter(doc, line.end) : undefined
    if (body) for (const v of vocatives(doc, body)) candidates.push({ span: [v], slot: 'vocative' })
    // "Sarah, as the admin, you can…" opening a later sentence of the first line or of the body.
    for (const l of body ? [line, body] : [line]) for (const v of sentenceAddresses(doc, l)) if (!candidates.some((c) => c.span[0]!.start === v.start)) candidates.push({ span: [v], slot: 'vocative' })
    // A leftover name further down, in a thanks or a wish that addresses someone ("Thanks again
    // for your patience, John!", "Have a lovely weekend, Sarah."): any direct address counts.
    for (let l = lineAfter(doc, (body ?? line).end); l; l = lineAfter(doc, l.end)) {
      for (const v of vocatives(doc, l)) {
        if (candidates.some((c) => c.span[0]!.start === v.start)) continue
        if (ADDRESS_CUE.test(sentenceBefore(doc.text, l.start, v.start))) candidates.push({ span: [v], slot: 'closing' })
      }
      // "Sarah, as the admin, you can…": a name opening a body sentence that then speaks to the reader.
      for (const v of sentenceAddresses(doc, l)) if (!candidates.some((c) => c.span[0]!.start === v.start)) candidates.push({ span: [v], slot: 'vocative' })
    }
    // "Once again, Mr Patel, I apologise": a title and surname addressing someone in the body. With
    // the full name known, a title takes the customer's surname, as in the greeting.
    if (customer.last) {
      for (let l: Span | undefined = line; l; l = lineAfter(doc, l.end)) {
        for (const v of titledAddresses(doc, l, l === line ? (greeting?.end ?? line.start) : l.start)) if (!candidates.some((c) => c.span[0]!.start === v.start)) candidates.push({ span: [v], slot: 'title' })
      }
    }
    if (candidates.length === 0) return out
    const own = ownNames(doc)
    const told = doc.context.customer.message ?? ''
    for (const { span, slot } of candidates) {
      // A greeting that includes the customer ("Hi John Garcia" to the Garcias) is fine.
      if (span.some((s) => isCustomer(s.value))) continue
      const word = span[0]!.value
      if (own.has(word.toLowerCase()) || mentioned(told, word, mentions)) continue
      const lineStart = doc.text.lastIndexOf('\n', span[0]!.start) + 1
      const lead = sentenceBefore(doc.text, lineStart, span[0]!.start)
      // `…, Sam.` ending a one-line reply signs it (`Thanks for bearing with us, Sam`); a question
      // ending it asks the reader ("Is there anything else I can help with, Emeka?"). A chat message is
      // not signed (the widget shows the agent), so there a known first name after more than a short
      // thanks addresses the reader (`Thanks for your patience, David.`).
      // `Hi Bilal, … Hope you enjoy it, Jamie!`: after a greeting to the customer, a wish exclaimed at a name
      // speaks to the reader (a signature is not exclaimed); without that greeting it may sign the reply.
      const exclaimedWish = greeting?.kind === 'named' && withCustomer && /^\s*!/.test(doc.text.slice(span[0]!.end)) && WISH.test(lead)
      if (slot === 'vocative' && endsReply(doc, span[0]!) && !/^\s*\?/.test(doc.text.slice(span[0]!.end)) && !exclaimedWish && !chatAddress(doc, lead, word)) continue
      // "Thanks, Sam" closing the reply is the agent's signature; a longer wish is an address.
      if (
        slot === 'closing' &&
        endsReply(doc, span[0]!) &&
        sentenceBefore(doc.text, doc.text.lastIndexOf('\n', span[0]!.start) + 1, span[0]!.start)
          .split(/\s+/)
          .filter(Boolean).length <= 2
      )
        continue
      const typo = misspelled(word, customer)
      if (!typo && !isName(word, slot === 'greeting' || slot === 'title' ? 'greeting' : 'vocative', slot !== 'greeting' && slot !== 'title' && (ADDRESS_CUE.test(lead) || OPENED.test(lead)))) continue
      const start = span[0]!.start
      const end = span[span.length - 1]!.end
      const written = typo ? customer.display.split(' ').find((w) => foldName(w) === typo) : undefined
      const fix = written ?? (slot === 'title' ? customer.last! : span.length > 1 && customer.last ? `${customer.first} ${customer.last}` : customer.first)
      const actual = doc.text.slice(start, end) // decoded: `José` for `Jos&eacute;` in HTML
      out.push({ start, end, messageId: typo ? 'misspelled' : 'notCustomer', data: { actual, name: customer.display, fix }, fix })
    }
    return out
  }

  /** A chat message ending on a known first name after more than `Thanks,`: an address, not a signature. */
  function chatAddress(doc: DocumentState, lead: string, word: string): boolean {
    return doc.context.channel === 'chat' && lead.split(/\s+/).filter(Boolean).length > 2 && isName(word, 'vocative')
  }
}

/** Names the agent gives themselves: `I'm Sam`, `my name is Sam`, `Sam here`, a sign-off name. */
function ownNames(doc: DocumentState): Set<string> {
  const own = new Set<string>()
  // `Sam here`: the name is the first capital of its word onwards, and the match starts at the word's
  // start (lookbehind), not at every capital of a long all-caps word (quadratic; issue 17).
  const intro = /\b(?:[Mm]y name is|[Nn]ame['’]s|I am|I['’]m|[Tt]his is|[Ii]t['’]s)\s+(\p{Lu}[\p{L}\p{M}'’-]+)|(?<![\p{L}\p{M}'’-])[\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{M}'’-]*(\p{Lu}[\p{L}\p{M}'’-]+)\s+(?:here|from\s+(?:the\s+)?\p{Lu})/gu
  for (let m = intro.exec(doc.text); m; m = intro.exec(doc.text)) own.add((m[1] ?? m[2]!).toLowerCase())
  // Capitalised words on the short last lines of a multi-line reply: the signature.
  const lines = doc.text
    .trimEnd()
    .split('\n')
    .filter((l) => l.trim())
  for (const l of lines.slice(Math.max(1, lines.length - 3))) {
    if ((l.match(/\S+/g) ?? []).length > 5) continue
    for (const w of l.match(/\p{Lu}[\p{L}\p{M}'’-]+/gu) ?? []) own.add(w.toLowerCase())
  }
  return own
}

/** A thanks, wish, goodbye or offer of more help that the name closes: the sentence before it starts with one. */
const ADDRESS_CUE =
  /^(?:thanks|thank you|many thanks|cheers|take care|have an? |enjoy|good luck|best of luck|all the best|bye|goodbye|see you|talk soon|speak soon|stay safe|happy|congratulations|congrats|welcome|sorry again|hope you|we hope you|i hope you|(?:i |we )?hope (?:this|that|it)\b|is there anything else|anything else|can i help with anything else|let me know if|let us know if|feel free|don['’]t hesitate|do not hesitate)/i

/** A wish to the reader (not a thanks or a goodbye, which may close a signature). */
const WISH = /^(?:(?:i |we )?hope you|enjoy|have an? |good luck|best of luck|all the best|take care|stay safe|happy|congratulations|congrats)/i

/**
 * A title and a surname addressing the reader (`Once again, Mr Patel, I apologise`, `Mr Patel, please
 * call us`, `Thank you for your patience, Mrs Obi.`): after a comma that ends a short clause or a
 * thanks, or opening a sentence before a comma. Not an apposition (`our engineer, Mr Patel, will call`,
 * `Mr Patel, our engineer, will call`) or a name in a sentence (`I spoke to Mr Patel.`).
 */
const TITLED = /(^|[,;:]\s{0,3}|[.!?]\s{1,3})(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? (\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*)(?=([,.!?;:]|$))/gu
/** Words that open a clause spoken to the reader after `Mr Patel,` (`Mr Patel, I apologise`, `Ms Grant, if it…`). */
const NEXT_TO_READER =
  /^(?:I|I['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d|ll)|you|you['’](?:re|ve|d|ll)|please|thank|thanks|sorry|apologies|if|once|unfortunately|rest assured|just|could you|can you|would you|will you|do|don['’]t|let|here|as requested|as promised|as discussed|good news|great news)\b/i

function titledAddresses(doc: DocumentState, line: Span, after: number): Span[] {
  const out: Span[] = []
  const text = doc.text.slice(line.start, line.end)
  // The sentence each match stands in, found by reading the line once: a line of thousands of
  // `Mr Patel,` with no full stop made every match re-read (and re-tokenise) the line before it.
  let sentence = 0
  let read = 0
  TITLED.lastIndex = 0
  for (let m = TITLED.exec(text); m; m = TITLED.exec(text)) {
    const gap = text.slice(Math.max(0, read - 1), m.index)
    const cut = Math.max(gap.lastIndexOf('. '), gap.lastIndexOf('! '), gap.lastIndexOf('? '))
    if (cut !== -1) sentence = Math.max(0, read - 1) + cut + 2
    read = m.index
    const start = line.start + m.index + m[0].length - m[2]!.length
    if (start < after) continue
    if (/^[,;:]/.test(m[1]!)) {
      const words = clauseWords(text, sentence, m.index)
      if (ROLES.test(words.at(-1) ?? '')) continue
      const lead = headAt(text, sentence, m.index)
      if (words.length > 3 && !ADDRESS_CUE.test(lead) && !/^(?:sorry|(?:i |we )?apologi[sz]e)/i.test(lead)) continue
    } else {
      // Opening a sentence: only before a comma and a clause spoken to the reader, not an apposition
      // (`Mr Okafor, our engineer, will call`) or an aside (`Mr Okafor, however, will call`).
      if (m[3] !== ',' || !NEXT_TO_READER.test(headAt(text, m.index + m[0].length + 1, text.length))) continue
    }
    out.push({ value: m[2]!, start, end: start + m[2]!.length })
  }
  return out
}

const WORD = /[\p{L}\p{N}'’]+/gu

/**
 * The words of `text[from, to)` as far as a caller reads them: all of them when there are at most
 * four (it counts up to four), else the last few (it reads the last one). Tokenises only the tail
 * unless the tail holds too few words to tell.
 */
function clauseWords(text: string, from: number, to: number): string[] {
  const tail = text.slice(Math.max(from, to - 80), to).match(WORD) ?? []
  return tail.length > 3 || to - from <= 80 ? tail : (text.slice(from, to).match(WORD) ?? [])
}

/** The first characters of `text[from, to)` after its leading space: all the anchored cue patterns read. */
function headAt(text: string, from: number, to: number): string {
  let i = from
  while (i < to && /\s/.test(text[i]!)) i++
  // Trimmed at its end too when it reaches `to`, as the whole clause was.
  return i + 100 >= to ? text.slice(i, to).trimEnd() : text.slice(i, i + 100)
}

/** Words that open a clause spoken to the reader: after `Sarah, …,` they make Sarah the addressee. */
const TO_READER = /^(?:you|please|could you|can you|would you|will you|if you|thanks|thank you)\b/i
/**
 * A short opener that speaks to the reader before a name set off by commas (`Rest assured, Anjali, I've
 * moved it`, `Good news, Tom, we found it`): the name is an address when the clause after it is the agent's
 * or the reader's (`I`, `we`, `you`, `please`); `Rest assured, our engineer, John, will call` is not.
 */
const OPENER = "(?:Rest assured|Don['’]t worry|Good news|Great news|Unfortunately|Sadly|Once again|Again|As promised|As requested|As discussed|Of course|Absolutely|Just so you know|In the meantime|Meanwhile|Also|Sure|Yes|No problem|Okay|OK)"
const OPENED = new RegExp(`^${OPENER},$`, 'i')
const AGENT_OR_READER = /^(?:I|I['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d|ll)|you|you['’](?:re|ve|d|ll)|please|could you|can you|would you|will you|if you)(?![\p{L}'’])/iu
/** A name opening a sentence (after an opener, or not) and set off by a comma; compiled once, not once per line. */
const SENTENCE_ADDRESS = new RegExp(`(?:^|[.!?]\\s+)(${OPENER},\\s)?(\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]*),\\s`, 'gu')

/**
 * Names opening a body sentence whose next clause speaks to the reader (`Sarah, you can…`, `Sarah, as
 * the admin on your workspace, you can…`); not an apposition (`Sarah, our billing lead, will call you`).
 */
function sentenceAddresses(doc: DocumentState, line: Span): Span[] {
  const out: Span[] = []
  const text = doc.text.slice(line.start, line.end)
  const re = SENTENCE_ADDRESS
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length - 2
    const start = end - m[2]!.length
    const stop = text.slice(end).search(/[.!?](?:\s|$)/)
    const clauses = text.slice(end + 1, stop === -1 ? text.length : end + stop).split(',')
    // After an opener, only the very next clause counts, and it may be the agent's (`…, Anjali, I've moved it`).
    const toReader = m[1] ? AGENT_OR_READER.test(clauses[0]!.trim()) : clauses.slice(0, 3).some((c) => TO_READER.test(c.trim()))
    if (toReader) out.push({ value: m[2]!, start: line.start + start, end: line.start + end })
  }
  return out
}

const MALE_TITLES = new Set(['mr', 'mister'])
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'madam'])

/**
 * `Dear Mr Laurent` to Sophie Laurent: the title says one sex and the customer's first name, by the
 * lexicon, only the other. Names the lexicon gives both (Jordan, Alex) and titles without one (Dr) pass.
 */
function titleMismatch(doc: DocumentState, surname: Span, customer: CustomerName): NameFinding | undefined {
  const m = /(?<!\p{L})(\p{L}{2,6})\.?\s{1,3}$/u.exec(doc.text.slice(Math.max(0, surname.start - 12), surname.start))
  if (!m || !customer.last) return undefined
  const title = m[1]!.toLowerCase()
  const tags = lexiconTags(customer.first)
  const female = tags.includes('FemaleName') && !tags.includes('MaleName')
  const male = tags.includes('MaleName') && !tags.includes('FemaleName')
  if (!((MALE_TITLES.has(title) && female) || (FEMALE_TITLES.has(title) && male))) return undefined
  const start = surname.start - m[0].length
  const fix = `${customer.first} ${customer.last}`
  const actual = doc.text.slice(start, surname.end)
  return { start, end: surname.end, messageId: 'wrongTitle', data: { actual, first: customer.first, usually: female ? 'a woman’s name' : 'a man’s name', fix }, fix }
}

/** The text of the sentence that leads up to `end`, from the line start or the last full stop. */
function sentenceBefore(text: string, lineStart: number, end: number): string {
  const before = text.slice(lineStart, end)
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '))
  return (cut === -1 ? before : before.slice(cut + 2)).trim()
}

/** The customer wrote the name themselves (signing, or writing for the account holder), not `my partner Kevin`: not a mix-up. */
function mentioned(message: string, word: string, mentions: MentionWords): boolean {
  if (!message) return false
  if (message !== lastMessage) {
    lastMessage = message
    lastWords = writtenNames(
      message,
      mentions,
      (w) => w.replace(/['’]s$/, ''),
      (w) => w.toLowerCase(),
    )
  }
  return lastWords.has(word)
}

let lastMessage = ''
let lastWords = new Set<string>()

/** `Thanks, Sam` closing a one-line reply is a signature, not an address. */
function endsReply(doc: DocumentState, span: Span): boolean {
  return doc.text.slice(span.end).replace(/[\s.!,]/g, '') === ''
}

export default rule
