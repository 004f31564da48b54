import { rules } from '../../rules/index.js'
import { formatGithub } from './github.js'
import { formatJson } from './json.js'
import { formatSarif } from './sarif.js'
import { formatStylish } from './stylish.js'
import type { FileResult, FormatName } from './types.js'

export { FORMATS, type FileResult, type FormatName } from './types.js'

export function formatResults(files: readonly FileResult[], format: FormatName, options: { color?: boolean; version?: string } = {}): string {
  switch (format) {
    case 'json':
      return formatJson(files)
    case 'sarif':
      return formatSarif(files, rules.map((r) => r.meta), options.version ?? '0.0.0')
    case 'github':
      return formatGithub(files)
    default:
      return formatStylish(files, { color: options.color ?? false })
  }
}
