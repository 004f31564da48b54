/** Types for scripts/eval-lib.mjs (the evaluation scoring shared by `npm run eval` and test/eval). */
export interface EvalCase {
  id: string
  channel?: 'email' | 'chat' | 'social' | 'sms'
  customer?: { name?: string; message?: string } | null
  followup?: boolean
  language?: 'en' | 'tr' | 'auto'
  format?: 'text' | 'markdown' | 'html'
  templates?: string | string[]
  /** Lint as a canned template (`netiquette templates`): placeholders are legitimate. */
  template?: boolean
  config?: Record<string, unknown>
  text: string
  expect: string[]
  mustNot: string[]
  note?: string
  /** `file:line` the case was read from. */
  _where: string
}
export interface CaseResult {
  fired: Set<string>
  messages: Array<{ ruleId: string; actual: string; message: string; offset: number; endOffset: number }>
  error?: string
}
export interface RuleStats {
  rule: string
  positives: number
  tp: number
  fn: number
  negatives: number
  fp: number
  traps: number
  trapFp: number
  exemplary: number
  exemplaryFp: number
  fnIds: string[]
  fpIds: string[]
  precision: number | null
  recall: number | null
  trapFpRate: number | null
}
export interface GroupStats {
  rules: Record<string, RuleStats>
  cases: number
  exemplary: number
  exemplaryClean: number
  dirtyExemplary: string[]
}
export interface Scored {
  groups: Record<string, GroupStats>
  pending: Record<string, number>
  errored: string[]
}
export interface Floors {
  minPositives: number
  recall: number
  precision: number
}
export interface FloorFailure {
  group?: string
  rule: string
  recall: number | null
  precision: number | null
  fnIds: string[]
  fpIds: string[]
  message: string
}
export const EVAL_ROOT: string
export const CHANNELS: readonly string[]
export const FLOORS: Readonly<Floors>
export function loadCases(root?: string): { cases: EvalCase[]; errors: string[]; files: string[] }
export function validateCase(c: unknown): string | undefined
export function templatePaths(c: EvalCase, root?: string): string[]
export function groupOf(c: EvalCase): 'en' | 'tr'
export function contextOf(c: EvalCase): Record<string, unknown>
export function runCases(
  cases: readonly EvalCase[],
  engine: { createLinter: (config?: any, engine?: any) => { lintSync(text: string, context?: any): { messages: CaseResult['messages'] } }; root?: string; onError?: (c: EvalCase, error: unknown) => void },
): Map<string, CaseResult>
export function score(cases: readonly EvalCase[], results: Map<string, CaseResult>, ruleIds: readonly string[]): Scored
export function floorFailures(scored: Scored, floors?: Floors): Array<FloorFailure & { group: string }>
export function checkFloor(stats: RuleStats | undefined, floors?: Floors): FloorFailure | undefined
export function fmt(x: number | null | undefined, digits?: number): string
export function table(rows: ReadonlyArray<ReadonlyArray<string | number>>): string
export function formatGroup(group: GroupStats, floors?: Floors): string
