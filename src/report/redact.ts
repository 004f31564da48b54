/**
 * Secrets the `pii` rule found are masked in everything a report prints or writes (JSON, SARIF,
 * GitHub annotations, stylish): reports end up in CI logs and build artifacts. The library's
 * `LintResult` keeps the raw text and offsets (an editor needs them to underline the secret);
 * masking belongs to what leaves the process. `--show-secrets` turns it off.
 */
import type { Diagnostic, LintResult } from '../types.js'

/** Shown for a secret that has no masked form of its own (password, code, key): hides the length too. */
export const SECRET_MASK = '••••••••'

interface Secret {
  offset: number
  endOffset: number
  text: string
  mask: string
}

/** The result with every pii secret masked in `actual`, `message`, `suggestions` and `fix`. */
export function redactSecrets(result: LintResult): LintResult {
  const secrets: Secret[] = []
  for (const m of result.messages) {
    if (m.ruleId !== 'pii' || m.endOffset <= m.offset || m.actual === '') continue
    // Cards, SSNs, IBANs, TC numbers carry their own mask (`•••• 1111`) as the fix.
    const mask = m.fix && m.fix.text.includes('•') ? m.fix.text : SECRET_MASK
    secrets.push({ offset: m.offset, endOffset: m.endOffset, text: m.actual, mask })
  }
  if (secrets.length === 0) return result
  // Longest first, so a secret that contains another is replaced whole.
  const byLength = [...secrets].sort((a, b) => b.text.length - a.text.length)
  const scrub = (s: string): string => {
    let out = s
    for (const secret of byLength) if (out.includes(secret.text)) out = out.split(secret.text).join(secret.mask)
    return out
  }
  const messages = result.messages.map((m): Diagnostic => {
    const actual = maskOverlaps(m, secrets)
    const message = scrub(m.message)
    const suggestions = m.suggestions.map(scrub)
    const fix = m.fix ? { ...m.fix, text: scrub(m.fix.text) } : undefined
    return { ...m, actual, message, suggestions, ...(fix ? { fix } : {}) }
  })
  return { ...result, messages }
}

/** `actual` with the part of it that lies inside a secret replaced by that secret's mask. */
function maskOverlaps(m: Diagnostic, secrets: readonly Secret[]): string {
  let out = ''
  let cursor = m.offset
  for (const s of secrets) {
    if (s.endOffset <= m.offset || s.offset >= m.endOffset) continue
    const start = Math.max(s.offset, m.offset)
    if (start < cursor) continue
    out += m.actual.slice(cursor - m.offset, start - m.offset) + s.mask
    cursor = Math.min(s.endOffset, m.endOffset)
  }
  if (cursor === m.offset) return m.actual
  return out + m.actual.slice(cursor - m.offset)
}
