/**
 * `shouting`: words in capitals used for emphasis (`PLEASE DO NOT REPLY`, `This is NOT
 * possible`) and repeated `!`/`?` (`!!`, `???`, `?!?!`). Acronyms and codes are not shouting:
 * a known acronym, a short capitalised word on its own, anything with a digit (SKU-2291,
 * SAVE20, E404), handles, hashtags, agent initials (^JR), keywords after `reply`/`enter code`,
 * menu paths (`Account > I STILL NEED HELP`), headings and signatures on a line of their own.
 * The fix writes the run in sentence case (known acronyms kept) and keeps one mark.
 */
import { defineRule, perLanguage, type RuleLanguage } from '../../src/rule.js'
import { options, strings, boolean } from '../../src/config/schema.js'
import type { Token } from '../../src/document.js'
import { insideInlineQuote } from '../../src/text/inline-quotes.js'
import { lowerTurkish } from '../../src/text/phrases.js'
import { upperTurkish } from '../../src/text/turkish.js'
import { languageData } from '../../src/kit/language-pack.js'
import { endsWithMark } from '../../src/text/trailing.js'
import { toneOf, type Tone } from './tone.js'

export interface ShoutingOptions {
  /** More capitalised words that are never shouting on their own (product codes, brands). */
  acronyms?: string[]
  /** More words that are emphasis in capitals even on their own. */
  emphatic?: string[]
  /** Words never flagged, alone or in a run (treated as acronyms). */
  ignore?: string[]
  /** Flag repeated `!` and `?` (default true). */
  punctuation?: boolean
}

