/**
 * Sentence segments and the polite rewrite for `respect`: the agent's sentences split at line
 * breaks (list items, lines without a full stop) and at links followed by a new sentence.
 */
import type { DocumentState, Token } from '../../src/document.js'
import { trimTrailingWithSpace } from '../../src/text/trailing.js'

/** Bare instructions in consecutive sentences that make a drill (`Unplug the router. Wait 30 seconds. Plug it back in.`), in either language. */
export const DRILL = 3

/**
 * The runs of at least `DRILL` items standing in consecutive segments (by `index`). An item `breaks`
 * says cannot belong to a drill ends the run in progress and is left out.
 */
export function drillRuns<T extends { index: number }>(items: readonly T[], breaks: (item: T) => boolean = () => false): T[][] {
  const runs: T[][] = []
  let run: T[] = []
  const close = (): void => {
    if (run.length >= DRILL) runs.push(run)
    run = []
  }
  for (const item of items) {
    if (breaks(item)) {
      close()
      continue
    }
    if (run.length > 0 && run[run.length - 1]!.index !== item.index - 1) close()
    run.push(item)
  }
  close()
  return runs
}

export interface Segment {
  start: number
  end: number
  words: Token[]
}

/**
 * `Send us the receipt.` → `Could you please send us the receipt?`; `DM us your order number
 * and we'll check.` → `Could you please DM us your order number? We'll check.`
 */
export function politeRequest(command: string): string {
  let body = trimTrailingWithSpace(command.trim(), '.!:;,')
  let after = ''
  const then = /(?:,|(?<![\s,]))\s+and\s+((?:we|I)\b.*)$/u.exec(body) // from a space run's start (or its comma) only: linear
  if (then) {
    body = body.slice(0, then.index)
    after = ` ${then[1]![0]!.toUpperCase()}${then[1]!.slice(1)}.`
  }
  const first = /^\p{Lu}\p{Ll}/u.test(body) ? body[0]!.toLowerCase() + body.slice(1) : body
  return `Could you please ${first}?${after}`
}

/** The agent's sentences, split at line breaks too (a list item or a line without a full stop). */
export function* segments(doc: DocumentState): Generator<Segment> {
  // A segment runs over its closing punctuation, up to the next word or line break.
  const close = (seg: Segment, limit: number): Segment => {
    const tail = /^[^\s\p{L}\p{N}]*/u.exec(doc.prose.slice(seg.end, limit))?.[0] ?? ''
    return { ...seg, end: seg.end + tail.length }
  }
  for (const s of doc.sentences()) {
    let current: Segment | undefined
    for (const w of s.words) {
      if (current && breaks(doc, current.end, w.start)) {
        yield close(current, w.start)
        current = undefined
      }
      if (!current) current = { start: w.start, end: w.end, words: [w] }
      else {
        current.words.push(w)
        current.end = w.end
      }
    }
    if (current) yield close(current, s.end)
  }
}

/**
 * A line break between two words ends a segment, and so does a link followed by what starts a
 * new sentence or a social signature (`…help with this https://… ^JY`).
 */
function breaks(doc: DocumentState, from: number, to: number): boolean {
  const gap = doc.prose.slice(from, to)
  if (gap.includes('\n')) return true
  if (doc.text.slice(from, to) === gap) return false
  return /[\^*~/–—-]\s*$/.test(doc.raw.slice(from, to)) || /^\p{Lu}/u.test(doc.raw.slice(to, to + 1))
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}
