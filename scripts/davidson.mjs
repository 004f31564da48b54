#!/usr/bin/env node
/**
 * Profanity recall on the Davidson et al. (2017) labelled tweet sample in ../shared/data
 * (hate + offensive = positive, neither = negative). Prints recall, false positives on
 * "neither", and how many tweets were not read as English. Reads the data when present; the
 * tweets are never copied into the repo. Run after `npm run build`.
 *   node scripts/davidson.mjs [--rules profanity,insult] [--misses] [--fps]
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const file = join(repo, '..', 'shared', 'data', 'offensive-tweets-davidson', 'sample.jsonl')
if (!existsSync(file)) {
  process.stderr.write(`davidson: ${file} not found (the sample lives in ../shared/data)\n`)
  process.exit(2)
}
const args = process.argv.slice(2)
const ruleArg = args.indexOf('--rules')
const rules = ruleArg >= 0 ? String(args[ruleArg + 1]).split(',') : ['profanity']
const { createLinter } = await import(pathToFileURL(join(repo, 'dist', 'src', 'index.js')).href)
const linter = createLinter({ extends: ['netiquette:strict'] })
const records = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
let tp = 0,
  fn = 0,
  fp = 0,
  tn = 0,
  notEnglish = 0
const misses = [],
  fps = []
for (const r of records) {
  const res = await linter.lint(r.text, { channel: 'social' })
  if (res.language !== 'en') notEnglish++
  const hit = res.messages.some((m) => rules.includes(m.ruleId))
  const positive = r.metadata.label !== 'neither'
  if (positive && hit) tp++
  else if (positive) {
    fn++
    misses.push(r)
  } else if (hit) {
    fp++
    fps.push([r, res.messages.filter((m) => rules.includes(m.ruleId)).map((m) => r.text.slice(m.offset, m.endOffset))])
  } else tn++
}
const pos = tp + fn,
  neg = fp + tn
console.log(`rules: ${rules.join('+')}  recall ${(tp / pos).toFixed(3)} (${tp}/${pos})  false positives on "neither" ${fp}/${neg}  not read as English ${notEnglish}/${records.length}`)
if (args.includes('--misses')) for (const r of misses) console.log(`MISS ${r.id} [${r.metadata.label}] ${r.text.replace(/\s+/g, ' ').slice(0, 160)}`)
if (args.includes('--fps')) for (const [r, words] of fps) console.log(`FP ${r.id} ${JSON.stringify(words)} ${r.text.replace(/\s+/g, ' ').slice(0, 160)}`)
