/**
 * Turkish time expressions for `vague-promise`. Text is matched folded to ASCII (`fold`:
 * ç ğ ı ö ş ü â î û → c g i o s u a i u, after Turkish lower-casing), so one pattern covers
 * `3-5 iş günü içinde` and `3-5 is gunu icinde` typed on an English keyboard. Folding keeps
 * every offset. Concrete times:
 *   24 saat içinde · 3-5 iş günü içinde · iki ila üç gün içinde · 48 saatte · yarın · bugün ·
 *   bu akşam · yarın sabah · bugün saat 17:00'ye kadar · saat 14.30'da · cuma gününe kadar ·
 *   12 Mart'ta · 12.03.2025 · gün sonuna kadar · hafta sonuna kadar · önümüzdeki pazartesi (not
 *   `önümüzdeki haftalarda`, in the coming weeks)
 * Ambiguous words count only in context: `pazar` (Sunday, or market) only as `pazar günü` or with a
 * case ending, a month name that is also a word (`ekim` sowing, `ocak` stove, `aralık` gap) only
 * after a day number, a price (`12.50 TL`) is not a clock time. Every regex is compiled once.
 */

import { foldTurkishLetters as fold, foldTurkishText as foldText } from '../../src/text/fold-turkish.js'

/** The shared fold (src/text/fold-turkish.ts), under the names this rule's modules use. */
export { fold, foldText }

const DIGIT = '(?:bir|iki|uc|dort|bes|alti|yedi|sekiz|dokuz)'
const NUM = `(?:\\d+(?:[.,]\\d+)?|(?:yirmi|otuz|kirk|elli|altmis|yetmis|seksen|doksan)(?:\\s+${DIGIT})?|on(?:\\s+${DIGIT})?|birkac|yarim|${DIGIT}|yuz)`
const RANGE = `${NUM}(?:\\s*[-–]\\s*${NUM}|\\s+(?:ila|veya|ya\\s+da)\\s+${NUM})?`
const UNIT = '(?:is\\s+gun|gun|saat|dakika|dk|hafta|ay)'
const WITHIN = '(?:icinde|icerisinde|zarfinda|sonra|sonrasinda|once|oncesinde|kadar|dek|suresince|boyunca)'
const WEEKDAY = '(?:pazartesi|sali|carsamba|persembe|cuma|cumartesi)'
const DAY_SUFFIX = "(?:\\s+gunu[a-z]*|'[a-z]+|ya|ye|a|e|dan|den|ndan|nden|ya\\s+kadar|ye\\s+kadar|ya\\s+dek)?"
const MONTH = '(?:ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik)'
const DAYWORD =
  '(?:bugun|yarin)[a-z]*|(?:obur|ertesi)\\s+gun[a-z]*|bu\\s+(?:aksam|sabah|gece|ogle(?:den\\s+sonra)?|hafta|ay)[a-z]*' +
  '|(?:aksama|ogleye|oglene|sabaha|geceye)\\s+(?:kadar|dek)|(?<!birkac\\s)gun\\s+(?:icinde|sonuna|bitimine|sonu)|mesai\\s+(?:bitimine|sonuna|saatleri\\s+icinde)' +
  `|hafta\\s+(?:sonuna|basina|icinde)|ay\\s+(?:sonuna|basina)|(?:gelecek|onumuzdeki)\\s+(?:hafta|ay|${WEEKDAY}|pazar)(?!l[ae]r)[a-z]*`

