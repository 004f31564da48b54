#!/usr/bin/env node
/**
 * `npm run eval`: lint the labelled evaluation set with the built package (every rule on) and
 * print, per rule, true/false positives, false negatives, precision, recall and the
 * false-positive rate on traps; Turkish cases (`language: "tr"`) get their own table.
 *
 *   node scripts/eval.mjs [--rule <id>] [--verbose] [--json <file>] [--check]
 *
 * --rule     only show misses for this rule (repeatable)
 * --verbose  list every miss with the text that fired (default: the first 8 per rule)
 * --json     also write the scores as JSON (no case text) for before/after comparisons
 * --check    exit 1 when a rule is under the floors (recall 0.9, precision 0.95, >= 5 positives)
 * --root     score another case folder laid out like test/eval (cases.jsonl and/or cases/*.jsonl),
 *            e.g. a blind batch before it joins the evaluation set
 */
import { writeFileSync, existsSync } from 'node:fs'
import { join, dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { loadCases, runCases, score, floorFailures, formatGroup, FLOORS, EVAL_ROOT } from './eval-lib.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const flag = (name) => args.includes(name)
const values = (name) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]] : []))

const entry = join(repo, 'dist', 'src', 'index.js')
if (!existsSync(entry)) {
  console.error('netiquette eval: dist/src/index.js is missing; run `npm run build` (npm run eval does it for you).')
  process.exit(2)
}
const { createLinter, ruleIds } = await import(pathToFileURL(entry).href)

const root = values('--root')[0] ? resolve(values('--root')[0]) : EVAL_ROOT
const { cases, errors, files } = loadCases(root)
const started = process.hrtime.bigint()
const results = runCases(cases, {
  createLinter,
  root,
  onError: (c, error) => console.error(`! ${c.id} (${c._where}) threw: ${error?.stack ?? error}`),
})
const ms = Number(process.hrtime.bigint() - started) / 1e6
const scored = score(cases, results, ruleIds)

console.log(`netiquette eval: ${cases.length} cases from ${files.length} files, ${ruleIds.length} rules known (${ruleIds.join(', ')}), linted in ${ms.toFixed(0)} ms`)
if (errors.length) {
  console.log(`\n${errors.length} malformed case line(s), skipped:`)
  for (const e of errors) console.log(`  ${e}`)
}
if (scored.errored.length) console.log(`\n${scored.errored.length} case(s) threw: ${scored.errored.join(', ')}`)

const byId = new Map(cases.map((c) => [c.id, c]))
const only = values('--rule')
const limit = flag('--verbose') ? Infinity : 8

for (const name of ['en', 'tr']) {
  const group = scored.groups[name]
  if (!group) continue
  console.log(`\n## ${name === 'en' ? 'English' : 'Turkish (language: "tr")'}: ${group.cases} cases, ${group.exemplary} exemplary (${group.exemplaryClean} with no finding at all)\n`)
  console.log(formatGroup(group))
  if (group.dirtyExemplary.length) {
    console.log(`\nExemplary replies with findings (${group.dirtyExemplary.length}): ${group.dirtyExemplary.slice(0, limit === Infinity ? undefined : 20).join('; ')}`)
  }
  const misses = Object.values(group.rules)
    .filter((s) => (s.fnIds.length || s.fpIds.length) && (only.length === 0 || only.includes(s.rule)))
    .sort((a, b) => a.rule.localeCompare(b.rule))
  if (misses.length) console.log('\nMisses (FN: expected, did not fire; FP: fired on a case that lists it in mustNot):')
  for (const s of misses) {
    console.log(`\n  ${s.rule}`)
    for (const id of s.fnIds.slice(0, limit)) console.log(`    FN ${id}: ${clip(byId.get(id).text, 110)}`)
    if (s.fnIds.length > limit) console.log(`    … ${s.fnIds.length - limit} more FN`)
    for (const id of s.fpIds.slice(0, limit)) {
      const hits = results.get(id).messages.filter((m) => m.ruleId === s.rule)
      console.log(`    FP ${id}: ${hits.map((m) => `“${clip(m.actual, 50)}” (${clip(m.message, 70)})`).join('; ')}`)
    }
    if (s.fpIds.length > limit) console.log(`    … ${s.fpIds.length - limit} more FP`)
  }
}

const pending = Object.entries(scored.pending).sort()
if (pending.length) {
  console.log(`\nCases naming rules the package does not know yet (not scored): ${pending.map(([r, n]) => `${r} ${n}`).join(', ')}`)
}

const failures = floorFailures(scored)
console.log(`\nFloors (rules with >= ${FLOORS.minPositives} positives): recall >= ${FLOORS.recall}, precision >= ${FLOORS.precision}: ${failures.length === 0 ? 'all pass' : `${failures.length} under`}`)
for (const f of failures) console.log(`  [${f.group}] ${f.message}`)

for (const file of values('--json')) {
  const slim = Object.fromEntries(Object.entries(scored.groups).map(([name, g]) => [name, { cases: g.cases, exemplary: g.exemplary, exemplaryClean: g.exemplaryClean, rules: g.rules }]))
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), cases: cases.length, ruleIds, groups: slim, pending: scored.pending, failures }, null, 1))
  console.log(`\nwrote ${file}`)
}

if (flag('--check') && (failures.length || errors.length)) process.exit(1)

function clip(s, n) {
  const one = String(s).replace(/\s+/g, ' ').trim()
  return one.length > n ? one.slice(0, n - 1) + '…' : one
}
