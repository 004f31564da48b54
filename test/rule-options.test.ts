/**
 * Issue 18: every rule declares an options schema; wrong options are one clear error naming the
 * config file and key, never an internal TypeError from inside a rule; user regex patterns are
 * checked for validity and super-linear backtracking.
 */
import { describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { rules } from '../rules/index.js'
import { createLinter } from '../src/linter.js'
import { UsageError } from '../src/errors.js'
import { loadConfigFile } from '../src/config/load.js'
import { check, type Schema } from '../src/config/schema.js'
import { patternProblem } from '../src/config/user-regex.js'
import type { Config } from '../src/types.js'

/** Values of every JSON type (and a few shapes) to put where an option goes. */
const VALUES: unknown[] = [null, 5, -1, 0.5, 1e9, '', 'x', true, false, [], [5], ['x'], [null], [{}], {}, { a: 1 }, { a: 'x' }, { a: ['x'] }, { a: null }]

const DRAFT = 'Hi Maria,\n\nSorry, that crap courier lost it. Your code is 483920 and the card 4111 1111 1111 1111 is on file. I WILL FIX IT ASAP!!\n\nBest regards,\nSam\n'
const TEMPLATE = { id: 'shipping/lost', body: 'Hi {{first_name}},\n\nSorry, the courier lost your parcel. We are sending a replacement today, tracked by {{carrier}}.\n\nBest regards,\n{{agent}}' }

function keysOf(schema: Schema): string[] {
  return 'anyOf' in schema || schema.type !== 'object' ? [] : Object.keys(schema.properties ?? {})
}

describe('rule option schemas', () => {
  it('every rule declares an object schema for its options', () => {
    for (const rule of rules) {
      const schema = rule.meta.schema as Schema
      expect('anyOf' in schema ? 'anyOf' : schema.type, rule.meta.id).toBe('object')
    }
  })

  // One case per rule, option key (or a made-up key for rules without options) and value: about 2,000.
  const cases = rules.flatMap((rule) => [...keysOf(rule.meta.schema), 'ignroe'].flatMap((key) => VALUES.map((value) => ({ id: rule.meta.id, key, value }))))

  it(`none of ${cases.length} wrong- or right-typed options throws anything but a UsageError naming the key`, () => {
    expect(cases.length).toBeGreaterThan(1000)
    let rejected = 0
    for (const { id, key, value } of cases) {
      const options = { [key]: value }
      const config: Config = { rules: { [id]: ['error', options] as never }, templates: [TEMPLATE] }
      const valid = check(options, rules.find((r) => r.meta.id === id)!.meta.schema, `rules.${id}[1]`) === undefined
      let error: unknown
      try {
        const linter = createLinter(config)
        linter.lintSync(DRAFT, { customer: { name: 'Maria Lopez', message: 'Where is my parcel?? This is ridiculous.' } })
        createLinter(config, { template: true }).lintSync(TEMPLATE.body, { path: 'shipping/lost.txt' })
      } catch (e) {
        error = e
      }
      const label = `${id} ${JSON.stringify(options)}`
      if (valid) expect(error, label).toBeUndefined()
      else {
        expect(error, label).toBeInstanceOf(UsageError)
        expect((error as Error).message, label).toMatch(new RegExp(`^invalid config: rules\\.${id}\\[1\\]\\.${key}[ .[]`))
        expect((error as Error).message.split('\n'), label).toHaveLength(1)
        rejected++
      }
    }
    // null is never a valid option value, and `ignroe` is no rule's option.
    expect(rejected).toBeGreaterThan(cases.length / 2)
  })

  it('a misspelt option is an error listing the known ones', () => {
    expect(() => createLinter({ rules: { pii: ['error', { ignroe: ['card'] }] } })).toThrow(new UsageError('invalid config: rules.pii[1].ignroe is not a known option (known: add, ignore)'))
    expect(() => createLinter({ rules: { language: ['warn', { strict: true }] } })).toThrow(new UsageError('invalid config: rules.language[1].strict is not a known option (this rule has no options)'))
  })

  it('nested keys are named as written', () => {
    expect(() => createLinter({ rules: { pii: ['error', { add: { keys: [{ name: 'acme', pattern: 5 }] } }] } })).toThrow(new UsageError('invalid config: rules.pii[1].add.keys[0].pattern must be a string'))
    expect(() => createLinter({ rules: { pii: ['error', { ignore: ['card', 'passport'] }] } })).toThrow(new UsageError('invalid config: rules.pii[1].ignore[1] must be one of card, ssn, iban, tckn, password, code, key (got "passport")'))
    expect(() => createLinter({ rules: { respect: ['warn', { minWords: { fax: 3 } }] } })).toThrow(new UsageError('invalid config: rules.respect[1].minWords.fax is not a known option (known: email, chat, social, sms)'))
    expect(() => createLinter({ rules: { respect: ['warn', { minWords: 'many' }] } })).toThrow(new UsageError('invalid config: rules.respect[1].minWords must be a whole number ≥ 0 or an object'))
    expect(() => createLinter({ rules: { 'copy-paste': ['warn', { threshold: 120 }] } })).toThrow(new UsageError('invalid config: rules.copy-paste[1].threshold must be a number from 0 to 100'))
    expect(() => createLinter({ rules: { 'wrong-name': ['error', { nicknames: { margarita: 'rita' } }] } })).toThrow(new UsageError('invalid config: rules.wrong-name[1].nicknames.margarita must be a list of strings'))
  })

  it('valid options keep working: a custom pii key pattern is found', () => {
    const linter = createLinter({ rules: { pii: ['error', { add: { keys: [{ name: 'Acme key', pattern: 'acme_[a-z0-9]{32}' }] } }] } })
    const found = linter.lintSync('Your key is acme_0123456789abcdef0123456789abcdef.').messages.filter((m) => m.ruleId === 'pii')
    expect(found.map((m) => [m.actual, m.offset])).toEqual([['acme_0123456789abcdef0123456789abcdef', 12]])
  })

  it('names the config file the options came from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netiquette-options-'))
    const file = join(dir, '.netiquetterc.json')
    writeFileSync(file, JSON.stringify({ rules: { pii: ['error', { add: { keys: [{ name: 'x', pattern: '(?:a+)+b' }] } }] } }))
    const { config } = await loadConfigFile(file)
    expect(() => createLinter(config)).toThrow(new UsageError(`invalid config in ${file}: rules.pii[1].add.keys[0].pattern can take exponential time on some input (near "a+"): make the repeated parts unable to match the same text`))
  })
})

