/**
 * createLinter: build once (rule transformers, word lists, template index), lint many drafts.
 */
import type { VFileMessage } from 'vfile-message'
import { VFile } from 'vfile'
import { rules as allRules } from '../rules/index.js'
import { attachTree, buildDocument, formatFromPath, resolveContext, type DocumentState } from './document.js'
import { loadParsers } from './input/parsers.js'
import { applyDirectives } from './suppress.js'
import { applyFixes, guardFix } from './fix.js'
import { scanMarkup, type MarkupToken } from './input/html-markup.js'
import { escapeInserted } from './escape.js'
import { validateContext } from './config/context.js'
import { validateConfig } from './config/validate.js'
import { configSource } from './config/rule-options.js'
import { scoreReply } from './score.js'
import { parseProse, parserFor } from './parse.js'
import { resolveRules, type ActiveRule } from './config/resolve.js'
import { UsageError } from './errors.js'
import { lineIndex } from './text/lines.js'
import { LanguageDetectorNotLoaded, loadLanguageDetector, resolveLanguage } from './language.js'
import { CompromiseNotLoaded, loadCompromise } from './nlp/compromise.js'
import { LanguagePackNotLoaded, PACK_LANGUAGES, loadLanguagePack, type PackLanguage } from './kit/language-pack.js'
import type { RuleTransformer, NetiquetteMessageFields } from './rule.js'
import type { Config, Diagnostic, LintResult, ReplyContext, Severity } from './types.js'

const knownRules: ReadonlySet<string> = new Set(allRules.map((r) => r.meta.id))

export interface Linter {
  lint(text: string, context?: ReplyContext): Promise<LintResult>
  fix(text: string, context?: ReplyContext): Promise<string>
  /** Synchronous variants, for editors that lint on every keystroke pause. */
  lintSync(text: string, context?: ReplyContext): LintResult
  fixSync(text: string, context?: ReplyContext): string
  readonly config: Readonly<Config>
  readonly rules: readonly string[]
}

export interface EngineOptions {
  /** Lint canned templates: placeholders are legitimate, template-only rules run. */
  template?: boolean
  /**
   * Adds up milliseconds per rule id (building the rule's indexes and running it) and for
   * `(document)` (masking, language) and `(parse)`: the CLI's `TIMING=1`, as in ESLint.
   */
  timing?: Map<string, number>
}

interface Bound extends ActiveRule {
  transformer: RuleTransformer
}

/** Extra per-linter resources rules may build once and share (template index, …). */
export interface LinterResources {
  config: Config
  cache: Map<string, unknown>
}

export function createLinter(config: Config = {}, engine: EngineOptions = {}): Linter {
  const active = resolveRules(config, allRules)
  // A library caller's config gets the checks a config file gets (`channel: 'fax'`); a few µs.
  validateConfig(config, configSource(config) ?? 'createLinter() options', knownRules)
  const resources: LinterResources = { config, cache: new Map() }
  const timing = engine.timing
  const timed = <T>(key: string, run: () => T): T => {
    if (!timing) return run()
    const start = performance.now()
    try {
      return run()
    } finally {
      timing.set(key, (timing.get(key) ?? 0) + performance.now() - start)
    }
  }
  const bound: Bound[] = active.map((rule) => ({
    ...rule,
    transformer: timed(rule.module.meta.id, () => rule.module.plugin.call(parserFor('en'), { ...rule.options, settings: resources })),
  }))
  const severityOf = new Map(bound.map((b) => [b.module.meta.id, b.severity]))

  const lintSync = (text: string, given?: ReplyContext): LintResult => {
    if (typeof text !== 'string') throw new UsageError(`text must be a string (got ${text === null ? 'null' : typeof text})`)
    const context = validateContext(given)
    const resolved = resolveContext({ channel: config.channel, ...context, template: engine.template })
    const state = timed('(document)', () => buildDocument(text, resolved))
    const language = timed('(document)', () => resolveLanguage(state.prose, context.language ?? config.language, config.language))
    resolved.language = language.rules
    resolved.detectedLanguage = language.detected
    const file = new VFile({ value: text, path: context.path })
    ;(file.data as { netiquette?: DocumentState; netiquetteResources?: LinterResources }).netiquette = state
    ;(file.data as { netiquetteResources?: LinterResources }).netiquetteResources = resources
    const tree = timed('(parse)', () => parseProse(state.prose, language.rules))
    attachTree(state, tree)
    for (const rule of bound) {
      const langs = rule.module.meta.languages
      // Language-independent rules ('*') always run; the others only for a language they have data for.
      const runs = language.supported || rule.module.meta.unsupportedLanguages === 'fallback'
      if (!langs.includes('*') && (!runs || !langs.includes(language.rules))) continue
      if (timing) timed(rule.module.meta.id, () => rule.transformer(tree, file))
      else rule.transformer(tree, file)
    }
    let messages = escapeInserted(toDiagnostics(text, file.messages, severityOf, resolved.format === 'html'), resolved.format)
    messages = applyDirectives(text, filterAllowed(text, messages, config.allow))
    messages.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId))
    return summarize(messages, language.detected)
  }

  // A template corpus may hold Markdown and HTML templates whatever the draft's format is.
  const ensureParsers = async (context: ReplyContext | undefined): Promise<void> => {
    if (config.templates && config.templates.length > 0) {
      await loadParsers('markdown')
      await loadParsers('html')
    }
    await loadParsers(context?.format ?? formatFromPath(context?.path))
  }

  const fixSync = (text: string, context: ReplyContext = {}): string => {
    let output = text
    // Re-lint after each round: fixes that overlapped a fix already applied get their turn.
    for (let pass = 0; pass < 10; pass++) {
      const result = lintSync(output, context)
      const { output: next, applied } = applyFixes(output, result.messages)
      if (applied === 0 || next === output) break
      output = next
    }
    return output
  }

  return {
    lint: async (text, context) => {
      await ensureParsers(validateContext(context))
      return withDetector(() => lintSync(text, context))
    },
    fix: async (text, context) => {
      await ensureParsers(validateContext(context))
      return withDetector(() => fixSync(text, context))
    },
    lintSync,
    fixSync,
    config,
    rules: bound.map((b) => b.module.meta.id),
  }
}

