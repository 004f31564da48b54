/**
 * V8 flags for netiquette's own long runs: an audit, the HTTP service, the language server. V8 "pretenures" an allocation site, allocating its objects straight
 * in the old generation, once most of them survived a young-generation collection, and rarely goes
 * back. Early in a run it makes that decision for the parser's tree nodes (parse-latin), so every
 * reply's tree then lands in the old generation and only a full mark-compact frees it: on 30,000
 * generated replies, 37 mark-compacts instead of 13, and a third more CPU in all (most of it on
 * V8's helper threads, which took the second core from a second audit thread). Those are processes
 * of their own, and V8 flags are per process, so turning pretenuring off here covers their worker
 * threads too (a lint loop spends about 12 % less CPU per reply). Not done for one-off lints (a CLI
 * run is over before it would matter) nor by the library (the host's process is the host's).
 */
import { setFlagsFromString } from 'node:v8'
import { markV8FlagsChanged, v8FlagsChanged } from './v8-flags-state.js'

export function tuneV8ForLongRun(): void {
  if (v8FlagsChanged()) return
  markV8FlagsChanged()
  setFlagsFromString('--no-allocation-site-pretenuring')
}

/**
 * For an audit only, whose lint threads keep every core busy: V8's garbage collector no longer
 * splits a young-generation collection over its helper threads, and marks with one helper. Those
 * helpers (four on any machine) then compete with the audit threads for the same cores, and the
 * splitting costs more CPU than it saves: on two cores, two audit threads spent 9.4 s of helper
 * CPU on 100,000 replies against 5.8 s for one thread. A service or language server keeps V8's
 * defaults: it waits on requests and its collections run while cores are free.
 */
export function tuneV8ForAudit(): void {
  tuneV8ForLongRun()
  if (auditTuned) return
  auditTuned = true
  setFlagsFromString('--no-parallel-scavenge')
  setFlagsFromString('--concurrent-marking-max-worker-num=1')
}
let auditTuned = false
