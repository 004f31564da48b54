import { rules } from '../../rules/index.js'
import { formatGithub } from './github.js'
import { formatJson } from './json.js'
import { formatSarif } from './sarif.js'
import { formatStylish } from './stylish.js'
import { redactSecrets } from './redact.js'
import type { FileResult, FormatName } from './types.js'

export { FORMATS, type FileResult, type FormatName } from './types.js'
export { redactSecrets } from './redact.js'

export interface ReportOptions {
  color?: boolean
  version?: string
  /** Print secrets the pii rule found in full (`--show-secrets`); masked by default. */
  showSecrets?: boolean
}

export function formatResults(all: readonly FileResult[], format: FormatName, options: ReportOptions = {}): string {
  const files = options.showSecrets ? all : all.map((f) => ({ ...f, result: redactSecrets(f.result) }))
  switch (format) {
    case 'json':
      return formatJson(files)
    case 'sarif':
      return formatSarif(
        files,
        rules.map((r) => r.meta),
        options.version ?? '0.0.0',
      )
    case 'github':
      return formatGithub(files)
    default:
      return formatStylish(files, { color: options.color ?? false })
  }
}
