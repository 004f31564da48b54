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
/**
 * An attribution line, one regex per wording (one alternation of all four was too big for
 * eslint-plugin-regexp's check). The text before the wording (at most 80 or 200 characters after
 * the indent) starts with a non-space, so the indent and that window never share a character
 * (they did: each of a long run of tabs was tried as both; issue 17).
 */
const ATTRIBUTIONS = [
  /^[ \t]*On\s.{3,200}?\bwrote:[ \t]*$/i,
  /^[ \t]*(?:[^ \t\n\r\u2028\u2029].{0,79})?\b(?:schrieb|a écrit|escribió|yazdı)\s*:[ \t]*$/i,
  /^[ \t]*(?:[^ \t\n\r\u2028\u2029].{0,199})?\starihinde\s.{0,200}yazdı\s*:[ \t]*$/i,
  /^[ \t]*(?:[^ \t\n\r\u2028\u2029].{0,199})?\sşunu yazdı\s*:[ \t]*$/i,
]
const ATTRIBUTION_START = /^(?:[ \t]*On\s.+|.+\starihinde(?:\s.*)?)$/i // the leading [ \t]* only where `.+` cannot take the spaces too
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
    const wrappedAttribution = next !== undefined && value.length < 160 && ATTRIBUTION_START.test(value) && !ATTRIBUTION_END.test(value) && ATTRIBUTION_END.test(next.value)
    const outlook = OUTLOOK_FROM.test(value) && next !== undefined && OUTLOOK_NEXT.test(next.value)
    if (ATTRIBUTIONS.some((re) => re.test(value)) || ORIGINAL_MESSAGE.test(value) || outlook || wrappedAttribution) {
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

/** A fence at the start of a line (`^` as in a multiline regex: after \n, \r, U+2028 or U+2029). */
const FENCE_OPEN = /^[ \t]*(```|~~~)/gm
/** A line that closes a fence: the same fence alone on it, spaces around. */
const FENCE_CLOSE = /^[ \t]*(```|~~~)[ \t]*$/gm
const INLINE_CODE = /`[^`\n]+`/g

/** Code in a plain-text draft (fenced blocks, `inline code`): not prose. */
export function codeRanges(text: string): Range[] {
  if (!text.includes('`') && !text.includes('~~~')) return []
  const ranges: Range[] = fenceRanges(text)
  INLINE_CODE.lastIndex = 0
  for (let m = INLINE_CODE.exec(text); m; m = INLINE_CODE.exec(text)) ranges.push({ start: m.index, end: m.index + m[0].length, code: true })
  return ranges
}

/**
 * Fenced blocks: an opening fence, the rest of its line up to a \n, then everything up to the
 * first line holding only the same fence. The matches of the former
 * `/^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm`, found in one pass: that regex rescanned
 * the rest of the text from every unclosed fence (quadratic on a paste of fence lines or of
 * bare-CR lines; issue 17). Closing lines are listed once per fence kind, openings take the
 * first one after their own line.
 */
function fenceRanges(text: string): Range[] {
  const closings: Record<string, Array<{ start: number; end: number }>> = { '```': [], '~~~': [] }
  FENCE_CLOSE.lastIndex = 0
  for (let m = FENCE_CLOSE.exec(text); m; m = FENCE_CLOSE.exec(text)) closings[m[1]!]!.push({ start: m.index, end: m.index + m[0].length })
  const next: Record<string, number> = { '```': 0, '~~~': 0 }
  const ranges: Range[] = []
  FENCE_OPEN.lastIndex = 0
  for (let m = FENCE_OPEN.exec(text); m; m = FENCE_OPEN.exec(text)) {
    const fence = m[1]!
    const nl = text.indexOf('\n', m.index + m[0].length)
    if (nl === -1) break // no later opening has a \n after it either
    const list = closings[fence]!
    let i = next[fence]!
    while (i < list.length && list[i]!.start <= nl) i++
    next[fence] = i
    const close = list[i]
    if (!close) continue
    ranges.push({ start: m.index, end: close.end, code: true })
    FENCE_OPEN.lastIndex = close.end
  }
  return ranges
}
