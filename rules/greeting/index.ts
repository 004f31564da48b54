/**
 * `greeting`: an e-mail (or the first chat message) without a greeting, or with an impersonal
 * one (`Dear customer`, `Hi there`, a bare `Hi,`) when the help desk knows the customer's name.
 * A name placeholder (`Hi {{first_name}},`) and title + surname (`Dear Ms. Khan`) are personal.
 * Greetings that name someone else are `wrong-name`'s business.
 */
import { defineRule, perLanguage, type RuleLanguage } from '../../src/rule.js'
import { options, strings, channels, boolean } from '../../src/config/schema.js'
import type { Channel } from '../../src/types.js'
import { GreetingFinder, defaultGreetingFinder, greetingDataFor, honorificAddresses, vocatives, type Greeting } from '../../src/kit/salutation.js'
import { nameMatcherFor, parseCustomerName, turkishAddress, type CustomerName } from '../../src/kit/names.js'
import { lowerTurkish } from '../../src/text/phrases.js'
import { capitalizeTurkish } from '../../src/text/turkish.js'

export interface GreetingOptions {
  /** Extra impersonal addressees (`valued shopper`). */
  add?: string[]
  /** Addressees from the built-in list to accept as personal enough (`team`). */
  ignore?: string[]
  /** Channels that need a greeting on the first message (default e-mail and chat). */
  channels?: Channel[]
  /** Require a greeting in canned templates too (default false: macros are often inserted below one). */
  templates?: boolean
}

/** How a language greets: the greeting to insert, the personal form of an impersonal one, honorific addresses. */
interface Style {
  /** The greeting to insert: `Hi Maria,` / `Merhaba Ayşe Hanım,` and a blank line (inline in chat). */
  insert: (channel: Channel, customer: CustomerName) => string
  /** A greeting to suggest when the customer's name is unknown. */
  bare: (channel: Channel) => string
  /** The impersonal greeting made personal. */
  personal: (greeting: Greeting, customer: CustomerName) => string
  /** Turkish addresses the customer as `Ayşe Hanım` anywhere on the first line (`Teşekkürler Ayşe Hanım, …`). */
  honorifics: boolean
  /** Without a salutation, whether the name at `start` greets (Turkish: not at the end of a statement). */
  nameGreets: (text: string, lineStart: number, start: number) => boolean
  /** A short first line ending with the name greets in any language (`Bula Aroha,`); Turkish puts an honorific last. */
  nameLine: boolean
}

const STYLES: Record<RuleLanguage, Style> = {
  en: {
    insert: (channel, customer) => (channel === 'chat' ? `Hi ${customer.first}! ` : `Hi ${customer.first},\n\n`),
    bare: (channel) => (channel === 'chat' ? 'Hi! ' : 'Hello,\n\n'),
    personal,
    honorifics: false,
    nameGreets: () => true,
    nameLine: true,
  },
  tr: {
    insert: (channel, customer) => (channel === 'chat' ? `Merhaba ${turkishAddress(customer)}! ` : `Merhaba ${turkishAddress(customer)},\n\n`),
    bare: (channel) => (channel === 'chat' ? 'Merhaba! ' : 'Merhaba,\n\n'),
    personal: personalTurkish,
    honorifics: true,
    nameGreets: greetsTurkish,
    nameLine: false,
  },
}

