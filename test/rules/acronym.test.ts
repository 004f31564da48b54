// `acronym` runs on its cases (rules/acronym/cases.ts, English and Turkish) through the RuleTester;
// the data and helper checks and option validation stay here.
import { describe, expect, it } from 'vitest'
import { ruleTester } from '../rule-tester.js'
import { cases } from '../../rules/acronym/cases.js'
import { createLinter } from '../../src/linter.js'
import { acronymData, looksLikeAcronym, pluralize } from '../../rules/acronym/lexicon.js'
import { findDefinitions } from '../../src/kit/acronym-definitions.js'

ruleTester.run('acronym', cases)

describe('acronym: data and helpers', () => {
  it('has at least 150 expansions and 60 known acronyms', () => {
    const data = acronymData()
    expect(Object.keys(data.expansions).length).toBeGreaterThanOrEqual(150)
    expect(Object.values(data.known).flat().length).toBeGreaterThanOrEqual(60)
    for (const [acr, list] of Object.entries(data.expansions)) expect(list.length, acr).toBeGreaterThan(0)
  })

  it('has at least 50 Turkish expansions', () => {
    expect(Object.keys(acronymData('tr').expansions).length).toBeGreaterThanOrEqual(50)
  })

  it('tells acronyms from words by their letters', () => {
    expect(['NPS', 'CRM', 'CSAT', 'RMA', 'NDA'].filter(looksLikeAcronym)).toEqual(['NPS', 'CRM', 'CSAT', 'RMA', 'NDA'])
    expect(['NOT', 'FREE', 'HELP', 'SOON', 'STOP', 'ALL'].filter(looksLikeAcronym)).toEqual([])
  })

  it('pluralizes expansions and finds definitions', () => {
    expect(pluralize('stock keeping unit')).toBe('stock keeping units')
    expect(pluralize('Net Promoter Score')).toBe('Net Promoter Scores')
    expect(pluralize('letter of authorization')).toBe('letter of authorizations')
    expect([...findDefinitions('a PlayStation Network (PSN) account and a TAT (turnaround time)').keys()]).toEqual(['PSN', 'TAT'])
  })
})

describe('acronym: options', () => {
  it('rejects a mistyped option when the linter is created', () => {
    expect(() => createLinter({ rules: { acronym: ['warn', { alow: ['SLA'] }] } })).toThrow(/acronym/)
  })
})
