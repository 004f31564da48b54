/**
 * The judged real-reply set (issue 15): verdicts a person (or an agent acting as a support QA lead) gave
 * on findings the rules produce on the real brand replies, kept as `test/eval/judged/<rule>.jsonl`.
 *
 * A verdict is keyed by dataset, reply id, rule, the finding's offset and a short hash of its `actual`
 * text, so no reply text enters the repository (TWCS is CC BY-NC-SA). One file per rule lets two people
 * judge different rules in parallel without merge conflicts.
 *
 * Used by scripts/audit.mjs: `--judge <rule>` prints a seeded sample, `--record <file>` merges verdicts,
 * and every run prints precision on the judged findings that still fire.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { mulberry32 as random } from './seeded-random.mjs'

/** Datasets whose replies are judged (brand replies on Twitter, channel `social`). */
export const JUDGED_SETS = new Set(['ibm', 'twcs'])
export const VERDICTS = new Set(['TP', 'FP', 'debatable'])

/** Short, stable hash of a finding's `actual` text (identifies it without copying it). */
export function actualHash(actual) {
  return createHash('sha1')
    .update(String(actual ?? ''))
    .digest('hex')
    .slice(0, 8)
}

/** `set:replyId:rule:offset:hash` — the key a verdict is stored under. */
export function findingKey(set, id, message) {
  return `${set}|${id}|${message.ruleId}|${message.offset}|${actualHash(message.actual)}`
}

/** Parses a key back into its parts (reply ids contain colons, hence the `|` separator). */
export function parseKey(key) {
  const [set, id, rule, offset, hash] = String(key).split('|')
  if (!set || !id || !rule || !/^\d+$/.test(offset ?? '') || !/^[0-9a-f]{8}$/.test(hash ?? '')) return undefined
  return { set, id, rule, offset: Number(offset), hash }
}

/** `n` hits drawn with `seed` (Fisher–Yates over the hits in key order, so the draw is reproducible). */
export function seededSample(hits, n, seed) {
  const sorted = [...hits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const next = random(seed)
  for (let i = sorted.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[sorted[i], sorted[j]] = [sorted[j], sorted[i]]
  }
  return sorted.slice(0, n)
}

/** All verdicts in `dir`, as a map key → record. */
export function loadJudged(dir) {
  const judged = new Map()
  if (!existsSync(dir)) return judged
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue
      const record = JSON.parse(line)
      judged.set(record.key, record)
    }
  }
  return judged
}

/**
 * Reads a verdicts file: one verdict a line, either JSON (`{"key","verdict","note"}`) or plain text
 * `<key> <TP|FP|debatable> <note…>`. Lines starting with `#` are comments. Throws on a bad line.
 */
export function readVerdicts(file) {
  const out = []
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim()
      if (!line || line.startsWith('#')) return
      let record
      if (line.startsWith('{')) record = JSON.parse(line)
      else {
        const [key, verdict, ...note] = line.split(/\s+/)
        record = { key, verdict, note: note.join(' ') }
      }
      const parts = parseKey(record.key)
      if (!parts) throw new Error(`${file}:${i + 1}: not a finding key: ${record.key}`)
      const verdict = [...VERDICTS].find((v) => v.toLowerCase() === String(record.verdict).toLowerCase())
      if (!verdict) throw new Error(`${file}:${i + 1}: verdict must be TP, FP or debatable, not ${record.verdict}`)
      out.push({ key: record.key, ...parts, verdict, note: String(record.note ?? '').trim(), ...(record.seed !== undefined ? { seed: record.seed } : {}) })
    })
  return out
}

/** Merges verdicts into `dir/<rule>.jsonl` (a newer verdict for the same key replaces the older one). */
export function recordVerdicts(dir, verdicts, seed) {
  mkdirSync(dir, { recursive: true })
  const byRule = new Map()
  for (const v of verdicts) {
    if (!byRule.has(v.rule)) byRule.set(v.rule, [])
    byRule.get(v.rule).push(v)
  }
  const written = []
  for (const [rule, list] of byRule) {
    const file = join(dir, `${rule}.jsonl`)
    const existing = new Map()
    if (existsSync(file)) for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) existing.set(JSON.parse(line).key, JSON.parse(line))
    const date = new Date().toISOString().slice(0, 10)
    for (const v of list) existing.set(v.key, { key: v.key, set: v.set, id: v.id, rule: v.rule, offset: v.offset, hash: v.hash, verdict: v.verdict, note: v.note, seed: v.seed ?? seed ?? null, date })
    const lines = [...existing.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((r) => JSON.stringify(r))
    writeFileSync(file, lines.join('\n') + '\n')
    written.push(`${file} (${list.length} verdicts, ${existing.size} in all)`)
  }
  return written
}

/**
 * Precision per rule on the judged findings that still fire. `hits` are the current findings of the
 * judged sets (each with `key` and `rule`). Judged findings that no longer fire are counted apart:
 * a gone FP is a fix, a gone TP is lost recall.
 */
export function precisionByRule(hits, judged) {
  const rows = new Map()
  const row = (rule) => {
    if (!rows.has(rule)) rows.set(rule, { findings: 0, judged: 0, TP: 0, FP: 0, debatable: 0, unjudged: 0, goneTP: 0, goneFP: 0, seeds: new Set() })
    return rows.get(rule)
  }
  const live = new Set()
  for (const h of hits) {
    live.add(h.key)
    const r = row(h.rule)
    r.findings++
    const v = judged.get(h.key)
    if (!v) {
      r.unjudged++
      continue
    }
    r.judged++
    r[v.verdict]++
    if (v.seed !== null && v.seed !== undefined) r.seeds.add(v.seed)
  }
  for (const v of judged.values()) {
    if (live.has(v.key)) continue
    const r = row(v.rule)
    if (v.verdict === 'TP') r.goneTP++
    if (v.verdict === 'FP') r.goneFP++
  }
  for (const r of rows.values()) r.precision = r.TP + r.FP ? r.TP / (r.TP + r.FP) : null
  return rows
}
