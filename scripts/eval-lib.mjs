/**
 * Scoring for the labelled evaluation set (issue 5), shared by `scripts/eval.mjs` (which runs the
 * built package) and `test/eval/eval.test.ts` (which runs the TypeScript sources through vitest).
 *
 * Plain JavaScript with no dependencies: the caller passes `createLinter` and `ruleIds`, so the
 * same scoring runs against `dist/` or `src/`.
 *
 * Case files: `test/eval/cases.jsonl` plus `test/eval/cases/*.jsonl`, one JSON object a line:
 *   { id, channel?, customer?: { name?, message? }, followup?, language?, format?, templates?: [file],
 *     config?: {…}, text, expect: [ruleId…], mustNot: [ruleId… | '*'], note? }
 * - `expect`: rules that must fire; `mustNot`: rules that must stay silent; `'*'` in `mustNot`
 *   means every rule not in `expect` (exemplary replies). A rule in neither list is not scored.
 * - `templates`: template corpus file(s), relative to `test/eval/` or to the repository root (the
 *   `copy-paste` and `near-duplicate` rules read them). `config`: extra linter config (an `sla`, `budgets`, rule
 *   options), merged over `{ extends: ['netiquette:strict'] }` so every rule runs.
 * - Rule ids the package does not know (yet) are skipped for scoring and counted as pending.
 *
 * @module
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join, dirname, resolve, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const EVAL_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'eval')
export const CHANNELS = ['email', 'chat', 'social', 'sms']
export const FLOORS = Object.freeze({ minPositives: 5, recall: 0.9, precision: 0.95 })
const CASE_KEYS = new Set(['id', 'channel', 'customer', 'followup', 'language', 'format', 'templates', 'config', 'text', 'expect', 'mustNot', 'note', 'template'])

/**
 * Read every case file. Malformed lines are returned in `errors` (with file and line), never thrown,
 * so one bad line in a teammate's file does not hide the rest of the set.
 * @param {string} [root] folder holding `cases.jsonl` and `cases/`
 * @returns {{ cases: Array<Record<string, any>>, errors: string[], files: string[] }}
 */
export function loadCases(root = EVAL_ROOT) {
  const files = []
  if (existsSync(join(root, 'cases.jsonl'))) files.push(join(root, 'cases.jsonl'))
  const dir = join(root, 'cases')
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.jsonl')) files.push(join(dir, name))
  }
  const cases = []
  const errors = []
  const seen = new Map()
  for (const file of files) {
    const rel = relative(root, file)
    const lines = readFileSync(file, 'utf8').split('\n')
    lines.forEach((line, index) => {
      if (!line.trim()) return
      const where = `${rel}:${index + 1}`
      let value
      try {
        value = JSON.parse(line)
      } catch (error) {
        errors.push(`${where}: invalid JSON (${error.message})`)
        return
      }
      const problem = validateCase(value)
      if (problem) {
        errors.push(`${where}: ${problem}`)
        return
      }
      if (seen.has(value.id)) {
        errors.push(`${where}: duplicate id "${value.id}" (first at ${seen.get(value.id)})`)
        return
      }
      seen.set(value.id, where)
      cases.push({ ...value, _where: where })
    })
  }
  return { cases, errors, files }
}

/** @returns {string | undefined} what is wrong with a case, if anything */
export function validateCase(c) {
  if (!c || typeof c !== 'object' || Array.isArray(c)) return 'not an object'
  if (typeof c.id !== 'string' || !c.id) return 'missing "id"'
  if (typeof c.text !== 'string') return `${c.id}: missing "text"`
  if (!Array.isArray(c.expect) || !c.expect.every((r) => typeof r === 'string')) return `${c.id}: "expect" must be an array of rule ids`
  if (!Array.isArray(c.mustNot) || !c.mustNot.every((r) => typeof r === 'string')) return `${c.id}: "mustNot" must be an array of rule ids`
  const both = c.expect.filter((r) => c.mustNot.includes(r))
  if (both.length) return `${c.id}: ${both.join(', ')} both in "expect" and "mustNot"`
  if (c.channel !== undefined && !CHANNELS.includes(c.channel)) return `${c.id}: unknown channel "${c.channel}"`
  if (c.customer !== undefined && c.customer !== null && (typeof c.customer !== 'object' || Array.isArray(c.customer))) return `${c.id}: "customer" must be an object`
  if (c.followup !== undefined && typeof c.followup !== 'boolean') return `${c.id}: "followup" must be a boolean`
  if (c.language !== undefined && !['en', 'tr', 'auto'].includes(c.language)) return `${c.id}: unknown language "${c.language}"`
  if (c.template !== undefined && typeof c.template !== 'boolean') return `${c.id}: "template" must be a boolean`
  if (c.templates !== undefined && typeof c.templates !== 'string' && (!Array.isArray(c.templates) || !c.templates.every((t) => typeof t === 'string'))) return `${c.id}: "templates" must be a path or an array of paths`
  const extra = Object.keys(c).filter((k) => !CASE_KEYS.has(k))
  if (extra.length) return `${c.id}: unknown key(s) ${extra.join(', ')}`
  return undefined
}

