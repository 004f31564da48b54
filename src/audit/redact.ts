/**
 * Masks personal data in the example replies the report shows. The `pii` rule's own findings
 * (cards, SSNs, IBANs, passwords, codes, keys) are always masked; `--redact` (the default) also
 * masks e-mail addresses, phone-like and card-like digit runs and @handles, which the rule does not
 * report because an agent may legitimately write them.
 */

export interface Span {
  start: number
  end: number
  /** What the mask shows instead of the text (default: from the text's shape). */
  label?: string
}

/** A piece of a masked example: `h` marks text a finding points at, `m` a mask. */
export interface Segment {
  t: string
  h?: true
  m?: true
}

const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g
/** Digit runs with separators (cards, phones, account numbers), 7 digits or more; dates are kept. */
const NUMBER = /\+?\(?\d[\d ().-]{5,22}\d/g
const DATE = /^\d{4}-\d{2}-\d{2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/
const HANDLE = /(?<![\w@])@\w{1,30}/g

function matches(re: RegExp, text: string, accept: (m: string) => boolean = () => true): Span[] {
  const out: Span[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) if (accept(m[0])) out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

function label(text: string): string {
  if (text.includes('@')) return /^@\w+$/.test(text) ? '@…' : '[e-mail]'
  const digits = text.replace(/\D/g, '').length
  return digits >= 13 && digits <= 19 ? '[card]' : digits >= 7 ? '[number]' : '[masked]'
}

/** Where the customer's name (whole, or its first word) appears as a word, case-insensitively. */
export function nameSpans(text: string, name: string | undefined): Span[] {
  if (!name) return []
  const out: Span[] = []
  const lower = text.toLowerCase()
  const first = name.trim().split(/\s+/)[0]!
  for (const n of new Set([name.trim(), first].filter((x) => x.length >= 2).map((x) => x.toLowerCase()))) {
    for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + 1)) {
      const before = at > 0 ? text[at - 1]! : ' '
      const after = text[at + n.length] ?? ' '
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push({ start: at, end: at + n.length, label: '[name]' })
    }
  }
  return out
}

/** `message` with the customer's name replaced, for a finding's explanation (wrong-name quotes it). */
export function maskName(message: string, name: string | undefined): string {
  let out = message
  for (const s of nameSpans(message, name).sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + '[name]' + out.slice(s.end)
  return out
}

/**
 * Spans to mask in `text`: `secrets` (the pii rule's findings) plus, with `redact`, e-mails, numbers,
 * handles and the customer's name.
 */
export function maskSpans(text: string, secrets: readonly Span[], redact: boolean, customerName?: string): Span[] {
  const spans = [...secrets]
  if (redact) {
    spans.push(...nameSpans(text, customerName))
    spans.push(...matches(EMAIL, text))
    spans.push(...matches(NUMBER, text, (m) => m.replace(/\D/g, '').length >= 7 && !DATE.test(m.trim())))
    spans.push(...matches(HANDLE, text))
  }
  spans.sort((a, b) => a.start - b.start)
  const merged: Span[] = []
  for (const s of spans) {
    const last = merged[merged.length - 1]
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end)
    else merged.push({ ...s })
  }
  return merged
}

/**
 * `text` cut into segments, masks replaced by a label and `highlights` marked, at most `limit`
 * characters of the original (an ellipsis after). Masks win over highlights.
 */
export function segments(text: string, masks: readonly Span[], highlights: readonly Span[], limit = 600): Segment[] {
  const end = Math.min(text.length, limit)
  const cuts = new Set<number>([0, end])
  for (const s of [...masks, ...highlights]) {
    if (s.start < end) cuts.add(Math.max(0, s.start))
    if (s.end < end) cuts.add(Math.max(0, s.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const out: Segment[] = []
  const push = (seg: Segment) => {
    const last = out[out.length - 1]
    if (last && last.h === seg.h && !last.m && !seg.m) last.t += seg.t
    else out.push(seg)
  }
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!
    const b = points[i + 1]!
    const mask = masks.find((m) => a >= m.start && a < m.end)
    const lit = highlights.some((h) => a >= h.start && a < h.end)
    if (mask) {
      // One label per mask, at its first piece.
      if (a === Math.max(0, mask.start)) push({ t: mask.label ?? label(text.slice(mask.start, mask.end)), m: true, ...(lit ? { h: true as const } : {}) })
      continue
    }
    push({ t: text.slice(a, b), ...(lit ? { h: true as const } : {}) })
  }
  if (text.length > end) push({ t: '…' })
  return out
}
