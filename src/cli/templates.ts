/**
 * `netiquette templates <paths...>`: the CI check for a corpus of canned responses. Every
 * template is linted in template mode (placeholders are legitimate, `placeholder-syntax` and
 * `near-duplicate` run), near-duplicates are searched once over the whole corpus through the
 * fingerprint index, and findings on records of JSON/JSONL/YAML files point into those files.
 *
 * `--baseline <file>` records today's findings by a fingerprint made of the rule, the template id,
 * the flagged text and a few words around it (no line numbers), so moving a template or editing
 * another part of the file keeps old findings matched: CI fails only on new ones.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { UsageError } from '../errors.js'
import { createPathLinter } from '../config/path-linter.js'
import { resolveRules, type ActiveRule } from '../config/resolve.js'
import { formatResults, FORMATS, type FileResult, type FormatName } from '../report/index.js'
import { printable } from '../report/printable.js'
import { lineIndex, type LineIndex } from '../text/lines.js'
import { scoreReply } from '../score.js'
import { guardedHtmlProse } from '../input/html-nesting.js'
import { loadParsers } from '../input/parsers.js'
import { loadLanguageDetector } from '../language.js'
import { writeAtomic } from './write.js'
import { writeReport } from './output.js'
import { useColor } from '../report/color.js'
import { rules as allRules } from '../../rules/index.js'
import { familyOf } from '../kit/placeholder-family.js'
import { CorpusIndex, bodyLocator, loadCorpus, type Template } from '../templates/index.js'
import { findPlaceholders } from '../templates/placeholders.js'
import { formatMessage, type CorpusFinding, type RuleMeta } from '../rule.js'
import type { Config, Diagnostic, LintResult, RuleSetting, Severity } from '../types.js'

export interface TemplatesIO {
  stdout: (s: string) => void
  stderr: (s: string) => void
  stdoutIsTTY?: boolean
  stderrIsTTY?: boolean
}

export interface TemplatesOptions {
  format: string
  output?: string
  baseline?: string
  updateBaseline?: boolean
  /** Print pii secrets in full (`--show-secrets`). */
  showSecrets?: boolean
  maxWarnings?: number
  quiet?: boolean
  config?: Config
  rules?: Record<string, RuleSetting | string>
  color?: boolean
  /** Where output goes (default: process.stdout / process.stderr). */
  io?: TemplatesIO
  /** Base folder for template paths (default: process.cwd()). */
  cwd?: string
}

/** A finding on one template, with the baseline key that identifies it. */
interface Finding {
  template: Template
  diagnostic: Diagnostic & { template: string }
  key: string
}

const defaultIO = (): TemplatesIO => ({
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
})

