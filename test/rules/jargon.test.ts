// `jargon` runs on its cases (rules/jargon/cases.ts, English and Turkish) through the RuleTester;
// the data checks (glossary size, every retext-simplify pair accounted for), the interplay with
// verbosity and option validation stay here.
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/jargon/cases.js'
import { only } from '../helpers.js'
import { createLinter } from '../../src/linter.js'
import { jargonData } from '../../rules/jargon/lexicon.js'
// retext-simplify's pair list is not an exported entry point: read the file itself.
import { patterns } from '../../node_modules/retext-simplify/lib/patterns.js'

ruleTester.run('jargon', cases)

describe('jargon: data', () => {
  it('has at least 150 glossary terms, each with a plain alternative', () => {
    const glossary = jargonData().glossary
    expect(Object.keys(glossary).length).toBeGreaterThanOrEqual(150)
    for (const [term, entry] of Object.entries(glossary)) expect(entry.plain.length, term).toBeGreaterThan(0)
  })

  it('accounts for every retext-simplify pair: kept (with attribution) or off with a reason', () => {
    const { keep, off } = jargonData().wordy
    // Our own phrases are marked `from: "netiquette"` (and listed in the README).
    const own = Object.entries(keep).filter(([, entry]) => entry.from === 'netiquette')
    expect(own.map(([phrase]) => phrase)).toEqual(['subsequent to', 'further to your'])
    const kept = new Set(
      Object.entries(keep)
        .filter(([, entry]) => entry.from !== 'netiquette')
        .map(([phrase, entry]) => entry.from ?? phrase),
    )
    for (const key of Object.keys(patterns)) expect(kept.has(key) || typeof off[key] === 'string', key).toBe(true)
    for (const key of kept) expect(Object.keys(patterns), key).toContain(key)
    for (const entry of Object.values(keep)) expect(entry.plain).not.toContain('soon')
  })

  it('has at least 50 Turkish entries', () => {
    const data = jargonData('tr')
    expect(Object.keys(data.glossary).length + Object.keys(data.wordy.keep).length).toBeGreaterThanOrEqual(50)
  })
})

describe('jargon (Turkish): one rule per formula (blind draft)', () => {
  it('leaves the wrapper formula “Bilgilerinize sunarız.” to verbosity', () => {
    const text = 'Merhaba Nur Hanım,\n\nSiparişiniz bugün kargoya verildi.\n\nBilgilerinize sunarız.\n\nSaygılarımızla,\nEvim'
    expect(only('jargon', text, { channel: 'email', language: 'tr' })).toEqual([])
    expect(only('verbosity', text, { channel: 'email', language: 'tr' }).map((m) => [m.ruleId, m.actual])).toEqual([['verbosity', 'Bilgilerinize sunarız.']])
  })
})

describe('jargon: options', () => {
  it('rejects an added term without its plain words when the linter is created', () => {
    expect(() => createLinter({ rules: { jargon: ['warn', { add: { 'gold lane': { fix: true } } }] } })).toThrow(/jargon/)
  })
})