const REPEATED = /[!?‼⁇⁈⁉]{2,}|[‼⁇⁈⁉]/gu
/** A tag word right before `!?` that asks the customer to agree: `…right!?`, `…huh!?`. */
const EXCITED_TAG = /\b(?:right|huh|eh)$/i
const CAPS = /^\p{Lu}[\p{Lu}']*$/u
const PREFIX = /[\^*/~@#\\_-]$/
const RUN_GAP = /^[ \t]*(?:[,:;&+/][ \t]*)?$/
const ROMAN = /^[IVXLC]+$/
const ADDRESS = /^\s*\d+\s+\p{Lu}|\b\d{5}(?:-\d{4})?\b|\b\p{Lu}{1,2}\d[\p{Lu}\d]? ?\d\p{Lu}{2}\b/u
const MENU_BEFORE = /(?:>|&gt;|›|»|→)\s*$/
const DETERMINERS = new Set(['the', 'a', 'an', 'your', 'our', 'word', 'code', 'key', 'button', 'option', 'status', 'of', 'as', 'to'])
const MENU_AFTER = /^\s*(?:>|&gt;|›|»|→)/
const TURKISH_KEYBOARD = /[İıŞşĞğ]/
/** English word endings a brand or code rarely has: a capitalised word with one is a word, not a name. */
const STRESSED_WORD = /^[A-Z]{2,}(?:ED|LY|ING|TION|SION|MENT|NESS|ABLE|IBLE|FUL|LESS|ATE|IVE|OUS|DUE)$/
/**
 * Turkish words aimed at the reader that no label or brand takes (lower case): a negative imperative
 * (`ATMAYIN`, `SİLMEYİNİZ`), a verbal noun with `your` (`DENEMENİZE gerek yok`), `you must` (`YAPMALISINIZ`),
 * `it must` (`OLMALIDIR`, `GETİRİLMELİDİR`).
 */
const TR_YOU_FORM = /^\p{L}{2,}(?:m[ae]y[ıi]n(?:[ıi]z)?|m[ae]n[ıi]z(?:[ae]|[ıi]|d[ae]n)?|m[ae]l[ıi](?:s[ıi]n[ıi]z|d[ıi]r))$/u
/** The Turkish copula on a capitalised word (`ÜCRETSİZDİR`, `GEÇERSİZDİR`): what is left is read against `emphatic`. */
const TR_COPULA = /(?<=\p{Lu}{3})[DT][IİUÜ]R$/u
/**
 * One case or postposition suffix on a capitalised Turkish word (`KİMSEYLE`, `ÜZERİNDE`, `SİZE`):
 * a proper noun takes its suffix after an apostrophe (`TURKCELL'E`), so what is left is read
 * against `emphatic`.
 */
const TR_SUFFIX = /(?<=\p{Lu}{3})(?:Y?L[AE]|Y?[AEIİUÜ]|N?[DT][AE]N?|N[IİUÜ]N)$/u
/** ASCII capitals for Turkish ones, as an English keyboard types them: `LUTFEN` reads as `LÜTFEN`. */
const foldCaps = (w: string): string => w.replace(/[İÜÖŞÇĞÂÎÛ]/g, (c) => 'IUOSCGAIU'.charAt('İÜÖŞÇĞÂÎÛ'.indexOf(c)))
const TR_ADDRESS = /\b(?:MAH|MAHALLES[İI]|CAD|CADDES[İI]|SOK|SOKA[KĞ]I?|BULVARI|BLV)\b\.?|\b\d{5}\b/u

/** A language's word lists and case mapping, built once per linter. */
interface Pack {
  tr: boolean
  acronyms: Set<string>
  emphatic: Set<string>
  /** Turkish: `emphatic` folded to ASCII capitals (`LUTFEN`, `ONEMLI`). */
  emphaticAscii: Set<string>
  alone2: Set<string>
  cues: Set<string>
  labels: Set<string>
  /** Turkish time and count units (GÜN, SAAT, KEZ) that are stress when capitalised after a number. */
  units: readonly string[]
  vowels: RegExp
  upper: (s: string) => string
  lower: (s: string) => string
}

/** `rules/shouting/<language>.json`: Turkish adds `englishAcronymsNot` and `literalCuesAfter`. */
interface ShoutingData {
  acronyms: string[]
  emphatic: string[]
  alone2: string[]
  literalCues: string[]
  labelNouns: string[]
  englishAcronymsNot?: string[]
  literalCuesAfter?: string[]
  unitsAfterNumber?: string[]
}

function buildPack(language: RuleLanguage, opts: ShoutingOptions): Pack {
  const tr = language === 'tr'
  const data = languageData<ShoutingData>('shouting', 'en')
  // The English acronyms count in Turkish drafts too, except those Turkish writes otherwise.
  const own = tr ? languageData<ShoutingData>('shouting', 'tr') : data
  const upper = tr ? upperTurkish : (w: string): string => w.toUpperCase()
  const up = (list: readonly string[] = []): string[] => list.map((w) => upper(w).replace(/[’‘`]/g, "'"))
  const ignore = new Set(up(opts.ignore))
  const notFromEnglish = new Set(own.englishAcronymsNot)
  const base = tr ? [...own.acronyms, ...data.acronyms.filter((a) => !notFromEnglish.has(a))] : data.acronyms
  const source = own
  return {
    tr,
    acronyms: new Set([...up(base), ...up(opts.acronyms), ...ignore]),
    emphatic: new Set([...up(source.emphatic), ...up(opts.emphatic)].filter((w) => !ignore.has(w))),
    emphaticAscii: new Set(tr ? [...up(source.emphatic), ...up(opts.emphatic)].filter((w) => !ignore.has(w)).map(foldCaps) : []),
    alone2: new Set(source.alone2),
    cues: new Set(source.literalCues.map((w) => (tr ? lowerTurkish(w) : w))),
    labels: new Set([...source.labelNouns, ...(own.literalCuesAfter ?? [])].map((w) => (tr ? lowerTurkish(w) : w))),
    units: tr ? (own.unitsAfterNumber ?? []) : [],
    vowels: tr ? /[AEIİOÖUÜÂÎÛ]/ : /[AEIOUY]/,
    upper,
    lower: tr ? lowerTurkish : (w: string): string => w.toLowerCase(),
  }
}

interface Caps {
  token: Token
  /** Index of the word in its sentence. */
  i: number
  /** Upper-cased, apostrophes normalised; undefined for a single letter (I, A). */
  word?: string
}

const rule = defineRule({
  meta: {
    id: 'shouting',
    description: 'Capitals used for emphasis and repeated punctuation (PLEASE DO NOT REPLY, NOT, !!, ???)',
    severity: 'warning',
    fixable: true,
    category: 'tone',
    languages: ['en', 'tr'],
    schema: options({ acronyms: strings, emphatic: strings, ignore: strings, punctuation: boolean }),
    messages: {
      capsWord: '“{{actual}}” in capitals reads as shouting. Write “{{fixed}}”; if it matters, say why in words.',
      capsRun: '“{{actual}}” is in capitals, which reads as shouting. Write it in sentence case: “{{fixed}}”.',
      capsName: '“{{actual}}” is in capitals, which reads as shouting. Write it in normal case: “{{suggestion}}”.',
      repeatedExclamation: '“{{marks}}” reads as shouting: one “!” is enough.',
      repeatedQuestion: '“{{marks}}” reads as shouting or disbelief: one “?” is enough.',
    },
  },
  prepare: (opts: ShoutingOptions) => ({
    // One pack per language, the Turkish one built on the first Turkish draft.
    packOf: perLanguage((language) => buildPack(language, opts)),
    punctuation: opts.punctuation !== false,
  }),
  create: (ctx) => {
    const doc = ctx.document
    const text = doc.prose
    const pack = ctx.state.packOf(ctx.language)
    const { acronyms, emphatic, cues, labels, tr } = pack
    const turkishStrong = (w: string): boolean =>
      TR_YOU_FORM.test(pack.lower(w)) || emphatic.has(w.replace(TR_COPULA, '')) || emphatic.has(w.replace(TR_SUFFIX, '')) || pack.emphaticAscii.has(foldCaps(w)) || pack.emphaticAscii.has(foldCaps(w).replace(TR_SUFFIX, ''))
    const strong = (w: string): boolean => (emphatic.has(w) || (tr && turkishStrong(w))) && !acronyms.has(w) && (w.length >= 3 || pack.alone2.has(w))
    const wordy = (w: string): boolean => emphatic.has(w) || (!acronyms.has(w) && w.length >= 4 && pack.vowels.test(w) && !ROMAN.test(w))
    const names = new Set(
      pack
        .upper(doc.context.customer.name ?? '')
        .split(/\s+/)
        .filter(Boolean),
    )
    // Turkish capitals typed on another keyboard: `IPTAL` may mean `iptal`, not `ıptal`.
    const ambiguousI = tr && !TURKISH_KEYBOARD.test(doc.raw)
    // Enthusiasm vs warning (English), read only when there is something to excuse.
    let tone: Tone | undefined
    const toneNow = (): Tone => (tone ??= toneOf(doc))

    const flush = (run: Caps[], words: readonly Token[]): void => {
      while (run.length > 0 && !run[run.length - 1]!.word) run.pop()
      const acronymOnly = (c: Caps): boolean => c.word !== undefined && acronyms.has(c.word) && !emphatic.has(c.word)
      while (run.length > 0 && acronymOnly(run[run.length - 1]!)) run.pop()
      while (run.length > 0 && acronymOnly(run[0]!)) run.shift()
      const caps = run.filter((c) => c.word !== undefined).map((c) => c.word!)
      if (caps.length === 0) return
      const start = run[0]!.token.start
      const end = run[run.length - 1]!.token.end
      // One capitalised English-looking word (`SUSPENDED`, `PERMANENTLY`) stressed in a warning or demand.
      const stressed = (): boolean => !tr && caps.length === 1 && STRESSED_WORD.test(caps[0]!) && !acronyms.has(caps[0]!) && toneNow().warning(start, end)
      const isStrong = caps.some(strong) || stressed() || unitAfterNumber(run, words, text, pack.units)
      if (!isStrong && caps.filter(wordy).length < 2) return
      // No emphatic word (`VALUE PACK meals`, `with HIGH PRIORITY`): a name or a label, unless the
      // sentence warns, demands or complains (`subject to CHANGE FEE + FARE DIFFERENCE`).
      if (!tr && !isStrong && caps.length <= 3 && !toneNow().warning(start, end)) return
      const first = run[0]!.i
      const after = words[run[run.length - 1]!.i + 1]
      // A literal right after a cue (`reply STOP`), or after a cue and a determiner (`enter the code SAVE`).
      const p1 = words[first - 1]?.lower
      const p2 = words[first - 2]?.lower
      if (caps.length <= 4 && p1 && (cues.has(p1) || (p2 && cues.has(p2) && DETERMINERS.has(p1)))) return
      if (caps.length <= 4 && after && labels.has(after.lower)) return
      const lineStart = text.lastIndexOf('\n', start - 1) + 1
      const nl = text.indexOf('\n', end)
      const line = text.slice(lineStart, nl === -1 ? text.length : nl)
      if (MENU_BEFORE.test(text.slice(lineStart, start)) || MENU_AFTER.test(text.slice(end, nl === -1 ? text.length : nl))) return
      if (!isStrong && (ADDRESS.test(line) || (tr && TR_ADDRESS.test(line)) || (caps.length <= 5 && /^\s*$/.test(text.slice(lineStart, start)) && /^[\s:]*$/.test(text.slice(end, lineStart + line.length))))) return
      if (tr && caps.every((w) => names.has(w))) return // the customer's name in capitals
      if (insideInlineQuote(text, start, end)) return
      // Agent initials closing a reply: "Thank you. SO".
      if (caps.length === 1 && caps[0]!.length <= 3 && /^[\s.!]*$/.test(text.slice(end))) return
      // `Thank YOU!`: thanks handed back to the customer, warmth rather than volume.
      if (!tr && caps.length === 1 && caps[0] === 'YOU' && p1 === 'thank') return
      // One or two capitalised words in a playful reply, outside a warning: enthusiasm, not volume.
      if (!tr && caps.length <= 2 && toneNow().playful && !toneNow().warning(start, end)) return
      const sentenceStart = first === 0 || endsWithMark(text.slice(words[first - 1]!.end, start), '\n.!?') || (first === 1 && text.charAt(words[0]!.start - 1) === '@')
      const recase = (title: boolean, lower: (w: string) => string = pack.lower): string => {
        let out = doc.raw.slice(start, end)
        for (const c of run) {
          if (!c.word || (acronyms.has(c.word) && !emphatic.has(c.word))) continue
          const v = c.token.value
          const keep = title || names.has(c.word) || (!tr && /^I(?:'|’|$)/.test(v))
          const word = keep ? v.charAt(0) + lower(v.slice(1)) : lower(v)
          out = out.slice(0, c.token.start - start) + word + out.slice(c.token.end - start)
        }
        return sentenceStart ? pack.upper(out.charAt(0)) + out.slice(1) : out
      }
      const fixed = recase(false)
      const actual = doc.raw.slice(start, end)
      const dotless = ambiguousI && actual.includes('I')
      // No emphatic word (`NINTENDO SWITCH`, `VALUE PACK`): maybe a name, so offer Title Case first and fix nothing.
      const expected = isStrong ? [fixed] : [recase(true), fixed]
      if (dotless) expected.push(recase(false, (w) => w.toLowerCase()))
      const messageId = caps.length === 1 ? 'capsWord' : isStrong ? 'capsRun' : 'capsName'
      ctx.report({ messageId, data: { actual, fixed, suggestion: expected[0]! }, start, end, expected, ...(isStrong && !dotless ? { fix: fixed } : {}) })
    }

    for (const sentence of doc.sentences()) {
      const words = sentence.words
      let run: Caps[] = []
      for (let i = 0; i < words.length; i++) {
        const w = words[i]!
        const kind = classify(w, i, text, tr)
        if (kind === undefined || (run.length > 0 && !RUN_GAP.test(text.slice(words[i - 1]!.end, w.start)))) {
          if (run.length > 0) flush(run, words)
          run = []
        }
        if (kind !== undefined) run.push(kind)
      }
      if (run.length > 0) flush(run, words)
    }

    if (!ctx.state.punctuation) return
    const casual = doc.context.channel === 'social' || doc.context.channel === 'sms'
    REPEATED.lastIndex = 0
    for (let m = REPEATED.exec(text); m; m = REPEATED.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if (insideInlineQuote(text, start, end)) continue
      const mark = /[?⁇⁈⁉]/u.test(m[0]) ? '?' : '!'
      // A warm word excuses `Thanks so much!!` (affection) on social and SMS, a brand's voice there; in an
      // e-mail or a chat it still reads as shouting, and it never excuses `???` (impatience: `this morning???`),
      // nor repeated `!` in a reply that apologises for a problem (`Sorry, we've refunded it. Thanks for letting us know!!!`).
      // `So good, right!?` on social or SMS: an excited tag question that agrees with the customer, not disbelief.
      const excitedTag = casual && m[0] === '!?' && EXCITED_TAG.test(text.slice(Math.max(0, start - 6), start))
      if (!tr && (toneNow().playful || excitedTag || (mark === '!' && casual && !toneNow().apologetic && toneNow().warmSentence(start, end))) && !toneNow().warning(start, end)) continue
      ctx.report({ messageId: mark === '?' ? 'repeatedQuestion' : 'repeatedExclamation', data: { marks: m[0] }, start, end, expected: [mark], fix: mark })
    }
  },
})

/** Digits, with a decimal or thousands separator, or a range of them: `14`, `1.5`, `2,5`, `3-5`. */
const NUMBER = /^\d+(?:[.,]\d+)?(?:[-–]\d+(?:[.,]\d+)?)?$/
/**
 * What may follow a unit inside a capitalised word: nothing or one case, copula or `-lık` suffix
 * (`GÜNÜ`, `GÜNDE`, `GÜNDÜR`, `HAFTAYA`, `SAATLİK`), so `YILMAZ`, `AYDIN`, `GÜNEY` stay names.
 */
const UNIT_SUFFIX = /^(?:[IİUÜ]|Y?[AE]|[DT][AE]|[DT][AE]N|[DT][IİUÜ]R|L[IİUÜ]K)?$/u

/**
 * Turkish: the run starts right after a number (one space) and its first word, or the word after
 * `İŞ` (`5 İŞ GÜNÜ`), is a time or count unit with at most a short suffix: `14 GÜNDÜR`, `3 KEZ`.
 */
function unitAfterNumber(run: readonly Caps[], words: readonly Token[], text: string, units: readonly string[]): boolean {
  if (units.length === 0) return false
  const first = run[0]!
  const before = words[first.i - 1]
  if (!before || !NUMBER.test(before.value) || text.slice(before.end, first.token.start) !== ' ') return false
  const head = first.word === 'İŞ' ? run[1]?.word : first.word
  return head !== undefined && units.some((u) => head.startsWith(u) && UNIT_SUFFIX.test(head.slice(u.length)))
}

/** A capitalised word (2+ letters), a single `I`/`A` (Turkish: `O`), or undefined for anything else. */
function classify(token: Token, i: number, text: string, tr: boolean): Caps | undefined {
  let value = token.value.replace(/\.$/, '').replace(/[’‘`]/g, "'")
  if (tr ? value === 'O' : value === 'I' || value === 'A') return { token, i }
  // Turkish: an apostrophe suffix belongs to the word before it (`KDV'Lİ`, `TL'YE`).
  if (tr && value.indexOf("'") > 0 && CAPS.test(value)) value = value.slice(0, value.indexOf("'"))
  if (value.length < 2 || !CAPS.test(value) || value.endsWith("'")) return undefined
  // Handles, hashtags, agent initials (^JR, /LS, *SR, -AT) and path parts (C:\Users\NAME).
  if (PREFIX.test(text.slice(Math.max(0, token.start - 1), token.start))) return undefined
  if (/^[\\/_@]/.test(text.slice(token.end, token.end + 1))) return undefined
  const end = token.value.endsWith('.') ? token.end - 1 : token.end
  return { token: end === token.end ? token : { ...token, value: token.value.slice(0, -1), end }, i, word: value }
}

export default rule
