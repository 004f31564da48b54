/**
 * Loading a template corpus: folders of `.txt` / `.md` / `.html` files (id = path relative to the
 * folder), JSON / JSONL / YAML files of `{ id, title?, body }` records, a Zendesk macros export
 * (`{ macros: [{ id, title, actions: [{ field: 'comment_value' | 'comment_value_html', value }] }] }`)
 * and inline records from config.
 *
 * A file that cannot be read or parsed is a UsageError naming it; a bad record inside a good file
 * is a warning, and the other records still load. Synchronous: rules build their index in the
 * attacher, which cannot await.
 */
// node:fs, node:path, tinyglobby and read-file.ts, or stand-ins that refuse file paths in a browser bundle.
import { basename, cwd as workingDirectory, extname, FileReadError, globSync, isAbsolute, isDynamicPattern, join, readFileSync, readdirSync, readRegularFile, relative, resolve, sep, statSync } from '#platform'
import { UsageError } from '../errors.js'
import { requireYaml } from '../yaml.js'
import { lineIndex, type LineIndex } from '../text/lines.js'
import type { Format, TemplateRecord } from '../types.js'

export interface Template {
  id: string
  title?: string
  body: string
  format: Format
  /** File the template came from (relative to cwd when inside it); undefined for inline records. */
  file?: string
  /** 1-based line where the record starts in its file. */
  line?: number
  /** Where the body sits inside its file, for reports (see `bodyLocator`). */
  origin?: Origin
}

export type Origin = { kind: 'file' } | { kind: 'json'; base: number; path: ReadonlyArray<string | number> } | { kind: 'yaml'; start: number; end: number; type: string }

export interface CorpusWarning {
  file: string
  line?: number
  message: string
}

export interface Corpus {
  templates: Template[]
  warnings: CorpusWarning[]
}

export interface LoadOptions {
  /** Base folder for relative paths (default `process.cwd()`). */
  cwd?: string
}

export const TEXT_EXTENSIONS: Readonly<Record<string, Format>> = { '.txt': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html' }
const RECORD_EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson', '.yaml', '.yml'])
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'coverage'])
/** A record export holds thousands of templates: its cap is well above a single draft's. */
const MAX_CORPUS_FILE_SIZE = 256 * 1024 * 1024
const HTML_TAG_START = /<\/?(?:p|br|div|span|a|ul|ol|li|strong|em|b|i|u|h[1-6]|table|tr|td|blockquote|pre|code)\b/i

/**
 * `/<\/?(p|br|…)\b[^>]*>/i.test(body)`: some tag start has a `>` after it, i.e. the first one does.
 * Two linear steps instead of `[^>]*` rescanning the rest from every `<p` (quadratic; issue 17).
 */
