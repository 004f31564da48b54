/**
 * Inline suppression, as in ESLint and remark-lint:
 * `<!-- netiquette-disable [ids] -->`, `<!-- netiquette-enable [ids] -->`,
 * `<!-- netiquette-disable-next-line [ids] -->`. No ids means every rule.
 */
/** What a directive is matched against: a finding's rule, line and start offset. */
export interface Suppressible {
  ruleId: string
  line: number
  offset: number
}

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line'
  offset: number
  line: number
  rules: string[]
}

const DIRECTIVE_START = /<!--\s*netiquette-(disable-next-line|disable|enable)\b/g

/**
 * The matches of `/<!--\s*netiquette-(disable-next-line|disable|enable)\b([^>]*?)-->/g`: a
 * directive runs to the first `>` after its start, which must close `-->`. Found in one pass: that
 * regex rescanned the text to the next `>` from every start (quadratic on a paste of directives
 * with no `>`; issue 17); here the next `>` is looked up once and reused by the starts before it.
 */
export function parseDirectives(raw: string): Directive[] {
  const out: Directive[] = []
  let gt = -2 // index of the next `>` at or after the last lookup (-1: none left)
  let line = 1
  let counted = 0
  DIRECTIVE_START.lastIndex = 0
  for (let m = DIRECTIVE_START.exec(raw); m; m = DIRECTIVE_START.exec(raw)) {
    const from = m.index + m[0].length
    if (gt !== -1 && gt < from) gt = raw.indexOf('>', from)
    if (gt === -1) break // no `>` left: no later start can close either
    if (gt - 2 < from || raw[gt - 1] !== '-' || raw[gt - 2] !== '-') {
      DIRECTIVE_START.lastIndex = m.index + 1
      continue
    }
    for (; counted < m.index; counted++) if (raw.charCodeAt(counted) === 10) line++
    const rules = raw
      .slice(from, gt - 2)
      .split(/[\s,]+/)
      .filter(Boolean)
    out.push({ kind: m[1] as Directive['kind'], offset: m.index, line, rules })
    DIRECTIVE_START.lastIndex = gt + 1
  }
  return out
}

export function applyDirectives<T extends Suppressible>(raw: string, messages: T[]): T[] {
  if (!raw.includes('netiquette-')) return messages
  const directives = parseDirectives(raw)
  if (directives.length === 0) return messages
  return messages.filter((msg) => !isSuppressed(msg, directives))
}

export function isSuppressed(msg: Suppressible, directives: readonly Directive[]): boolean {
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