/**
 * Run synchronous linting; if the draft needed franc-min or (in a browser) compromise or a
 * language pack before it was loaded, load it and run again. A draft can need both, one after the other.
 */
async function withDetector<T>(run: () => T): Promise<T> {
  for (;;) {
    try {
      return run()
    } catch (error) {
      if (error instanceof LanguageDetectorNotLoaded) await loadLanguageDetector()
      else if (error instanceof CompromiseNotLoaded) await loadCompromise()
      // A rule read its data for a language whose pack a browser has not fetched yet (rules/packs/tr).
      else if (error instanceof LanguagePackNotLoaded && PACK_LANGUAGES.includes(error.language as PackLanguage)) await loadLanguagePack(error.language as PackLanguage)
      else throw error
    }
  }
}

function toDiagnostics(text: string, messages: VFileMessage[], severityOf: Map<string, Severity>, html: boolean): Diagnostic[] {
  const lines = lineIndex(text)
  // Fixes must not touch markup (HTML) nor join lines: see guardFix. Markup is scanned only if a fix needs it.
  let tokens: MarkupToken[] | undefined
  const markup = html ? () => (tokens ??= scanMarkup(text)) : undefined
  const out: Diagnostic[] = []
  for (const message of messages) {
    if (message.source !== 'netiquette' || !message.ruleId) continue
    const fields = message as unknown as NetiquetteMessageFields
    const offset = fields.offset ?? message.place?.toString().length ?? 0
    const endOffset = fields.endOffset ?? offset
    const fix = fields.fix ? guardFix(text, fields.fix, markup) : undefined
    const start = lines.toPoint(offset)
    const end = lines.toPoint(endOffset)
    out.push({
      ruleId: message.ruleId,
      severity: severityOf.get(message.ruleId) ?? 'warning',
      message: message.reason,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset,
      endOffset,
      actual: text.slice(offset, endOffset),
      suggestions: (message.expected ?? []).filter((s): s is string => typeof s === 'string'),
      ...(fix ? { fix: { ...fix } } : {}),
      url: message.url ?? '',
      ...(fields.messageId ? { messageId: fields.messageId } : {}),
    })
  }
  return out
}

/** Drop findings inside a phrase the team allowed (product names, internal words). */
function filterAllowed(text: string, messages: Diagnostic[], allow: readonly string[] | undefined): Diagnostic[] {
  if (!allow || allow.length === 0 || messages.length === 0) return messages
  const lower = text.toLowerCase()
  const ranges: Array<[number, number]> = []
  for (const phrase of allow) {
    const p = phrase.toLowerCase()
    if (!p) continue
    for (let i = lower.indexOf(p); i !== -1; i = lower.indexOf(p, i + 1)) ranges.push([i, i + p.length])
  }
  return messages.filter((m) => !ranges.some(([s, e]) => m.offset >= s && m.endOffset <= e && m.endOffset > m.offset))
}

function summarize(messages: Diagnostic[], language: string): LintResult {
  let errorCount = 0
  let warningCount = 0
  let infoCount = 0
  for (const m of messages) {
    if (m.severity === 'error') errorCount++
    else if (m.severity === 'warning') warningCount++
    else infoCount++
  }
  return { messages, errorCount, warningCount, infoCount, score: scoreReply(messages), language }
}
