#!/usr/bin/env node
/**
 * `npm run audit`: lint the real data in ../shared/data (when present) with every rule on and print,
 * per rule, how often it fires and a sample of hits with context, for a person to judge.
 *
 * 1. Real agent replies (IBM Twitter CDP, TWCS, ABCD sample), each with its context: channel and
 *    the customer message it answers (`customer.message`). Each reply is linted with and without
 *    that context; findings that only appear with it are listed per rule.
 * 2. The 300 abusive customer messages as `customer.message` for neutral replies of our own, and
 *    quoted (`> …`) inside an e-mail reply: words that appear only in the customer's message must
 *    never fire. The count of such findings is printed (it must be 0).
 * 3. The 159 canned templates in template mode (placeholders legitimate, template-only rules on).
 *
 *   node scripts/audit.mjs [--rule <id>]... [--samples <n>] [--all] [--json <file>] [--compare <file>] [--data <dir>]
 *
 * --rule     only print samples for these rules      --samples  samples per rule (default 10)
 * --all      print every hit of the selected rules   --json     write the rates (no text) as JSON
 * --data     data folder (default ../shared/data, or NETIQUETTE_DATA)
 * --compare  an earlier --json output: adds its per-1k rates as a "before" column
 *
 * The judged real-reply set (test/eval/judged/<rule>.jsonl, see test/eval/README.md):
 * --judge <rule>     print a seeded sample of that rule's findings on the ibm and twcs replies, each with its
 *                    key, reply and customer message, for verdicts (repeatable; only section 1 runs)
 * --seed <n>         the sample's seed (default 1)    --n <count>  findings per sample (default 40)
 * --out <file>       write the --judge sample there instead of stdout
 * --blind            leave earlier verdicts out of the --judge sample (a judge must not see them)
 * --unjudged         sample only findings that have no verdict yet (fresh judging, no re-judging)
 * --record <file>    merge verdicts (`<key> <TP|FP|debatable> <note>` a line) into test/eval/judged/ and exit
 * Every other run prints per-rule precision on the judged findings that still fire, next to the hit rates.
 *
 * The data's licences differ (TWCS is CC BY-NC-SA): this script only reads it; never copy its text
 * into the repository (write traps in your own words).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { JUDGED_SETS, findingKey, loadJudged, precisionByRule, readVerdicts, recordVerdicts, seededSample } from './audit-judged.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const flag = (name) => args.includes(name)
const values = (name) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]] : []))
const data = resolve(values('--data')[0] ?? process.env.NETIQUETTE_DATA ?? join(repo, '..', 'shared', 'data'))

if (!existsSync(data)) {
  console.log(`netiquette audit: no real data at ${data} (../shared/data); nothing to audit.`)
  process.exit(0)
}
const entry = join(repo, 'dist', 'src', 'index.js')
if (!existsSync(entry)) {
  console.error('netiquette audit: dist/src/index.js is missing; run `npm run build` (npm run audit does it for you).')
  process.exit(2)
}
const JUDGED_DIR = join(repo, 'test', 'eval', 'judged')
const SEED = Number(values('--seed')[0] ?? 1)
if (values('--record').length) {
  for (const file of values('--record')) {
    let verdicts
    try {
      verdicts = readVerdicts(file)
    } catch (error) {
      console.error(`netiquette audit: ${error.message}`)
      process.exit(2)
    }
    for (const line of recordVerdicts(JUDGED_DIR, verdicts, values('--seed')[0] !== undefined ? SEED : undefined)) console.log(`recorded ${line}`)
  }
  process.exit(0)
}
const { createLinter, ruleIds, ruleMeta } = await import(pathToFileURL(entry).href)
const JUDGE = values('--judge')

const SAMPLES = Number(values('--samples')[0] ?? 10)
const ONLY = values('--rule')
/** Real agents are mostly polite: every hit of these rules is worth reading. */
const READ_ALL = new Set(['profanity', 'insult', 'pii'])
/** Rules that read `customer.message` by design (may fire only with context). */
const CONTEXT_RULES = new Set(['empathy'])

