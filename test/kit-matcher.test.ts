// createPhraseMatcher (src/kit/matcher.ts): one API over the three phrase indexes; it must pick the
// index that fits the list and give exactly what that index gives when built by hand.
import { describe, expect, it } from 'vitest'
import { createPhraseMatcher, needsStems } from '../src/kit/matcher.js'
import { PhraseMatcher, normalizeWord } from '../src/text/phrases.js'
import { TurkishPhraseMatcher } from '../src/text/turkish.js'
import { PhraseTrie } from '../src/text/phrase-trie.js'
import type { Token } from '../src/document.js'

/** Words as the document gives them: letters, digits and apostrophes; `hyphens` keeps inner hyphens (Turkish). */
function words(text: string, locale = 'en', hyphens = false): Token[] {
  const re = hyphens ? /[\p{L}\p{N}']+(?:-[\p{L}\p{N}']+)*/gu : /[\p{L}\p{N}']+/gu
  return [...text.matchAll(re)].map((m) => ({ value: m[0], lower: normalizeWord(m[0], locale), start: m.index, end: m.index + m[0].length }) as Token)
}

const brief = (hits: Array<{ entry: unknown; phrase: string; start: number; end: number }>) => hits.map(({ entry, phrase, start, end }) => ({ entry, phrase, start, end }))

describe('createPhraseMatcher', () => {
  it('exact English phrases: longest first, first added wins a tie, a comma breaks a phrase', () => {
    const m = createPhraseMatcher<string>(
      [
        ['as soon', 'short'],
        ['as soon as possible', 'long'],
        ['as soon as possible', 'second'],
      ],
      { language: 'en' },
    )
    const text = 'We will reply as soon as possible, as soon, as we can.'
    expect(brief(m.match(words(text), text))).toEqual([
      { entry: 'long', phrase: 'as soon as possible', start: 14, end: 33 },
      { entry: 'short', phrase: 'as soon', start: 35, end: 42 },
    ])
  })

  it('accept rejects a candidate in context and the shorter one is tried', () => {
    const m = createPhraseMatcher<string>(
      [
        ['end result', 'pair'],
        ['end', 'word'],
      ],
      { language: 'en' },
    )
    const text = 'The end result matters.'
    const hits = m.match(words(text), text, (entry) => entry !== 'pair')
    expect(brief(hits)).toEqual([{ entry: 'word', phrase: 'end', start: 4, end: 7 }])
  })

  it('Turkish exact lists use Turkish case rules (I → ı, İ → i)', () => {
    const m = createPhraseMatcher<string>(
      [
        ['ışık', 'light'],
        ['İPTAL', 'cancel'],
      ],
      { language: 'tr' },
    )
    const text = 'IŞIK yanıyor, iptal edildi.'
    expect(brief(m.match(words(text, 'tr'), text))).toEqual([
      { entry: 'light', phrase: 'ışık', start: 0, end: 4 },
      { entry: 'cancel', phrase: 'İPTAL', start: 14, end: 19 },
    ])
  })

  it('Turkish lists with a `+` word match the stem with its endings; the same words in English stay exact', () => {
    const entries: Array<[string, string]> = [
      ['ticket+', 'ticket'],
      ['back-office+', 'backoffice'],
    ]
    const tr = createPhraseMatcher(entries, { language: 'tr' })
    const text = "Ticketınızı back-office'e ilettik, ticketlarınız kapandı."
    expect(brief(tr.match(words(text, 'tr', true), text))).toEqual([
      { entry: 'ticket', phrase: 'ticket+', start: 0, end: 11 },
      { entry: 'ticket', phrase: 'ticket+', start: 35, end: 48 },
    ])
    expect(needsStems('tr', ['ticket+'])).toBe(true)
    expect(needsStems('tr', ['bilgilerinize sunarız'])).toBe(false)
    expect(needsStems('en', ['ticket+'])).toBe(false)
  })

  it('patterns: optional and alternative groups, with an ignore list', () => {
    const m = createPhraseMatcher<number>(
      [
        ['as I [already] told you', 1],
        ["(you're|you are) wrong", 2],
      ],
      { language: 'en', patterns: true, ignore: new Set(['as i told you']) },
    )
    const text = "As I already told you, you're wrong. As I told you."
    expect(brief(m.match(words(text), text))).toEqual([
      { entry: 1, phrase: 'as i already told you', start: 0, end: 21 },
      { entry: 2, phrase: "you're wrong", start: 23, end: 35 },
    ])
  })

  it('patterns with accept: a rejected long phrase gives way to a shorter one at the same word', () => {
    const m = createPhraseMatcher<string>(
      [
        ['calm down', 'calm'],
        ['calm down [now]', 'now'],
      ],
      { language: 'en', patterns: true },
    )
    const text = 'Please calm down now.'
    expect(brief(m.match(words(text), text, (entry) => entry !== 'now'))).toEqual([{ entry: 'calm', phrase: 'calm down', start: 7, end: 16 }])
    expect(brief(m.match(words(text), text))).toEqual([{ entry: 'now', phrase: 'calm down now', start: 7, end: 20 }])
  })

  it('ignore drops literal entries too (words compared after normalising)', () => {
    const m = createPhraseMatcher<string>(
      [
        ['at this point in time', 'a'],
        ['basically', 'b'],
      ],
      { language: 'en', ignore: new Set(['basically']) },
    )
    const text = 'Basically, at this point in time we wait.'
    expect(brief(m.match(words(text), text))).toEqual([{ entry: 'a', phrase: 'at this point in time', start: 11, end: 32 }])
  })

  it('gives what each index gives when built by hand (gap option passed through)', () => {
    const gap = (g: string) => g === ' '
    const en: Array<[string, number]> = [
      ['e-mail address', 1],
      ['in order to', 2],
      ['order', 3],
    ]
    const text = 'Send the e-mail address in order to order it, in  order to.'
    const ws = words(text)
    expect(createPhraseMatcher(en, { language: 'en', gap }).match(ws, text)).toEqual(new PhraseMatcher(en).match(ws, text, gap))
    const tr: Array<[string, number]> = [
      ['aptal+', 1],
      ['kusura bakmayın', 2],
    ]
    const trText = 'Aptallığınız değil, kusura  bakmayın.'
    const trWords = words(trText, 'tr', true)
    expect(createPhraseMatcher(tr, { language: 'tr' }).match(trWords, trText)).toEqual(new TurkishPhraseMatcher(tr).match(trWords, trText))
    const trie = new PhraseTrie<number>()
    trie.addPattern('as (stated|mentioned) [before]', 1)
    expect(createPhraseMatcher([['as (stated|mentioned) [before]', 1]], { language: 'en', patterns: true }).match(words('As stated before.'), 'As stated before.')).toEqual(trie.match(words('As stated before.'), 'As stated before.'))
  })
})
