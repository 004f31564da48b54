/**
 * Every regular expression the built code uses, for the recheck guard (test/regex-safety.test.ts)
 * and `node scripts/regex-patterns.mjs` (prints recheck's verdict on each).
 *
 * - Literals: every regex token of dist/src and dist/rules, found with acorn's tokenizer (a
 *   regex cannot tell a regex literal from a division or a string).
 * - Built at run time from word lists and config (`new RegExp(…)`): the global RegExp is wrapped
 *   while a fresh copy of the built library builds every rule (English and Turkish) and lints the
 *   evaluation drafts and a few hostile ones, so each expression is recorded as it is really built.
 *   A registry kept by hand would drift from the code; the wrapper cannot.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join, relative, resolve, dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { tokenizer, tokTypes } from 'acorn'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** @typedef {{ source: string, flags: string, where: string }} Pattern */

function* jsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* jsFiles(path)
    else if (name.endsWith('.js')) yield path
  }
}

/** Regex literals of the built library, with file:line (in dist). */
export function literalPatterns(dist = join(repo, 'dist')) {
  /** @type {Pattern[]} */
  const out = []
  for (const dir of ['src', 'rules']) {
    for (const file of jsFiles(join(dist, dir))) {
      const code = readFileSync(file, 'utf8')
      for (const token of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true })) {
        if (token.type === tokTypes.regexp) out.push({ source: token.value.pattern, flags: token.value.flags, where: `${relative(repo, file)}:${token.loc.start.line}` })
      }
    }
  }
  return out
}

/**
 * Expressions built with `new RegExp(…)` / `RegExp(…)` while the built library (imported fresh,
 * from a query-stamped URL so no cached module escapes the wrapper) builds and runs every rule.
 * @param {{ drafts: Array<{ text: string, context?: object, config?: object }> }} options
 */
export async function runtimePatterns({ drafts }, dist = join(repo, 'dist')) {
  /** @type {Map<string, Pattern>} */
  const seen = new Map()
  const Original = globalThis.RegExp
  const record = (args) => {
    const [pattern, flags] = args
    const source = pattern instanceof Original ? pattern.source : String(pattern)
    const f = flags === undefined ? (pattern instanceof Original ? pattern.flags : '') : String(flags)
    const key = `${f}/${source}`
    if (!seen.has(key)) seen.set(key, { source, flags: f, where: callerOf(new Error().stack) })
  }
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args)
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget)
    },
    apply(target, self, args) {
      record(args)
      return Reflect.apply(target, self, args)
    },
  })
  try {
    const lib = await import(`${pathToFileURL(join(dist, 'src', 'index.js')).href}`)
    // One linter per distinct config (the drafts share four): building a linter builds the same
    // expressions from the same config every time, and building it per draft was most of the run.
    const linters = new Map()
    for (const { text, context, config } of drafts) {
      const key = JSON.stringify(config ?? {})
      if (!linters.has(key)) linters.set(key, lib.createLinter({ extends: ['netiquette:strict'], ...(config ?? {}) }))
      const linter = linters.get(key)
      await linter.lint(text, context ?? {})
      await linter.fix(text, context ?? {})
    }
  } finally {
    globalThis.RegExp = Original
  }
  return [...seen.values()]
}

/**
 * Where the expression was built: the first stack frame outside this file. One in a dependency
 * (node_modules) is `third-party`: not this project's pattern to rewrite.
 */
function callerOf(stack = '') {
  const frame = stack
    .split('\n')
    .slice(1)
    .find((line) => line.includes('/') && !line.includes('regex-patterns'))
  // Node's own (`node:internal/deps/cjs-module-lexer`, when a CommonJS module loads meanwhile) are not ours either.
  if (!frame || frame.includes('/node_modules/') || frame.includes('node:internal/')) return 'third-party'
  // `    at fn (file:///…/x.js:12:5)` or `    at file:///…/x.js:12:5`
  const location = frame.trim().endsWith(')') ? frame.slice(frame.lastIndexOf('(') + 1, frame.lastIndexOf(')')) : frame.trim().slice(3)
  const parts = location.replace('file://', '').split(':')
  parts.pop()
  const line = parts.pop()
  return `${relative(repo, parts.join(':'))}:${line} (built)`
}