/** `en` or `tr`: each language is scored as its own set. */
export function groupOf(c) {
  return c.language === 'tr' ? 'tr' : 'en'
}

/** Reply context for a case, as `linter.lint()` takes it. */
export function contextOf(c) {
  const context = { channel: c.channel ?? 'email' }
  if (c.customer) {
    const customer = {}
    if (typeof c.customer.name === 'string') customer.name = c.customer.name
    if (typeof c.customer.message === 'string') customer.message = c.customer.message
    context.customer = customer
  }
  if (c.followup !== undefined) context.followup = c.followup
  if (c.language !== undefined) context.language = c.language
  if (c.format !== undefined) context.format = c.format
  return context
}

/**
 * Lint every case, with every rule on (`netiquette:strict`). One linter per distinct
 * templates/config, built once and reused.
 * @param {Array<Record<string, any>>} cases
 * @param {{ createLinter: Function, root?: string, onError?: (c: any, error: unknown) => void }} engine
 * @returns {Map<string, { fired: Set<string>, messages: any[], error?: string }>}
 */
export function runCases(cases, { createLinter, root = EVAL_ROOT, onError }) {
  const linters = new Map()
  const results = new Map()
  for (const c of cases) {
    const config = { extends: ['netiquette:strict'], ...(c.config ?? {}) }
    const templates = templatePaths(c, root)
    if (templates.length) config.templates = templates
    // `template: true` lints the case as a canned response (template mode: placeholders are legitimate,
    // template-only rules such as placeholder-syntax run), as `netiquette templates` does.
    const options = c.template ? { template: true } : undefined
    const key = JSON.stringify([config, options])
    try {
      let linter = linters.get(key)
      if (!linter) {
        linter = createLinter(config, options)
        linters.set(key, linter)
      }
      const result = linter.lintSync(c.text, contextOf(c))
      results.set(c.id, { fired: new Set(result.messages.map((m) => m.ruleId)), messages: result.messages })
    } catch (error) {
      onError?.(c, error)
      results.set(c.id, { fired: new Set(), messages: [], error: String(error?.message ?? error) })
    }
  }
  return results
}

/**
 * A case's template files as absolute paths: each is looked up relative to `test/eval/`, then to
 * the repository root (`"templates": "test/eval/templates/macros.jsonl"` works too).
 */
export function templatePaths(c, root = EVAL_ROOT) {
  const list = c.templates === undefined ? [] : Array.isArray(c.templates) ? c.templates : [c.templates]
  return list.map((p) => {
    const local = resolve(root, p)
    if (existsSync(local)) return local
    const fromRepo = resolve(root, '..', '..', p)
    return existsSync(fromRepo) ? fromRepo : local
  })
}

function emptyStats(rule) {
  return { rule, positives: 0, tp: 0, fn: 0, negatives: 0, fp: 0, traps: 0, trapFp: 0, exemplary: 0, exemplaryFp: 0, fnIds: [], fpIds: [] }
}

/**
 * Per-rule confusion counts, per language group.
 * @param {Array<Record<string, any>>} cases
 * @param {Map<string, { fired: Set<string> }>} results
 * @param {readonly string[]} ruleIds rules the package knows
 * @returns {{ groups: Record<string, { rules: Record<string, any>, cases: number, exemplary: number, exemplaryClean: number, dirtyExemplary: string[] }>, pending: Record<string, number>, errored: string[] }}
 */
