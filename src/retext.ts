/**
 * The rules as a retext preset, for someone else's unified pipeline:
 *
 *   unified().use(retextEnglish).use(netiquette, { channel: 'chat' }).use(retextStringify)
 *
 * The same pipeline `createLinter` runs (`src/pipeline/`): language detection and gating,
 * severities, `allow` and disable comments apply here too. Messages are ordinary vfile messages
 * (`source: 'netiquette'`, `ruleId`, `actual`, `expected`, `url`, `fatal: true` for errors, unset
 * for info), plus `offset`/`endOffset` and a safe `fix`. Context can be given as options or per
 * file in `file.data.netiquetteContext`; the format follows `file.path` unless given.
 */
import './input/register-parsers.js'
import './register-detector.js'
import type { Processor } from 'unified'
import { validateConfig } from './config/validate.js'
import { configSource } from './config/rule-options.js'
import { rules } from '../rules/index.js'
import { contextDefaults } from './pipeline/context.js'
import { buildPipeline } from './pipeline/index.js'
import type { Config, ReplyContext } from './types.js'

export type { LinterResources } from './pipeline/data.js'

export type RetextNetiquetteOptions = Config &
  ReplyContext & {
    /** Lint canned templates: placeholders are legitimate, template-only rules run (`netiquette templates`). */
    template?: boolean
  }

export default function retextNetiquette(this: Processor, options?: Readonly<RetextNetiquetteOptions> | null | undefined): undefined {
  const settings = options ?? {}
  const { path: _path, template, ...config } = settings
  const pipeline = buildPipeline({ config, defaults: contextDefaults(settings), template })
  // The checks createLinter gives its config (`channel: 'fax'` is an error, not a silent default).
  validateConfig(config, configSource(settings) ?? 'netiquette/retext options', new Set(rules.map((rule) => rule.meta.id)))
  for (const [plugin, stepOptions] of pipeline.plugins) this.use(plugin, stepOptions as never)
  return undefined
}
