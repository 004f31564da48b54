import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { hasLanguagePack, languageData, LanguagePackNotLoaded } from '../dist/src/kit/language-pack.js'

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(`../rules/${path}`, import.meta.url), 'utf8'))

describe('language packs', () => {
  it('holds exactly what each rule data file holds, for English and (in Node, eagerly) Turkish', () => {
    expect(hasLanguagePack('en')).toBe(true)
    expect(hasLanguagePack('tr')).toBe(true)
    expect(languageData('greeting', 'en')).toEqual(json('greeting/en.json'))
    expect(languageData('sign-off', 'tr')).toEqual(json('sign-off/tr.json'))
  })

  it('names the missing data file when a rule has no data for a language', () => {
    expect(() => languageData('copy-paste', 'tr')).toThrow('rule copy-paste has no tr data (rules/copy-paste/tr.json)')
  })

  it('says how to load a pack that is not loaded', () => {
    expect(() => languageData('greeting', 'xx' as 'tr')).toThrow(LanguagePackNotLoaded)
  })
})
