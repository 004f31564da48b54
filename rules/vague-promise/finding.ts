/** One `vague-promise` finding, as the English and the Turkish readers hand it to the rule. */
export interface PromiseFinding {
  messageId: 'noTime' | 'vague' | 'vagueSla' | 'overResponseSla' | 'overResolutionSla'
  /** `phrase` (as written), `suggestion`/`when` (the time to write), `sla` (the SLA the promise exceeds). */
  data: Record<string, string>
  start: number
  end: number
  expected: string[]
}