export async function runTemplatesCommand(paths: string[], options: TemplatesOptions): Promise<number> {
  await loadParsers('markdown')
  await loadParsers('html')
  await loadLanguageDetector()
  const io = options.io ?? defaultIO()
  const cwd = options.cwd ?? process.cwd()
  if (paths.length === 0) throw new UsageError('templates: give template files or folders (try --help)')
  if (!(FORMATS as readonly string[]).includes(options.format)) throw new UsageError(`unknown format "${options.format}" (use ${FORMATS.join(', ')})`)
  if (options.updateBaseline && !options.baseline) throw new UsageError('--update-baseline needs --baseline <file>')
  const started = performance.now()
  const baseline = options.baseline && !options.updateBaseline ? readBaseline(resolve(cwd, options.baseline), options.baseline) : undefined

  const corpus = loadCorpus(paths, { cwd })
  for (const w of corpus.warnings) io.stderr(`netiquette: warning: ${printable(`${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`)}\n`)
  if (corpus.templates.length === 0) throw new UsageError(`templates: no templates found in ${paths.join(', ')}`)
  const templates = corpus.templates

  // Rules: config (with the overrides matching each template's file), then --rule flags;
  // placeholder-syntax learns the corpus's dialect.
  const dialect = dominantDialect(templates)
  const prepare = (config: Config): Config => {
    const { templates: _ignored, ...withoutCorpus } = config
    const ruleSettings: Record<string, RuleSetting> = { ...config.rules, ...(options.rules as Record<string, RuleSetting> | undefined) }
    const syntax = resolveRules({ ...withoutCorpus, rules: ruleSettings }, allRules).find((r) => r.module.meta.id === 'placeholder-syntax')
    if (syntax && dialect && syntax.options.dialect === undefined) ruleSettings['placeholder-syntax'] = [syntax.severity, { ...syntax.options, dialect }]
    return { ...withoutCorpus, rules: ruleSettings }
  }
  const linter = createPathLinter(options.config ?? {}, { template: true, prepare })
  // Overrides match a template's file (records of a JSONL file share it); inline config records have none.
  const fileOf = (t: Template): string | undefined => (t.file !== undefined ? resolve(cwd, t.file) : undefined)
  const nearRules = new Map<Config, ActiveRule | undefined>()
  const nearFor = (t: Template): ActiveRule | undefined => {
    const config = linter.configFor(fileOf(t))
    if (!nearRules.has(config))
      nearRules.set(
        config,
        resolveRules(config, allRules).find((r) => r.module.meta.id === 'near-duplicate'),
      )
    return nearRules.get(config)
  }

  const progress = progressBar(io, templates.length)
  const perTemplate: Diagnostic[][] = []
  templates.forEach((t, i) => {
    const file = fileOf(t)
    // A config `format` (a folder of .txt macros written in Markdown) beats the file's extension.
    const format = (t.origin?.kind === 'file' && linter.configFor(file).format) || t.format
    perTemplate.push(linter.forPath(file).lintSync(t.body, { format, path: t.file ?? t.id }).messages)
    progress.update(i + 1, 'linting')
  })

  // One search over the whole corpus (threshold from the base config, or the first override turning
  // it on); each later template of a pair is reported with its own config's severity, or not at all.
  const near = nearFor({ id: '', body: '', format: 'text' }) ?? templates.map(nearFor).find((r) => r !== undefined)
  if (near?.module.corpus) {
    const index = CorpusIndex.fromCorpus(corpus)
    const found = near.module.corpus({ corpus: index, options: near.options, onProgress: (done) => progress.update(done, 'comparing') })
    for (const f of found) {
      const own = nearFor(templates[f.template]!)
      if (own) perTemplate[f.template]!.push(corpusDiagnostic(templates[f.template]!, near.module.meta, f, own.severity))
    }
  }
  progress.done()

  // Findings with baseline keys; then split into baselined and new.
  const findings: Finding[] = []
  templates.forEach((t, i) => {
    for (const d of perTemplate[i]!) findings.push({ template: t, diagnostic: { ...d, template: t.id }, key: findingKey(t, d) })
  })
  let shown = findings
  let matchedBaseline = 0
  let stale = 0
  if (baseline) {
    const left = new Map(Object.entries(baseline.findings).map(([k, v]) => [k, v.count]))
    shown = findings.filter((f) => {
      const n = left.get(f.key) ?? 0
      if (n <= 0) return true
      left.set(f.key, n - 1)
      matchedBaseline++
      return false
    })
    for (const n of left.values()) stale += n
  }
  if (options.updateBaseline) {
    await writeAtomic(resolve(cwd, options.baseline!), serializeBaseline(findings))
    io.stderr(`netiquette: baseline ${options.baseline} written with ${findings.length} finding${findings.length === 1 ? '' : 's'}\n`)
    shown = []
  }
  if (options.quiet) shown = shown.filter((f) => f.diagnostic.severity === 'error')

  const files = toFileResults(templates, shown, cwd)
  const report = formatResults(files, options.format as FormatName, {
    color: useColor({ flag: options.color, isTTY: Boolean(io.stdoutIsTTY), toFile: Boolean(options.output), env: process.env }),
    version: packageVersion(),
    showSecrets: options.showSecrets,
  })
  if (options.output) await writeReport(resolve(cwd, options.output), report)
  else io.stdout(report)

  const summary = summarize(templates.length, shown, performance.now() - started, matchedBaseline, stale)
  if (options.format === 'stylish' && !options.output) io.stdout(summary)
  else io.stderr(summary)

  const errors = shown.filter((f) => f.diagnostic.severity === 'error').length
  const warnings = shown.filter((f) => f.diagnostic.severity === 'warning').length
  if (errors > 0) return 1
  if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr(`netiquette: too many warnings (${warnings}); maximum allowed is ${options.maxWarnings}\n`)
    return 1
  }
  return 0
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version
  } catch {
    try {
      return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version
    } catch {
      return '0.0.0'
    }
  }
}

