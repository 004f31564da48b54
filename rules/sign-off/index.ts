/**
 * `sign-off`: an e-mail that ends without a closing line or signature (`Best regards, Sam`,
 * `Kind regards`, `Thanks, The Acme Support Team`). The fix appends the configured `signature`;
 * without one, the rule suggests a closing. Chat, social and SMS replies don't sign off.
 */
import { defineRule, perLanguage } from '../../src/rule.js'
import { options, strings, channels, boolean } from '../../src/config/schema.js'
import type { Channel } from '../../src/types.js'
import { languageData } from '../../src/kit/language-pack.js'
import { ClosingFinder, type SignOffData } from './closing.js'

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

/** Closings suggested when no signature is configured, by data language. */
const CLOSINGS = { en: ['Best regards,', 'Kind regards,'], tr: ['Saygılarımızla,', 'İyi günler dileriz,'] } as const

const rule = defineRule({
  meta: {
    id: 'sign-off',
    description: 'E-mails end with a closing line or signature',
    severity: 'warning',
    fixable: true,
    category: 'courtesy',
    languages: ['en', 'tr'],
    schema: options({ add: strings, ignore: strings, channels, templates: boolean }),
    messages: {
      addSignature: 'End the e-mail with a sign-off: add your signature after the last line.',
      addClosing: 'End the e-mail with a closing line and your name ({{closings}}): an e-mail that stops after the last sentence reads as abrupt.',
    },
  },
  prepare: (opts: SignOffOptions, shared) => ({
    signature: shared.config.signature?.trim(),
    channels: new Set<Channel>(opts.channels ?? ['email']),
    finderOf: perLanguage((language) => new ClosingFinder(languageData<SignOffData>('sign-off', language), opts.add, opts.ignore, language)),
  }),
  create: (ctx) => {
    const doc = ctx.document
    const { signature, channels } = ctx.state
    if (!channels.has(doc.context.channel) || (doc.context.template && !ctx.options.templates)) return
    const closing = ctx.state.finderOf(ctx.language).find(doc, signature)
    if (closing.found || !closing.last) return
    const { start, end } = closing.last
    const line = doc.raw.slice(start, end)
    if (signature) {
      const fix = `${line}\n\n${signature}`
      ctx.report({ messageId: 'addSignature', start, end, expected: [fix], fix })
      return
    }
    const closings = CLOSINGS[ctx.language]
    ctx.report({ messageId: 'addClosing', data: { closings: closings.map((c) => `\`${c}\``).join(' / ') }, start, end, expected: closings.map((c) => `${line}\n\n${c}`) })
  },
})

export default rule