function hasHtmlTag(body: string): boolean {
  const m = HTML_TAG_START.exec(body)
  return m !== null && body.includes('>', m.index + m[0].length)
}
const MARKDOWN_HINT = /```|`[^`\n]+`|\[(?<!\[[^\]\n]*?\[)[^\]\n]+\]\([^)\s]+\)|^\s{0,3}(#{1,6}\s|[-*+]\s|\d+\.\s|>\s)|\*\*[^*\n]+\*\*/m

/** Load every source; records are kept in the order given. */
export function loadCorpus(sources: ReadonlyArray<string | TemplateRecord>, options: LoadOptions = {}): Corpus {
  const cwd = options.cwd ?? workingDirectory()
  const corpus: Corpus = { templates: [], warnings: [] }
  sources.forEach((source, index) => {
    if (typeof source === 'string') loadPath(source, cwd, corpus)
    else corpus.templates.push(inlineRecord(source, index))
  })
  const seen = new Map<string, Template>()
  for (const t of corpus.templates) {
    const first = seen.get(t.id)
    if (first) corpus.warnings.push({ file: t.file ?? 'config', line: t.line, message: `duplicate template id "${t.id}" (also in ${first.file ?? 'config'}${first.line ? `:${first.line}` : ''})` })
    else seen.set(t.id, t)
  }
  return corpus
}

function inlineRecord(record: TemplateRecord, index: number): Template {
  const r = record as unknown as Record<string, unknown>
  if (r === null || typeof r !== 'object') throw new UsageError(`config templates[${index}] must be a path or a { id, body } record`)
  const id = r.id
  if (typeof id !== 'string' && typeof id !== 'number') throw new UsageError(`config templates[${index}] has no "id"`)
  if (typeof r.body !== 'string') throw new UsageError(`config templates[${index}] ("${id}") has no string "body"`)
  return { id: String(id), ...(typeof r.title === 'string' ? { title: r.title } : {}), body: r.body, format: formatOf(r.body, r.format) }
}

function display(abs: string, cwd: string): string {
  const rel = relative(cwd, abs)
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split(sep).join('/')
}

function loadPath(path: string, cwd: string, corpus: Corpus): void {
  if (isDynamicPattern(path)) {
    const matched = globSync(path, { cwd, absolute: true, ignore: ['**/node_modules/**'] })
      .filter((f) => extname(f).toLowerCase() in TEXT_EXTENSIONS || RECORD_EXTENSIONS.has(extname(f).toLowerCase()))
      .sort()
    if (matched.length === 0) throw new UsageError(`no templates match ${path}`)
    for (const file of matched) loadFile(file, display(file, cwd), corpus)
    return
  }
  const abs = resolve(cwd, path)
  let info
  try {
    info = statSync(abs)
  } catch {
    throw new UsageError(`templates: no such file or folder: ${path}`)
  }
  if (info.isDirectory()) {
    const files = walk(abs)
    if (files.length === 0) throw new UsageError(`templates: no .txt, .md, .html, .json, .jsonl or .yaml files in folder ${path}`)
    const before = corpus.templates.length
    for (const file of files) {
      const shown = display(file, cwd)
      if (DOC_FILE.test(basename(file))) {
        corpus.warnings.push({ file: shown, message: 'skipped: a documentation file, not a template' })
        continue
      }
      if (CONFIG_FILE.test(basename(file))) {
        corpus.warnings.push({ file: shown, message: 'skipped: a project or tool configuration file, not templates' })
        continue
      }
      if (RECORD_EXTENSIONS.has(extname(file).toLowerCase())) {
        loadRecordsInFolder(file, shown, corpus)
        continue
      }
      const body = readText(file, shown)
      corpus.templates.push({ id: relative(abs, file).split(sep).join('/'), body, format: TEXT_EXTENSIONS[extname(file).toLowerCase()]!, file: shown, line: 1, origin: { kind: 'file' } })
    }
    if (corpus.templates.length === before) throw new UsageError(`templates: no templates found in folder ${path}`)
    return
  }
  loadFile(abs, display(abs, cwd), corpus)
}

function walk(dir: string): string[] {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    throw new UsageError(`templates: cannot read folder ${dir}`)
  }
  const out: string[] = []
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) out.push(...walk(full))
    } else if (extname(entry.name).toLowerCase() in TEXT_EXTENSIONS || RECORD_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(full)
  }
  return out
}

/** READMEs, licences and source notes sit next to corpora: documentation, not templates. */
const DOC_FILE = /^(?:readme|source|sources|changelog|changes|license|licence|copying|contributing|notice|authors|code_of_conduct)(?:\.[a-z]+)?$/i

/** Project and tool files that sit in a repository's folders (a `{ "name": … }` object would read as templates). */
const CONFIG_FILE =
  /^\.?(?:package(?:-lock)?|tsconfig(?:\.[\w-]+)?|jsconfig|composer|lerna|nx|angular|renovate|manifest|netiquette(?:\.config)?|netiquetterc|prettierrc|eslintrc|babelrc|stylelintrc|docker-compose|pnpm-lock|pnpm-workspace|\.?github)\.(?:json|jsonc|ya?ml)$|^\.[\w-]+rc(?:\.(?:json|ya?ml))?$/i

