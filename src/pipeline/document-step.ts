/**
 * The document step, the pipeline's first plugin: who is speaking and what is prose (masking),
 * which language's rules run, and the prose parsed once. Every later step reads the result from
 * `file.data.netiquette`.
 *
 * The prose is parsed here, with the draft's language's parser, rather than read from the
 * pipeline's own tree: that tree is of the raw text (quotes, code and links not masked) made by
 * whatever parser the host pipeline uses, and the rules must see the same words whether they run
 * in `createLinter` or in someone else's pipeline. The host's tree is left as it is.
 */
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { attachTree, buildDocument, resolveContext, type DocumentState, type ResolvedContext } from '../document.js'
import { resolveLanguage, type LanguageChoice } from '../language.js'
import { parseProse } from '../parse.js'
import type { Language, ReplyContext } from '../types.js'
import { mergeContext } from './context.js'
import type { LinterResources } from './data.js'
import { timed, type Timing } from './timing.js'

export interface DocumentStepOptions {
  /** Context for every draft; `file.data.netiquetteContext` overrides it key by key. */
  defaults: ReplyContext
  /** The language to fall back on when detection can't tell (config `language`). */
  fallbackLanguage?: Language | undefined
  /** Lint canned templates: placeholders are legitimate, template-only rules run. */
  template?: boolean | undefined
  resources: LinterResources
  timing?: Timing | undefined
}

export function documentStep(options: DocumentStepOptions) {
  const { defaults, fallbackLanguage, template, resources, timing } = options
  return function (_tree: Root | undefined, file: VFile): undefined {
    const given = mergeContext(defaults, file.data.netiquetteContext, file.path)
    const context = resolveContext(given, template)
    const raw = String(file.value)
    if (timing) return timedRun(raw, given.language, context, file)
    const state = buildDocument(raw, context)
    const language = resolveLanguage(state.prose, given.language, fallbackLanguage)
    store(file, state, language)
    attachTree(state, parseProse(state.prose, language.rules))
    return undefined
  }

  /** The same, adding up `(document)` and `(parse)` milliseconds (`TIMING=1`). */
  function timedRun(raw: string, requested: Language | undefined, context: ResolvedContext, file: VFile): undefined {
    const state = timed(timing, '(document)', () => buildDocument(raw, context))
    const language = timed(timing, '(document)', () => resolveLanguage(state.prose, requested, fallbackLanguage))
    store(file, state, language)
    attachTree(
      state,
      timed(timing, '(parse)', () => parseProse(state.prose, language.rules)),
    )
    return undefined
  }

  function store(file: VFile, state: DocumentState, language: LanguageChoice): void {
    state.context.language = language.rules
    state.context.detectedLanguage = language.detected
    state.context.languageSupported = language.supported
    file.data.netiquette = state
    file.data.netiquetteResources = resources
  }
}