const readJsonl = (file) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l))
    : []

const SETS = [
  ['ibm', 'cs-replies-ibm-twitter-cdp/replies.jsonl'],
  ['twcs', 'cs-replies-twcs/replies.jsonl'],
  ['abcd', 'cs-replies-abcd-sample/replies.jsonl'],
]
const replies = SETS.flatMap(([set, file]) => readJsonl(join(data, file)).map((r) => ({ ...r, set })))
const abusive = readJsonl(join(data, 'abusive-customer-messages/messages.jsonl'))
const templates = readJsonl(join(data, 'canned-templates/templates.jsonl'))

const linter = createLinter({ extends: ['netiquette:strict'] })
console.log(`netiquette audit: ${replies.length} replies, ${abusive.length} abusive customer messages, ${templates.length} templates; ${ruleIds.length} rules on (${ruleIds.join(', ')})`)

// ---------------------------------------------------------------------------------------------
// 1. Real replies with their context
const started = process.hrtime.bigint()
const perSet = Object.fromEntries(SETS.map(([s]) => [s, replies.filter((r) => r.set === s).length]))
const stats = new Map() // rule -> { replies, hits, bySet: {set: replies}, contextOnly }
const hitsByRule = new Map()
const stat = (rule) => {
  if (!stats.has(rule)) stats.set(rule, { replies: 0, hits: 0, bySet: {}, contextOnly: 0 })
  return stats.get(rule)
}
let crashed = 0
const judgeable = [] // findings on the judged sets (ibm, twcs), each with its verdict key
for (const r of replies) {
  const context = contextOfReply(r)
  let withContext
  let bare
  try {
    withContext = linter.lintSync(r.reply, context)
    bare = linter.lintSync(r.reply, { channel: context.channel, followup: context.followup })
  } catch (error) {
    crashed++
    if (crashed <= 5) console.error(`! ${r.id} threw: ${error?.stack ?? error}`)
    continue
  }
  const bareKeys = new Set(bare.messages.map(key))
  const seen = new Set()
  for (const m of withContext.messages) {
    const s = stat(m.ruleId)
    s.hits++
    if (!bareKeys.has(key(m))) s.contextOnly++
    if (!seen.has(m.ruleId)) {
      seen.add(m.ruleId)
      s.replies++
      s.bySet[r.set] = (s.bySet[r.set] ?? 0) + 1
    }
    if (!hitsByRule.has(m.ruleId)) hitsByRule.set(m.ruleId, [])
    const hit = { id: r.id, set: r.set, text: r.reply, m, customer: r.customer }
    if (JUDGED_SETS.has(r.set)) {
      hit.key = findingKey(r.set, r.id, m)
      hit.rule = m.ruleId
      judgeable.push(hit)
    }
    hitsByRule.get(m.ruleId).push(hit)
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9

console.log(
  `\n## 1. Real replies (${replies.length}: ${Object.entries(perSet)
    .map(([s, n]) => `${s} ${n}`)
    .join(', ')}), linted with and without context in ${seconds.toFixed(1)} s${crashed ? `; ${crashed} threw` : ''}\n`,
)
const before = values('--compare')[0] ? JSON.parse(readFileSync(values('--compare')[0], 'utf8')) : undefined
const rows = [['rule', 'default', 'replies', 'per 1k', ...(before ? ['before/1k'] : []), 'hits', ...SETS.map(([s]) => `${s}/1k`), 'ctx-only']]
for (const rule of [...ruleIds].sort()) {
  const s = stats.get(rule) ?? { replies: 0, hits: 0, bySet: {}, contextOnly: 0 }
  rows.push([
    rule,
    ruleMeta?.[rule]?.severity ?? '',
    s.replies,
    per1k(s.replies, replies.length),
    ...(before ? [before.rules?.[rule] ? before.rules[rule].per1k.toFixed(1) : '—'] : []),
    s.hits,
    ...SETS.map(([set]) => per1k(s.bySet[set] ?? 0, perSet[set])),
    s.contextOnly,
  ])
}
console.log(table(rows))
console.log('\n(replies: replies with at least one hit; per 1k: of all replies; ctx-only: hits that appear only when the customer message is given)')

const judged = loadJudged(JUDGED_DIR)
const precision = precisionByRule(judgeable, judged)
printPrecision(precision, judgeable.length ? replies.filter((r) => JUDGED_SETS.has(r.set)).length : 0)
if (JUDGE.length) {
  const out = []
  for (const rule of JUDGE) {
    const pool = judgeable.filter((h) => h.rule === rule && !(flag('--unjudged') && judged.has(h.key)))
    const picked = seededSample(pool, Number(values('--n')[0] ?? 40), SEED)
    out.push(`# ${rule}: ${picked.length} of ${pool.length} ${flag('--unjudged') ? 'unjudged ' : ''}findings on ibm+twcs, seed ${SEED}`)
    out.push(`# verdict lines: <key> <TP|FP|debatable> <note in your own words>; record with --record <file> --seed ${SEED}`)
    for (const h of picked) {
      const earlier = flag('--blind') ? undefined : judged.get(h.key)
      out.push('', `${h.key}${earlier ? `   (judged ${earlier.verdict}: ${earlier.note})` : ''}`)
      out.push(`  finding: ${h.m.message}${h.m.expected?.length ? ` → ${h.m.expected.slice(0, 3).join(' | ')}` : ''}`)
      out.push(`  customer: ${clip(h.customer ?? '(none)', 600)}`)
      out.push(`  reply:    ${around(h.text, h.m.offset, h.m.endOffset, 1000)}`)
    }
  }
  const file = values('--out')[0]
  if (file) {
    writeFileSync(file, out.join('\n') + '\n')
    console.log(`\nwrote the sample to ${file}`)
  } else console.log('\n' + out.join('\n'))
  process.exit(0)
}

for (const rule of [...hitsByRule.keys()].sort()) {
  if (ONLY.length && !ONLY.includes(rule)) continue
  const hits = hitsByRule.get(rule)
  const limit = flag('--all') ? hits.length : READ_ALL.has(rule) ? Math.max(SAMPLES, 100) : SAMPLES
  const picked = spread(hits, limit)
  console.log(`\n### ${rule}: ${hits.length} hits${picked.length < hits.length ? `, ${picked.length} shown` : ''}`)
  for (const h of picked) {
    console.log(`  ${h.id.padEnd(22)} ${around(h.text, h.m.offset, h.m.endOffset)}`)
    console.log(`  ${''.padEnd(22)} → ${clip(h.m.message, 150)}`)
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Abusive customer messages as context: words only in the customer's message never fire
const NEUTRAL = [
  { channel: 'social', text: "@customer We're sorry for the trouble. Could you send us a direct message with the email address on your account? We'll look into it today." },
  { channel: 'social', text: '@customer Sorry about this, and thanks for telling us. Please send us a direct message with your order number so we can check it for you.' },
  { channel: 'social', text: "@customer We hear you, and we're sorry. Our team is looking into it now, and we'll reply here by 5 pm today." },
  { channel: 'chat', text: "I'm sorry for the trouble, and thank you for your patience. I've checked your account and I can fix this now. Could you confirm your postcode for me?" },
]
const neutralBaseline = NEUTRAL.map((n) => new Set(linter.lintSync(n.text, { channel: n.channel, followup: true }).messages.map(key)))
let leaks = 0
let contextFindings = 0
const contextByRule = {}
const leakSamples = []
abusive.forEach((a, i) => {
  const n = NEUTRAL[i % NEUTRAL.length]
  // (a) the abusive message as the message being answered
  const result = linter.lintSync(n.text, { channel: n.channel, followup: true, customer: { message: a.text } })
  for (const m of result.messages) {
    if (neutralBaseline[i % NEUTRAL.length].has(key(m))) continue
    contextFindings++
    contextByRule[m.ruleId] = (contextByRule[m.ruleId] ?? 0) + 1
    if (!CONTEXT_RULES.has(m.ruleId)) {
      leaks++
      leakSamples.push(`${a.id} [${m.ruleId}] ${clip(m.message, 100)}`)
    }
  }
  // (b) the abusive message quoted in an e-mail reply: nothing inside the quote may fire
  const quote = a.text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n')
  const email = `Hi Sam,\n\n${quote}\n\nI'm sorry for the trouble, and thank you for telling us. I've fixed the problem on your account today.\n\nKind regards,\nAlex\nSupport Team`
  const quoted = linter.lintSync(email, { channel: 'email', customer: { name: 'Sam Lee', message: a.text } })
  const quoteEnd = email.indexOf("\n\nI'm sorry")
  for (const m of quoted.messages) {
    if (m.offset < quoteEnd && m.endOffset > 'Hi Sam,\n\n'.length) {
      leaks++
      leakSamples.push(`${a.id} (quoted) [${m.ruleId}] “${clip(m.actual, 40)}”`)
    }
  }
})
console.log(`\n## 2. Abusive customer messages (${abusive.length}) as context for neutral replies, and quoted in an e-mail`)
console.log(`Findings caused by the customer's words (must be 0): ${leaks}`)
console.log(
  `Findings that appear only with the context, by rule (expected only for ${[...CONTEXT_RULES].join(', ')}): ${
    Object.entries(contextByRule)
      .map(([r, n]) => `${r} ${n}`)
      .join(', ') || 'none'
  } (${contextFindings} in all)`,
)
for (const s of leakSamples.slice(0, 20)) console.log(`  ${s}`)

// ---------------------------------------------------------------------------------------------
// 3. Canned templates in template mode
const records = templates.map((t) => ({ id: t.id, title: t.title, body: t.body }))
let templateLinter
try {
  templateLinter = createLinter({ extends: ['netiquette:strict'], templates: records }, { template: true })
} catch (error) {
  console.log(`\n(template corpus not accepted by this build: ${error.message}; linting templates without it)`)
  templateLinter = createLinter({ extends: ['netiquette:strict'] }, { template: true })
}
const tStats = new Map()
const tHits = new Map()
const byLocale = {}
for (const t of templates) {
  const locale = t.metadata?.locale ?? 'en'
  byLocale[locale] = (byLocale[locale] ?? 0) + 1
  const format = /<(p|br|div|html|table|ul|ol|li|h\d)\b/i.test(t.body) && t.metadata?.kind?.startsWith('helpdesk') ? 'html' : 'markdown'
  let result
  try {
    // `path` is the template's id: corpus rules (near-duplicate, copy-paste) leave the template itself out.
    result = templateLinter.lintSync(t.body, { channel: 'email', format, path: t.id, language: locale === 'en' ? 'en' : 'auto' })
  } catch (error) {
    console.error(`! template ${t.id} threw: ${error?.message ?? error}`)
    continue
  }
  const seen = new Set()
  for (const m of result.messages) {
    const s = tStats.get(m.ruleId) ?? { templates: 0, hits: 0, en: 0 }
    s.hits++
    if (!seen.has(m.ruleId)) {
      seen.add(m.ruleId)
      s.templates++
      if (locale === 'en') s.en++
    }
    tStats.set(m.ruleId, s)
    if (!tHits.has(m.ruleId)) tHits.set(m.ruleId, [])
    tHits.get(m.ruleId).push({ id: t.id, text: t.body, m })
  }
}
console.log(
  `\n## 3. Canned templates (${templates.length}: ${Object.entries(byLocale)
    .map(([l, n]) => `${l} ${n}`)
    .join(', ')}) in template mode\n`,
)
const tRows = [['rule', 'templates', 'per 1k', 'en templates', 'hits']]
for (const rule of [...ruleIds].sort()) {
  const s = tStats.get(rule) ?? { templates: 0, hits: 0, en: 0 }
  tRows.push([rule, s.templates, per1k(s.templates, templates.length), s.en, s.hits])
}
console.log(table(tRows))
for (const rule of [...tHits.keys()].sort()) {
  if (ONLY.length && !ONLY.includes(rule)) continue
  const hits = tHits.get(rule)
  const picked = spread(hits, flag('--all') ? hits.length : Math.min(SAMPLES, 6))
  console.log(`\n### ${rule} (templates): ${hits.length} hits${picked.length < hits.length ? `, ${picked.length} shown` : ''}`)
  for (const h of picked) console.log(`  ${h.id.padEnd(34)} ${around(h.text, h.m.offset, h.m.endOffset)}  → ${clip(h.m.message, 100)}`)
}

for (const file of values('--json')) {
  const out = {
    date: new Date().toISOString(),
    replies: replies.length,
    perSet,
    rules: Object.fromEntries(
      [...ruleIds].sort().map((r) => {
        const s = stats.get(r) ?? { replies: 0, hits: 0, bySet: {}, contextOnly: 0 }
        return [r, { ...s, per1k: Number(per1k(s.replies, replies.length)) }]
      }),
    ),
    abusive: { messages: abusive.length, leaks, contextByRule },
    judged: Object.fromEntries([...precision.entries()].map(([r, p]) => [r, { ...p, seeds: [...p.seeds] }])),
    templates: Object.fromEntries([...tStats.entries()]),
  }
  writeFileSync(file, JSON.stringify(out, null, 1))
  console.log(`\nwrote ${file}`)
}

// ---------------------------------------------------------------------------------------------
function contextOfReply(r) {
  const context = { channel: r.channel ?? 'social' }
  if (r.customer) context.customer = { message: r.customer }
  // A chat turn after the agent's first message continues the conversation.
  const previous = r.metadata?.context
  if (Array.isArray(previous) && previous.some((t) => t.role === 'agent')) context.followup = true
  return context
}
/** Per-rule precision on the judged findings that still fire (TP/(TP+FP); debatable apart). */
function printPrecision(rows, total) {
  const compared = before?.judged
  const head = ['rule', 'findings', 'per 1k', 'judged', 'TP', 'FP', 'debatable', 'precision', ...(compared ? ['before'] : []), 'unjudged', 'gone TP', 'gone FP', 'seeds']
  const body = [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([rule, p]) => [
      rule,
      p.findings,
      per1k(stats.get(rule)?.replies ?? 0, replies.length),
      p.judged,
      p.TP,
      p.FP,
      p.debatable,
      p.precision === null ? '—' : p.precision.toFixed(2),
      ...(compared ? [compared[rule]?.precision == null ? '—' : compared[rule].precision.toFixed(2)] : []),
      p.unjudged,
      p.goneTP,
      p.goneFP,
      [...p.seeds].sort().join(',') || '—',
    ])
  console.log(`\n### Precision on the judged real-reply set (test/eval/judged; ${total} ibm+twcs replies)\n`)
  console.log(table([head, ...body]))
  console.log('(findings: current findings on ibm+twcs; judged: of those, with a verdict; gone TP/FP: judged findings that no longer fire)')
}
function key(m) {
  return `${m.ruleId}@${m.offset}-${m.endOffset}`
}
function per1k(n, total) {
  return total ? ((1000 * n) / total).toFixed(1) : '—'
}
/** Up to `n` items spread evenly over the list (deterministic, not only the first ones). */
function spread(list, n) {
  if (list.length <= n) return list
  const step = list.length / n
  return Array.from({ length: n }, (_, i) => list[Math.floor(i * step)])
}
/** The hit in [[ ]] with ~60 characters either side, on one line. */
function around(text, start, end, width = 60) {
  const before = text.slice(Math.max(0, start - width), start)
  const after = text.slice(end, end + width)
  const one = (s) => s.replace(/\r?\n/g, '⏎').replace(/\s+/g, ' ')
  let hit = one(text.slice(start, end))
  if (hit.length > 140) hit = `${hit.slice(0, 90)} … ${hit.slice(-40)}`
  return `${start > width ? '…' : ''}${one(before)}[[${hit}]]${one(after)}${end + width < text.length ? '…' : ''}`
}
function clip(s, n) {
  const one = String(s).replace(/\s+/g, ' ').trim()
  return one.length > n ? one.slice(0, n - 1) + '…' : one
}
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)))
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ')
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n')
}
