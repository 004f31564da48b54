/**
 * The one pipeline behind both entries: the document step, each enabled rule (gated by language,
 * with its severity), then the filter steps (`allow`, disable comments). `netiquette/retext` hands
 * these plugins to the host's processor; `createLinter` attaches the same plugins once and runs
 * their transformers in order on every draft.
 */
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { rules as allRules } from '../../rules/index.js'
import { resolveRules, type ActiveRule } from '../config/resolve.js'
import type { DocumentState } from '../document.js'
import type { Config, ReplyContext } from '../types.js'
import type { LinterResources } from './data.js'
import { documentStep } from './document-step.js'
import { allowStep, disableCommentsStep } from './filters.js'
import { rulePlugin } from './rule-step.js'
import type { Timing } from './timing.js'

export type { LinterResources } from './data.js'

export interface PipelineOptions {
  config: Config
  /** Context for every draft (the preset's options; the linter's `channel` and `language`). */
  defaults: ReplyContext
  /** Lint canned templates: placeholders are legitimate, template-only rules run. */
  template?: boolean | undefined
  timing?: Timing | undefined
}

/** A step's transformer: synchronous, reads and writes `file`; the tree is the host's. */
export type Step = (tree: Root, file: VFile) => undefined

/** A unified plugin of the pipeline with its options, ready for `processor.use(plugin, options)`. */
export type StepPlugin = [attacher: (this: unknown, options: never) => Step | undefined, options: unknown]

export interface Pipeline {
  /** The enabled rules, in the order they run. */
  rules: readonly ActiveRule[]
  plugins: readonly StepPlugin[]
}

export function buildPipeline(options: PipelineOptions): Pipeline {
  const { config, defaults, template, timing } = options
  const rules = resolveRules(config, allRules)
  const resources: LinterResources = { config, cache: new Map() }
  const plugins: StepPlugin[] = [
    [documentStep, { defaults, fallbackLanguage: config.language, template, resources, timing }],
    ...rules.map((rule): StepPlugin => [rulePlugin(rule), { resources, timing }]),
    [allowStep, { allow: config.allow }],
    [disableCommentsStep, undefined],
  ]
  return { rules, plugins }
}

/** Attach every plugin once (what `processor.use` does on freeze): the transformers, in order. */
export function attachSteps(pipeline: Pipeline, processor?: unknown): Step[] {
  const steps: Step[] = []
  for (const [attach, options] of pipeline.plugins) {
    const step = attach.call(processor, options as never)
    if (step) steps.push(step)
  }
  return steps
}

/**
 * Run the steps over one file (what `processor.runSync` does, without its per-step callbacks):
 * the draft as the rules saw it. The rules read the document step's tree, not this empty one.
 */
export function runSteps(steps: readonly Step[], file: VFile): DocumentState {
  const tree: Root = { type: 'RootNode', children: [] }
  for (const step of steps) step(tree, file)
  const doc = file.data.netiquette
  if (!doc) throw new Error('netiquette: the pipeline has no document step')
  return doc
}
