/**
 * Per-draft state shared by all rules: the raw text, the agent's own text (quotes and code
 * masked), the prose (placeholders, URLs and e-mail addresses masked too), the resolved reply
 * context, the placeholders, and word/sentence lists computed once from the nlcst tree.
 */
import type { Root, Sentence, Word } from 'nlcst'
import type { VFile } from 'vfile'
import { maskRanges, mergeRanges, type Range, type Shift } from './input/mask.js'
import { codeRanges, quotedRanges } from './input/quotes.js'
import { markdownNonProse } from './input/markdown.js'
import { guardedHtmlProse } from './input/html-nesting.js'
import { findPlaceholders, type Placeholder } from './templates/placeholders.js'
import { normalizeWord } from './text/phrases.js'
import type { Channel, Customer, Format, ReplyContext } from './types.js'
import type {} from './pipeline/data.js'

export interface ResolvedContext {
  channel: Channel
  customer: Customer
  followup: boolean
  format: Format
  /** `en` or `tr`: the language rules run for. */
  language: string
  /** The detected language (ISO 639-1 for supported ones, else franc's ISO 639-3 code). */
  detectedLanguage: string
  /** False when no rule pack exists for the detected language (`language` is then the fallback). */
  languageSupported: boolean
  /** True when linting a canned template: placeholders are legitimate. */
  template: boolean
}

export interface Token {
  value: string
  /** Lower-cased with the document's locale; apostrophes normalised to `'`. */
  lower: string
  start: number
  end: number
}

export interface SentenceInfo {
  start: number
  end: number
  text: string
  words: Token[]
}

export interface DocumentState {
  raw: string
  /** Raw text with non-agent ranges (quotes, code, markup) masked. Same length as raw. */
  text: string
  /** `text` with placeholders, URLs and e-mail addresses masked too: what prose rules read. */
  prose: string
  context: ResolvedContext
  placeholders: Placeholder[]
  /** Ranges of quoted customer text, code and markup. */
  skipped: Range[]
  /** Ranges masked out of `prose` only (URLs, e-mails, placeholders). */
  tokens: Range[]
  words: () => Token[]
  sentences: () => SentenceInfo[]
  /**
   * `text` with the agent's own code spans and blocks left in (plain text and Markdown): a
   * password or key pasted as code is still sent to the customer.
   */
  textWithCode: () => string
  /** HTML words whose characters masking moved (decoded references): `report()` maps offsets back. */
  shifts?: Shift[]
  tree?: Root
}

/**
 * Links, e-mail addresses and bare domains. The e-mail local part and the domain labels are
 * bounded (64 and 63 characters, RFC 5321/1035; at most 30 dotted labels): unbounded, every word
 * start of a long `a.a.a.…` run rescanned the rest of the run (quadratic; issue 17).
 */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"']+[^\s<>()"'.,;:!?]|\b[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+\b|\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,30}\.(?:com|net|org|io|co|uk|de|tr|gov|edu|app|dev)(?:\/[^\s]*)?\b/gi

/** Something every match of URL contains: a scheme, `www.`, an `@`, or a dot before a top-level domain. */
const URL_CUE = /https?:\/\/|www\.|@|\.(?:com|net|org|io|co|uk|de|tr|gov|edu|app|dev)\b/i

export function resolveContext(ctx: ReplyContext & { template?: boolean } = {}, template = ctx.template): ResolvedContext {
  const language = ctx.language && ctx.language !== 'auto' ? ctx.language : 'en'
  return {
    channel: ctx.channel ?? 'email',
    customer: ctx.customer ?? {},
    followup: ctx.followup ?? false,
    format: ctx.format ?? formatFromPath(ctx.path),
    language,
    detectedLanguage: language,
    languageSupported: true,
    template: template ?? false,
  }
}

export function formatFromPath(path: string | undefined): Format {
  if (!path) return 'text'
  if (/\.(md|markdown|mdx)$/i.test(path)) return 'markdown'
  if (/\.html?$/i.test(path)) return 'html'
  return 'text'
}