/** The machine-filled dialect family most templates use (≥ 75% of those with one, ≥ 3 templates). */
export function dominantDialect(templates: readonly Template[]): string | undefined {
  const counts = new Map<string, number>()
  let total = 0
  for (const t of templates) {
    const text = t.format === 'html' ? guardedHtmlProse(t.body).text : t.body
    const families = new Set(
      findPlaceholders(text)
        .map(familyOf)
        .filter((f): f is string => f !== undefined),
    )
    if (families.size === 0) continue
    total++
    for (const f of families) counts.set(f, (counts.get(f) ?? 0) + 1)
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1])
  return best && best[1] >= 3 && best[1] >= total * 0.75 ? best[0] : undefined
}

/** A finding of a rule's corpus-wide pass as a diagnostic on its template, with the rule's own message. */
function corpusDiagnostic(t: Template, meta: RuleMeta, f: CorpusFinding, severity: Severity): Diagnostic {
  const lines = lineIndex(t.body)
  const a = lines.toPoint(f.start)
  const b = lines.toPoint(f.end)
  return {
    ruleId: meta.id,
    severity,
    message: formatMessage(meta.messages?.[f.messageId] ?? f.messageId, f.data),
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    offset: f.start,
    endOffset: f.end,
    actual: t.body.slice(f.start, f.end),
    suggestions: f.expected ?? [],
    url: meta.url ?? '',
    // The other template, for the baseline key.
    ...(f.other !== undefined ? ({ other: f.other } as object) : {}),
  } as Diagnostic
}

/** Rule + template id + flagged text + three words either side: stable across moves and unrelated edits. */
export function findingKey(t: Template, d: Diagnostic): string {
  const other = (d as Diagnostic & { other?: string }).other
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const before = words(t.body.slice(Math.max(0, d.offset - 80), d.offset)).slice(-3)
  const after = words(t.body.slice(d.endOffset, d.endOffset + 80)).slice(0, 3)
  const parts = other !== undefined ? [d.ruleId, t.id, other] : [d.ruleId, t.id, d.actual.replace(/\s+/g, ' ').trim(), before.join(' '), after.join(' ')]
  return createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 20)
}

interface Baseline {
  version: 1
  findings: Record<string, { ruleId: string; template: string; actual: string; count: number }>
}

function readBaseline(abs: string, shown: string): Baseline {
  let text: string
  try {
    text = readFileSync(abs, 'utf8')
  } catch {
    throw new UsageError(`baseline file not found: ${shown} (create it with --update-baseline)`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`baseline ${shown} is not valid JSON: ${(error as Error).message}`)
  }
  const b = value as Partial<Baseline> | null
  if (!b || typeof b !== 'object' || b.version !== 1 || !b.findings || typeof b.findings !== 'object') throw new UsageError(`baseline ${shown} is not a netiquette templates baseline (version 1)`)
  return b as Baseline
}

/**
 * What the baseline (a committed file) shows of a finding: the flagged text, or for a pii finding
 * a sha256 of it, so a template's card number or password is never written in clear. Findings
 * are matched by their key (itself a hash), so the entry only helps a reviewer tell them apart.
 */
export function baselineText(d: Diagnostic): string {
  if (d.ruleId === 'pii') return `sha256:${createHash('sha256').update(d.actual).digest('hex')}`
  return d.actual.slice(0, 120)
}

function serializeBaseline(findings: readonly Finding[]): string {
  const entries: Baseline['findings'] = {}
  for (const f of findings) {
    const e = entries[f.key]
    if (e) e.count++
    else entries[f.key] = { ruleId: f.diagnostic.ruleId, template: f.template.id, actual: baselineText(f.diagnostic), count: 1 }
  }
  const sorted = Object.fromEntries(Object.entries(entries).sort(([a, x], [b, y]) => x.template.localeCompare(y.template) || x.ruleId.localeCompare(y.ruleId) || a.localeCompare(b)))
  return JSON.stringify({ version: 1, tool: 'netiquette templates', findings: sorted }, null, 2) + '\n'
}

