/**
 * Filter steps over `file.messages`, run after the rules (as remark-message-control runs after
 * remark-lint's rules): phrases the team allowed, and disable comments. They drop netiquette's
 * messages only; other plugins' messages pass through.
 */
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { parseDirectives, isSuppressed } from '../suppress.js'
import { messageRange } from './message.js'

/** Drop findings inside a phrase the team allowed (product names, internal words), any case. */
export function allowStep(options: { allow?: readonly string[] | undefined }) {
  const phrases = (options.allow ?? []).map((p) => p.toLowerCase()).filter(Boolean)
  // Nothing allowed: no transformer at all (unified skips a plugin that returns none).
  if (phrases.length === 0) return undefined
  return function (_tree: unknown, file: VFile): undefined {
    if (file.messages.length === 0) return undefined
    const lower = String(file.value).toLowerCase()
    const ranges: Array<[number, number]> = []
    for (const p of phrases) {
      for (let i = lower.indexOf(p); i !== -1; i = lower.indexOf(p, i + 1)) ranges.push([i, i + p.length])
    }
    if (ranges.length === 0) return undefined
    file.messages = file.messages.filter((m) => {
      if (!ours(m)) return true
      const { offset, endOffset } = messageRange(m)
      return !ranges.some(([s, e]) => offset >= s && endOffset <= e && endOffset > offset)
    })
    return undefined
  }
}

/** `<!-- netiquette-disable… -->` comments (`src/suppress.ts`). */
export function disableCommentsStep() {
  return function (_tree: unknown, file: VFile): undefined {
    const raw = String(file.value)
    if (file.messages.length === 0 || !raw.includes('netiquette-')) return undefined
    const directives = parseDirectives(raw)
    if (directives.length === 0) return undefined
    file.messages = file.messages.filter((m) => {
      if (!ours(m)) return true
      const { offset } = messageRange(m)
      return !isSuppressed({ ruleId: m.ruleId ?? '', line: m.line ?? 1, offset }, directives)
    })
    return undefined
  }
}

function ours(message: VFileMessage): boolean {
  return message.source === 'netiquette' && Boolean(message.ruleId)
}
