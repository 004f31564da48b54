/**
 * `language`: one info diagnostic when the draft is in a language netiquette has no rules for,
 * saying which language was detected and that only language-independent rules ran.
 */
import { defineRule, report } from '../../src/rule.js'
import { noOptions } from '../../src/config/schema.js'
import { getDocument } from '../../src/document.js'
import { SUPPORTED } from '../../src/language.js'

const rule = defineRule(
  {
    id: 'language',
    description: 'Drafts in a language netiquette has no rules for (only language-independent rules run)',
    severity: 'info',
    fixable: false,
    category: 'language',
    languages: ['*'],
    schema: noOptions,
  },
  () => (tree, file) => {
    const doc = getDocument(file, tree)
    const detected = doc.context.detectedLanguage
    if ((SUPPORTED as readonly string[]).includes(detected)) return
    const start = doc.prose.search(/\S/)
    if (start === -1) return
    const firstLineEnd = doc.prose.indexOf('\n', start)
    const end = firstLineEnd === -1 ? doc.prose.trimEnd().length : doc.prose.slice(0, firstLineEnd).trimEnd().length
    report(file, rule.meta, {
      start,
      end: Math.max(start, end),
      reason: `This draft looks like ${languageName(detected)}; netiquette has rules for English and Turkish, so only language-independent rules ran (placeholder, pii, copy-paste, shouting, length).`,
    })
  },
)

const NAMES: Record<string, string> = { spa: 'Spanish', fra: 'French', deu: 'German', por: 'Portuguese', ita: 'Italian', nld: 'Dutch', rus: 'Russian', arb: 'Arabic', cmn: 'Chinese', jpn: 'Japanese', pol: 'Polish', ind: 'Indonesian', swe: 'Swedish' }

function languageName(code: string): string {
  return NAMES[code] ? `${NAMES[code]} (${code})` : `“${code}”`
}

export default rule
