/**
 * The checks of `placeholder-syntax`, on the agent's text of a template (code and quotes masked)
 * and the placeholders `findPlaceholders` parsed from it. Each returns issues with offsets into
 * the text, a message id with its data, suggestions and, when one rewrite is certain, a fix.
 */
import type { Placeholder } from '../../src/templates/placeholders.js'
import { RangeSet } from '../../src/text/intervals.js'
import { familyOf } from '../../src/kit/placeholder-family.js'
import { withArticle } from '../../src/kit/article.js'
import data from './data.json' with { type: 'json' }
import { isSpace, trailingRunLength } from '../../src/text/trailing.js'

export interface SyntaxOptions {
  /** The dialect family the corpus uses (`liquid`, `helpscout`, `salesforce`, …): others are flagged. */
  dialect?: string
  /** Extra Liquid filters the platform knows. */
  filters?: string[]
  /** Extra variable prefixes the platform always fills in (no fallback needed). */
  alwaysFilled?: string[]
}

/** The kinds of finding, one message each (the templates are in index.ts, meta.messages). */
export type SyntaxMessageId =
  | 'unbalancedBraces'
  | 'notClosed'
  | 'neverOpened'
  | 'multiline'
  | 'empty'
  | 'spaceInName'
  | 'helpScoutFallback'
  | 'blockNotClosed'
  | 'outsideBlock'
  | 'blockNeverOpened'
  | 'blockClosedEarly'
  | 'emptyFilter'
  | 'emptyArgument'
  | 'unknownFilter'
  | 'noFallback'
  | 'mixedDialect'
  | 'mismatchedDelimiters'

export interface Issue {
  start: number
  end: number
  messageId: SyntaxMessageId
  data: Record<string, string>
  expected?: string[]
  fix?: string
}

