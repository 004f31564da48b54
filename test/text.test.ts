// The phrase indexes every rule matches with: the lazily built pattern trie must find exactly
// what matching every expanded phrase would, and the lazily compiled first-word buckets must keep
// PhraseMatcher's order (longest first, first added wins a tie).
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { PhraseTrie } from '../src/text/phrase-trie.js'
import { PhraseMatcher, phraseWords } from '../src/text/phrases.js'
import { maskRanges } from '../src/input/mask.js'
import { expandPattern } from '../rules/condescension/index.js'
import condescension from '../rules/condescension/en.json' with { type: 'json' }
import type { Token } from '../src/document.js'

function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}']+/gu)].map((m) => ({ value: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }) as Token)
}

/** The reference: every phrase a pattern stands for, expanded and added one by one. */
function expandedMatcher<T>(patterns: Array<[string, T]>, ignore: ReadonlySet<string> = new Set()): PhraseMatcher<T> {
  const entries: Array<[string, T]> = []
  for (const [pattern, entry] of patterns) {
    for (const phrase of expandPattern(pattern)) if (!ignore.has(phraseWords(phrase).join(' '))) entries.push([phrase, entry])
  }
  return new PhraseMatcher(entries)
}

const hitsOf = <T>(hits: Array<{ entry: T; from: number; to: number; start: number; end: number }>) => hits.map(({ entry, from, to, start, end }) => ({ entry, from, to, start, end }))

describe('PhraseTrie.addPattern', () => {
  const patterns: Array<[string, string]> = condescension.entries.flatMap((e) => e.patterns.map((p): [string, string] => [p, e.id]))
  const trie = new PhraseTrie<string>()
  for (const [pattern, id] of patterns) trie.addPattern(pattern, id)
  const reference = expandedMatcher(patterns)

  it('matches every phrase of condescension.json as a whole, with the entry the expanded list gives', () => {
    let checked = 0
    for (const [pattern] of patterns) {
      for (const phrase of expandPattern(pattern)) {
        const words = tokens(phrase)
        const got = hitsOf(trie.match(words, phrase))
        expect(got).toEqual(hitsOf(reference.match(words, phrase)))
        expect(got[0]).toMatchObject({ from: 0, to: words.length })
        checked++
      }
    }
    expect(checked).toBeGreaterThan(5000)
  })

  it('finds the same hits as the expanded phrases in real sentences', () => {
    const sentences = [
      'As I already told you, you did not follow the instructions in my last email.',
      "Obviously you didn't read the FAQ. Please calm down, it should have been obvious.",
      "I'm sorry you feel that way, but as stated in my previous message the refund was sent.",
      'If you simply read the manual you would know. No offence, but per my last email, it works.',
    ]
    for (const s of sentences) expect(hitsOf(trie.match(tokens(s), s))).toEqual(hitsOf(reference.match(tokens(s), s)))
  })

  it('glued groups and optional groups expand inside a word', () => {
    const t = new PhraseTrie<number>()
    t.addPattern("I('ll| will) (explain|repeat) it", 1)
    t.addPattern('no offen(se|ce)', 2)
    t.addPattern('bother[ed] to', 3)
    const found = (s: string) => t.match(tokens(s), s).map((h) => [h.phrase, h.entry])
    expect(found("I'll repeat it")).toEqual([["i'll repeat it", 1]])
    expect(found('I will explain it')).toEqual([['i will explain it', 1]])
    expect(found('No offence')).toEqual([['no offence', 2]])
    expect(found('you never bothered to check')).toEqual([['bothered to', 3]])
    expect(found('bother to')).toEqual([['bother to', 3]])
  })

  it('leaves out ignored phrases but keeps the shorter ones inside them', () => {
    const t = new PhraseTrie<number>([], { ignore: new Set(['as i already told you']) })
    t.addPattern('as I [already] told you', 1)
    t.addPattern('told you', 2)
    const s = 'As I already told you, and as I told you before.'
    expect(t.match(tokens(s), s).map((h) => h.phrase)).toEqual(['told you', 'as i told you'])
  })

  it('patterns added after matching has started are found too', () => {
    const t = new PhraseTrie<number>()
    t.addPattern('calm down', 1)
    const s = 'Calm down and calm yourself.'
    expect(t.match(tokens(s), s).map((h) => h.phrase)).toEqual(['calm down'])
    t.addPattern('calm yourself', 2)
    expect(t.match(tokens(s), s).map((h) => h.phrase)).toEqual(['calm down', 'calm yourself'])
  })

  it('agrees with the expanded phrases on random patterns and sentences (property)', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'as', 'you')
    const alternatives = fc
      .array(
        fc.array(word, { minLength: 1, maxLength: 2 }).map((w) => w.join(' ')),
        { minLength: 1, maxLength: 3 },
      )
      .map((a) => a.join('|'))
    const unit = fc.oneof(
      word,
      alternatives.map((a) => `(${a})`),
      alternatives.map((a) => `[${a}]`),
    )
    const pattern = fc.array(unit, { minLength: 1, maxLength: 4 }).map((u) => u.join(' '))
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '))
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 5 }), fc.array(sentence, { minLength: 1, maxLength: 3 }), (list, texts) => {
        const entries = list.map((p, i): [string, number] => [p, i])
        const t = new PhraseTrie<number>()
        for (const [p, i] of entries) t.addPattern(p, i)
        const ref = expandedMatcher(entries)
        for (const s of texts) expect(hitsOf(t.match(tokens(s), s))).toEqual(hitsOf(ref.match(tokens(s), s)))
      }),
      { numRuns: 300 },
    )
  })
})

