/**
 * What one audit thread did, for the benchmark (scripts/bench-audit.mjs): its event-loop
 * utilization (the share of its life it was busy, so 1 - elu is its idle time waiting for input)
 * and its own CPU time. Throughput ratios on a shared machine say little; CPU time per reply per
 * thread and idle time say whether the design can scale on an idle one.
 */
import { readFileSync } from 'node:fs'

export interface ThreadStats {
  /** `coordinator` (reads, puts messages in context, adds up; lints only when there are no workers) or `worker n`. */
  thread: string
  /** Replies this thread linted. */
  replies: number
  /** Event-loop utilization over the thread's life, 0–1. */
  elu: number
  /** CPU time of this thread alone (Linux only: /proc/thread-self/stat). */
  cpuMs?: number
  /** From the thread's start to its linter being ready (rules and word lists loaded). */
  startupMs: number
}

/** CPU time of the calling thread; undefined where /proc is not there. Node 20 has no per-thread CPU clock. */
export function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8')
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in clock ticks (100 a second on Linux).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return undefined
  }
}
