/** `--format json`: a stable, versioned shape for scripts and help-desk integrations. */
import type { FileResult } from './types.js'

export function formatJson(files: readonly FileResult[]): string {
  let errorCount = 0
  let warningCount = 0
  let infoCount = 0
  const out = files.map(({ path, result }) => {
    errorCount += result.errorCount
    warningCount += result.warningCount
    infoCount += result.infoCount
    return {
      path,
      language: result.language,
      messages: result.messages,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      infoCount: result.infoCount,
      score: result.score,
    }
  })
  return JSON.stringify({ version: 1, files: out, errorCount, warningCount, infoCount }, null, 2) + '\n'
}
