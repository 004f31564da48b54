/**
 * Which language's rules run for a draft. `auto` detects with franc-min, but only when cheap
 * word statistics can't tell: franc costs 0.2–0.7 ms a call, more than the whole rule pipeline,
 * so clearly English or clearly Turkish drafts never reach it. Short drafts fall back to the
 * configured language, else English.
 */
import { lowerTurkish } from './text/phrases.js'

/** franc-min's `franc`: ISO 639-3 code of a text, `und` when it can't tell. */
export type LanguageDetector = (text: string, options: { minLength: number }) => string

/**
 * franc-min is registered, like the Markdown and HTML parsers: the package entry registers it
 * (`register-detector.ts`); the CLI loads it the first time a draft needs it. Its module builds
 * trigram tables for 80 languages when evaluated, ~15 ms of every CLI run's start, and clearly
 * English or Turkish drafts never need it.
 */
let detector: LanguageDetector | undefined

export function registerLanguageDetector(detect: LanguageDetector): void {
  detector = detect
}

export async function loadLanguageDetector(): Promise<void> {
  if (!detector) detector = (await import('franc-min')).franc
}

/** Thrown by synchronous linting when a draft needs franc-min and it is not loaded yet. */
export class LanguageDetectorNotLoaded extends Error {
  constructor() {
    super("netiquette: language detection (franc-min) is not loaded; use linter.lint() (async) or import 'netiquette'")
  }
}

export const SUPPORTED = ['en', 'tr'] as const

export interface LanguageChoice {
  /** Language whose rules run: `en` or `tr` (for an unsupported draft, the fallback). */
  rules: string
  /** What was detected or given: `en`, `tr`, or another ISO 639-3 code from franc. */
  detected: string
  /** False when no rule pack exists for the detected language. */
  supported: boolean
}

const EN = new Set(
  "the and to you your you're is we we're we'll for of a an in it it's that this our please thanks thank i i'm be have has will can with on are my me us was if not hi hello sorry let's dm via help just get here there what how know see any more all now out up no yes oh so do don't did at from by as or but about let when would could should been they them their".split(
    ' ',
  ),
)
// Not `de`, `da`, `en`, `mi`, `size`: just as common in Spanish, French or English (`de la entrega`, `what size`).
const TR = new Set(
  've bir için bu ile çok mı siz sizin teşekkür teşekkürler merhaba lütfen değil olarak kadar gibi daha iyi günler sayın hanım bey rica ederiz dileriz sipariş siparişiniz yardımcı olabiliriz edebilirsiniz hesabınız kargo iade'.split(' '),
)
// Letters Turkish never uses: a draft with them is not Turkish, whatever its short words say.
const NOT_TR_LETTERS = /[¿¡ñéèàùêœãõäß]/i
const TR_LETTERS = /[şğıİŞĞ]/
const HONORIFIC = /^(Bey|Hanım|bey|hanım|BEY|HANIM)$/
const HANDLE = /(?<![\w.])@\w+/g
const ALL_CAPS = /^\p{Lu}[\p{Lu}']+$/u
const ALL_CAPS_WORDS = /(?<![\p{L}'])\p{Lu}[\p{Lu}']+(?![\p{L}'])/gu
const ISO3: Record<string, string> = { eng: 'en', tur: 'tr' }
const MIN_FRANC_LETTERS = 40
const MIN_CONFIDENT_LETTERS = 120
const SAMPLE = 4000

export function resolveLanguage(fullProse: string, requested: string | undefined, fallback?: string): LanguageChoice {
  // A long document's language shows in its first few thousand characters; scanning all of a
  // 50,000-word draft would cost more than linting it.
  const sample = fullProse.length > SAMPLE ? fullProse.slice(0, SAMPLE) : fullProse
  // @handles are names, not words of any language (`@weidenbaum @kieffer_stein` made a short
  // English tweet German): detection reads the text without them.
  const withoutHandles = sample.includes('@') ? sample.replace(HANDLE, ' ') : sample
  if (requested && requested !== 'auto') return { rules: requested, detected: requested, supported: (SUPPORTED as readonly string[]).includes(requested) }
  const base = fallback && fallback !== 'auto' ? fallback : 'en'
  // Match each word as typed: lower-casing all-caps English with the Turkish locale turns
  // `I`/`THIS` into `ı`/`thıs`, which looked Turkish and switched the rules off for shouting.
  const typed = withoutHandles.match(/[\p{L}']+/gu) ?? []
  // Words in capitals are names, codes or shouting, not evidence of a language: a list of store
  // names in capitals with an English "Thanks" read as Dutch. They count only when nothing else is there.
  const capitals = typed.filter((w) => ALL_CAPS.test(w)).length
  const prose = capitals > 0 && capitals < typed.length ? withoutHandles.replace(ALL_CAPS_WORDS, ' ') : withoutHandles
  const words = prose === withoutHandles ? typed : typed.filter((w) => !ALL_CAPS.test(w))
  if (words.length === 0) return { rules: base, detected: base, supported: true }
  let en = 0
  let tr = 0
  const turkishLetters = TR_LETTERS.test(prose)
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!
    const lower = raw.toLowerCase()
    // `Can Bey`, `Can Hanım`: the Turkish name Can, not the English modal.
    if (EN.has(lower) && !(raw === 'Can' && HONORIFIC.test(words[i + 1] ?? ''))) en++
    if (TR.has(lowerTurkish(raw)) || (turkishLetters && TR_LETTERS.test(raw))) tr++
  }
  const enShare = en / words.length
  const trShare = tr / words.length
  if (enShare >= 0.12 && enShare > trShare * 2) return { rules: 'en', detected: 'en', supported: true }
  if (trShare >= 0.12 && trShare > enShare * 2 && !NOT_TR_LETTERS.test(prose)) return { rules: 'tr', detected: 'tr', supported: true }
  const letters = prose.replace(/[^\p{L}]/gu, '').length
  if (letters < MIN_FRANC_LETTERS) {
    if (en + tr === 0) return { rules: base, detected: base, supported: true }
    return en >= tr || NOT_TR_LETTERS.test(prose) ? { rules: 'en', detected: 'en', supported: true } : { rules: 'tr', detected: 'tr', supported: true }
  }
  if (!detector) throw new LanguageDetectorNotLoaded()
  const code = detector(prose, { minLength: 10 })
  if (code === 'und') return { rules: base, detected: base, supported: true }
  const mapped = ISO3[code]
  if (mapped) return { rules: mapped, detected: mapped, supported: true }
  // A short social reply is too little text for trigram statistics (short English tweets came
  // out Swedish or Scots): below ~120 letters, plain ASCII with an English word keeps the fallback.
  if (letters < MIN_CONFIDENT_LETTERS && en > 0 && /^[\x00-\x7F’‘“”…–—]*$/.test(prose)) return { rules: base, detected: base, supported: true }
  // franc confuses short English with Scots or Dutch: trust English function words when present.
  if (enShare >= 0.08) return { rules: 'en', detected: 'en', supported: true }
  if (trShare >= 0.08 && !NOT_TR_LETTERS.test(prose)) return { rules: 'tr', detected: 'tr', supported: true }
  return { rules: base, detected: code, supported: false }
}