/**
 * A JSON/JSONL/YAML file met in a folder: its template records are read; a file that holds none
 * (a `package.json`, a config) or does not parse is skipped with a warning that says why.
 */
function loadRecordsInFolder(abs: string, shown: string, corpus: Corpus): void {
  const found: Corpus = { templates: [], warnings: [] }
  try {
    loadFile(abs, shown, found)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    corpus.warnings.push({ file: shown, message: `skipped: ${error.message.replace(/^templates: /, '')}` })
    return
  }
  if (found.templates.length === 0) {
    corpus.warnings.push({ file: shown, message: 'skipped: no template records ({ id, body }) in this file' })
    return
  }
  corpus.templates.push(...found.templates)
  corpus.warnings.push(...found.warnings)
}

const textCache = new Map<string, string>()

function readText(abs: string, shown: string): string {
  let bytes: Buffer
  try {
    // Regular files only: a FIFO or device among the templates must not hang or exhaust memory.
    bytes = readRegularFile(abs, MAX_CORPUS_FILE_SIZE).bytes
  } catch (error) {
    if (error instanceof FileReadError) throw new UsageError(`templates: ${error.message.replace(abs, shown)}`)
    throw error
  }
  if (bytes.subarray(0, 8000).includes(0)) throw new UsageError(`templates: ${shown} is a binary file`)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UsageError(`templates: ${shown} is not valid UTF-8`)
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  textCache.set(abs, text)
  return text
}

function loadFile(abs: string, shown: string, corpus: Corpus): void {
  const ext = extname(abs).toLowerCase()
  const text = readText(abs, shown)
  if (ext in TEXT_EXTENSIONS) {
    corpus.templates.push({ id: shown, body: text, format: TEXT_EXTENSIONS[ext]!, file: shown, line: 1, origin: { kind: 'file' } })
    return
  }
  if (ext === '.jsonl' || ext === '.ndjson') return loadJsonLines(text, shown, corpus)
  if (ext === '.json') return loadJson(text, shown, corpus, abs)
  if (ext === '.yaml' || ext === '.yml') return loadYaml(text, shown, corpus)
  throw new UsageError(`templates: ${shown}: unsupported file type "${ext || '(none)'}" (use .txt, .md, .html, .json, .jsonl, .yaml)`)
}

function loadJsonLines(text: string, file: string, corpus: Corpus): void {
  let good = 0
  let bad = 0
  let offset = 0
  const lines = text.split('\n')
  lines.forEach((raw, i) => {
    const base = offset
    offset += raw.length + 1
    const line = raw.trim()
    if (line === '') return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      bad++
      corpus.warnings.push({ file, line: i + 1, message: `invalid JSON: ${(error as Error).message}` })
      return
    }
    good++
    const t = record(value, { file, line: i + 1, fallbackId: `${file}:${i + 1}`, where: `line ${i + 1}` }, corpus)
    if (t) {
      if (t.origin?.kind === 'json') t.origin = { ...t.origin, base: base + raw.indexOf(line) }
      corpus.templates.push(t)
    }
  })
  if (good === 0 && bad > 0) throw new UsageError(`templates: ${file} is not JSON Lines (no line parses as JSON)`)
}

function loadJson(text: string, file: string, corpus: Corpus, abs: string): void {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    const at = /position (\d+)/.exec(message)
    const offset = at ? Number(at[1]) : errorOffset(text)
    const where = offset !== undefined ? ` at line ${lineOf(text, offset)}` : ''
    throw new UsageError(
      `templates: ${file} is not valid JSON${where}: ${
        message
          .replace(/ in JSON at position \d.*$/, '')
          .replace(/, "[\s\S]*$/, '')
          .split('\n')[0]
      }`,
    )
  }
  // Lines of records come from a positioned scan of the file, made only for record lists.
  let root: JNode | null | undefined
  loadValue(value, file, corpus, {
    lineAt: (path) => {
      if (root === undefined) root = scanCache(abs, text, 0) ?? null
      const node = path.reduce<JNode | undefined | null>((n, key) => (typeof key === 'number' ? n?.items?.[key] : n?.keys?.get(key)), root)
      return node ? lineOf(text, node.start) : undefined
    },
  })
}

