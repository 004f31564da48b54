/**
 * `informal`: text-speak and slang in a professional reply (u, ur, pls, thx, gonna, lol, idk,
 * k, `no worries mate`), and emoji or emoticons in e-mail. One- and two-letter words (`u`, `k`,
 * `ya`) only count as standalone lower-case words: not `U.S.`, `Plan U`, `Vitamin K`, `5 k`.
 * The fix writes the formal word when there is exactly one (`pls` → `please`).
 */
import { defineRule, perLanguage, type RuleLanguage } from '../../src/rule.js'
import { options, mapOf, string, strings, boolean } from '../../src/config/schema.js'
import type { Token } from '../../src/document.js'
import { languageData } from '../../src/kit/language-pack.js'
import { createPhraseMatcher, type WordPhraseMatcher } from '../../src/kit/matcher.js'
import { insideInlineQuote } from '../../src/text/inline-quotes.js'
import { lowerTurkish } from '../../src/text/phrases.js'
import { upperTurkish } from '../../src/text/turkish.js'
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

/** A language's lists (`rules/informal/<language>.json`): `spelling` and `pronouns` exist in Turkish only. */
interface InformalData {
  words: Record<string, InformalEntry>
  labels: string[]
  /** Careless spellings → the right one (`birşey` → `bir şey`). */
  spelling?: Record<string, string>
  /** `sen` forms → the polite `siz` forms (flagged with the `pronouns` option). */
  pronouns?: Record<string, string[]>
}

/** How a language writes case, and how a rewrite takes the case of the word it replaces. */
interface Casing {
  lower: (w: string) => string
  /** The rewrite `formal` for `actual`; `atStart`: the word opens a sentence; `afterComma`: it follows a comma. */
  rewrite: (formal: string, actual: string, atStart: boolean, afterComma: boolean) => string
}

const CASINGS: Record<RuleLanguage, Casing> = {
  en: {
    lower: (w) => w.toLowerCase(),
    // After a comma the rewrite is mid-sentence whatever the slang's case: `Noted, TQ.` → `Noted, thank you.`
    rewrite: (formal, actual, _atStart, afterComma) =>
      afterComma
        ? formal
        : matchCase(
            formal,
            actual,
            (w) => w.toLowerCase(),
            (w) => w.toUpperCase(),
          ),
  },
  // Turkish rewrites are capitalised in the data (`Teşekkürler`): lower-case them mid-sentence.
  tr: { lower: lowerTurkish, rewrite: caseTurkish },
}

interface Pack extends Casing {
  matcher: WordPhraseMatcher<InformalEntry>
  labels: Set<string>
}

