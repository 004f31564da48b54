/** Types for scripts/hostile-inputs.mjs (hostile drafts shared by the benchmark and the tests). */
export const ORDINARY_REPLY: string
export const FORMATS: readonly ['text', 'markdown', 'html', 'customer.message']
export type HostileFormat = (typeof FORMATS)[number]
export function draftFor(body: string, format: string): { text: string; context: Record<string, unknown> }
export function hostileInputs(): Array<{ name: string; make: (size: number) => string }>
export const PENDING_ELSEWHERE: Readonly<Record<string, string>>
