/**
 * The contract between the engine and a rule folder.
 *
 * A rule is written as `defineRule({ meta, prepare, create })` (docs/writing-rules.md): `prepare`
 * runs once per linter, `create(ctx)` once per draft and reports through `ctx.report({ messageId })`.
 * `defineRule` turns it into the shape the engine runs: a retext plugin (an attacher returning a
 * transformer over the nlcst tree) plus ESLint-style metadata. Findings are vfile messages written
 * by `report()`, which fills in `ruleId`, `source`, `actual`, `expected`, `url`, `messageId` and an
 * optional safe `fix`.
 */
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import type { Category, Config, Fix, ReplyContext, Severity } from './types.js'
import type { CorpusIndex } from './templates/index.js'
import { getDocument, type DocumentState, type ResolvedContext } from './document.js'
import { rawOffset } from './input/mask.js'
import './pipeline/data.js'
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
  /**
   * A safety check that must not be switched off by a wrong language guess (a short English
   * tweet detected as French): on a draft in a language without rules it runs with the fallback
   * language's data.
   */
  unsupportedLanguages?: 'fallback'
  /** Enabled only by `netiquette:strict` or explicit config (default severity `off`). */
  url?: string
  /** The rule's options (`["warn", { … }]`), checked when a linter is created: see config/schema.ts. */
  schema: Schema
  /** Message templates by id, with `{{placeholders}}` filled from `report({ data })` (rules written with `defineRule({ … })`). */
  messages?: Readonly<Record<string, string>>
}

/** Options every rule receives: the rule's own options from config plus shared config keys. */
export type RuleOptions = Readonly<Record<string, unknown>>

export type RuleTransformer = (tree: Root, file: VFile) => void
export type RuleAttacher = (options?: RuleOptions | null) => RuleTransformer

export interface RuleModule {
  meta: RuleMeta
  plugin: RuleAttacher
  /** The rule's pass over a whole corpus of templates (`netiquette templates`), if it has one. */
  corpus?: CorpusPass
}

/**
 * A finding on one template of a corpus, from a rule's corpus-wide pass: the caller turns it into
 * a diagnostic with the rule's `meta.messages[messageId]` filled from `data` (formatMessage).
 */
export interface CorpusFinding<MessageId extends string = string> {
  /** Index of the template in `corpus.templates`. */
  template: number
  messageId: MessageId
  data?: Readonly<Record<string, string | number>>
  /** 0-based UTF-16 offsets into the template's body. */
  start: number
  end: number
  /** Rewrites to offer a person, best first. */
  expected?: string[]
  /** The other template the finding is about (part of the finding's baseline key). */
  other?: string
}

/** What a corpus-wide pass receives: the corpus's index, the rule's options, a progress callback. */
export interface CorpusPassInput<Options> {
  corpus: CorpusIndex
  options: Options
  onProgress?: (done: number) => void
}

/**
 * A search over the whole corpus at once, run by `netiquette templates` instead of comparing each
 * template with the others draft by draft (near-duplicates: one index lookup per template).
 */
export type CorpusPass = (input: CorpusPassInput<RuleOptions>) => CorpusFinding[]