describe('PhraseMatcher buckets, compiled on first use', () => {
  it('keeps the longest phrase first and the first added on a tie, across adds after use', () => {
    const m = new PhraseMatcher<number>([['as soon', 1]])
    const s = 'We will reply as soon as possible.'
    expect(m.match(tokens(s), s).map((h) => h.entry)).toEqual([1])
    m.add('as soon as possible', 2)
    m.add('as soon as possible', 3)
    m.add('As Soon', 4)
    expect(m.match(tokens(s), s).map((h) => [h.phrase, h.entry])).toEqual([['as soon as possible', 2]])
    const t = 'as soon, please'
    expect(m.match(tokens(t), t).map((h) => h.entry)).toEqual([1])
  })

  it('indexes phrases that need the full Unicode split under their first word', () => {
    const m = new PhraseMatcher<number>([
      ['“quoted” word', 1],
      ['e-mail address', 2],
      ['$100 fee', 3],
    ])
    const s = 'Your e-mail address and the quoted word.'
    expect(m.match(tokens(s), s).map((h) => h.entry)).toEqual([2, 1])
  })
})

describe('maskRanges', () => {
  /** The plain definition: every code unit inside a range becomes a space, except line breaks. */
  function reference(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): string {
    const chars = text.split('')
    for (const { start, end } of ranges) for (let i = Math.max(0, start); i < Math.min(end, chars.length); i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' '
    return chars.join('')
  }

  it('keeps length and line breaks, with unsorted, overlapping and out-of-range ranges (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', ' ', 'é', '😀'), maxLength: 60 })
    const range = fc.record({ start: fc.integer({ min: -5, max: 70 }), end: fc.integer({ min: -5, max: 70 }) })
    fc.assert(
      fc.property(text, fc.array(range, { maxLength: 6 }), (t, ranges) => {
        const masked = maskRanges(t, ranges)
        expect(masked).toBe(reference(t, ranges))
        expect(masked).toHaveLength(t.length)
      }),
      { numRuns: 2000 },
    )
  })

  it('masks a quoted block but keeps its line breaks', () => {
    expect(maskRanges('Hi\n> no\n> way\nOk', [{ start: 3, end: 14 }])).toBe('Hi\n    \n     \nOk')
  })
})
