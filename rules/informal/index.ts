/**
 * `informal`: text-speak and slang in a professional reply (u, ur, pls, thx, gonna, lol, idk,
 * k, `no worries mate`), and emoji or emoticons in e-mail. One- and two-letter words (`u`, `k`,
 * `ya`) only count as standalone lower-case words: not `U.S.`, `Plan U`, `Vitamin K`, `5 k`.
 * The fix writes the formal word when there is exactly one (`pls` → `please`).
 */
import { defineRule, report, perLanguage } from '../../src/rule.js'
import { options, mapOf, string, strings, boolean } from '../../src/config/schema.js'
import { getDocument, type Token } from '../../src/document.js'
import { PhraseMatcher } from '../../src/text/phrases.js'
import { insideInlineQuote } from '../../src/text/inline-quotes.js'
import { lowerTurkish } from '../../src/text/phrases.js'
import { upperTurkish } from '../../src/text/turkish.js'
import data from './en.json' with { type: 'json' }
import trData from './tr.json' with { type: 'json' }
import { endsWithMark } from '../../src/text/trailing.js'

export interface InformalEntry {
  formal: string[]
  fix?: boolean
  case?: 'lower' | 'any' | 'mixed' | 'lowerOrCaps'
  guard?: boolean
  email?: boolean
  /** Next words that make the word harmless (`lan kablosu`). */
  notBefore?: string[]
  /** Turkish: a misspelling (`birşey`) or `sen` for `siz`, with its own message. */
  kind?: 'spelling' | 'pronoun'
}

export interface InformalOptions {
  /** More words: `{ "gr8t": "great" }` or full entries. */
  add?: Record<string, string | string[] | InformalEntry>
  /** Words or phrases never flagged. */
  ignore?: string[]
  /** Emoji and emoticons: true allows them everywhere, false flags them on every channel; default flags them in e-mail only. */
  emoji?: boolean
  /** Turkish: flag `sen`/`sana` addressed to the customer (default false: some brands use `sen` on purpose). */
  pronouns?: boolean
}

interface Pack {
  turkish: boolean
  matcher: PhraseMatcher<InformalEntry>
  labels: Set<string>
  lower: (w: string) => string
  upper: (w: string) => string
}