/** Unique by source and flags; the first place each was seen. */
export function unique(patterns) {
  const map = new Map()
  for (const p of patterns) if (!map.has(`${p.flags}/${p.source}`)) map.set(`${p.flags}/${p.source}`, p)
  return [...map.values()]
}

// ---------------------------------------------------------------------------------------------
// recheck verdicts, cached by source and flags

/** Committed cache of `safe` verdicts: sha1 of `flags/source` per recheck version. */
export const VERDICTS_FILE = join(repo, 'test', 'fixtures', 'regex-verdicts.json')
/** recheck options: a fixed seed so the fuzz checker gives the same verdict every run. */
export const RECHECK_OPTIONS = Object.freeze({ timeout: 10_000, randomSeed: 17 })

export function patternKey(p) {
  return createHash('sha1').update(`${p.flags}/${p.source}`).digest('hex').slice(0, 16)
}

export function loadVerdicts() {
  try {
    return JSON.parse(readFileSync(VERDICTS_FILE, 'utf8'))
  } catch {
    return { recheck: '', safe: [] }
  }
}

/** The drafts the run-time collection lints: every evaluation case, and each hostile input at 1 KB. */
export async function collectionDrafts() {
  const { loadCases, contextOf, templatePaths } = await import('./eval-lib.mjs')
  const { hostileInputs, draftFor, FORMATS } = await import('./hostile-inputs.mjs')
  const drafts = loadCases().cases.map((c) => {
    const templates = templatePaths(c)
    return { text: c.text, context: contextOf(c), config: { ...(c.config ?? {}), ...(templates.length ? { templates } : {}) } }
  })
  for (const input of hostileInputs()) for (const format of FORMATS) drafts.push(draftFor(input.make(1024), format))
  for (const input of hostileInputs()) drafts.push({ ...draftFor(input.make(1024), 'text'), config: { language: 'tr' } })
  return drafts
}

/** Every unique pattern of the built code (literals and run-time), third-party ones apart. */
export async function allPatterns(dist = join(repo, 'dist')) {
  const built = await runtimePatterns({ drafts: await collectionDrafts() }, dist)
  const ours = unique([...literalPatterns(dist), ...built.filter((p) => p.where !== 'third-party')])
  return { ours, thirdParty: built.filter((p) => p.where === 'third-party') }
}

// `node scripts/regex-patterns.mjs [--update]`: recheck every pattern, print the ones not safe;
// --update rewrites test/fixtures/regex-verdicts.json with the safe ones.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { checkSync } = await import('recheck')
  const { version } = JSON.parse(readFileSync(join(repo, 'node_modules', 'recheck', 'package.json'), 'utf8'))
  const cached = loadVerdicts()
  const known = new Set(cached.recheck === version ? cached.safe : [])
  const { ours, thirdParty } = await allPatterns()
  const safe = []
  let checked = 0
  const started = Date.now()
  for (const p of ours) {
    const key = patternKey(p)
    if (known.has(key)) {
      safe.push(key)
      continue
    }
    checked++
    const r = checkSync(p.source, p.flags, RECHECK_OPTIONS)
    if (r.status === 'safe') safe.push(key)
    else console.log(`${r.status}\t${r.complexity?.summary ?? r.error?.kind ?? ''}\t${p.where}\t/${p.source.slice(0, 160)}/${p.flags}${r.attack ? `\tattack: ${JSON.stringify(r.attack.pumps)}` : ''}`)
  }
  console.log(`${ours.length} patterns (${thirdParty.length} more built by dependencies, not checked); ${checked} checked in ${((Date.now() - started) / 1000).toFixed(1)} s; ${safe.length} safe`)
  if (process.argv.includes('--update')) {
    writeFileSync(VERDICTS_FILE, `${JSON.stringify({ recheck: version, safe: [...new Set(safe)].sort() }, null, 0)}\n`)
    console.log(`wrote ${relative(repo, VERDICTS_FILE)}`)
  }
}