function loadYaml(text: string, file: string, corpus: Corpus): void {
  // The yaml package is loaded only for YAML corpora.
  const yaml = requireYaml()
  const doc = yaml.parseDocument(text, { keepSourceTokens: false })
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!
    throw new UsageError(`templates: ${file} is not valid YAML at line ${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`)
  }
  const value = doc.toJS({ maxAliasCount: 1000 }) as unknown
  const nodeAt = (path: ReadonlyArray<string | number>): { range?: [number, number, number]; type?: string } | undefined => doc.getIn(path as Array<string | number>, true) as { range?: [number, number, number]; type?: string } | undefined
  loadValue(value, file, corpus, {
    lineAt: (path) => {
      const node = nodeAt(path)
      return node?.range ? lineOf(text, node.range[0]) : undefined
    },
    origin: (path) => {
      const node = nodeAt(path)
      return node?.range ? { kind: 'yaml', start: node.range[0], end: node.range[1], type: node.type ?? 'PLAIN' } : undefined
    },
  })
}

interface Positions {
  lineAt?: (path: ReadonlyArray<string | number>) => number | undefined
  origin?: (path: ReadonlyArray<string | number>) => Origin | undefined
}

/** The shapes a JSON or YAML corpus may have. */
function loadValue(value: unknown, file: string, corpus: Corpus, pos: Positions): void {
  /** Record at `recordPath`; its body at `bodyPath` (default: the record's body key). */
  const place = (t: Template | undefined, recordPath: Array<string | number>, bodyPath?: Array<string | number>): void => {
    if (!t) return
    const path = bodyPath ?? [...recordPath, ...(t.origin?.kind === 'json' ? t.origin.path : ['body'])]
    t.origin = pos.origin?.(path) ?? { kind: 'json', base: 0, path }
    const line = pos.lineAt?.(recordPath)
    if (line !== undefined) t.line = line
    corpus.templates.push(t)
  }
  const list = (items: unknown[], prefix: Array<string | number>): void => {
    items.forEach((item, i) => {
      const line = pos.lineAt?.([...prefix, i])
      place(record(item, { file, line, fallbackId: `${file}#${i + 1}`, where: `record ${i + 1}` }, corpus), [...prefix, i])
    })
  }
  if (Array.isArray(value)) return list(value, [])
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    if (Array.isArray(obj.macros)) return zendesk(obj.macros, (i) => ['macros', i], file, corpus, place)
    if (obj.macro && typeof obj.macro === 'object') return zendesk([obj.macro], () => ['macro'], file, corpus, place)
    for (const key of ['templates', 'replies', 'responses', 'canned_responses']) if (Array.isArray(obj[key])) return list(obj[key] as unknown[], [key])
    // A mapping of id → body, or id → { title, body }.
    const entries = Object.entries(obj)
    if (entries.length > 0 && entries.every(([, v]) => typeof v === 'string' || (v !== null && typeof v === 'object' && !Array.isArray(v)))) {
      for (const [id, v] of entries) {
        const at = { file, line: pos.lineAt?.([id]), fallbackId: id, where: `"${id}"` }
        if (typeof v === 'string') place(record({ id, body: v }, at, corpus), [id], [id])
        else place(record({ id, ...(v as object) }, at, corpus), [id])
      }
      return
    }
  }
  throw new UsageError(`templates: ${file}: expected a list of { id, body } records, { "templates": [...] }, or a Zendesk macros export { "macros": [...] }`)
}

const BODY_KEYS = ['body', 'content', 'text'] as const
const ID_KEYS = ['id', 'name', 'key', 'slug'] as const

