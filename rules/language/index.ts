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

/** franc's codes that the runtime's language names (CLDR, through Intl) do not know. */
const NAMES: Record<string, string> = { zlm: 'Malay' }

/**
 * The language's English name from the runtime (Intl.DisplayNames: CLDR names for every code
 * franc-min returns bar a few), so a Malay reply no longer shows as a bare “zlm”.
 */
function languageName(code: string): string {
  const name = NAMES[code] ?? displayName(code)
  return name ? `${name} (${code})` : `“${code}”`
}

let names: Intl.DisplayNames | null | undefined
function displayName(code: string): string | undefined {
  try {
    names ??= typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }) : null
    return names?.of(code) ?? undefined
  } catch {
    // A code Intl rejects (not a valid language subtag), or a runtime without language names.
    return undefined
  }
}

export default rule
