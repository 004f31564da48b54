/**
 * Who is speaking in a plain-text draft: quoted customer text is not the agent's words.
 * Recognises `>` quote lines, an `On <date>, <name> wrote:` attribution (possibly wrapped over
 * two lines) and everything under it, Outlook's `-----Original Message-----` and
 * `From: … Sent: …` headers and everything under them. Turkish mail clients too: Gmail's
 * `3 Mar 2025 Pzt, saat 10:02 tarihinde Ayşe <…> şunu yazdı:` (any length, possibly wrapped),
 * Outlook's `-----Özgün İleti-----` and `Kimden: … Gönderildi: …`.
 */
import type { Range } from './mask.js'

const QUOTE_LINE = /^[ \t]*>/
const ATTRIBUTION = /^[ \t]*(On\s.{3,200}?\bwrote:|.{0,80}\b(schrieb|a écrit|escribió|yazdı)\s*:|.{0,200}\starihinde\s.{0,200}yazdı\s*:|.{0,200}\sşunu yazdı\s*:)[ \t]*$/i
const ATTRIBUTION_START = /^[ \t]*(On\s.+|.+\starihinde(\s.*)?)$/i
const ATTRIBUTION_END = /(\bwrote|\syazdı):[ \t]*$/i
const ORIGINAL_MESSAGE = /^[ \t]*-{2,}\s*(Original Message|Forwarded message|Orijinal Mesaj|Orijinal [İi]leti|Özgün [İi]leti|[İi]letilen [İi]leti|[İi]letilmiş [İi]leti|Yönlendirilen [İi]leti)\s*-{2,}/i
const OUTLOOK_FROM = /^[ \t]*(From|Kimden):\s.+/i
const OUTLOOK_NEXT = /^[ \t]*(Sent|Date|To|Subject|Gönderildi|Gönderilme|Tarih|Kime|Konu):/i

/** Ranges of quoted (customer) text in a plain-text draft. */
export function quotedRanges(text: string): Range[] {
  const ranges: Range[] = []
  const lines = splitLines(text)
  for (let i = 0; i < lines.length; i++) {
    const { start, value } = lines[i]!
    const next = lines[i + 1]
    const wrappedAttribution =
      next !== undefined && ATTRIBUTION_START.test(value) && !ATTRIBUTION_END.test(value) && ATTRIBUTION_END.test(next.value) && value.length < 160
    const outlook = OUTLOOK_FROM.test(value) && next !== undefined && OUTLOOK_NEXT.test(next.value)
    if (ATTRIBUTION.test(value) || ORIGINAL_MESSAGE.test(value) || outlook || wrappedAttribution) {
      ranges.push({ start, end: text.length })
      break
    }
    if (QUOTE_LINE.test(value)) ranges.push({ start, end: start + value.length })
  }
  return ranges
}

export interface Line {
  start: number
  value: string
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (;;) {
    const nl = text.indexOf('\n', start)
    const end = nl === -1 ? text.length : nl
    const value = text.slice(start, end).replace(/\r$/, '')
    lines.push({ start, value })
    if (nl === -1) break
    start = nl + 1
  }
  return lines
}

const FENCE = /^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm
const INLINE_CODE = /`[^`\n]+`/g

/** Code in a plain-text draft (fenced blocks, `inline code`): not prose. */
export function codeRanges(text: string): Range[] {
  if (!text.includes('`') && !text.includes('~~~')) return []
  const ranges: Range[] = []
  for (const re of [FENCE, INLINE_CODE]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) ranges.push({ start: m.index, end: m.index + m[0].length, code: true })
  }
  return ranges
}