const EMOJI = /(?:(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:[\u{1F3FB}-\u{1F3FF}\uFE0F]|\u200D\p{Extended_Pictographic}\uFE0F?)*)+/gu
const EMOTICON = /(?<=^|[\s.!?,])(?:[:;=]-?[)(DPp/|\\]|[:;]'-?\(|:-?[oO]|<3|\^_\^|xD|¯\\_\(ツ\)_\/¯)(?=$|[\s.!?,)])/gu
const PREFIX = /[\^*/~@#\\_-]$/
const GAP = (gap: string): boolean => /^[\s,/\-–]*$/.test(gap) && gap.length < 4

const rule = defineRule(
  {
    id: 'informal',
    description: 'Text-speak and slang (u, pls, thx, gonna, lol, idk), and emoji or emoticons in e-mail',
    severity: 'warning',
    fixable: true,
    category: 'tone',
    languages: ['en', 'tr'],
    schema: options({ add: mapOf({ anyOf: [string, strings, { type: 'object', required: ['formal'], additionalProperties: false, properties: { formal: strings, fix: boolean, case: { type: 'string', enum: ['lower', 'any', 'mixed'] }, guard: boolean, email: boolean, notBefore: strings, kind: { type: 'string', enum: ['spelling', 'pronoun'] } } }] }), ignore: strings, emoji: boolean, pronouns: boolean }),
  },
  (options) => {
    const opts = (options ?? {}) as InformalOptions
    // One pack per language, the Turkish one built on the first Turkish draft.
    const packOf = perLanguage((language) => buildPack(language, opts))

    return (tree, file) => {
      const doc = getDocument(file, tree)
      const channel = doc.context.channel
      const { matcher, labels, lower, upper, turkish } = packOf(doc.context.language)
      const nameParts = new Set(lower(doc.context.customer.name ?? '').split(/[\s-]+/).filter(Boolean))
      for (const sentence of doc.sentences()) {
        const list = sentence.words.map(trimDot)
        for (const hit of matcher.match(list, doc.prose, GAP)) {
          const entry = hit.entry
          if (entry.email && channel !== 'email') continue
          const first = list[hit.from]!
          if (!caseOk(entry.case ?? 'mixed', list, hit.from, hit.to, doc.prose, lower)) continue
          const next = list[hit.to]
          if (entry.notBefore && next && /^\s+$/.test(doc.prose.slice(list[hit.to - 1]!.end, next.start)) && entry.notBefore.includes(next.lower)) continue
          if (PREFIX.test(doc.prose.slice(Math.max(0, first.start - 1), first.start))) continue
          if (hit.to - hit.from === 1 && nameParts.has(first.lower)) continue
          if (entry.guard && !guardOk(list, hit.from, doc.prose, labels)) continue
          if (insideInlineQuote(doc.prose, hit.start, hit.end)) continue
          const actual = doc.raw.slice(hit.start, hit.end)
          // Turkish rewrites are capitalised in the data (`Teşekkürler`): lower-case them mid-sentence.
          const atStart = turkish && sentenceStart(list, hit.from, doc.prose)
          const formal = (entry.formal ?? []).map((f) => (turkish ? caseTurkish(f, actual, atStart) : matchCase(f, actual, lower, upper)))
          const fix = entry.fix !== false && formal.length > 0 ? formal[0] : undefined
          const what =
            entry.kind === 'spelling'
              ? `“${actual}” is a common misspelling, which reads as careless`
              : entry.kind === 'pronoun'
                ? `“${actual}” addresses the customer informally (sen); use the polite siz form`
                : `“${actual}” is text-speak or slang, too casual for a professional reply`
          report(file, rule.meta, {
            start: hit.start,
            end: hit.end,
            reason: what + (formal.length > 0 ? `: write “${formal.join('” or “')}”.` : ': leave it out.'),
            expected: formal,
            ...(fix !== undefined ? { fix } : {}),
          })
        }
      }
      const emojiOn = opts.emoji === false || (opts.emoji === undefined && channel === 'email')
      if (!emojiOn) return
      for (const re of [EMOJI, EMOTICON]) {
        re.lastIndex = 0
        for (let m = re.exec(doc.prose); m; m = re.exec(doc.prose)) {
          if (insideInlineQuote(doc.prose, m.index, m.index + m[0].length)) continue
          report(file, rule.meta, {
            start: m.index,
            end: m.index + m[0].length,
            reason: `“${m[0]}”: ${re === EMOJI ? 'emoji are' : 'emoticons are'} too casual for ${channel === 'email' ? 'an e-mail' : 'a professional reply'}; say it in words or leave it out.`,
            expected: [],
          })
        }
      }
    }
  },
)

/** retext keeps a full stop on short words (`k.`, `OK.`): match the word without it. */
function trimDot(w: Token): Token {
  return w.value.length > 1 && w.value.endsWith('.') && !w.value.slice(0, -1).includes('.')
    ? { value: w.value.slice(0, -1), lower: w.lower.slice(0, -1), start: w.start, end: w.end - 1 }
    : w
}

function caseOk(mode: string, words: readonly Token[], from: number, to: number, text: string, lower: (w: string) => string): boolean {
  if (mode === 'any') return true
  for (let i = from; i < to; i++) {
    const v = words[i]!.value
    if (v === lower(v)) continue
    if (mode === 'lowerOrCaps' && v.length > 1 && v === v.toUpperCase() && capsStandsAlone(words, to, text)) continue
    const capitalised = v.charAt(0) !== lower(v.charAt(0)) && v.slice(1) === lower(v.slice(1))
    if (!capitalised) return false
    if ((mode === 'lower' || mode === 'lowerOrCaps') && !(i === from && sentenceStart(words, i, text))) return false
  }
  return true
}

/** `TY`, `TQ` in capitals are thanks when they end a clause or lead `for`/`so`, not `the TY column` (an acronym). */
function capsStandsAlone(words: readonly Token[], to: number, text: string): boolean {
  const next = words[to]
  return !next || /[.,!?;:\-–^/*~\n]/.test(text.slice(words[to - 1]!.end, next.start)) || CAPS_THANKS_NEXT.has(next.lower)
}

const CAPS_THANKS_NEXT = new Set(['for', 'so', 'very', 'again'])

function sentenceStart(words: readonly Token[], i: number, text: string): boolean {
  return i === 0 || endsWithMark(text.slice(words[i - 1]!.end, words[i]!.start), '\n.!?')
}

/** One- and two-letter words: standalone only (`Plan U`, `5 k`, `U.S.`, `u s` are not text-speak). */
function guardOk(words: readonly Token[], i: number, text: string, labels: Set<string>): boolean {
  const w = words[i]!
  const prev = words[i - 1]
  const next = words[i + 1]
  if (prev && (labels.has(prev.lower) || /\d/.test(prev.value))) return false
  if (next && next.value.length === 1 && /^\s$/.test(text.slice(w.end, next.start))) return false
  const after = text.charAt(w.end)
  const before = text.charAt(w.start - 1)
  if (/[.\-–'’&+=%$€£\d_/:@]/.test(after) && !/^\.(\s|$)/.test(text.slice(w.end, w.end + 2))) return false
  if (/[-–&+=$€£\d_.]/.test(before)) return false
  return true
}

function matchCase(formal: string, actual: string, lower: (w: string) => string, upper: (w: string) => string): string {
  if (!formal || /^(I|OK)\b/.test(formal)) return formal
  const capital = actual.charAt(0) !== lower(actual.charAt(0))
  return capital ? upper(formal.charAt(0)) + formal.slice(1) : formal
}

/** Turkish: capitalised at the start of a sentence or after a capital, else lower case (`…, teşekkürler.`). */
function caseTurkish(formal: string, actual: string, atStart: boolean): string {
  if (!formal) return formal
  const first = actual.charAt(0)
  if (atStart || first !== lowerTurkish(first)) return upperTurkish(formal.charAt(0)) + formal.slice(1)
  return lowerTurkish(formal.charAt(0)) + formal.slice(1)
}

function buildPack(language: string, opts: InformalOptions): Pack {
  const tr = language === 'tr'
  const lower = tr ? lowerTurkish : (w: string): string => w.toLowerCase()
  const ignore = new Set((opts.ignore ?? []).map(lower))
  const words: Record<string, InformalEntry> = { ...((tr ? trData.words : data.words) as Record<string, InformalEntry>) }
  if (tr) {
    for (const [word, fixed] of Object.entries(trData.spelling)) words[word] = { formal: [fixed], kind: 'spelling' }
    if (opts.pronouns === true) for (const [word, formal] of Object.entries(trData.pronouns)) words[word] = { formal, fix: false, case: 'lower', kind: 'pronoun' }
  }
  for (const [word, value] of Object.entries(opts.add ?? {})) {
    words[word] = typeof value === 'string' || Array.isArray(value) ? { formal: ([] as string[]).concat(value) } : value
  }
  const entries = Object.entries(words)
    .filter(([w]) => !ignore.has(lower(w)))
    .map(([w, e]): [string, InformalEntry] => [w, e.notBefore ? { ...e, notBefore: e.notBefore.map(lower) } : e])
  return {
    turkish: tr,
    matcher: new PhraseMatcher<InformalEntry>(entries, tr ? 'tr' : 'en'),
    labels: new Set((tr ? trData.labels : data.labels).map(lower)),
    lower,
    upper: tr ? upperTurkish : (w: string): string => w.toUpperCase(),
  }
}

export default rule
