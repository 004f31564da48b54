/** The config's `sla.firstResponse` in seconds, read the way the vague-promise rule reads it. */
import { slaHours } from '../../rules/vague-promise/time.js'
import { UsageError } from '../errors.js'

export function slaSeconds(value: string): number {
  const hours = slaHours(value)
  if (hours === undefined) throw new UsageError(`sla.firstResponse "${value}" is not a duration netiquette reads (e.g. "4 hours", "30 minutes", "2 business days")`)
  return Math.round(hours * 3600)
}