export const DOCS_BASE = 'https://github.com/netiquette-lint/netiquette/blob/main/rules/'

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}/README.md`
}

/** What `defineRule({ meta })` takes: the metadata without `url` (derived from the id), messages required. */
export interface RuleMetaInput<MessageId extends string> extends Omit<RuleMeta, 'url' | 'messages'> {
  /** `messageId → template`; `{{name}}` is replaced by `data.name` (ESLint's convention). */
  messages: Readonly<Record<MessageId, string>>
}

/** Shared config and the per-linter cache, as `prepare` and `create` see them. */
export interface SharedSettings {
  /** The linter's config: signature, sla, budgets, readingGrade, allow, templates, … */
  config: Config
  /** Per-linter cache for resources several rules build once (a template index, a custom lexicon). */
  cache: Map<string, unknown>
}

/** One finding, as a rule written with `defineRule({ … })` reports it. */
export interface RuleReport<MessageId extends string> {
  messageId: MessageId
  /** Values for the template's `{{placeholders}}`. */
  data?: Readonly<Record<string, string | number>>
  /** 0-based UTF-16 offsets into the raw input (`ctx.document.raw`). */
  start: number
  end: number
  /** Rewrites to offer a person, best first. */
  expected?: string[]
  /** A rewrite safe to apply without a human. Offsets default to start/end. */
  fix?: string | Fix
}

/** What `create` receives for one draft. */
export interface RuleContext<Options, State, MessageId extends string> {
  /** The draft: raw, text, prose, placeholders, words(), sentences(), … (see document.ts). */
  document: DocumentState
  /** The resolved reply context: channel, customer, followup, format, language, template. */
  context: ResolvedContext
  /** The language whose data the rule reads: `tr` for Turkish drafts, `en` for anything else. */
  language: RuleLanguage
  /** The rule's own options from config, checked against `meta.schema` (no `settings`). */
  options: Options
  /** What `prepare` returned, built once per linter. */
  state: State
  config: Config
  cache: Map<string, unknown>
  /** The nlcst tree, for the few rules that walk it. */
  tree: Root
  /** The linted file's path (`context.path`), when one was given. */
  path: string | undefined
  report: (finding: RuleReport<MessageId>) => void
}

/** A rule: metadata, an optional once-per-linter `prepare`, and `create`, run on every draft. */
export interface RuleDefinition<Options, State, MessageId extends string> {
  meta: RuleMetaInput<MessageId>
  /**
   * Runs once per `createLinter()`: build matchers and word lists from the options here, never in
   * `create` (a help desk lints on every keystroke pause). Keep it cheap: the CLI runs it on every call.
   */
  prepare?: (options: Options, shared: SharedSettings) => State
  /** Runs once per draft. */
  create: (ctx: RuleContext<Options, State, MessageId>) => void
  /** A pass over a whole corpus of templates (`netiquette templates`); see CorpusPass. */
  corpus?: (input: CorpusPassInput<Options>) => CorpusFinding<MessageId>[]
}

/**
 * Define a rule. The options type comes from `prepare`'s parameter annotation
 * (`prepare(options: ShoutingOptions)`), the message ids from `meta.messages`.
 */
export function defineRule<Options extends object = RuleOptions, State = undefined, MessageId extends string = string>(definition: RuleDefinition<Options, State, MessageId>): RuleModule
/**
 * @deprecated The two-argument form (`defineRule(meta, (options) => (tree, file) => …)` with free-text
 * reasons) is kept while the rules move to `defineRule({ meta, prepare, create })`; see docs/writing-rules.md.
 */
export function defineRule(meta: Omit<RuleMeta, 'url'>, plugin: RuleAttacher): RuleModule
export function defineRule(first: Omit<RuleMeta, 'url'> | RuleDefinition<never, unknown, string>, plugin?: RuleAttacher): RuleModule {
  if (plugin) {
    const meta = first as Omit<RuleMeta, 'url'>
    return { meta: { ...meta, url: docsUrl(meta.id) }, plugin }
  }
  return fromDefinition(first as RuleDefinition<never, unknown, string>)
}

function fromDefinition<Options, State, MessageId extends string>(definition: RuleDefinition<Options, State, MessageId>): RuleModule {
  const meta: RuleMeta = { ...definition.meta, url: docsUrl(definition.meta.id) }
  const { prepare, create } = definition
  const plugin: RuleAttacher = (given) => {
    // The engine passes the rule's options with the shared `settings` beside them.
    const { settings: _settings, ...own } = given ?? {}
    const shared: SharedSettings = { config: sharedConfig(given), cache: sharedCache(given) }
    // Checked against meta.schema by createLinter before any rule is built.
    const options = own as Options
    const state = prepare ? prepare(options, shared) : (undefined as State)
    return (tree, file) => {
      const document = getDocument(file, tree)
      create({
        document,
        context: document.context,
        language: languageKey(document.context.language),
        options,
        state,
        config: shared.config,
        cache: shared.cache,
        tree,
        path: file.path,
        report: (finding) => reportMessage(file, meta, finding),
      })
    }
  }
  // The options were checked against meta.schema by the caller (resolveRules).
  const corpus = definition.corpus as unknown as CorpusPass | undefined
  return corpus ? { meta, plugin, corpus } : { meta, plugin }
}

/** Fill `{{name}}` placeholders; one left without data stays as written (RuleTester fails on it). */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  if (!data) return template
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole))
}

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g

function reportMessage<MessageId extends string>(file: VFile, meta: RuleMeta, finding: RuleReport<MessageId>): void {
  const template = meta.messages?.[finding.messageId]
  // A wrong id is a bug in the rule (TypeScript catches it in rules/): fail loudly in tests.
  if (template === undefined) throw new Error(`${meta.id}: unknown messageId "${finding.messageId}"`)
  const { messageId, data, ...rest } = finding
  report(file, meta, { ...rest, reason: formatMessage(template, data), messageId })
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
  /** The `meta.messages` id the reason was made from (rules written with `defineRule({ … })`). */
  messageId?: string
}

/** Write one diagnostic onto the file, in the unified message convention. */
export function report(file: VFile, meta: RuleMeta, r: Report): void {
  const raw = String(file.value)
  // Offsets into an HTML word with character references point into its decoded form: map them
  // to whole references in the source (`Jos&eacute;`, never half of one).
  const shifts = file.data.netiquette?.shifts
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
  message.offset = start
  message.endOffset = end
  if (r.messageId !== undefined) message.messageId = r.messageId
  if (r.fix !== undefined) {
    message.fix = typeof r.fix === 'string' ? { offset: start, endOffset: end, text: r.fix } : shifts ? { ...r.fix, offset: toRaw(r.fix.offset), endOffset: toRaw(r.fix.endOffset) } : r.fix
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

/** Shared config (signature, sla, budgets, readingGrade, allow, templates), from the engine's `settings` beside a rule's options. */
function sharedConfig(options: RuleOptions | null | undefined): import('./types.js').Config {
  const settings = options?.settings as { config?: import('./types.js').Config } | undefined
  return settings?.config ?? {}
}

/** Per-linter cache for resources a rule builds once (a template index, a custom lexicon). */
function sharedCache(options: RuleOptions | null | undefined): Map<string, unknown> {
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

/**
 * Test cases of a rule (`rules/<id>/cases.ts`, `export const cases: RuleCases<Options>`): run by
 * `test/rule-tester.ts` and turned into the README's Examples section by `npm run docs`.
 */
export interface RuleCases<Options = RuleOptions> {
  valid: ValidCase<Options>[]
  invalid: InvalidCase<Options>[]
}

export interface ValidCase<Options = RuleOptions> {
  /** A short title for the test name and the README (defaults to the text's first line). */
  name?: string
  text: string
  /** The reply context, as a caller passes it to `lint(text, context)`. */
  context?: ReplyContext
  /** Linter config beside the rules (`signature`, `allow`, `templates`, …); `rules` is set by the tester. */
  config?: Omit<Config, 'rules' | 'extends'>
  /** The rule's options (`rules: { id: ['warn', options] }`). */
  options?: Options
  /** Lint as a canned template (`createLinter(config, { template: true })`). */
  template?: boolean
  /** Show the case in the rule's README (`npm run docs`): pick a few telling ones, the rest are tests only. */
  docs?: true
}

export interface InvalidCase<Options = RuleOptions> extends ValidCase<Options> {
  /** Every finding of the rule, in the order the linter returns them (by offset). */
  errors: ExpectedError[]
  /** The text after `fix`: required when a finding has a fix; equal to `text` when none has one. */
  output?: string
}

export interface ExpectedError {
  messageId: string
  /** 1-based, as in the diagnostic. */
  line: number
  column: number
  endLine?: number
  endColumn: number
  /** The diagnostic's suggestions, exactly (checked when given). */
  suggestions?: string[]
  /** The template's data: the message must equal the template filled with it (checked when given). */
  data?: Readonly<Record<string, string | number>>
  /** The exact message (checked when given). */
  message?: string
}

/** The linter config a case runs with: only `id` on (at its default severity), every other rule off. */
export function caseConfig(meta: RuleMeta, allIds: readonly string[], c: ValidCase<unknown>): Config {
  const severity = meta.severity === 'off' ? 'warn' : meta.severity
  const rules: NonNullable<Config['rules']> = Object.fromEntries(allIds.map((id) => [id, 'off' as const]))
  rules[meta.id] = c.options === undefined ? severity : [severity, c.options as Record<string, unknown>]
  return { ...c.config, rules }
}