export function score(cases, results, ruleIds) {
  const known = new Set(ruleIds)
  const groups = {}
  const pending = {}
  const errored = []
  for (const c of cases) {
    const result = results.get(c.id)
    if (!result) continue
    if (result.error) errored.push(c.id)
    const name = groupOf(c)
    const group = (groups[name] ??= { rules: {}, cases: 0, exemplary: 0, exemplaryClean: 0, dirtyExemplary: [] })
    group.cases++
    const stat = (rule) => (group.rules[rule] ??= emptyStats(rule))
    const everything = c.mustNot.includes('*')
    for (const rule of [...c.expect, ...c.mustNot]) {
      if (rule !== '*' && !known.has(rule)) pending[rule] = (pending[rule] ?? 0) + 1
    }
    for (const rule of c.expect) {
      if (!known.has(rule)) continue
      const s = stat(rule)
      s.positives++
      if (result.fired.has(rule)) s.tp++
      else {
        s.fn++
        s.fnIds.push(c.id)
      }
    }
    const negatives = everything ? ruleIds.filter((r) => !c.expect.includes(r)) : c.mustNot.filter((r) => known.has(r))
    for (const rule of negatives) {
      const s = stat(rule)
      const trap = c.mustNot.includes(rule)
      s.negatives++
      if (trap) s.traps++
      else s.exemplary++
      if (result.fired.has(rule)) {
        s.fp++
        s.fpIds.push(c.id)
        if (trap) s.trapFp++
        else s.exemplaryFp++
      }
    }
    if (everything && c.expect.length === 0) {
      group.exemplary++
      const noise = [...result.fired].filter((r) => known.has(r))
      if (noise.length === 0) group.exemplaryClean++
      else group.dirtyExemplary.push(`${c.id} (${noise.join(', ')})`)
    }
  }
  for (const group of Object.values(groups)) {
    for (const s of Object.values(group.rules)) {
      s.precision = s.tp + s.fp === 0 ? null : s.tp / (s.tp + s.fp)
      s.recall = s.positives === 0 ? null : s.tp / s.positives
      s.trapFpRate = s.traps === 0 ? null : s.trapFp / s.traps
    }
  }
  return { groups, pending, errored }
}

/**
 * Rules under the floors (recall and precision), for rules with enough positives.
 * @returns {Array<{ group: string, rule: string, recall: number|null, precision: number|null, fnIds: string[], fpIds: string[], message: string }>}
 */
export function floorFailures(scored, floors = FLOORS) {
  const failures = []
  for (const [group, g] of Object.entries(scored.groups)) {
    for (const s of Object.values(g.rules)) {
      const failure = checkFloor(s, floors)
      if (failure) failures.push({ group, ...failure })
    }
  }
  return failures
}

/** One rule's floor verdict: undefined when it passes (or has too few positives to judge). */
export function checkFloor(s, floors = FLOORS) {
  if (!s || s.positives < floors.minPositives) return undefined
  const lowRecall = s.recall !== null && s.recall < floors.recall
  const lowPrecision = s.precision !== null && s.precision < floors.precision
  if (!lowRecall && !lowPrecision) return undefined
  const parts = []
  if (lowRecall) parts.push(`recall ${fmt(s.recall)} < ${floors.recall}; missed: ${s.fnIds.join(', ')}`)
  if (lowPrecision) parts.push(`precision ${fmt(s.precision)} < ${floors.precision}; false positives: ${s.fpIds.join(', ')}`)
  return { rule: s.rule, recall: s.recall, precision: s.precision, fnIds: s.fnIds, fpIds: s.fpIds, message: `${s.rule}: ${parts.join(' | ')}` }
}

export function fmt(x, digits = 3) {
  return x === null || x === undefined ? '—' : x.toFixed(digits)
}

/** A fixed-width table: rows of cells, first row the header, numbers right-aligned. */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)))
  const line = (r) => r.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ')
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n')
}

/** The per-rule table for one language group. */
export function formatGroup(group, floors = FLOORS) {
  const rows = [['rule', 'pos', 'TP', 'FN', 'recall', 'neg', 'FP', 'precision', 'traps', 'trapFP', 'trapFP%', 'exFP', 'floor']]
  const totals = emptyStats('all')
  for (const s of Object.values(group.rules).sort((a, b) => a.rule.localeCompare(b.rule))) {
    const verdict = s.positives < floors.minPositives ? `n<${floors.minPositives}` : checkFloor(s, floors) ? 'FAIL' : 'ok'
    rows.push([s.rule, s.positives, s.tp, s.fn, fmt(s.recall), s.negatives, s.fp, fmt(s.precision), s.traps, s.trapFp, s.trapFpRate === null ? '—' : (100 * s.trapFpRate).toFixed(1), `${s.exemplaryFp}/${s.exemplary}`, verdict])
    for (const k of ['positives', 'tp', 'fn', 'negatives', 'fp', 'traps', 'trapFp', 'exemplary', 'exemplaryFp']) totals[k] += s[k]
  }
  const p = totals.tp + totals.fp ? totals.tp / (totals.tp + totals.fp) : null
  const r = totals.positives ? totals.tp / totals.positives : null
  rows.push([
    '(all rules)',
    totals.positives,
    totals.tp,
    totals.fn,
    fmt(r),
    totals.negatives,
    totals.fp,
    fmt(p),
    totals.traps,
    totals.trapFp,
    totals.traps ? ((100 * totals.trapFp) / totals.traps).toFixed(1) : '—',
    `${totals.exemplaryFp}/${totals.exemplary}`,
    '',
  ])
  return table(rows)
}