/** Work out who is speaking and what is prose. Pure: the same input gives the same state. */
export function buildDocument(raw: string, context: ResolvedContext): DocumentState {
  let base = raw
  let skipped: Range[] = []
  let shifts: Shift[] | undefined
  if (context.format === 'html') {
    const html = guardedHtmlProse(raw)
    base = html.text
    skipped = html.skipped
    if (html.shifts.length > 0) shifts = html.shifts
  } else if (context.format === 'markdown') {
    skipped = markdownNonProse(raw)
  } else {
    skipped = codeRanges(raw)
  }
  const quoted = quotedRanges(maskRanges(base, skipped))
  const notCode = skipped.some((r) => r.code) ? mergeRanges([...skipped.filter((r) => !r.code), ...quoted]) : undefined
  skipped = mergeRanges([...skipped, ...quoted])
  const text = maskRanges(base, skipped)
  let withCode: string | undefined
  const placeholders = findPlaceholders(text)
  const tokens: Range[] = placeholders.map((p) => ({ start: p.start, end: p.end }))
  // The full pattern tries a domain at every word; most drafts have nothing that could start one.
  if (URL_CUE.test(text)) {
    URL.lastIndex = 0
    for (let m = URL.exec(text); m; m = URL.exec(text)) tokens.push({ start: m.index, end: m.index + m[0].length })
  }
  const prose = maskRanges(text, tokens)
  const state: DocumentState = {
    raw,
    text,
    prose,
    context,
    placeholders,
    skipped,
    tokens: mergeRanges(tokens),
    words: () => [],
    sentences: () => [],
    textWithCode: () => (withCode ??= notCode ? maskRanges(base, notCode) : text),
    ...(shifts ? { shifts } : {}),
  }
  return state
}

/** Attach word and sentence accessors computed lazily from the parsed tree. */
export function attachTree(state: DocumentState, tree: Root): void {
  state.tree = tree
  let words: Token[] | undefined
  let sentences: SentenceInfo[] | undefined
  const locale = state.context.language === 'tr' ? 'tr' : 'en'
  state.sentences = () => {
    if (!sentences) sentences = collectSentences(tree, state.prose, locale)
    return sentences
  }
  state.words = () => {
    if (!words) {
      words = []
      for (const sentence of state.sentences()) for (const word of sentence.words) words.push(word)
    }
    return words
  }
}

function collectSentences(tree: Root, prose: string, locale: string): SentenceInfo[] {
  const out: SentenceInfo[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const start = sentence.position?.start.offset ?? 0
      const end = sentence.position?.end.offset ?? start
      out.push({ start, end, text: prose.slice(start, end), words: sentenceWords(sentence, prose, locale) })
    }
  }
  return out
}

const TRAILING_DOT = /^[^.]*\p{L}\.$/u

function sentenceWords(sentence: Sentence, prose: string, locale: string): Token[] {
  const words: Token[] = []
  for (const child of sentence.children) {
    if (child.type !== 'WordNode') continue
    const start = (child as Word).position?.start.offset ?? 0
    const end = (child as Word).position?.end.offset ?? start
    let value = prose.slice(start, end)
    if (!value.trim()) continue // masked (quoted text, placeholder): not the agent's word
    // The parsers keep a full stop inside the word when a lower-case word follows ("tamam. yarın",
    // "done. then"), as if it were an abbreviation: drop it when it is the word's only dot.
    if (value.endsWith('.') && TRAILING_DOT.test(value)) value = value.slice(0, -1)
    words.push({ value, lower: normalizeWord(value, locale), start, end: start + value.length })
  }
  return words
}

/** The document state of a file, building a default one when used outside the engine. */
export function getDocument(file: VFile, tree?: Root): DocumentState {
  const data = file.data
  data.netiquette ??= buildDocument(String(file.value), resolveContext({ ...data.netiquetteContext, path: file.path }))
  if (tree && data.netiquette.tree !== tree) attachTree(data.netiquette, tree)
  return data.netiquette
}
