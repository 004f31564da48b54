/**
 * `greeting`: an e-mail (or the first chat message) without a greeting, or with an impersonal
 * one (`Dear customer`, `Hi there`, a bare `Hi,`) when the help desk knows the customer's name.
 * A name placeholder (`Hi {{first_name}},`) and title + surname (`Dear Ms. Khan`) are personal.
 * Greetings that name someone else are `wrong-name`'s business.
 */
import { defineRule, report } from '../../src/rule.js'
import { getDocument } from '../../src/document.js'
import type { Channel } from '../../src/types.js'
import { GreetingFinder, defaultGreetingFinder, greetingData, vocatives, type Greeting } from './greeting.js'
import { defaultNameMatcher, parseCustomerName, type CustomerName } from '../wrong-name/names.js'

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

const rule = defineRule(
  {
    id: 'greeting',
    description: 'E-mails and first chat messages greet the customer, by name when the name is known',
    severity: 'warning',
    fixable: true,
    category: 'personalization',
    languages: ['en'],
  },
  (options) => {
    const opts = (options ?? {}) as GreetingOptions
    const custom = opts.add !== undefined || opts.ignore !== undefined
    const finders = new Map<string, GreetingFinder>()
    const finderFor = (language: string): GreetingFinder => {
      if (!custom) return defaultGreetingFinder(language)
      let f = finders.get(language)
      if (!f) finders.set(language, (f = new GreetingFinder(greetingData[language] ?? greetingData.en!, opts.add, opts.ignore)))
      return f
    }
    const channels = new Set<Channel>(opts.channels ?? ['email', 'chat'])
    const matcher = defaultNameMatcher()
    return (tree, file) => {
      const doc = getDocument(file, tree)
      const { channel, followup } = doc.context
      // Chat follow-ups continue a conversation; social and SMS replies are too short to greet.
      if (!channels.has(channel) || (channel !== 'email' && followup)) return
      const finder = finderFor(doc.context.language)
      const customer = parseCustomerName(doc.context.customer.name)
      const isCustomer = (w: string): boolean => customer !== undefined && matcher.isCustomer(w, customer)
      const line = finder.firstLine(doc)
      if (!line) return
      const greeting = finder.find(doc, isCustomer)
      // "Thanks for reaching out, Maria!" addresses the customer by name without a salutation.
      const addressed = customer !== undefined && vocatives(doc, line, greeting?.end).some((v) => isCustomer(v.value))
      if (!greeting) {
        if (addressed || (doc.context.template && !opts.templates)) return
        const insert = customer ? (channel === 'chat' ? `Hi ${customer.first}! ` : `Hi ${customer.first},\n\n`) : undefined
        report(file, rule.meta, {
          start: line.start,
          end: line.start,
          reason: customer
            ? `Start with a greeting that uses the customer's name: the help desk knows them as ${customer.display}.`
            : 'Start the reply with a greeting: a reply that opens without one reads as curt.',
          expected: insert ? [insert] : [channel === 'chat' ? 'Hi! ' : 'Hello,\n\n'],
          fix: insert,
        })
        return
      }
      if ((greeting.kind !== 'generic' && greeting.kind !== 'bare') || !customer || addressed) return
      const fix = personal(greeting, customer)
      report(file, rule.meta, {
        start: greeting.start,
        end: greeting.end,
        reason: `Address the customer by name instead of “${doc.raw.slice(greeting.start, greeting.end)}”: the help desk knows them as ${customer.display}.`,
        expected: [fix],
        fix,
      })
    }
  },
)

/** `Dear customer` → `Dear Maria`, `Hi there` → `Hi Maria`, `To whom it may concern` → `Dear Maria`. */
function personal(greeting: Greeting, customer: CustomerName): string {
  const salutation = greeting.salutation.value
  const word = /^(to whom|dear)/i.test(salutation) ? 'Dear' : salutation.replace(/[\s/]+(there|sir.*|madam.*)$/i, '')
  return `${word} ${customer.first}`
}

export default rule
