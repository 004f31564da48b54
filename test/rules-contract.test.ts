// Every rule folder is checked mechanically: metadata, docs, message fields, fixes, and the
// README's Incorrect/Correct examples run as tests (as remark-lint does), so docs can't drift.
import { describe, expect, it } from 'vitest'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { rules } from '../rules/index.js'
import { createLinter } from '../src/linter.js'
import type { Config, ReplyContext } from '../src/types.js'
import { root } from './build.js'

const folders = readdirSync(join(root, 'rules'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'rules', d.name, 'index.ts')))
  .map((d) => d.name)
  .sort()

const CASES_START = '<!-- netiquette:cases:start -->'
const CASES_END = '<!-- netiquette:cases:end -->'

interface Example {
  kind: 'incorrect' | 'correct'
  text: string
  context: ReplyContext & { template?: boolean }
  /** Extra linter config from `config={...}` before `context=` (e.g. a template corpus). */
  config?: Config
}

/**
 * Fenced blocks under `## Incorrect` / `## Correct`; an info string may carry `context={...}`.
 * The Examples section generated from a rule's cases.ts is left out: the RuleTester runs those cases.
 */
function examples(readme: string): Example[] {
  const out: Example[] = []
  let kind: Example['kind'] | undefined
  const from = readme.indexOf(CASES_START)
  const to = readme.indexOf(CASES_END)
  const lines = (from === -1 || to === -1 ? readme : readme.slice(0, from) + readme.slice(to + CASES_END.length)).split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    // eslint-disable-next-line regexp/no-super-linear-backtracking -- one line of a rule's README
    const heading = /^#{2,3}\s+(.*)$/.exec(line)
    if (heading) {
      const title = heading[1]!.toLowerCase()
      kind = title.startsWith('incorrect') ? 'incorrect' : title.startsWith('correct') ? 'correct' : undefined
      continue
    }
    // eslint-disable-next-line regexp/no-super-linear-backtracking -- one line of a rule's README
    const fence = /^```(\w*)\s*(.*)$/.exec(line)
    if (fence && kind) {
      const body: string[] = []
      for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!)
      const ctx = /context=(\{.*\})\s*$/.exec(fence[2] ?? '')
      const cfg = /config=(\{.*?\})(?=\s+context=|\s*$)/.exec(fence[2] ?? '')
      out.push({ kind, text: body.join('\n'), context: ctx ? JSON.parse(ctx[1]!) : {}, ...(cfg ? { config: JSON.parse(cfg[1]!) as Config } : {}) })
    }
  }
  return out
}

describe('rule folders', () => {
  it('rules/index.ts lists exactly the rule folders', () => {
    expect(rules.map((r) => r.meta.id).sort()).toEqual(folders)
  })

  for (const id of folders) {
    describe(id, () => {
      const rule = rules.find((r) => r.meta.id === id)!
      const readmePath = join(root, 'rules', id, 'README.md')

      it('has complete metadata', () => {
        expect(rule.meta.id).toBe(id)
        expect(rule.meta.description).toMatch(/\w{3}/)
        expect(['error', 'warning', 'info', 'off']).toContain(rule.meta.severity)
        expect(rule.meta.url).toMatch(new RegExp(`/rules/${id}/README\\.md$`))
        expect(rule.meta.languages.length).toBeGreaterThan(0)
      })

      it('has a README with Incorrect and Correct examples', () => {
        expect(existsSync(readmePath)).toBe(true)
        // Converted rules: the examples are generated from cases.ts (test/rule-docs.test.ts checks they are current).
        if (existsSync(join(root, 'rules', id, 'cases.ts'))) return expect(readFileSync(readmePath, 'utf8')).toContain(CASES_START)
        const found = examples(readFileSync(readmePath, 'utf8'))
        expect(found.some((e) => e.kind === 'incorrect')).toBe(true)
        expect(found.some((e) => e.kind === 'correct')).toBe(true)
      })

      it('README examples behave as documented, with well-formed messages and fixes', () => {
        const linter = createLinter({ rules: { [id]: rule.meta.severity === 'off' ? 'warn' : rule.meta.severity } })
        const templateLinter = createLinter({ rules: { [id]: rule.meta.severity === 'off' ? 'warn' : rule.meta.severity } }, { template: true })
        for (const example of examples(readFileSync(readmePath, 'utf8'))) {
          const { template, ...context } = example.context
          const severity = rule.meta.severity === 'off' ? 'warn' : rule.meta.severity
          const chosen = example.config ? createLinter({ ...example.config, rules: { [id]: severity } }, { template: Boolean(template) }) : template ? templateLinter : linter
          const result = chosen.lintSync(example.text, context)
          const mine = result.messages.filter((m) => m.ruleId === id)
          if (example.kind === 'correct') expect(mine, `correct example fired:\n${example.text}`).toEqual([])
          else expect(mine.length, `incorrect example did not fire:\n${example.text}`).toBeGreaterThan(0)
          for (const m of mine) {
            expect(m.url).toBe(rule.meta.url)
            expect(example.text.slice(m.offset, m.endOffset)).toBe(m.actual)
            if (m.fix) {
              expect(m.fix.offset).toBeGreaterThanOrEqual(0)
              expect(m.fix.endOffset).toBeLessThanOrEqual(example.text.length)
            }
          }
        }
      })
    })
  }
})