/** One report entry per file; records of JSON/JSONL/YAML files are placed at their lines. */
function toFileResults(templates: readonly Template[], shown: readonly Finding[], cwd: string): FileResult[] {
  const byFile = new Map<string, { messages: Diagnostic[]; scores: number[]; source?: string }>()
  // One line index per record file, not per template: rebuilding it for each of 81k records of a
  // JSONL file made the report quadratic in the file's size.
  const indexes = new Map<string, LineIndex>()
  const linesOf = (text: string): LineIndex => {
    let lines = indexes.get(text)
    if (lines === undefined) indexes.set(text, (lines = lineIndex(text)))
    return lines
  }
  const byTemplate = new Map<Template, Diagnostic[]>()
  for (const f of shown) {
    const list = byTemplate.get(f.template) ?? []
    list.push(f.diagnostic)
    byTemplate.set(f.template, list)
  }
  for (const t of templates) {
    const path = t.file ?? `<config:${t.id}>`
    const entry = byFile.get(path) ?? { messages: [], scores: [] }
    byFile.set(path, entry)
    const messages = byTemplate.get(t) ?? []
    entry.scores.push(scoreReply(messages))
    if (messages.length === 0) continue
    if (t.origin?.kind === 'file') {
      entry.messages.push(...messages)
      entry.source ??= t.body
      continue
    }
    const locator = bodyLocator(t, cwd)
    if (locator) entry.source ??= locator.text
    const lines = locator ? linesOf(locator.text) : undefined
    for (const m of messages) {
      const moved: Diagnostic = { ...m, message: `“${t.id}”: ${m.message}` }
      delete moved.fix // a fix to a record body would need the file's escaping
      if (locator && lines) {
        moved.offset = locator.toFile(m.offset)
        moved.endOffset = Math.max(moved.offset, locator.toFile(m.endOffset))
        const a = lines.toPoint(moved.offset)
        const b = lines.toPoint(moved.endOffset)
        Object.assign(moved, { line: a.line, column: a.column, endLine: b.line, endColumn: b.column })
      } else if (t.line !== undefined) {
        Object.assign(moved, { line: t.line, column: 1, endLine: t.line, endColumn: 1 })
      }
      entry.messages.push(moved)
    }
  }
  const out: FileResult[] = []
  for (const [path, entry] of byFile) {
    entry.messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId))
    // A loop, not Math.min(...scores): a file of 100k+ records would overflow the argument stack.
    let score = Infinity
    for (const s of entry.scores) score = Math.min(score, s)
    out.push({ path, result: resultOf(entry.messages, score), ...(entry.source !== undefined ? { source: entry.source } : {}) })
  }
  return out
}

function resultOf(messages: Diagnostic[], score: number): LintResult {
  const count = (s: Severity): number => messages.filter((m) => m.severity === s).length
  return { messages, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info'), score, language: 'en' }
}

function summarize(templates: number, shown: readonly Finding[], ms: number, baselined: number, stale: number): string {
  const perRule = new Map<string, Record<Severity, number>>()
  for (const f of shown) {
    const row = perRule.get(f.diagnostic.ruleId) ?? { error: 0, warning: 0, info: 0 }
    row[f.diagnostic.severity]++
    perRule.set(f.diagnostic.ruleId, row)
  }
  const lines = [`${templates} template${templates === 1 ? '' : 's'} checked in ${(ms / 1000).toFixed(1)} s: ${shown.length} finding${shown.length === 1 ? '' : 's'}`]
  if (perRule.size > 0) {
    const width = Math.max(4, ...[...perRule.keys()].map((k) => k.length))
    lines.push(`  ${'rule'.padEnd(width)}  error  warning   info`)
    for (const [rule, row] of [...perRule].sort((a, b) => a[0].localeCompare(b[0]))) {
      lines.push(`  ${rule.padEnd(width)}  ${String(row.error).padStart(5)}  ${String(row.warning).padStart(7)}  ${String(row.info).padStart(5)}`)
    }
  }
  if (baselined > 0) lines.push(`  ${baselined} finding${baselined === 1 ? '' : 's'} in the baseline not shown`)
  if (stale > 0) lines.push(`  ${stale} baseline entr${stale === 1 ? 'y' : 'ies'} no longer found: run with --update-baseline to drop ${stale === 1 ? 'it' : 'them'}`)
  return lines.join('\n') + '\n'
}

/** A progress bar on stderr, shown only on a TTY and only once the run has taken a second. */
function progressBar(io: TemplatesIO, total: number): { update: (done: number, phase: string) => void; done: () => void } {
  const start = performance.now()
  let last = 0
  let drawn = false
  return {
    update(done, phase) {
      if (!io.stderrIsTTY) return
      const now = performance.now()
      if (now - start < 1000 || (now - last < 100 && done < total)) return
      last = now
      const width = 30
      const filled = Math.round((done / Math.max(1, total)) * width)
      io.stderr(`\r\u001b[K${phase.padEnd(9)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} templates`)
      drawn = true
    },
    done() {
      if (drawn) io.stderr('\r\u001b[K')
    },
  }
}
