// Every diagnostic of the built package, for diffing a refactor that must not change behaviour
// (issue 11): the evaluation drafts (strict config, as `npm run eval` lints them) and, when
// ../shared/data is there, 3,000 real replies per dataset under the default and strict configs.
//
//   node scripts/snapshot-diagnostics.mjs before.json          (on the old build)
//   node scripts/snapshot-diagnostics.mjs after.json --diff before.json
//
// With --diff it prints the entries that differ and exits 1 when any does.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { loadCases, runCases } from './eval-lib.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const [out, flag, baseline] = process.argv.slice(2)
if (!out || (flag !== undefined && (flag !== '--diff' || !baseline))) {
  console.error('usage: node scripts/snapshot-diagnostics.mjs <out.json> [--diff <baseline.json>]')
  process.exit(2)
}
const { createLinter } = await import(pathToFileURL(join(root, 'dist', 'src', 'index.js')).href)

const fields = (m) => ({
  ruleId: m.ruleId,
  severity: m.severity,
  message: m.message,
  line: m.line,
  column: m.column,
  endLine: m.endLine,
  endColumn: m.endColumn,
  offset: m.offset,
  endOffset: m.endOffset,
  actual: m.actual,
  suggestions: m.suggestions,
  fix: m.fix,
})
const snapshot = {}
for (const [id, result] of runCases(loadCases().cases, { createLinter })) snapshot[`eval:${id}`] = result.error ? { error: result.error } : result.messages.map(fields)

const linters = { default: createLinter({}), strict: createLinter({ extends: ['netiquette:strict'] }) }
for (const set of ['cs-replies-twcs', 'cs-replies-ibm-twitter-cdp', 'cs-replies-abcd-sample']) {
  const file = join(root, '..', 'shared', 'data', set, 'replies.jsonl')
  if (!existsSync(file)) continue
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, 3000)) {
    const record = JSON.parse(line)
    const context = { channel: record.channel ?? 'social', ...(typeof record.customer === 'string' ? { customer: { message: record.customer } } : {}) }
    for (const [name, linter] of Object.entries(linters)) {
      try {
        snapshot[`${set}:${record.id}:${name}`] = linter.lintSync(record.reply, context).messages.map(fields)
      } catch (error) {
        snapshot[`${set}:${record.id}:${name}`] = { error: String(error?.message ?? error) }
      }
    }
  }
}
writeFileSync(out, JSON.stringify(snapshot, null, 1))
const count = Object.values(snapshot).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0)
console.log(`${Object.keys(snapshot).length} entries, ${count} diagnostics -> ${out}`)

if (flag === '--diff') {
  const before = JSON.parse(readFileSync(baseline, 'utf8'))
  let differ = 0
  for (const key of new Set([...Object.keys(before), ...Object.keys(snapshot)])) {
    const a = JSON.stringify(before[key])
    const b = JSON.stringify(snapshot[key])
    if (a === b) continue
    if (++differ <= 40) console.log(`~ ${key}\n  before: ${a?.slice(0, 400)}\n  after:  ${b?.slice(0, 400)}`)
  }
  console.log(`${differ} of ${Object.keys(before).length} entries differ`)
  process.exitCode = differ ? 1 : 0
}
