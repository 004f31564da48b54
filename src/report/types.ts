import type { LintResult } from '../types.js'

/** One linted input: a file path (or `<stdin>`) and its result. */
export interface FileResult {
  path: string
  result: LintResult
  /** The linted text, for reporters that show source lines. */
  source?: string
}

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github'
export const FORMATS: readonly FormatName[] = ['stylish', 'json', 'sarif', 'github']
