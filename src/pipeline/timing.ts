/** `TIMING=1`: milliseconds added up per key (rule id, `(document)`, `(parse)`), as in ESLint. */
export type Timing = Map<string, number>

/** Run `work`, adding its duration to `key` when a timing map is given (no clock read otherwise). */
export function timed<T>(timing: Timing | undefined, key: string, work: () => T): T {
  if (!timing) return work()
  const start = performance.now()
  try {
    return work()
  } finally {
    timing.set(key, (timing.get(key) ?? 0) + performance.now() - start)
  }
}