/** One `{ id, title?, body }` record; problems become warnings. */
function record(value: unknown, at: { file: string; line?: number; fallbackId: string; where: string }, corpus: Corpus): Template | undefined {
  const warn = (message: string): undefined => {
    corpus.warnings.push({ file: at.file, line: at.line, message: at.line !== undefined ? message : `${at.where}: ${message}` })
    return undefined
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return warn('not an object with "id" and "body"')
  const r = value as Record<string, unknown>
  const bodyKey = BODY_KEYS.find((k) => r[k] !== undefined)
  const idKey = ID_KEYS.find((k) => typeof r[k] === 'string' || typeof r[k] === 'number')
  const idText = idKey ? String(r[idKey]) : undefined
  const label = idText !== undefined && !at.where.includes(`"${idText}"`) ? ` (id "${idText}")` : ''
  if (!bodyKey) return warn(`no "body"${label ? ` in record${label}` : ''}; skipped`)
  const body = r[bodyKey]
  if (typeof body !== 'string') return warn(`"${bodyKey}" is not a string${label ? ` in record${label}` : ''}; skipped`)
  if (body.trim() === '') return warn(`empty "${bodyKey}"${label ? ` in record${label}` : ''}; skipped`)
  const title = typeof r.title === 'string' ? r.title : typeof r.label === 'string' ? r.label : typeof r.subject === 'string' ? r.subject : idKey !== 'name' && typeof r.name === 'string' ? r.name : undefined
  let id: string
  if (idKey) id = String(r[idKey])
  else {
    id = title ?? at.fallbackId
    warn(`record has no "id"; using "${id}"`)
  }
  return { id, ...(title !== undefined ? { title } : {}), body, format: formatOf(body, r.format), file: at.file, line: at.line, origin: { kind: 'json', base: 0, path: [bodyKey] } }
}

type Place = (t: Template | undefined, recordPath: Array<string | number>, bodyPath?: Array<string | number>) => void

function zendesk(macros: unknown[], pathOf: (i: number) => Array<string | number>, file: string, corpus: Corpus, place: Place): void {
  let withoutComment = 0
  macros.forEach((macro, i) => {
    const where = `macro ${i + 1}`
    if (macro === null || typeof macro !== 'object') {
      corpus.warnings.push({ file, message: `${where}: not an object` })
      return
    }
    const m = macro as Record<string, unknown>
    const id = typeof m.id === 'string' || typeof m.id === 'number' ? String(m.id) : undefined
    const title = typeof m.title === 'string' ? m.title : typeof m.raw_title === 'string' ? m.raw_title : undefined
    const actions = Array.isArray(m.actions) ? m.actions : undefined
    if (!actions) {
      corpus.warnings.push({ file, message: `${where}${id ? ` (id ${id})` : ''}: no "actions" list` })
      return
    }
    let html: { value: string; j: number } | undefined
    let plain: { value: string; j: number } | undefined
    actions.forEach((action, j) => {
      const a = action as { field?: unknown; value?: unknown } | null
      if (!a || typeof a !== 'object') return
      // Older exports wrap the text as ["channel:all", "text"].
      const value = typeof a.value === 'string' ? a.value : Array.isArray(a.value) ? a.value.filter((v): v is string => typeof v === 'string').at(-1) : undefined
      if (value === undefined) return
      if (a.field === 'comment_value_html' && !html) html = { value, j }
      if (a.field === 'comment_value' && !plain) plain = { value, j }
    })
    const chosen = html ?? plain
    if (!chosen) {
      withoutComment++
      return
    }
    if (chosen.value.trim() === '') {
      corpus.warnings.push({ file, message: `${where}${id ? ` (id ${id})` : ''}: empty comment` })
      return
    }
    if (!id) corpus.warnings.push({ file, message: `${where}: no "id"; using "${title ?? `${file}#${i + 1}`}"` })
    const t: Template = {
      id: id ?? title ?? `${file}#${i + 1}`,
      ...(title !== undefined ? { title } : {}),
      body: chosen.value,
      format: chosen === html ? 'html' : formatOf(chosen.value, undefined),
      file,
    }
    place(t, pathOf(i), [...pathOf(i), 'actions', chosen.j, 'value'])
  })
  if (withoutComment > 0) corpus.warnings.push({ file, message: `${withoutComment} macro${withoutComment === 1 ? '' : 's'} without a comment action skipped (they only set fields)` })
}

/** Format of a record body: explicit, else HTML or Markdown when it looks like it, else text. */
export function formatOf(body: string, hint: unknown): Format {
  if (hint === 'text' || hint === 'markdown' || hint === 'html') return hint
  if (hasHtmlTag(body)) return 'html'
  if (MARKDOWN_HINT.test(body)) return 'markdown'
  return 'text'
}

/** 1-based line of an offset; the file's line index is built once (asked for every record of a JSON or YAML list). */
function lineOf(text: string, offset: number): number {
  if (lastLines?.text !== text) lastLines = { text, lines: lineIndex(text) }
  return lastLines.lines.toPoint(offset).line
}

let lastLines: { text: string; lines: LineIndex } | undefined

// ---------------------------------------------------------------------------------------------
// Positions: where a body offset sits in the template's file, for reports on record files.

/** The file text of a template (read once) and a map from body offsets to file offsets. */
export function bodyLocator(t: Template, cwd = process.cwd()): { text: string; toFile: (offset: number) => number } | undefined {
  if (!t.file || !t.origin) return undefined
  const abs = resolve(cwd, t.file)
  const text = textCache.get(abs) ?? safeRead(abs)
  if (text === undefined) return undefined
  const origin = t.origin
  if (origin.kind === 'file') return text === t.body ? { text, toFile: (o) => o } : undefined
  if (origin.kind === 'yaml') return { text, toFile: yamlMap(text, origin, t.body) }
  const root = scanCache(abs, text, origin.base)
  let node = origin.path.reduce<JNode | undefined>((n, key) => (typeof key === 'number' ? n?.items?.[key] : n?.keys?.get(key)), root)
  // Zendesk's older ["channel:all", "text"] form: the text is the last string.
  if (node?.kind === 'array') node = node.items?.filter((item) => item.kind === 'string').at(-1)
  if (!node || node.kind !== 'string') return undefined
  const map = literalMap(text, node.start, node.end)
  return { text, toFile: (o) => map[Math.max(0, Math.min(o, map.length - 1))]! }
}

function safeRead(abs: string): string | undefined {
  try {
    const text = readFileSync(abs, 'utf8')
    textCache.set(abs, text)
    return text
  } catch {
    return undefined
  }
}

interface JNode {
  kind: 'object' | 'array' | 'string' | 'other'
  start: number
  end: number
  keys?: Map<string, JNode>
  items?: JNode[]
}

const scans = new Map<string, JNode>()
function scanCache(abs: string, text: string, base: number): JNode | undefined {
  const key = `${abs}\u0000${base}`
  let node = scans.get(key)
  if (!node) {
    try {
      node = scanJson(text, base).node
    } catch {
      return undefined
    }
    if (scans.size > 10000) scans.clear()
    scans.set(key, node)
  }
  return node
}

/** Where a JSON text stops being JSON (Node 20's messages do not always say). */
function errorOffset(text: string): number | undefined {
  try {
    const { end } = scanJson(text, 0)
    let i = end
    while (i < text.length && /\s/.test(text[i]!)) i++
    return i < text.length ? i : undefined
  } catch (error) {
    return (error as { offset?: number }).offset
  }
}

/** A JSON value with the source range of every string: enough to point into record files. */
function scanJson(text: string, pos: number): { node: JNode; end: number } {
  const ws = (p: number): number => {
    for (let c = text.charCodeAt(p); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++p));
    return p
  }
  const str = (p: number): number => {
    let i = p + 1
    for (let c = text.charCodeAt(i); i < text.length && c !== 34; c = text.charCodeAt(i)) i += c === 92 ? 2 : 1
    return i + 1
  }
  const value = (p0: number): { node: JNode; end: number } => {
    const p = ws(p0)
    const c = text[p]
    if (c === '"') {
      const end = str(p)
      return { node: { kind: 'string', start: p, end }, end }
    }
    if (c === '{') {
      const keys = new Map<string, JNode>()
      let i = ws(p + 1)
      if (text[i] === '}') return { node: { kind: 'object', start: p, end: i + 1, keys }, end: i + 1 }
      for (;;) {
        i = ws(i)
        if (text[i] !== '"') fail(i)
        const kEnd = str(i)
        const key = JSON.parse(text.slice(i, kEnd)) as string
        i = ws(kEnd)
        if (text[i] !== ':') fail(i)
        const v = value(i + 1)
        keys.set(key, v.node)
        i = ws(v.end)
        if (text[i] === ',') i++
        else if (text[i] === '}') return { node: { kind: 'object', start: p, end: i + 1, keys }, end: i + 1 }
        else fail(i)
      }
    }
    if (c === '[') {
      const items: JNode[] = []
      let i = ws(p + 1)
      if (text[i] === ']') return { node: { kind: 'array', start: p, end: i + 1, items }, end: i + 1 }
      for (;;) {
        const v = value(i)
        items.push(v.node)
        i = ws(v.end)
        if (text[i] === ',') i++
        else if (text[i] === ']') return { node: { kind: 'array', start: p, end: i + 1, items }, end: i + 1 }
        else fail(i)
      }
    }
    let i = p
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++
    if (i === p || !/^(true|false|null|-?\d+(\.\d+)?([eE][+-]?\d+)?)$/.test(text.slice(p, i))) fail(p)
    return { node: { kind: 'other', start: p, end: i }, end: i }
  }
  const fail = (offset: number): never => {
    throw Object.assign(new Error('bad JSON'), { offset })
  }
  return value(pos)
}

/** Decoded string index → source offset, for a JSON string literal at [start, end). */
function literalMap(text: string, start: number, end: number): number[] {
  const map: number[] = []
  let i = start + 1
  while (i < end - 1) {
    map.push(i)
    i += text[i] === '\\' ? (text[i + 1] === 'u' ? 6 : 2) : 1
  }
  map.push(end - 1)
  return map
}

/** Body offset → file offset for a YAML scalar: exact for block literals and one-line scalars. */
function yamlMap(text: string, origin: { start: number; end: number; type: string }, body: string): (offset: number) => number {
  if (origin.type === 'BLOCK_LITERAL') {
    const firstLine = text.indexOf('\n', origin.start) + 1
    const lineStarts: number[] = []
    for (let p = firstLine; p < origin.end && p !== 0; p = text.indexOf('\n', p) + 1) lineStarts.push(p)
    const indent = (() => {
      for (const s of lineStarts) {
        const line = text.slice(s, text.indexOf('\n', s) === -1 ? text.length : text.indexOf('\n', s))
        if (line.trim() !== '') return line.length - line.trimStart().length
      }
      return 0
    })()
    return (offset) => {
      let line = 0
      let col = 0
      for (let i = 0; i < offset && i < body.length; i++) {
        if (body[i] === '\n') {
          line++
          col = 0
        } else col++
      }
      const s = lineStarts[Math.min(line, lineStarts.length - 1)] ?? origin.start
      return Math.min(s + indent + col, text.length)
    }
  }
  const raw = text.slice(origin.start, origin.end)
  const quoted = origin.type === 'QUOTE_DOUBLE' || origin.type === 'QUOTE_SINGLE'
  if (!raw.includes('\n')) return (offset) => Math.min(origin.start + (quoted ? 1 : 0) + offset, origin.end)
  return () => origin.start
}
