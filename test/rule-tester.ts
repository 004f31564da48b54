/**
 * RuleTester, as ESLint's: `ruleTester.run('shouting', cases)` turns `rules/<id>/cases.ts` into
 * vitest tests. Every case is linted through the real `createLinter` with only that rule on (at its
 * default severity) and every other rule off, so severities, `allow`, disable comments and language
 * gating behave as users see them. For every case it checks:
 *
 * - valid: no finding of the rule;
 * - invalid: exactly `errors.length` findings, each with its messageId (declared in `meta.messages`),
 *   line, column, endLine (when given), endColumn, suggestions (exactly, when given), message (when
 *   `message` or `data` is given), `actual === text.slice(offset, endOffset)`, the rule's `url`, and
 *   no `{{placeholder}}` left unfilled;
 * - fixes: a case whose findings carry a fix must pin `output` (the text after `fixSync`); a case
 *   with `output` gets exactly it; fixing the output again changes nothing (idempotent).
 */
import { describe, expect, it } from 'vitest'
import { createLinter, type Linter } from '../src/linter.js'
import { caseConfig, formatMessage, type RuleCases, type RuleModule, type ValidCase } from '../src/rule.js'
import type { Diagnostic } from '../src/types.js'
import { rules } from '../rules/index.js'

const allIds = rules.map((r) => r.meta.id)

/** The rule module registered under `id` (rules/index.ts). */
export function ruleById(id: string): RuleModule {
  const rule = rules.find((r) => r.meta.id === id)
  if (!rule) throw new Error(`RuleTester: no rule "${id}" in rules/index.ts (run npm run rules:index)`)
  return rule
}

/** One linter per distinct config (options, config, template): building one runs the rule's `prepare`. */
function linterFor(rule: RuleModule, c: ValidCase<unknown>, cache: Map<string, Linter>): Linter {
  const config = caseConfig(rule.meta, allIds, c)
  const key = JSON.stringify([config, Boolean(c.template)])
  let linter = cache.get(key)
  if (!linter) cache.set(key, (linter = createLinter(config, { template: Boolean(c.template) })))
  return linter
}

/** The test title: the case's name, or its first line. */
function title(c: ValidCase<unknown>): string {
  if (c.name) return c.name
  const first = c.text.split('\n').find((l) => l.trim() !== '') ?? c.text
  return JSON.stringify(first.length > 70 ? `${first.slice(0, 70)}…` : first)
}

function lint(rule: RuleModule, c: ValidCase<unknown>, cache: Map<string, Linter>): Diagnostic[] {
  const result = linterFor(rule, c, cache).lintSync(c.text, c.context ?? {})
  return result.messages.filter((m) => m.ruleId === rule.meta.id)
}

export const ruleTester = {
  run<Options>(id: string, cases: RuleCases<Options>): void {
    const rule = ruleById(id)
    const cache = new Map<string, Linter>()
    const messages = rule.meta.messages ?? {}

    describe(`${id} (RuleTester)`, () => {
      it('declares its messages and has valid and invalid cases', () => {
        expect(Object.keys(messages).length, `${id}: meta.messages is empty`).toBeGreaterThan(0)
        expect(cases.valid.length).toBeGreaterThan(0)
        expect(cases.invalid.length).toBeGreaterThan(0)
      })

      describe('valid', () => {
        for (const c of cases.valid) {
          it(title(c), () => {
            expect(lint(rule, c, cache)).toEqual([])
          })
        }
      })

      describe('invalid', () => {
        for (const c of cases.invalid) {
          it(title(c), () => {
            const found = lint(rule, c, cache)
            const shown = found.map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.messageId ?? '?'} ${JSON.stringify(d.actual)}`)
            expect(found.length, `findings:\n${shown.join('\n')}`).toBe(c.errors.length)
            c.errors.forEach((want, i) => {
              const got = found[i]!
              const where = `error ${i + 1} (${shown[i]})`
              expect(Object.hasOwn(messages, want.messageId), `${where}: "${want.messageId}" is not in meta.messages`).toBe(true)
              expect(got.messageId, where).toBe(want.messageId)
              expect([got.line, got.column, got.endColumn], `${where}: line, column, endColumn`).toEqual([want.line, want.column, want.endColumn])
              if (want.endLine !== undefined) expect(got.endLine, `${where}: endLine`).toBe(want.endLine)
              if (want.suggestions !== undefined) expect(got.suggestions, `${where}: suggestions`).toEqual(want.suggestions)
              if (want.data !== undefined) expect(got.message, `${where}: message from data`).toBe(formatMessage(messages[want.messageId]!, want.data))
              if (want.message !== undefined) expect(got.message, `${where}: message`).toBe(want.message)
              // The template's own {{placeholders}} must all be filled; a draft's merge tag quoted in the message is not one.
              for (const [slot] of messages[want.messageId]!.matchAll(/\{\{\s*[\w.-]+\s*\}\}/g)) expect(got.message, `${where}: unfilled placeholder`).not.toContain(slot)
              expect(got.actual, `${where}: actual`).toBe(c.text.slice(got.offset, got.endOffset))
              expect(got.url, `${where}: url`).toBe(rule.meta.url)
            })

            const fixable = found.some((d) => d.fix !== undefined)
            if (fixable && c.output === undefined) expect.fail('a finding has a fix: pin the fixed text with `output`')
            if (c.output !== undefined) {
              const linter = linterFor(rule, c, cache)
              const output = linter.fixSync(c.text, c.context ?? {})
              expect(output, 'output').toBe(c.output)
              expect(linter.fixSync(output, c.context ?? {}), 'fixing the output again changes nothing').toBe(output)
            }
          })
        }
      })
    })
  },
}
