/**
 * A front-matter block at the top of a macro or draft file carries its reply context, so an editor
 * (or the CLI) knows how to judge the text under it without flags:
 *
 *   ---
 *   channel: chat
 *   customer: Maria Lopez
 *   followup: true
 *   ---
 *
 * Keys: `channel`, `customer` (or `customer-name`), `customer-message`, `followup`, `language`; other
 * keys (a title, tags) are allowed and ignored. Only `key: value` lines: the block is read by hand
 * instead of loading the YAML parser for every draft. The block itself is never linted.
 */
import { UsageError } from '../errors.js'
import { CHANNELS, LANGUAGES, type Channel, type Diagnostic, type Language, type LintResult, type ReplyContext } from '../types.js'
import type { Linter } from '../linter.js'

export interface FrontMatter {
  /** Context the block sets. */
  context: ReplyContext
  /** Offset where the text after the block starts. */
  end: number
  /** Lines the block takes, its closing `---` included. */
  lines: number
}

// The value starts and ends with a non-space, so the spaces around it belong to `[ \t]*` alone
// (`[ \t]*(.*?)[ \t]*$` could split a run of spaces every way: quadratic before a bare CR; issue 17).
const LINE = /^([A-Za-z][\w-]*):[ \t]*(?:([^ \t\n\r\u2028\u2029](?:.*[^ \t\n\r\u2028\u2029])?)[ \t]*)?$/

/** The block at the very start of `text`, or undefined when there is none. */
export function readFrontMatter(text: string, where = 'front matter'): FrontMatter | undefined {
  const start = text.startsWith('\uFEFF') ? 1 : 0
  if (!text.startsWith('---\n', start) && !text.startsWith('---\r\n', start)) return undefined
  const context: ReplyContext = {}
  let offset = text.indexOf('\n', start) + 1
  let lines = 1
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset)
    const lineEnd = newline === -1 ? text.length : newline
    const line = text.slice(offset, lineEnd).replace(/\r$/, '')
    const next = newline === -1 ? text.length : newline + 1
    lines++
    if (line === '---') return { context, end: next, lines }
    if (line.trim() !== '' && !line.trimStart().startsWith('#')) {
      const match = LINE.exec(line)
      if (!match) return undefined // not a front-matter block after all (a Markdown rule, say)
      setKey(context, match[1]!.toLowerCase(), unquote(match[2] ?? ''), `${where}, line ${lines}`)
    }
    offset = next
  }
  return undefined
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value)
  return quoted ? quoted[2]! : value
}

function setKey(context: ReplyContext, key: string, value: string, where: string): void {
  switch (key) {
    case 'channel':
      if (!(CHANNELS as readonly string[]).includes(value)) throw new UsageError(`${where}: channel must be one of ${CHANNELS.join(', ')}, got "${value}"`)
      context.channel = value as Channel
      return
    case 'language':
      if (!(LANGUAGES as readonly string[]).includes(value)) throw new UsageError(`${where}: language must be one of ${LANGUAGES.join(', ')}, got "${value}"`)
      context.language = value as Language
      return
    case 'followup':
      if (value !== 'true' && value !== 'false') throw new UsageError(`${where}: followup must be true or false, got "${value}"`)
      context.followup = value === 'true'
      return
    case 'customer':
    case 'customer-name':
      context.customer = { ...context.customer, name: value }
      return
    case 'customer-message':
      context.customer = { ...context.customer, message: value }
      return
    default:
    // other keys belong to whoever else reads the file
  }
}

/** Context from the caller, then the file's own block over it. */
export function withFrontMatter(context: ReplyContext, block: FrontMatter | undefined): ReplyContext {
  if (!block) return context
  const customer = block.context.customer ? { ...context.customer, ...block.context.customer } : context.customer
  return { ...context, ...block.context, ...(customer ? { customer } : {}) }
}

/** A result for the text under the block, moved to the whole file's positions. */
export function shiftResult(result: LintResult, block: FrontMatter | undefined): LintResult {
  if (!block) return result
  const shift = (d: Diagnostic): Diagnostic => ({
    ...d,
    line: d.line + block.lines,
    endLine: d.endLine + block.lines,
    offset: d.offset + block.end,
    endOffset: d.endOffset + block.end,
    ...(d.fix ? { fix: { ...d.fix, offset: d.fix.offset + block.end, endOffset: d.fix.endOffset + block.end } } : {}),
  })
  return { ...result, messages: result.messages.map(shift) }
}

/** Lint (and with `fix`, first fix) the text under a file's front-matter block; the block is kept as written. */
export async function lintUnderFrontMatter(linter: Pick<Linter, 'lint' | 'fix'>, text: string, context: ReplyContext, options: { fix?: boolean; where?: string } = {}): Promise<{ text: string; result: LintResult }> {
  const block = readFrontMatter(text, options.where)
  const head = block ? text.slice(0, block.end) : ''
  const merged = withFrontMatter(context, block)
  let body = block ? text.slice(block.end) : text
  if (options.fix) body = await linter.fix(body, merged)
  return { text: head + body, result: shiftResult(await linter.lint(body, merged), block) }
}
