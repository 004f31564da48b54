/** Types for scripts/regex-patterns.mjs (the patterns of the built code, for the recheck guard). */
export interface Pattern {
  source: string
  flags: string
  /** `dist/…:line` of a literal, `dist/…:line (built)` of a `new RegExp`, or `third-party`. */
  where: string
}
export function literalPatterns(dist?: string): Pattern[]
export function runtimePatterns(options: { drafts: Array<{ text: string; context?: object; config?: object }> }, dist?: string): Promise<Pattern[]>
export function unique(patterns: Pattern[]): Pattern[]
export const VERDICTS_FILE: string
export const RECHECK_OPTIONS: Readonly<{ timeout: number; randomSeed: number }>
export function patternKey(p: Pattern): string
export function loadVerdicts(): { recheck: string; safe: string[] }
export function collectionDrafts(): Promise<Array<{ text: string; context?: object; config?: object }>>
export function allPatterns(dist?: string): Promise<{ ours: Pattern[]; thirdParty: Pattern[] }>
