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
import { readFileSync, readdirSync, statSync } from 'node:fs'
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
    for (const { text, context, config } of drafts) {
      const linter = lib.createLinter({ extends: ['netiquette:strict'], ...(config ?? {}) })
      await linter.lint(text, context ?? {})
      await linter.fix(text, context ?? {})
    }
  } finally {
    globalThis.RegExp = Original
  }
  return [...seen.values()]
}

/** The first stack frame inside dist: where the expression was built. */
function callerOf(stack = '') {
  const frame = stack.split('\n').find((line) => line.includes('/dist/') && !line.includes('regex-patterns'))
  if (!frame) return '(run time)'
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
