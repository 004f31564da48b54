/**
 * createLinter: build once (rule transformers, word lists, template index), lint many drafts.
 * The linter is the pipeline `netiquette/retext` runs (`src/pipeline/`) plus the mapping from its
 * vfile messages to `Diagnostic`s.
 */
import { VFile } from 'vfile'
import { rules as allRules } from '../rules/index.js'
import { formatFromPath } from './document.js'
import { loadParsers } from './input/parsers.js'
import { applyFixes } from './fix.js'
import { validateContext } from './config/context.js'
import { validateConfig } from './config/validate.js'
import { configSource } from './config/rule-options.js'
import { parserFor } from './parse.js'
import { UsageError } from './errors.js'
import { LanguageDetectorNotLoaded, loadLanguageDetector } from './language.js'
import { CompromiseNotLoaded, loadCompromise } from './nlp/compromise.js'
import { LanguagePackNotLoaded, loadLanguagePack } from './kit/language-pack.js'
import { attachSteps, buildPipeline, runSteps } from './pipeline/index.js'
import { diagnosticsOf, summarize } from './pipeline/diagnostics.js'
import type { Config, LintResult, ReplyContext } from './types.js'

export type { LinterResources } from './pipeline/data.js'

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

export function createLinter(config: Config = {}, engine: EngineOptions = {}): Linter {
  // A library caller's config gets the checks a config file gets (`channel: 'fax'`); a few µs.
  // The config's context keys are defaults for every draft; the draft's own context wins.
  const defaults = { channel: config.channel, language: config.language, format: config.format, followup: config.followup }
  const pipeline = buildPipeline({ config, defaults, template: engine.template, timing: engine.timing })
  validateConfig(config, configSource(config) ?? 'createLinter() options', knownRules)
  // Attached once, run in order per draft: the transformers `processor.use(…).freeze()` would
  // hold, without `runSync`'s per-step callbacks on the per-keystroke path.
  const steps = attachSteps(pipeline, parserFor('en'))

  const lintSync = (text: string, given?: ReplyContext): LintResult => {
    if (typeof text !== 'string') throw new UsageError(`text must be a string (got ${text === null ? 'null' : typeof text})`)
    const context = validateContext(given)
    const file = new VFile({ value: text, path: context.path })
    file.data.netiquetteContext = context
    const doc = runSteps(steps, file)
    return summarize(diagnosticsOf(text, file.messages, doc.context.format), doc.context.detectedLanguage)
  }

  // A template corpus may hold Markdown and HTML templates whatever the draft's format is.
  const ensureParsers = async (context: ReplyContext | undefined): Promise<void> => {
    if (config.templates && config.templates.length > 0) {
      await loadParsers('markdown')
      await loadParsers('html')
    }
    await loadParsers(context?.format ?? config.format ?? formatFromPath(context?.path))
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
    rules: pipeline.rules.map((rule) => rule.module.meta.id),
  }
}

/**
 * Run synchronous linting; if the draft needed franc-min or (in a browser) compromise or a
 * language's data pack before it was loaded, load it and run again. A draft can need several, one
 * after the other.
 */
async function withDetector<T>(run: () => T): Promise<T> {
  for (;;) {
    try {
      return run()
    } catch (error) {
      if (error instanceof LanguageDetectorNotLoaded) await loadLanguageDetector()
      else if (error instanceof CompromiseNotLoaded) await loadCompromise()
      else if (!(error instanceof LanguagePackNotLoaded) || !(await loadLanguagePack(error.language))) throw error
    }
  }
}
