/**
 * Regular expressions written in a config (`pii.add.keys[].pattern`) run on every draft, so they
 * are held to the rule the built-in ones follow: compile, and no super-linear backtracking.
 *
 * The check uses scslre (the analysis behind eslint-plugin-regexp's no-super-linear-backtracking:
 * nested and adjacent quantifiers over the same characters) plus a check scslre does not make:
 * alternatives inside an unbounded repetition that can start with the same character
 * (`(a|a)*`, `(a|ab)*`), the classic exponential case. recheck was measured too: 200 ms to load
 * and 0.7 s to 10 s per pattern with its pure-JS backend, too slow for a CLI start. scslre and its
 * parser load in ~90 ms, and only when a config has patterns (required on first use, see yaml.ts).
 */
import { createRequire } from 'node:module'
import type * as Regexpp from '@eslint-community/regexpp'
import type * as Scslre from 'scslre'
import type * as Analysis from 'regexp-ast-analysis'

interface Tools {
  regexpp: typeof Regexpp
  scslre: typeof Scslre
  analysis: typeof Analysis
}

let tools: Tools | undefined
function load(): Tools {
  if (!tools) {
    const require = createRequire(import.meta.url)
    tools = { regexpp: require('@eslint-community/regexpp'), scslre: require('scslre'), analysis: require('regexp-ast-analysis') }
  }
  return tools
}

export const MAX_PATTERN_LENGTH = 500

/** A pattern shortened for an error message. */
export function shortPattern(pattern: string): string {
  return JSON.stringify(pattern.length > 40 ? `${pattern.slice(0, 40)}…` : pattern)
}

/**
 * Why `pattern` may not be used, or undefined when it may. `embed` places it in the regex the rule
 * builds (so a stray `)` cannot escape its group), `flags` are that regex's flags.
 */
export function patternProblem(pattern: string, embed: (p: string) => string = (p) => p, flags = ''): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`
  for (const source of [pattern, embed(pattern)]) {
    try {
      new RegExp(source, flags)
    } catch (error) {
      // V8 repeats the whole pattern in its message: keep only the reason after it.
      const reason = (error as Error).message.split(': ').pop() ?? 'invalid'
      return `is not a valid regular expression (${reason})`
    }
  }
  const { regexpp, scslre, analysis } = load()
  const ast = new regexpp.RegExpParser().parseLiteral(`/${embed(pattern).replace(/\//g, '\\/')}/${flags}`)
  // Move reports (a match retried at every position) are left out: rules place user patterns
  // after a lookbehind that stops a retry inside the same word.
  const reports = scslre.analyse(ast, { reportTypes: { Move: false } }).reports
  if (reports.length > 0) {
    const first = reports[0]!
    const quant = first.type === 'Trade' ? first.startQuant : first.quant
    return `can take ${first.exponential ? 'exponential' : 'polynomial'} time on some input (near ${shortPattern(quant.raw)}): make the repeated parts unable to match the same text`
  }
  const ambiguous = ambiguousRepetition(ast, regexpp, analysis)
  if (ambiguous) return `can take exponential time on some input (near ${shortPattern(ambiguous)}): alternatives inside a repetition must start with different characters`
  return undefined
}

/** An unbounded repetition holding alternatives that can begin with the same character. */
function ambiguousRepetition(ast: Regexpp.AST.RegExpLiteral, regexpp: typeof Regexpp, analysis: typeof Analysis): string | undefined {
  const flags = ast.flags
  let found: string | undefined
  const repeated = (node: Regexpp.AST.Node): boolean => {
    for (let p = node.parent; p; p = p.parent) if (p.type === 'Quantifier' && p.max === Infinity) return true
    return false
  }
  const check = (node: Regexpp.AST.Group | Regexpp.AST.CapturingGroup): void => {
    if (found || node.alternatives.length < 2 || !repeated(node)) return
    const firsts = node.alternatives.map((a) => analysis.getFirstConsumedChar(a, 'ltr', flags))
    for (let i = 0; i < firsts.length && !found; i++) {
      for (let j = i + 1; j < firsts.length && !found; j++) {
        const a = firsts[i]!
        const b = firsts[j]!
        if (a.empty || b.empty || !a.char.isDisjointWith(b.char)) found = node.raw
      }
    }
  }
  regexpp.visitRegExpAST(ast, { onGroupEnter: check, onCapturingGroupEnter: check })
  return found
}