const EMOJI = /(?:(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:[\u{1F3FB}-\u{1F3FF}\uFE0F]|\u200D\p{Extended_Pictographic}\uFE0F?)*)+/gu
const EMOTICON = /(?<=^|[\s.!?,])(?:[:;=]-?[)(DPp/|\\]|[:;]'-?\(|:-?[oO]|<3|\^_\^|xD|¯\\_\(ツ\)_\/¯)(?=$|[\s.!?,)])/gu
const PREFIX = /[\^*/~@#\\_-]$/
const GAP = (gap: string): boolean => /^[\s,/\-–]*$/.test(gap) && gap.length < 4

/** The message ids of a kind of word: with a rewrite, and with none (`leave it out`). */
const MESSAGE_IDS = {
  slang: ['slang', 'slangLeaveOut'],
  spelling: ['misspelling', 'misspellingLeaveOut'],
  pronoun: ['pronoun', 'pronounLeaveOut'],
} as const

const rule = defineRule({
  meta: {
    id: 'informal',
    description: 'Text-speak and slang (u, pls, thx, gonna, lol, idk), and emoji or emoticons in e-mail',
    severity: 'warning',
    fixable: true,
    category: 'tone',
    languages: ['en', 'tr'],
    schema: options({
      add: mapOf({
        anyOf: [
          string,
          strings,
          {
            type: 'object',
            required: ['formal'],
            additionalProperties: false,
            properties: { formal: strings, fix: boolean, case: { type: 'string', enum: ['lower', 'any', 'mixed'] }, guard: boolean, email: boolean, notBefore: strings, kind: { type: 'string', enum: ['spelling', 'pronoun'] } },
          },
        ],
      }),
      ignore: strings,
      emoji: boolean,
      pronouns: boolean,
    }),
    messages: {
      slang: '“{{actual}}” is text-speak or slang, too casual for a professional reply: write “{{formal}}”.',
      slangLeaveOut: '“{{actual}}” is text-speak or slang, too casual for a professional reply: leave it out.',
      misspelling: '“{{actual}}” is a common misspelling, which reads as careless: write “{{formal}}”.',
      misspellingLeaveOut: '“{{actual}}” is a common misspelling, which reads as careless: leave it out.',
      pronoun: '“{{actual}}” addresses the customer informally (sen); use the polite siz form: write “{{formal}}”.',
      pronounLeaveOut: '“{{actual}}” addresses the customer informally (sen); use the polite siz form: leave it out.',
      emojiEmail: '“{{actual}}”: emoji are too casual for an e-mail; say it in words or leave it out.',
      emoji: '“{{actual}}”: emoji are too casual for a professional reply; say it in words or leave it out.',
      emoticonEmail: '“{{actual}}”: emoticons are too casual for an e-mail; say it in words or leave it out.',
      emoticon: '“{{actual}}”: emoticons are too casual for a professional reply; say it in words or leave it out.',
    },
  },
  // One pack per language, the Turkish one built on the first Turkish draft.
  prepare: (opts: InformalOptions) => ({ packOf: perLanguage((language) => buildPack(language, opts)) }),
  create: (ctx) => {
    const doc = ctx.document
    const opts = ctx.options
    const channel = doc.context.channel
    const { matcher, labels, lower, rewrite } = ctx.state.packOf(ctx.language)
    const nameParts = new Set(
      lower(doc.context.customer.name ?? '')
        .split(/[\s-]+/)
        .filter(Boolean),
    )
    for (const sentence of doc.sentences()) {
      const list = sentence.words.map(trimDot)
      for (const hit of matcher.match(list, doc.prose)) {
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
        const atStart = sentenceStart(list, hit.from, doc.prose)
        const afterComma = !atStart && hit.from > 0 && doc.prose.slice(list[hit.from - 1]!.end, first.start).includes(',')
        const formal = (entry.formal ?? []).map((f) => rewrite(f, actual, atStart, afterComma))
        const fix = entry.fix !== false && formal.length > 0 ? formal[0] : undefined
        const ids = MESSAGE_IDS[entry.kind ?? 'slang']
        ctx.report({
          messageId: formal.length > 0 ? ids[0] : ids[1],
          data: { actual, formal: formal.join('” or “') },
          start: hit.start,
          end: hit.end,
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
        const email = channel === 'email'
        ctx.report({ messageId: re === EMOJI ? (email ? 'emojiEmail' : 'emoji') : email ? 'emoticonEmail' : 'emoticon', data: { actual: m[0] }, start: m.index, end: m.index + m[0].length, expected: [] })
      }
    }
  },
})

/** retext keeps a full stop on short words (`k.`, `OK.`): match the word without it. */
function trimDot(w: Token): Token {
  return w.value.length > 1 && w.value.endsWith('.') && !w.value.slice(0, -1).includes('.') ? { value: w.value.slice(0, -1), lower: w.lower.slice(0, -1), start: w.start, end: w.end - 1 } : w
}

function caseOk(mode: string, words: readonly Token[], from: number, to: number, text: string, lower: (w: string) => string): boolean {
  if (mode === 'any') return true
  for (let i = from; i < to; i++) {
    const v = words[i]!.value
    if (v === lower(v)) continue
    if (mode === 'lowerOrCaps' && v.length > 1 && v === v.toUpperCase() && capsStandsAlone(words, to, text)) continue
    const capitalised = v.charAt(0) !== lower(v.charAt(0)) && v.slice(1) === lower(v.slice(1))
    if (!capitalised) return false
    if (mode === 'lower' || mode === 'lowerOrCaps') {
      if (!(i === from && sentenceStart(words, i, text))) return false
      // A capitalised word alone on its line is a name signing the reply (`Arvo`), not slang.
      if (to - from === 1 && aloneOnLine(words[i]!, text)) return false
    }
  }
  return true
}

/** `TY`, `TQ` in capitals are thanks when they end a clause or lead `for`/`so`, not `the TY column` (an acronym). */
function capsStandsAlone(words: readonly Token[], to: number, text: string): boolean {
  const next = words[to]
  return !next || /[.,!?;:\-–^/*~\n]/.test(text.slice(words[to - 1]!.end, next.start)) || CAPS_THANKS_NEXT.has(next.lower)
}

const CAPS_THANKS_NEXT = new Set(['for', 'so', 'very', 'again'])

function aloneOnLine(w: Token, text: string): boolean {
  const lineStart = text.lastIndexOf('\n', w.start - 1) + 1
  const lineEnd = text.indexOf('\n', w.end)
  return text.slice(lineStart, w.start).trim() === '' && text.slice(w.end, lineEnd === -1 ? text.length : lineEnd).trim() === ''
}

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

/** Turkish: capitalised at the start of a sentence or after a capital (not after a comma), else lower case (`…, teşekkürler.`). */
function caseTurkish(formal: string, actual: string, atStart: boolean, afterComma: boolean): string {
  if (!formal) return formal
  const first = actual.charAt(0)
  if (atStart || (!afterComma && first !== lowerTurkish(first))) return upperTurkish(formal.charAt(0)) + formal.slice(1)
  return lowerTurkish(formal.charAt(0)) + formal.slice(1)
}

function buildPack(language: RuleLanguage, opts: InformalOptions): Pack {
  const data = languageData<InformalData>('informal', language)
  const casing = CASINGS[language]
  const { lower } = casing
  const ignore = new Set((opts.ignore ?? []).map(lower))
  const words: Record<string, InformalEntry> = { ...data.words }
  for (const [word, fixed] of Object.entries(data.spelling ?? {})) words[word] = { formal: [fixed], kind: 'spelling' }
  if (opts.pronouns === true) for (const [word, formal] of Object.entries(data.pronouns ?? {})) words[word] = { formal, fix: false, case: 'lower', kind: 'pronoun' }
  for (const [word, value] of Object.entries(opts.add ?? {})) {
    words[word] = typeof value === 'string' || Array.isArray(value) ? { formal: ([] as string[]).concat(value) } : value
  }
  const entries = Object.entries(words)
    .filter(([w]) => !ignore.has(lower(w)))
    .map(([w, e]): [string, InformalEntry] => [w, e.notBefore ? { ...e, notBefore: e.notBefore.map(lower) } : e])
  return {
    ...casing,
    matcher: createPhraseMatcher(entries, { language, gap: GAP }),
    labels: new Set(data.labels.map(lower)),
  }
}

export default rule