/** A concrete time anywhere in folded text. */
const CONCRETE = new RegExp(
  [
    // `birkaç gün içinde` is a window, not a date: vague in tr.json (minutes and hours stay times).
    `(?<![a-z0-9])(?!birkac\\s*(?:is\\s+gun|gun|hafta|ay))${RANGE}\\s*${UNIT}(?:[a-z]{0,6}\\s+${WITHIN}|(?:te|ta|de|da)(?![a-z]))`,
    '(?<![a-z0-9])saat\\s+\\d{1,2}[:.]\\d{2}',
    '(?<![\\d.,])\\d{1,2}:\\d{2}(?!\\d)',
    "(?<![\\d.,])\\d{1,2}\\.\\d{2}(?=')",
    `(?<![a-z])(?:${DAYWORD})(?![a-z])`,
    `(?<![a-z])${WEEKDAY}${DAY_SUFFIX}(?![a-z])`,
    "(?<![a-z])pazar(?:\\s+gunu[a-z]*|'?(?:a|ya|dan|ya\\s+kadar|a\\s+kadar))(?![a-z])",
    `(?<![\\d.])\\d{1,2}\\s+${MONTH}(?:'[a-z]+|[a-z]*)(?![a-z])`,
    '(?<![\\d.])\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}(?!\\d)',
    '(?<!\\d)\\d{4}-\\d{2}-\\d{2}(?!\\d)',
  ].join('|'),
)

/** Does folded text name a checkable time? */
export function hasConcreteTime(folded: string): boolean {
  return CONCRETE.test(folded)
}

const HOURS: Record<string, number> = { dakika: 1 / 60, dk: 1 / 60, saat: 1, gun: 24, 'is gun': 24, hafta: 168, ay: 720 }
const WORDS: Record<string, number> = { bir: 1, iki: 2, uc: 3, dort: 4, bes: 5, alti: 6, yedi: 7, sekiz: 8, dokuz: 9, on: 10, yirmi: 20, otuz: 30, kirk: 40, elli: 50, altmis: 60, yetmis: 70, seksen: 80, doksan: 90, yuz: 100, birkac: 3 }
const DURATION = new RegExp(`(?<![a-z0-9])(${NUM})(?:\\s*[-–]\\s*(${NUM})|\\s+(?:ila|veya|ya\\s+da)\\s+(${NUM}))?\\s*(is\\s+gun|gun|saat|dakika|dk|hafta|ay)(?:[a-z]{0,6}\\s+(icinde|icerisinde|zarfinda|kadar|dek|sonra)|(?:te|ta|de|da)(?![a-z]))`, 'g')

export interface TurkishDuration {
  start: number
  end: number
  /** The longest delay promised, in hours (`3-5 iş günü içinde` → 120; a business day counts as a day). */
  hours: number
  /** `içinde`, `zarfında`, `kadar`, `-de`: a bound, a commitment even without a future verb. */
  bounded: boolean
}

/** Promised durations in folded text, offsets relative to it. */
export function turkishDurations(folded: string): TurkishDuration[] {
  const out: TurkishDuration[] = []
  DURATION.lastIndex = 0
  for (let m = DURATION.exec(folded); m; m = DURATION.exec(folded)) {
    const amount = toNumber(m[2] ?? m[3] ?? m[1]!)
    const unit = HOURS[m[4]!.replace(/\s+/g, ' ')]
    if (amount === undefined || unit === undefined) continue
    out.push({ start: m.index, end: m.index + m[0].length, hours: amount * unit, bounded: m[5] !== 'sonra' })
  }
  return out
}

function toNumber(value: string): number | undefined {
  if (/^\d/.test(value)) return Number(value.replace(',', '.'))
  const parts = value.split(/\s+/)
  let n = 0
  for (const p of parts) {
    const v = WORDS[p]
    if (v === undefined) return undefined
    n += v
  }
  return n
}

const SLA_UNITS: Array<[RegExp, string]> = [
  [/^(?:business|working) days?$/i, 'iş günü'],
  [/^(?:days?|d)$/i, 'gün'],
  [/^(?:hours?|hrs?|h)$/i, 'saat'],
  [/^(?:minutes?|mins?)$/i, 'dakika'],
  [/^weeks?$/i, 'hafta'],
]

/** An SLA string from config (`12 hours`, `2 business days`) in Turkish, as `12 saat içinde`. */
export function slaTurkish(value: string): string {
  // eslint-disable-next-line regexp/no-super-linear-backtracking, regexp/no-misleading-capturing-group -- `value` is an SLA string from config (`12 hours`), not a draft
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(.+?)\s*$/.exec(value)
  const unit = m ? SLA_UNITS.find(([re]) => re.test(m[2]!))?.[1] : undefined
  return m && unit ? `${m[1]} ${unit} içinde` : `${value.trim()} içinde`
}
