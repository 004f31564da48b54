/**
 * remark-parse's parser on its own: we need mdast positions, not a unified pipeline.
 *
 * micromark grows faster than the document (a 1 MB draft took 13 s, 5 MB 286 s and 2.6 GB), so a
 * long draft is parsed in runs of top-level blocks of about `BATCH` characters, and each run's
 * positions are shifted to where it sits in the draft. The tree is the one a single parse gives:
 * a run ends only at a blank line followed by a line that no open block can continue (not
 * indented, not a quote, not a list item), after which the only state that survives is a fenced
 * code or raw HTML block left open; a run whose last block reaches into its trailing blank lines
 * is one of those, and is parsed together with the next run. Link reference definitions apply to
 * the whole document, so a draft with one (`]:`) is parsed in one go.
 */
import { unified } from 'unified'
import remarkParse from 'remark-parse'

const processor = unified().use(remarkParse)

/** Characters per parse: small enough to stay in micromark's linear range, large enough that per-parse overhead is noise. */
const BATCH = 16 * 1024

interface Point {
  line: number
  column: number
  offset?: number
}
interface MdNode {
  type: string
  children?: MdNode[]
  position?: { start: Point; end: Point }
}

export function fromMarkdown(text: string): unknown {
  return parseInRuns(text, BATCH)
}

/** `fromMarkdown` with runs of about `batch` characters (exported for tests, which use small ones). */
export function parseInRuns(text: string, batch: number): unknown {
  if (text.length < 2 * batch || text.includes(']:')) return processor.parse(text)
  const cuts = blockBoundaries(text)
  if (cuts.length === 0) return processor.parse(text)
  const root = { type: 'root', children: [] as MdNode[], position: undefined as MdNode['position'] }
  let from = 0
  let fromLine = 1
  let next = 0 // index into cuts of the first cut after `from`
  let span = 1 // cuts to skip ahead: doubles while a run ends inside an open fence or HTML block
  for (;;) {
    while (next < cuts.length && cuts[next]!.offset - from < batch) next++
    const at = next + span - 1
    const cut = at < cuts.length ? cuts[at]! : undefined
    const end = cut?.offset ?? text.length
    const tree = processor.parse(text.slice(from, end)) as MdNode
    const last = tree.children?.at(-1)
    if (cut && last?.position?.end.offset !== undefined && last.position.end.offset > cut.contentEnd - from) {
      span *= 2 // an open fence or HTML block runs past the cut: parse more in one go
      continue
    }
    shift(tree, from, fromLine - 1)
    root.children.push(...(tree.children ?? []))
    root.position = { start: root.position?.start ?? tree.position!.start, end: tree.position!.end }
    if (!cut) return root
    from = cut.offset
    fromLine = cut.line
    next = at + 1
    span = 1
  }
}

/** A place a run may end: the start of line `line` at `offset`; `contentEnd` ends the last non-blank line before it. */
interface Cut {
  offset: number
  line: number
  contentEnd: number
}

/**
 * Starts of lines that follow a blank line and begin a new top-level block no open container or
 * paragraph can take in: not indented (code, list item content), not `>`, not a list marker.
 * Lines end at CR LF, CR or LF, as in micromark.
 */
function blockBoundaries(text: string): Cut[] {
  const cuts: Cut[] = []
  let line = 1
  let previousBlank = false
  let contentEnd = 0
  let seenContent = false
  for (let start = 0; start < text.length;) {
    let end = start
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++
    let blank = true
    for (let i = start; i < end && blank; i++) blank = text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9
    if (!blank) {
      if (previousBlank && seenContent && opensTopLevelBlock(text, start, end)) cuts.push({ offset: start, line, contentEnd })
      seenContent = true
      contentEnd = end
    }
    previousBlank = blank
    const eol = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1
    if (end < text.length) line++
    start = end + eol
  }
  return cuts
}

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/

function opensTopLevelBlock(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start)
  if (c === 32 || c === 9 || c === 62 /* > */) return false
  return !LIST_MARKER.test(text.slice(start, Math.min(end, start + 12)))
}

/** Move a run's positions to where the run sits in the draft (runs start at a line start: columns stay). */
function shift(tree: MdNode, offset: number, lines: number): void {
  const move = (p: Point): Point => ({ line: p.line + lines, column: p.column, ...(p.offset !== undefined ? { offset: p.offset + offset } : {}) })
  const stack: MdNode[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) node.position = { start: move(node.position.start), end: move(node.position.end) }
    if (node.children) for (const child of node.children) stack.push(child)
  }
}
