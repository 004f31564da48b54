/**
 * `language`: one info diagnostic when the draft is in a language netiquette has no rules for,
 * saying which language was detected and that only language-independent rules ran.
 */
import { defineRule } from '../../src/rule.js'
import { noOptions } from '../../src/config/schema.js'
import { SUPPORTED } from '../../src/language.js'

const rule = defineRule({
  meta: {
    id: 'language',
    description: 'Drafts in a language netiquette has no rules for (only language-independent rules run)',
    severity: 'info',
    fixable: false,
    category: 'language',
    languages: ['*'],
    schema: noOptions,
    messages: {
      unsupported:
        "This draft looks like {{language}}; netiquette has rules for English and Turkish, so only language-independent rules ran (placeholder, pii, copy-paste, shouting, length) and the safety checks (profanity, insult) with the fallback language's words.",
    },
  },
  create: (ctx) => {
    const doc = ctx.document
    const detected = ctx.context.detectedLanguage
    if ((SUPPORTED as readonly string[]).includes(detected)) return
    const start = doc.prose.search(/\S/)
    if (start === -1) return
    const firstLineEnd = doc.prose.indexOf('\n', start)
    const end = firstLineEnd === -1 ? doc.prose.trimEnd().length : doc.prose.slice(0, firstLineEnd).trimEnd().length
    ctx.report({ messageId: 'unsupported', data: { language: languageName(detected) }, start, end: Math.max(start, end) })
  },
})

const NAMES: Record<string, string> = { spa: 'Spanish', fra: 'French', deu: 'German', por: 'Portuguese', ita: 'Italian', nld: 'Dutch', rus: 'Russian', arb: 'Arabic', cmn: 'Chinese', jpn: 'Japanese', pol: 'Polish', ind: 'Indonesian', swe: 'Swedish' }

function languageName(code: string): string {
  return NAMES[code] ? `${NAMES[code]} (${code})` : `“${code}”`
}

export default rule