describe('user regex patterns (pii add.keys[].pattern)', () => {
  it.each([
    ['(?:a+)+b', 'can take exponential time on some input (near "a+"): make the repeated parts unable to match the same text'],
    ['(a|a)*b', 'can take exponential time on some input (near "(a|a)"): alternatives inside a repetition must start with different characters'],
    ['(ab|a)+c', 'can take exponential time on some input (near "(ab|a)"): alternatives inside a repetition must start with different characters'],
    ['x\\d+\\s*\\d+y', 'can take polynomial time on some input (near "\\\\d+"): make the repeated parts unable to match the same text'],
    ['tok_(', 'is not a valid regular expression (Unterminated group)'],
    ['a)|(b', "is not a valid regular expression (Unmatched ')')"],
    ['x'.repeat(501), 'is longer than 500 characters'],
  ])('%s is rejected', (pattern, why) => {
    expect(patternProblem(pattern, (p) => `(?:${p})`)).toBe(why)
  })

  it.each(['acme_[a-z0-9]{32}', 'sk_live_[A-Za-z0-9]{24,}', 'xox[bp]-[0-9]{10,13}-[A-Za-z0-9-]{20,}', '(?:ab|cd)+e'])('%s is accepted', (pattern) => {
    expect(patternProblem(pattern, (p) => `(?:${p})`)).toBeUndefined()
  })

  it('an invalid pattern is not repeated in full in the error', () => {
    const long = `(${'a'.repeat(300)}`
    let message = ''
    try {
      createLinter({ rules: { pii: ['error', { add: { keys: [{ name: 'x', pattern: long }] } }] } })
    } catch (e) {
      message = (e as Error).message
    }
    expect(message).toBe('invalid config: rules.pii[1].add.keys[0].pattern is not a valid regular expression (Unterminated group)')
  })
})
