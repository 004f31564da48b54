/**
 * Inline suppression, as in ESLint and remark-lint:
 * `<!-- netiquette-disable [ids] -->`, `<!-- netiquette-enable [ids] -->`,
 * `<!-- netiquette-disable-next-line [ids] -->`. No ids means every rule.
 */
import type { Diagnostic } from './types.js'

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line'
  offset: number
  line: number
  rules: string[]
}

const DIRECTIVE = /<!--\s*netiquette-(disable-next-line|disable|enable)\b([^>]*?)-->/g

export function parseDirectives(raw: string): Directive[] {
  const out: Directive[] = []
  DIRECTIVE.lastIndex = 0
  for (let m = DIRECTIVE.exec(raw); m; m = DIRECTIVE.exec(raw)) {
    const rules = m[2]!.split(/[\s,]+/).filter(Boolean)
    const line = raw.slice(0, m.index).split('\n').length
    out.push({ kind: m[1] as Directive['kind'], offset: m.index, line, rules })
  }
  return out
}

export function applyDirectives(raw: string, messages: Diagnostic[]): Diagnostic[] {
  if (!raw.includes('netiquette-')) return messages
  const directives = parseDirectives(raw)
  if (directives.length === 0) return messages
  return messages.filter((msg) => !isSuppressed(msg, directives))
}

function isSuppressed(msg: Diagnostic, directives: Directive[]): boolean {
  let disabledAll = false
  const disabled = new Set<string>()
  for (const d of directives) {
    if (d.kind === 'disable-next-line') {
      if (msg.line === d.line + 1 && (d.rules.length === 0 || d.rules.includes(msg.ruleId))) return true
      continue
    }
    if (d.offset > msg.offset) break
    if (d.kind === 'disable') {
      if (d.rules.length === 0) disabledAll = true
      else d.rules.forEach((r) => disabled.add(r))
    } else if (d.rules.length === 0) {
      disabledAll = false
      disabled.clear()
    } else d.rules.forEach((r) => disabled.delete(r))
  }
  return disabledAll || disabled.has(msg.ruleId)
}
