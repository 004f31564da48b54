/**
 * The rules as a retext preset, for someone else's unified pipeline:
 *
 *   unified().use(retextEnglish).use(netiquette, { channel: 'chat' }).use(retextStringify)
 *
 * Messages are ordinary vfile messages (`source: 'netiquette'`, `ruleId`, `actual`, `expected`).
 * Context can be given as options or per file in `file.data.netiquetteContext`.
 */
import './input/register-parsers.js'
import './register-detector.js'
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { rules } from '../rules/index.js'
import { resolveRules } from './config/resolve.js'
import { attachTree, buildDocument, resolveContext, type DocumentState } from './document.js'
import type { Config, ReplyContext } from './types.js'

export type RetextNetiquetteOptions = Config & ReplyContext

export default function retextNetiquette(options: Readonly<RetextNetiquetteOptions> | null | undefined) {
  const settings = options ?? {}
  const active = resolveRules(settings, rules)
  const resources = { config: settings, cache: new Map<string, unknown>() }
  const transformers = active.map((rule) => rule.module.plugin({ ...rule.options, settings: resources }))
  return function (tree: Root, file: VFile): void {
    const data = file.data as { netiquette?: DocumentState; netiquetteContext?: ReplyContext; netiquetteResources?: unknown }
    const context = resolveContext({ ...settings, ...data.netiquetteContext, path: file.path })
    const state = buildDocument(String(file.value), context)
    data.netiquette = state
    data.netiquetteResources = resources
    attachTree(state, tree)
    for (const transform of transformers) transform(tree, file)
  }
}
