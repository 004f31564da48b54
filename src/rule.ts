/**
 * The contract between the engine and a rule folder.
 *
 * A rule is a retext plugin (an attacher returning a transformer over the nlcst tree) plus
 * ESLint-style metadata. It reads the reply context from `file.data.netiquette` (see
 * `document.ts`) and writes vfile messages through `report()`, which fills in `ruleId`,
 * `source`, `actual`, `expected`, `url` and an optional safe `fix`.
 */
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import type { Category, Fix, Severity } from './types.js'
import { rawOffset, type Shift } from './input/mask.js'
import type { Schema } from './config/schema.js'
import { lineIndex, type LineIndex } from './text/lines.js'

export interface RuleMeta {
  id: string
  description: string
  severity: Severity | 'off'
  fixable: boolean
  category: Category
  /** Languages with data for this rule; `['*']` for language-independent rules. */
  languages: readonly string[]
  /** Enabled only by `netiquette:strict` or explicit config (default severity `off`). */
  url?: string
  /** The rule's options (`["warn", { … }]`), checked when a linter is created: see config/schema.ts. */
  schema: Schema
}

/** Options every rule receives: the rule's own options from config plus shared config keys. */
export type RuleOptions = Readonly<Record<string, unknown>>

export type RuleTransformer = (tree: Root, file: VFile) => void
export type RuleAttacher = (options?: RuleOptions | null) => RuleTransformer

export interface RuleModule {
  meta: RuleMeta
  plugin: RuleAttacher
}

export const DOCS_BASE = 'https://github.com/netiquette-lint/netiquette/blob/main/rules/'

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}/README.md`
}

export function defineRule(meta: Omit<RuleMeta, 'url'>, plugin: RuleAttacher): RuleModule {
  return { meta: { ...meta, url: docsUrl(meta.id) }, plugin }
}

export interface Report {
  /** 0-based UTF-16 offsets into the raw input. */
  start: number
  end: number
  reason: string
  /** Rewrites to offer a person, best first. */
  expected?: string[]
  /** A rewrite safe to apply without a human. Offsets default to start/end. */
  fix?: string | Fix
}

/** Severity a rule asked for by itself (for example `pii` never downgrades), rarely needed. */
export interface NetiquetteMessageFields {
  fix?: Fix
  offset: number
  endOffset: number
}

/** Write one diagnostic onto the file, in the unified message convention. */
export function report(file: VFile, meta: RuleMeta, r: Report): void {
  const raw = String(file.value)
  // Offsets into an HTML word with character references point into its decoded form: map them
  // to whole references in the source (`Jos&eacute;`, never half of one).
  const shifts = (file.data as { netiquette?: { shifts?: Shift[] } }).netiquette?.shifts
  const toRaw = (offset: number): number => (shifts ? rawOffset(shifts, offset) : offset)
  const start = Math.max(0, Math.min(toRaw(r.start), raw.length))
  const end = Math.max(start, Math.min(toRaw(r.end), raw.length))
  // A VFileMessage is an Error: constructing one captures a stack trace (~10 µs, a quarter of
  // linting a short reply that has findings), and vfile-message blanks the stack anyway.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message
  try {
    message = file.message(r.reason, {
      place: { start: pointAt(file, raw, start), end: pointAt(file, raw, end) },
      ruleId: meta.id,
      source: 'netiquette',
    })
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  message.actual = raw.slice(start, end)
  message.expected = r.expected ?? []
  message.url = meta.url ?? docsUrl(meta.id)
  const fields = message as unknown as NetiquetteMessageFields
  fields.offset = start
  fields.endOffset = end
  if (r.fix !== undefined) {
    fields.fix = typeof r.fix === 'string' ? { offset: start, endOffset: end, text: r.fix } : shifts ? { ...r.fix, offset: toRaw(r.fix.offset), endOffset: toRaw(r.fix.endOffset) } : r.fix
  }
}

/**
 * 1-based line/column for a 0-based offset, through one line index per file: a rule reporting
 * every sentence of a 5 MB draft made the former scan from the start of the text per finding
 * quadratic. Our own index (`text/lines.ts`) rather than vfile-location: that one also breaks
 * lines at a bare CR, and diagnostics count LF only (`linter.ts` uses the same index).
 */
function pointAt(file: VFile, text: string, offset: number): { line: number; column: number; offset: number } {
  let cached = lineIndexes.get(file)
  if (cached === undefined || cached.text !== text) lineIndexes.set(file, (cached = { text, lines: lineIndex(text) }))
  return { ...cached.lines.toPoint(offset), offset }
}

const lineIndexes = new WeakMap<VFile, { text: string; lines: LineIndex }>()

/** 1-based line/column for a 0-based offset (one scan of the text; `report` uses an index per file). */
export function toPoint(text: string, offset: number): { line: number; column: number; offset: number } {
  return { ...lineIndex(text).toPoint(offset), offset }
}

/** Shared config (signature, sla, budgets, readingGrade, allow, templates) as a rule sees it. */
export function sharedConfig(options: RuleOptions | null | undefined): import('./types.js').Config {
  const settings = options?.settings as { config?: import('./types.js').Config } | undefined
  return settings?.config ?? {}
}

/** Per-linter cache for resources a rule builds once (a template index, a custom lexicon). */
export function sharedCache(options: RuleOptions | null | undefined): Map<string, unknown> {
  const settings = options?.settings as { cache?: Map<string, unknown> } | undefined
  return settings?.cache ?? new Map()
}

export type RuleLanguage = 'en' | 'tr'

/** The data a rule reads for a draft's language: Turkish for `tr`, English for anything else. */
export function languageKey(language: string): RuleLanguage {
  return language === 'tr' ? 'tr' : 'en'
}

/**
 * A per-language resource (word lists, matchers) built on the first draft in that language and
 * reused: an English-only team never pays for the Turkish data.
 */
export function perLanguage<T>(build: (language: RuleLanguage) => T): (language: string) => T {
  const built = new Map<RuleLanguage, T>()
  return (language) => {
    const key = languageKey(language)
    let value = built.get(key)
    if (value === undefined) built.set(key, (value = build(key)))
    return value
  }
}