const FAMILY_NAMES = data.familyNames as Record<string, string>
const BLOCKS = new Set(data.blocks)
const LIGHTNING = /^(Recipient|Sender|Organization|User|Contact|Lead|Account|Case|Opportunity)\./
const STRAY = /\{\{\{|\}\}\}|\{\{|\}\}|\{%|%\}|\{!/g

export function checkSyntax(text: string, placeholders: readonly Placeholder[], options: SyntaxOptions = {}): Issue[] {
  const issues: Issue[] = []
  const known = new Set([...data.filters, ...(options.filters ?? [])])
  // Placeholders and the issues found so far as range sets: `inside` and the overlap checks run
  // once per delimiter or placeholder, and scanning both lists each time was quadratic.
  const placeholderRanges = new RangeSet()
  for (const p of placeholders) placeholderRanges.add(p.start, p.end)
  const overlapsIssue = rangesOf(issues)
  const inside = (i: number): boolean => placeholderRanges.covers(i) || overlapsIssue(i, i + 1)

  // A. A placeholder with a brace too many or too few around it: {{first_name}, {first_name}}, { {name}}.
  for (const p of placeholders) {
    if (!/^[{%]/.test(p.raw) || p.dialect === 'osticket') continue
    let b = p.start
    if (text[b - 1] === ' ' && text[b - 2] === '{') b--
    let open = 0
    while (b > 0 && text[b - 1] === '{') {
      b--
      open++
    }
    if (open === 0) b = p.start
    let f = p.end
    if (text[f] === ' ' && text[f + 1] === '}') f++
    let close = 0
    while (text[f] === '}') {
      f++
      close++
    }
    if (close === 0) f = p.end
    if (open === 0 && close === 0) continue
    const lead = (/^[{\s]*/.exec(p.raw)?.[0] ?? '').replace(/\s/g, '').length + open
    // Trailing braces and spaces counted by a loop: `/[}\s]*$/` rescanned a long run of spaces from each (issue 17).
    const closing = p.raw.slice(p.raw.length - trailingRunLength(p.raw, (c) => c === '}' || isSpace(c)))
    const trail = closing.replace(/\s/g, '').length + close
    const opened = p.raw.replace(/^[{\s]+/, '')
    const inner = opened.slice(0, opened.length - trailingRunLength(opened, (c) => c === '}' || isSpace(c)))
    const raw = text.slice(b, f)
    let n = Math.max(lead, trail)
    if (n >= 3) n = LIGHTNING.test(inner) ? 3 : 2
    const fix = p.dialect === 'helpscout' || p.dialect === 'liquid-tag' || p.dialect === 'salesforce-classic' ? undefined : '{'.repeat(n) + inner + '}'.repeat(n)
    issues.push({ start: b, end: f, messageId: 'unbalancedBraces', data: { raw }, expected: fix ? [fix] : [], fix })
  }

  // B. Brackets of one kind closed by braces of another: [[first_name]}, {first_name], [name}}, {{name]].
  mismatched(text, placeholders, overlapsIssue, issues)

  // C. Delimiters that open or close no placeholder: {{first_name, {%customer.firstName}, first_name}}.
  STRAY.lastIndex = 0
  for (let m = STRAY.exec(text); m; m = STRAY.exec(text)) {
    const i = m.index
    const token = m[0]
    if (inside(i)) continue
    if (token.startsWith('{')) {
      const rest = text.slice(i + token.length, i + token.length + 120)
      if (!/^\s*[\w.'"]/.test(rest)) continue
      const stop = rest.search(/[\n{]/)
      const line = stop === -1 ? rest : rest.slice(0, stop)
      const close = line.indexOf('}')
      const body = close === -1 ? (/^\s*[\w.]+/.exec(line)?.[0] ?? '') : line.slice(0, close).replace(/%$/, '')
      const end = i + token.length + (close === -1 ? body.length : close + (/^}+/.exec(line.slice(close))?.[0].length ?? 1))
      const fix = token === '{%' ? `{%${body}%}` : token === '{!' ? `{!${body.trim()}}` : `${token}${body}${'}'.repeat(token.length)}`
      issues.push({ start: i, end, messageId: 'notClosed', data: { raw: text.slice(i, end), open: token, close: token === '{%' ? '%}' : '}'.repeat(token === '{!' ? 1 : token.length) }, expected: [fix], fix })
    } else {
      // eslint-disable-next-line regexp/no-super-linear-move -- at most 80 characters
      const before = /[\w.]+\s*$/.exec(text.slice(Math.max(0, i - 80), i))
      if (!before) continue
      const start = i - before[0].length
      if (inside(start)) continue
      const name = before[0]
      const fix = token === '%}' ? `{%${name}%}` : `${'{'.repeat(token.length)}${name}${token}`
      issues.push({ start, end: i + token.length, messageId: 'neverOpened', data: { raw: `${name}${token}` }, expected: [fix], fix })
    }
  }

  // D. Inside well-formed delimiters: names, filters, fallbacks.
  const openBlocks: Array<{ p: Placeholder; keyword: string }> = []
  for (const p of placeholders) {
    if (p.dialect === 'liquid-tag') {
      blockBalance(p, openBlocks, issues)
      continue
    }
    if (!['liquid', 'helpscout', 'salesforce-classic', 'salesforce-lightning'].includes(p.dialect)) continue
    if (overlapsIssue(p.start, p.end)) continue
    if (p.raw.includes('\n')) {
      issues.push({ start: p.start, end: p.start + p.raw.indexOf('\n'), messageId: 'multiline', data: { raw: p.raw.split('\n')[0]! }, expected: [] })
      continue
    }
    if (p.name === '') {
      issues.push({ start: p.start, end: p.end, messageId: 'empty', data: { raw: p.raw }, expected: [] })
      continue
    }
    if (/^[A-Za-z_]\w*(?:\s+[A-Za-z_]\w*)+$/.test(p.name) && p.dialect !== 'salesforce-classic') {
      const fixed = p.raw.replace(p.name, p.name.replace(/\s+/g, '_'))
      issues.push({ start: p.start, end: p.end, messageId: 'spaceInName', data: { raw: p.raw }, expected: [fixed] })
      continue
    }
    if (p.dialect === 'liquid') {
      const before = issues.length
      filterIssues(p, known, issues)
      if (issues.length > before) continue // a misspelt fallback filter is one problem, not two
    }
    if (p.dialect === 'helpscout') {
      const inner = withoutClose(p.raw.replace(/^\{%-?\s*/, ''), ['%}'])
      const bad = inner
        .split(',')
        .slice(1)
        .find((part) => !/^\s*fallback=/.test(part))
      if (bad !== undefined) {
        const fixed = p.raw.replace(bad, bad.replace(/^\s*(?:fallback|default)\s*[:=]\s*/, 'fallback='))
        issues.push({ start: p.start, end: p.end, messageId: 'helpScoutFallback', data: { raw: p.raw }, expected: fixed !== p.raw ? [fixed] : [], ...(fixed !== p.raw && /,fallback=/.test(fixed) ? { fix: fixed } : {}) })
        continue
      }
    }
    const before = issues.length
    noFallback(text, p, openBlocks, options, issues)
    // `{{ current_user.name | default: }}`: no name is missing there, but the empty filter still breaks it.
    const empty = p.dialect === 'liquid' && issues.length === before ? p.filters.find((f) => emptyArgument(f) && FALLBACK_FILTER.test(f)) : undefined
    if (empty !== undefined) issues.push({ start: p.start, end: p.end, messageId: 'emptyArgument', data: { raw: p.raw, filter: /^\w+/.exec(empty)![0] }, expected: [] })
  }
  for (const { p, keyword } of openBlocks) issues.push({ start: p.start, end: p.end, messageId: 'blockNotClosed', data: { raw: p.raw, block: withArticle(keyword) }, expected: [] })

  // E. Dialects the platform does not fill in.
  doubleBrackets(text, placeholders, options.dialect, issues)
  mixedDialects(placeholders, options.dialect, issues)
  return issues.sort((a, b) => a.start - b.start || a.end - b.end)
}

function blockBalance(p: Placeholder, open: Array<{ p: Placeholder; keyword: string }>, issues: Issue[]): void {
  const inner = withoutClose(p.raw.replace(/^\{[{%]-?\s*/, ''), ['%}', '}}']).trim()
  const word = (/^[#/^]?\s*\w+/.exec(inner)?.[0] ?? '').replace(/\s+/g, '')
  const keyword = word.replace(/^[#/^]/, '')
  if (word.startsWith('#') || word.startsWith('^') || (!word.startsWith('/') && BLOCKS.has(keyword) && !/^end/.test(keyword))) {
    open.push({ p, keyword: keyword })
    return
  }
  const closing = word.startsWith('/') ? keyword : /^end(\w+)$/.exec(keyword)?.[1]
  if (closing === undefined) {
    if (/^(else|elsif|when)$/.test(keyword) && open.length === 0) issues.push({ start: p.start, end: p.end, messageId: 'outsideBlock', data: { raw: p.raw }, expected: [] })
    return
  }
  const at = open.map((o) => o.keyword).lastIndexOf(closing)
  if (at === -1) {
    issues.push({ start: p.start, end: p.end, messageId: 'blockNeverOpened', data: { raw: p.raw, block: withArticle(closing) }, expected: [] })
    return
  }
  for (const unclosed of open.splice(at).slice(1)) issues.push({ start: unclosed.p.start, end: unclosed.p.end, messageId: 'blockClosedEarly', data: { raw: unclosed.p.raw, block: withArticle(unclosed.keyword), closer: p.raw }, expected: [] })
}

const FALLBACK_FILTER = /^(?:default|fallback)\b/
/** `default:`, `default()`: a filter written with its value left out. */
const emptyArgument = (filter: string): boolean => /^[A-Za-z_][\w-]*\s*(?::\s*|\(\s*\))$/.test(filter)

function filterIssues(p: Placeholder, known: Set<string>, issues: Issue[]): void {
  for (const f of p.filters) {
    const name = /^([A-Za-z_][\w-]*)/.exec(f)?.[1]
    if (!name) {
      issues.push({ start: p.start, end: p.end, messageId: 'emptyFilter', data: { raw: p.raw }, expected: [] })
      return
    }
    // `| truncate: }}`: a filter that takes a value, given none. An empty fallback is checked after noFallback.
    if (emptyArgument(f) && !FALLBACK_FILTER.test(name)) {
      issues.push({ start: p.start, end: p.end, messageId: 'emptyArgument', data: { raw: p.raw, filter: name }, expected: [] })
      return
    }
    if (known.has(name)) continue
    const near = [...known].filter((k) => distance(k, name) <= Math.min(2, Math.floor(name.length / 3))).sort((a, b) => distance(a, name) - distance(b, name))
    const fixed = near[0] ? p.raw.replace(new RegExp(`(\\|\\s*)${name}\\b`), `$1${near[0]}`) : undefined
    issues.push({ start: p.start, end: p.end, messageId: 'unknownFilter', data: { raw: p.raw, filter: name }, expected: fixed ? [fixed] : [], ...(fixed && near.length === 1 ? { fix: fixed } : {}) })
    return
  }
}

function noFallback(text: string, p: Placeholder, open: Array<{ p: Placeholder }>, options: SyntaxOptions, issues: Issue[]): void {
  if (p.nameKind !== 'first' && p.nameKind !== 'full') return
  if (p.fallback !== undefined && p.fallback.trim() !== '') return
  const family = familyOf(p)!
  const prefixes = [...((data.alwaysFilled as Record<string, string[]>)[family] ?? []), ...(options.alwaysFilled ?? [])]
  if (prefixes.some((x) => p.name.startsWith(x)) || /agent|assignee|sender|staff|owner|\buser\b/i.test(p.name)) return
  const last = p.name.split('.').at(-1) ?? p.name
  if (open.some((o) => o.p.raw.includes(last))) return // {% if first_name %}…{% endif %}
  const lineStart = text.lastIndexOf('\n', p.start - 1) + 1
  const before = text.slice(Math.max(lineStart, p.start - 24), p.start).trimStart()
  const after = /^[^\s\w]*/.exec(text.slice(p.end))?.[0] ?? ''
  const seen = `${before}${after}`.replace(/(?<! ) +([,.!?])/g, ' $1') // from a space run's start only: linear
  const fallbackText = 'there'
  const expected =
    p.dialect === 'liquid'
      ? [`{{${p.name} | ${p.name.includes('.') ? 'default' : 'fallback'}: "${fallbackText}"}}`, `{{${p.name} | ${p.name.includes('.') ? 'fallback' : 'default'}: "${fallbackText}"}}`]
      : p.dialect === 'helpscout'
        ? [`{%${p.name},fallback=${fallbackText}%}`]
        : p.dialect === 'salesforce-classic'
          ? [`{!${p.name}, ${fallbackText}}`]
          : []
  issues.push({ start: p.start, end: p.end, messageId: 'noFallback', data: { raw: p.raw, seen: seen.trim() }, expected })
}

/**
 * A variable name opened by square brackets and closed by braces, or the other way round
 * (`[[first_name]}`, `{first_name]`, `[name}}`). Each part is bounded, so a start is scanned once.
 */
const MISMATCHED = /(\[\[|\{\{|\[|\{) ?([A-Za-z_][\w.]{0,60}) ?(\]\]|\}\}|\]\}|\}\]|\]|\})/g

function mismatched(text: string, placeholders: readonly Placeholder[], overlapsIssue: (from: number, to: number) => boolean, issues: Issue[]): void {
  if (!/[[\]]/.test(text)) return // every mismatch has a square bracket
  const liquid = placeholders.some((p) => familyOf(p) === 'liquid')
  MISMATCHED.lastIndex = 0
  for (let m = MISMATCHED.exec(text); m; m = MISMATCHED.exec(text)) {
    const [raw, open, name, close] = m as unknown as [string, string, string, string]
    const squares = (s: string) => /[[\]]/.test(s)
    const braces = (s: string) => /[{}]/.test(s)
    if (squares(open) === squares(close) && braces(open) === braces(close)) continue
    if (overlapsIssue(m.index, m.index + raw.length)) continue
    const inSquares = `[[${name}]]`
    const inBraces = `{{${name}}}`
    issues.push({ start: m.index, end: m.index + raw.length, messageId: 'mismatchedDelimiters', data: { raw, open, close }, expected: liquid || open[0] === '{' ? [inBraces, inSquares] : [inSquares, inBraces] })
  }
}

/** `[[destek_hatti]]`: a variable name (letters, digits, `_`, `.`) in double square brackets. */
const DOUBLE_BRACKET = /\[\[ ?([\p{L}_][\p{L}\p{N}_.]{0,60}) ?\]\]/gu

/**
 * A variable in double square brackets next to placeholders a help desk fills in
 * (`{{ reset_link }}` … `[[destek_hatti]]`): no help desk fills `[[…]]` in, so the customer reads it
 * as written. Plain labels in single brackets (`[Müşteri adı]`) are filled in by hand and stay
 * the `placeholder` rule's business.
 */
function doubleBrackets(text: string, placeholders: readonly Placeholder[], dialect: string | undefined, issues: Issue[]): void {
  const expected = dialect ?? placeholders.map((p) => familyOf(p)).find((f) => f !== undefined)
  if (!expected || !text.includes('[[')) return
  for (const m of text.matchAll(DOUBLE_BRACKET)) {
    const name = m[1]!
    if (/^missing$/i.test(name)) continue // HubSpot's `[[MISSING TOKEN …]]` is its own dialect
    issues.push({ start: m.index, end: m.index + m[0].length, messageId: 'mixedDialect', data: { raw: m[0], syntax: 'double-bracket [[…]]', expected: FAMILY_NAMES[expected] ?? expected }, expected: inDialect(expected, name) })
  }
}

function mixedDialects(placeholders: readonly Placeholder[], dialect: string | undefined, issues: Issue[]): void {
  const overlapsIssue = rangesOf(issues)
  const machine = placeholders.filter((p) => familyOf(p))
  let expected = dialect
  if (!expected) {
    // Without a corpus-wide dialect, a template that mixes two is wrong about one of them.
    const counts = new Map<string, number>()
    for (const p of machine) counts.set(familyOf(p)!, (counts.get(familyOf(p)!) ?? 0) + 1)
    // `Hi {first_name}` beside `{{ customer.email }}`: a single-brace name in a Liquid template is the odd one out.
    if (counts.size < 2 && !(counts.has('liquid') && placeholders.some(isSingleBrace))) return
    expected = [...counts].sort((a, b) => b[1] - a[1] || machine.findIndex((p) => familyOf(p) === a[0]) - machine.findIndex((p) => familyOf(p) === b[0]))[0]![0]
  }
  const name = FAMILY_NAMES[expected] ?? expected
  for (const p of placeholders) {
    const family = familyOf(p)
    const singleBrace = isSingleBrace(p) && expected === 'liquid'
    if ((family === undefined || family === expected) && !singleBrace) continue
    if (overlapsIssue(p.start, p.end)) continue
    const suggestion = inDialect(expected, p.name)
    issues.push({ start: p.start, end: p.end, messageId: 'mixedDialect', data: { raw: p.raw, syntax: singleBrace ? 'single-brace' : (FAMILY_NAMES[family!] ?? family!), expected: name }, expected: suggestion })
  }
}

/** The variable `name` written in the dialect `family` fills in (none for a dialect without one). */
function inDialect(family: string, name: string): string[] {
  return family === 'liquid' ? [`{{${name}}}`] : family === 'helpscout' ? [`{%${name}%}`] : family === 'salesforce' ? [`{!${name}}`] : []
}

/** `{order_number}`: a name in single braces, which no Liquid help desk fills in. */
function isSingleBrace(p: Placeholder): boolean {
  return p.dialect === 'bracket' && /^\{[A-Za-z]/.test(p.raw)
}

/** Levenshtein distance, for “did you mean” on filter names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const next = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = next
    }
  }
  return row[b.length]!
}

/**
 * `s` without its closing delimiter and the `-` and spaces before it: `s.replace(/\s*-?%\}$/, '')`
 * as a loop (that regex was retried at every space of a long run: quadratic; issue 17).
 */
function withoutClose(s: string, closes: readonly string[]): string {
  const close = closes.find((c) => s.endsWith(c))
  if (close === undefined) return s
  let rest = s.slice(0, s.length - close.length)
  if (rest.endsWith('-')) rest = rest.slice(0, -1)
  return rest.slice(0, rest.length - trailingRunLength(rest, isSpace))
}

/** Whether a range overlaps one of `list`, which may grow between calls (only by push). */
function rangesOf(list: ReadonlyArray<{ start: number; end: number }>): (from: number, to: number) => boolean {
  const ranges = new RangeSet()
  let absorbed = 0
  return (from, to) => {
    for (; absorbed < list.length; absorbed++) ranges.add(list[absorbed]!.start, list[absorbed]!.end)
    return ranges.overlaps(from, to)
  }
}
