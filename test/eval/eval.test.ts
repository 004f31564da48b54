/**
 * Floors on the labelled evaluation set (issue 5): every rule with at least 5 positive cases keeps
 * recall >= 0.9 and precision >= 0.95, per language. Runs the TypeScript sources (no build needed);
 * `npm run eval` prints the full table from the built package.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createLinter, ruleIds } from '../../src/index.js'
// Plain JavaScript shared with scripts/eval.mjs (types in scripts/eval-lib.d.mts).
import { loadCases, runCases, score, checkFloor, FLOORS, CHANNELS, type Scored } from '../../scripts/eval-lib.mjs'

const loaded = loadCases()
const general = loaded.cases.filter((c) => c._where.startsWith('cases.jsonl'))
let scored: Scored

beforeAll(() => {
  const results = runCases(loaded.cases, { createLinter })
  scored = score(loaded.cases, results, ruleIds)
})

describe('evaluation set', () => {
  it('every case line is well-formed (JSON, required keys, known channel, unique id)', () => {
    expect(loaded.errors).toEqual([])
  })

  it('has at least 60 exemplary replies (mustNot: ["*"]) across industries and every channel', () => {
    const exemplary = general.filter((c) => c.mustNot.includes('*') && c.expect.length === 0)
    expect(exemplary.length).toBeGreaterThanOrEqual(60)
    for (const channel of CHANNELS) {
      expect(exemplary.filter((c) => (c.channel ?? 'email') === channel).length, channel).toBeGreaterThanOrEqual(6)
    }
  })

  it('exemplary email replies greet the customer by name (so they really are exemplary)', () => {
    for (const c of general.filter((x) => x.mustNot.includes('*') && (x.channel ?? 'email') === 'email')) {
      const parts = c.customer?.name?.split(' ') ?? []
      if (parts.length) expect(parts.some((part) => c.text.split('\n')[0]!.includes(part)), c.id).toBe(true)
    }
  })

  it('no case throws', () => {
    expect(scored.errored).toEqual([])
  })
})

describe.each(['en', 'tr'])('floors (%s): recall >= 0.9 and precision >= 0.95 for rules with >= 5 positives', (group) => {
  it.each([...ruleIds])('%s', (rule) => {
    const stats = scored.groups[group]?.rules[rule]
    const failure = checkFloor(stats, FLOORS)
    // The message names every missed case and every false positive, by id.
    if (failure) throw new Error(`[${group}] ${failure.message}`)
  })
})
