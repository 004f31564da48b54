/**
 * `sign-off`: an e-mail that ends without a closing line or signature (`Best regards, Sam`,
 * `Kind regards`, `Thanks, The Acme Support Team`). The fix appends the configured `signature`;
 * without one, the rule suggests a closing. Chat, social and SMS replies don't sign off.
 */
import { defineRule, report, sharedConfig } from '../../src/rule.js'
import { options, strings, channels, boolean } from '../../src/config/schema.js'
import { getDocument } from '../../src/document.js'
import type { Channel } from '../../src/types.js'
import { ClosingFinder, type SignOffData } from './closing.js'
import en from './en.json' with { type: 'json' }
import tr from './tr.json' with { type: 'json' }

export interface SignOffOptions {
  /** Extra closing phrases (`warm wishes from sunny Leeds`). */
  add?: string[]
  /** Built-in closings not to accept (`cheers` for a formal brand voice). */
  ignore?: string[]
  /** Channels that need a sign-off (default e-mail only). */
  channels?: Channel[]
  /** Check canned templates too (default false: help desks usually append the signature). */
  templates?: boolean
}

const data: Readonly<Record<string, SignOffData>> = { en, tr }

/** Closings suggested when no signature is configured. */
const CLOSINGS: Readonly<Record<string, readonly string[]>> = { en: ['Best regards,', 'Kind regards,'], tr: ['Saygılarımızla,', 'İyi günler dileriz,'] }

const rule = defineRule(
  {
    id: 'sign-off',
    description: 'E-mails end with a closing line or signature',
    severity: 'warning',
    fixable: true,
    category: 'courtesy',
    languages: ['en', 'tr'],
    schema: options({ add: strings, ignore: strings, channels, templates: boolean }),
  },
  (options) => {
    const opts = (options ?? {}) as SignOffOptions
    const signature = sharedConfig(options).signature?.trim()
    const channels = new Set<Channel>(opts.channels ?? ['email'])
    const finders = new Map<string, ClosingFinder>()
    return (tree, file) => {
      const doc = getDocument(file, tree)
      if (!channels.has(doc.context.channel) || (doc.context.template && !opts.templates)) return
      const language = doc.context.language
      let finder = finders.get(language)
      if (!finder) finders.set(language, (finder = data[language] ? new ClosingFinder(data[language]!, opts.add, opts.ignore, language) : new ClosingFinder(en, opts.add, opts.ignore)))
      const closing = finder.find(doc, signature)
      if (closing.found || !closing.last) return
      const { start, end } = closing.last
      const line = doc.raw.slice(start, end)
      const fix = signature ? `${line}\n\n${signature}` : undefined
      report(file, rule.meta, {
        start,
        end,
        reason: signature
          ? 'End the e-mail with a sign-off: add your signature after the last line.'
          : `End the e-mail with a closing line and your name (${language === 'tr' ? '`Saygılarımızla,` / `İyi günler dileriz,`' : '`Best regards,` / `Kind regards,`'}): an e-mail that stops after the last sentence reads as abrupt.`,
        expected: fix ? [fix] : (CLOSINGS[language] ?? CLOSINGS.en!).map((c) => `${line}\n\n${c}`),
        fix,
      })
    }
  },
)

export default rule
