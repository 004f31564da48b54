/**
 * Time expressions for `vague-promise`: concrete times (`within 24 hours`, `by Friday 5 pm`,
 * `in 3–5 business days`, `tomorrow morning`), promised durations with their upper bound in
 * hours, and SLA strings (`12 hours`, `2 business days`). Every regex is compiled once.
 */

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'twenty-four': 24,
  'forty-eight': 48,
  'seventy-two': 72,
  'a few': 3,
  'a couple': 2,
  'a couple of': 2,
  several: 5,
}
// An alternation, not the phrase matcher: the number words are one part of a duration grammar (`24-48 hours`).
const NUM = `(?:\\d+(?:[.,]\\d+)?|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`
const UNIT = '(?:business |workings? |calendar )?(?:seconds?|secs?|moments?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?)'
const RANGE = `${NUM}(?:\\s*(?:-|–|—|to|or)\\s*${NUM})?`
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?'
const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day'

/** A concrete time anywhere in a sentence. */
export const CONCRETE = new RegExp(
  [
    `\\b${RANGE}[\\s-]*${UNIT}\\b`,
    '\\b(?:today|tonight|tomorrow|eod|eob|cob|noon|midday|midnight)\\b',
    '\\b(?:this|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:morning|afternoon|evening|night)\\b',
    '\\b(?:end of|by|before|on|next|this|within the) (?:the )?(?:day|week|weekend|month|hour|business day|working day)\\b',
    // Relative to a dated event: "they will call you the evening before", "on the morning of the move".
    '\\bthe (?:day|evening|morning|afternoon|night) (?:before|of)\\b',
    `\\b${DAY}s?\\b`,
    '\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)',
    '\\b\\d{1,2}:\\d{2}\\b',
    `\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}`,
    '\\b(?!24/7\\b)\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b',
  ].join('|'),
  'i',
)

/** A promised duration: `within 5 business days`, `in 3–5 days`, `takes up to 2 weeks`. */
const DURATION = new RegExp(
  `\\b(?:within|in|under|up to|over the next|in the next|next|takes?|taking|take about|about|around|approximately)\\s+(?:the next\\s+|up to\\s+)?(${NUM})(?:\\s*(?:-|–|—|to|or)\\s*(${NUM}))?[\\s-]*(business |working |calendar )?(minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?)\\b`,
  'gi',
)

export interface Duration {
  start: number
  end: number
  hours: number
  text: string
  /** The promise begins with `within`/`up to`/`take`, which is a commitment even without `will`. */
  bounded: boolean
}

/** Durations in `text` (offsets relative to it), each with its upper bound in hours. */
export function durations(text: string): Duration[] {
  const out: Duration[] = []
  DURATION.lastIndex = 0
  for (let m = DURATION.exec(text); m; m = DURATION.exec(text)) {
    const amount = toNumber(m[2] ?? m[1]!)
    if (amount === undefined) continue
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      hours: amount * unitHours(m[4]!),
      text: m[0],
      bounded: /^(?:within|up to|under|takes?|taking)\b/i.test(m[0]),
    })
  }
  return out
}

const SLA = /^\s*(\d+(?:\.\d+)?)\s*(minutes?|mins?|hours?|hrs?|h|days?|d|business days?|working days?|weeks?|dakika|saat|gün|iş günü|hafta)\s*$/i

const TURKISH_UNITS: Record<string, string> = { dakika: 'minute', saat: 'hour', gün: 'day', 'iş günü': 'day', hafta: 'week' }

/** An SLA string (`12 hours`, `2 business days`; Turkish `12 saat`, `2 iş günü`) in hours; undefined when unreadable. */
export function slaHours(value: string | undefined): number | undefined {
  const m = value ? SLA.exec(value) : null
  if (!m) return undefined
  const unit = m[2]!.toLowerCase()
  return Number(m[1]) * unitHours(TURKISH_UNITS[unit] ?? unit.replace(/^(business|working) /i, ''))
}

function toNumber(value: string): number | undefined {
  const lower = value.toLowerCase()
  if (/^\d/.test(lower)) return Number(lower.replace(',', '.'))
  return NUMBER_WORDS[lower]
}

/** Hours in a unit. A business day counts as one day: lenient, so `2 business days` meets a 48-hour SLA. */
function unitHours(unit: string): number {
  const u = unit.toLowerCase()
  if (/^(?:minute|min)/.test(u)) return 1 / 60
  if (/^(?:hour|hr|h$)/.test(u)) return 1
  if (/^(?:day|d$)/.test(u)) return 24
  if (/^(?:week|wk)/.test(u)) return 168
  if (/^month/.test(u)) return 720
  return 1
}