const rule = defineRule({
  meta: {
    id: 'greeting',
    description: 'E-mails and first chat messages greet the customer, by name when the name is known',
    severity: 'warning',
    fixable: true,
    category: 'personalization',
    languages: ['en', 'tr'],
    schema: options({ add: strings, ignore: strings, channels, templates: boolean }),
    messages: {
      missingNamed: "Start with a greeting that uses the customer's name: the help desk knows them as {{name}}.",
      missing: 'Start the reply with a greeting: a reply that opens without one reads as curt.',
      impersonal: 'Address the customer by name instead of “{{greeting}}”: the help desk knows them as {{name}}.',
    },
  },
  prepare: (opts: GreetingOptions) => {
    const custom = opts.add !== undefined || opts.ignore !== undefined
    return {
      finderOf: perLanguage((language) => (custom ? new GreetingFinder(greetingDataFor(language), opts.add, opts.ignore, language) : defaultGreetingFinder(language))),
      channels: new Set<Channel>(opts.channels ?? ['email', 'chat']),
    }
  },
  create: (ctx) => {
    const doc = ctx.document
    const { channel, followup } = doc.context
    // Chat follow-ups continue a conversation; social and SMS replies are too short to greet.
    if (!ctx.state.channels.has(channel) || (channel !== 'email' && followup)) return
    const style = STYLES[ctx.language]
    const finder = ctx.state.finderOf(ctx.language)
    const matcher = nameMatcherFor(ctx.language)
    const customer = parseCustomerName(doc.context.customer.name)
    const isCustomer = (w: string): boolean => customer !== undefined && matcher.isCustomer(w, customer)
    const line = finder.firstLine(doc)
    if (!line) return
    const greeting = finder.find(doc, isCustomer)
    // "Thanks for reaching out, Maria!" addresses the customer by name without a salutation
    // (Turkish: `Teşekkürler Ayşe Hanım, …`, but not `Teslim saatinizi güncelledik, Melek Hanım.`).
    const addressed = (greets: (start: number) => boolean = () => true): boolean =>
      customer !== undefined &&
      (vocatives(doc, line, greeting?.end).some((v) => isCustomer(v.value) && greets(v.start)) || (style.honorifics && honorificAddresses(doc, line, greeting?.end).some((a) => a.names.some((n) => isCustomer(n.value)) && greets(a.names[0]!.start))))
    if (!greeting) {
      if ((doc.context.template && !ctx.options.templates) || addressed((start) => style.nameGreets(doc.text, line.start, start)) || (style.nameLine && greetsInOtherWords(line.value, isCustomer))) return
      if (!customer) {
        ctx.report({ messageId: 'missing', start: line.start, end: line.start, expected: [style.bare(channel)] })
        return
      }
      const insert = style.insert(channel, customer)
      ctx.report({ messageId: 'missingNamed', data: { name: customer.display }, start: line.start, end: line.start, expected: [insert], fix: insert })
      return
    }
    if ((greeting.kind !== 'generic' && greeting.kind !== 'bare') || !customer || addressed()) return
    const fix = style.personal(greeting, customer)
    ctx.report({ messageId: 'impersonal', data: { greeting: doc.text.slice(greeting.start, greeting.end), name: customer.display }, start: greeting.start, end: greeting.end, expected: [fix], fix })
  },
})

/**
 * `Bula Aroha,` / `Mabuhay Aroha!`: a first line of a few words that ends with the customer's name greets
 * them, whatever the salutation (the data lists the common ones: Kia ora, Aloha, Hola, G'day); so does
 * one that opens with the name and a dash (`Aroha – thanks for your message.`).
 * Split rather than matched with one pattern: a regex anchored at the end would rescan the line from every start.
 */
function greetsInOtherWords(line: string, isCustomer: (w: string) => boolean): boolean {
  const words = line.trim().split(/\s+/)
  const named = (word: string): boolean => /^\p{Lu}/u.test(word) && isCustomer(word)
  if (words.length >= 3 && /^[-–—]$/.test(words[1]!) && named(words[0]!)) return true
  if (words.length < 2 || words.length > 4) return false
  return named(words[words.length - 1]!.replace(/[,!]$/, ''))
}

/** Words of thanks, apology or welcome that make a name after them a greeting (`Teşekkürler Ayşe Hanım`). */
const COURTESY_TR = /teşekkür|sağ ?ol|özür|kusura|memnun|hoş ?geldin|merhaba|selam|günaydın|iyi (?:günler|akşamlar|sabahlar)|geçmiş olsun|tebrik|affedersiniz|üzgün/

/** Whether a Turkish name at `start` greets: it opens its sentence (two words before it at most) or follows a courtesy. */
function greetsTurkish(text: string, lineStart: number, start: number): boolean {
  const sentence =
    text
      .slice(lineStart, start)
      .split(/[.!?]\s/)
      .pop() ?? ''
  return (sentence.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 2 || COURTESY_TR.test(lowerTurkish(sentence))
}

/**
 * `Değerli müşterimiz` → `Değerli Ayşe Hanım`, `Merhaba` / `Merhaba efendim` → `Merhaba Ayşe Hanım`,
 * `Sayın yetkili` / `İlgili makama` → `Sayın Ayşe Hanım` (`Sayın Deniz Aydın` when the first name
 * does not tell whether `Bey` or `Hanım` fits).
 */
function personalTurkish(greeting: Greeting, customer: CustomerName): string {
  const address = turkishAddress(customer)
  if (greeting.kind === 'generic' && greeting.end === greeting.salutation.end) return `Sayın ${address}`
  const salutation = greeting.salutation.value.trim()
  // `SAYIN MÜŞTERİMİZ` → `Sayın Ayşe Hanım`, not `SAYIN Ayşe Hanım`.
  return `${/\p{Ll}/u.test(salutation) ? salutation : capitalizeTurkish(lowerTurkish(salutation))} ${address}`
}

/** `Dear customer` → `Dear Maria`, `Hi there` → `Hi Maria`, `To whom it may concern` → `Dear Maria`. */
function personal(greeting: Greeting, customer: CustomerName): string {
  const salutation = greeting.salutation.value
  const word = /^(to whom|dear)/i.test(salutation) ? 'Dear' : salutation.replace(/(?<![\s/])[\s/]+(there|sir.*|madam.*)$/i, '') // from the run's start only: linear
  return `${word} ${customer.first}`
}

export default rule
