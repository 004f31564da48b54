// Issue 17: every regular expression of the built code runs in linear time. recheck (pure-JS
// backend) checks each unique pattern: the regex literals of dist/ (found by acorn's tokenizer) and
// every `new RegExp(…)` built from word lists and config while the built library lints the
// evaluation drafts and the hostile inputs (scripts/regex-patterns.mjs wraps the RegExp
// constructor for that). `safe` verdicts are cached in test/fixtures/regex-verdicts.json by
// source and flags, so only new or changed patterns cost a check (`node scripts/regex-patterns.mjs
// --update` refreshes the cache). A pattern recheck does not call safe must be in ALLOWED below,
// with the bound on its input or the reason it is linear anyway.
import { describe, expect, it } from 'vitest'
import { createRequire } from 'node:module'
import { allPatterns, loadVerdicts, patternKey, RECHECK_OPTIONS, type Pattern } from '../scripts/regex-patterns.mjs'

interface Allowed {
  /** dist file the pattern is in or built by. */
  file: string
  /** A piece of its source that identifies it. */
  contains: string
  /** Why it cannot run super-linearly on a draft. */
  why: string
}

/**
 * Patterns recheck does not call safe (vulnerable, or a timeout on a large alternation), each
 * with the reason it is linear in practice. "Bounded": the input it sees has a fixed maximum
 * length, so even quadratic matching is a constant per call. "Lookbehind": a negative
 * lookbehind skips every start that would rescan a run an earlier start already scanned, which
 * recheck's fuzzer does not model; each is timed on its attack string in scripts/bench-hostile.mjs.
 */
const ALLOWED: Allowed[] = [
  // Bounded inputs.
  { file: 'dist/src/kit/acronym-definitions.js', contains: '[A-Z].*[A-Z]|[A-Z].*\\d', why: 'bounded: an acronym token, 2 to 8 characters' },
  { file: 'dist/src/kit/acronym-definitions.js', contains: '\\p{Lu}.*\\p{Lu}|', why: 'bounded: an acronym token, 2 to 8 characters' },
  { file: 'dist/rules/jargon/index.js', contains: '(\\s*\\(|,|\\s+[–—-])([^()]{0,60})$', why: 'bounded: the 70 characters before a jargon term (`inAcronymDefinition`)' },
  { file: 'dist/src/kit/acronym-definitions.js', contains: '(?=(?:,|\\s+[–—-])\\s+([^,.;:()!?–—\\n]{3,80}))', why: 'linear: the lookahead reads at most 82 characters from each start, and consumes only the acronym' },
  { file: 'dist/rules/acronym/context.js', contains: '[^\\p{L}].*$', why: 'bounded: one word token; `.*$` fails only at a line break, which a word has none of' },
  { file: 'dist/rules/empathy/index.js', contains: "['’].*$", why: 'bounded: one word token; `.*$` fails only at a line break, which a word has none of' },
  { file: 'dist/rules/acronym/lexicon.js', contains: '(\\w+)(\\W*)$', why: "bounded: an expansion from the rule's word list (a few words), never a draft" },
  { file: 'dist/rules/copy-paste/index.js', contains: '\\s+\\S*$', why: 'bounded: at most 87 characters (`pick.slice(0, 87)`)' },
  { file: 'dist/rules/placeholder-syntax/syntax.js', contains: '[\\w.]+\\s*$', why: 'bounded: the 80 characters before an unclosed placeholder' },
  { file: 'dist/rules/pii/detect.js', contains: 'beneficiary|payable to', why: 'bounded: the 40 characters before an IBAN (`before()`)' },
  { file: 'dist/rules/pii/detect.js', contains: 'oyster|rail)\\s)\\bcard', why: 'bounded: the 40 characters before a card-like number (`before()`)' },
  { file: 'dist/rules/pii/detect.js', contains: 'puan)\\s)\\bkart', why: 'bounded: the 40 characters before a card-like number (`before()`)' },
  { file: 'dist/rules/jargon/index.js', contains: 'yani\\s+["“', why: 'bounded: the 40 characters before a jargon term (`prose.slice(start - 40, start)`)' },
  { file: 'dist/rules/jargon/index.js', contains: 'denen|denilen|dediğimiz', why: 'bounded: the 40 characters after a jargon term (`prose.slice(end, end + 40)`), and anchored at its start' },
  { file: 'dist/rules/pii/turkish.js', contains: 'kimlik\\s+numaraniz', why: 'bounded: the 40 characters before or after an 11-digit number' },
  { file: 'dist/rules/pii/detect.js', contains: '{1,40} ){0,2})(?:code|otp)', why: 'bounded: each word before "code" is at most 40 characters, two words at most: a try reads ~100 characters' },
  { file: 'dist/rules/pii/turkish.js', contains: '{1,40}\\s+){0,2})(?:kodunuz|kodu|kod)', why: 'bounded: each word before "kodu" is at most 40 characters, two words at most' },
  { file: 'dist/rules/pii/turkish.js', contains: '{1,40}\\s+){0,2})(?:kodu|kodunuz)\\s+', why: 'bounded: each word around "kodu" is at most 40 characters, four words at most: a try reads ~200 characters' },
  { file: 'dist/src/audit/redact.js', contains: '[\\w.+-]{1,64}@[\\w-]{1,63}', why: 'bounded: an e-mail address, local part at most 64 characters and at most 9 labels of 63: a try reads at most ~640 characters' },
  { file: 'dist/rules/vague-promise/time-tr.js', contains: '^\\s*(\\d+(?:[.,]\\d+)?)\\s*(.+?)\\s*$', why: 'bounded: an SLA string from config (`12 hours`), never a draft' },
  { file: 'dist/src/templates/corpus.js', contains: ' in JSON at position \\d.*$', why: 'bounded: a JSON.parse error message (one line, ~100 characters)' },
  { file: 'dist/src/input/quotes.js', contains: '(?:[ \\t]*On\\s.+|.+\\starihinde', why: 'bounded: only tried on lines shorter than 160 characters' },
  { file: 'dist/src/input/quotes.js', contains: '\\starihinde\\s.{0,200}yazdı', why: 'bounded: two windows of at most 200 characters, one try per line (the indent cannot be the window)' },
  { file: 'dist/src/document.js', contains: '[\\w.+-]{1,64}@', why: 'bounded: e-mail local part ≤ 64, domain labels ≤ 63 and ≤ 30 of them: a try reads a bounded window (16 KB of `T.T.…`: ~5 ms)' },
  { file: 'dist/src/templates/fingerprint.js', contains: '[\\w.+-]{1,64}@', why: 'bounded: e-mail local part ≤ 64 characters' },
  { file: 'dist/rules/acronym/index.js', contains: '(?:^|\\s)\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)+$', why: 'bounded: the 40 characters before a bracketed acronym' },
  { file: 'dist/rules/placeholder/mention.js', contains: '_{3,}\\s*(?:&amp;|&|and|or', why: 'bounded: the 12 characters before a blank' },
  // Lookbehind starts (linear; recheck's fuzzer reports the pattern without its lookbehind).
  { file: 'dist/src/templates/corpus.js', contains: '\\[(?<!\\[[^\\]\\n]*?\\[)', why: 'lookbehind: a `[` after an unclosed `[` on its line is skipped (64 KB of `[[/`: < 1 ms)' },
  { file: 'dist/rules/wrong-name/turkish.js', contains: '(?<!\\p{L})(\\p{L}+)[ \\t]+(\\p{Lu}\\p{Ll}+)', why: 'lookbehind: tried only where a word starts; a name and an honorific follow, each after blanks (16 KB of the fuzzer’s pumps: < 4 ms)' },
  { file: 'dist/rules/pii/turkish.js', contains: '(?<!\\S)([^\\s"', why: 'lookbehind: tried only where a token starts after whitespace; the token (at most 64 characters, no whitespace) then fixed words (64 KB of `k:`, `ab1 `, `abc     `: < 8 ms)' },
  { file: 'dist/rules/greeting/index.js', contains: '(?<![\\s/])[\\s/]+', why: 'lookbehind: tried only where a run of spaces or slashes starts' },
  { file: 'dist/rules/respect/text.js', contains: '(?:,|(?<![\\s,]))\\s+and', why: 'lookbehind: tried only where a run of spaces starts' },
  { file: 'dist/src/kit/acronym-definitions.js', contains: '\\s*\\(([^()]*)\\)', why: 'lookbehind: tried only at the start of a word; `[^()]*` stops at the next bracket' },
  // Alternations of fixed phrases: recheck times out or its fuzzer reports growth it cannot
  // separate from the phrase count; each try reads at most the longest phrase plus one run of spaces.
  { file: 'dist/src/templates/placeholders.js', contains: '\\{\\{\\{([^{}]+)\\}\\}\\}', why: 'alternation: every branch is delimited or bounded (`{2,40}`, `{1,40}`), tried only where a placeholder can start' },
  {
    file: 'dist/src/templates/placeholders.js',
    contains: '|placeholder|tbd|add|enter|',
    why: 'alternation of field words between word boundaries, run on one bracket label; `x{2,}` starts only at a word boundary (its fuzzer reported growth on one run and called it safe on another)',
  },
  { file: 'dist/rules/respect/index.js', contains: '\\b(?:and|then)\\s+(?:we|i|our', why: 'alternation of short words between word boundaries (recheck times out)' },
  { file: 'dist/rules/vague-promise/time.js', contains: 'twenty-four|forty-eight', why: 'alternation of number words and units between word boundaries' },
  { file: 'dist/rules/vague-promise/time-tr.js', contains: '(?:yirmi|otuz|kirk', why: 'alternation of Turkish number words and units' },
  { file: 'dist/rules/sign-off/closing.js', contains: '(?:^|[.!?)]\\s+)((?:', why: "alternation of closing phrases; `[^.!?]{0,40}` bounds the rest (16 KB of recheck's attack: < 1 ms)" },
  { file: 'dist/rules/sign-off/closing.js', contains: '(?:^|[\\s,;])(?:', why: 'alternation of closing phrases at a word start, then `[\\s.!]*$`' },
]

const allowedFor = (p: Pattern): Allowed | undefined => ALLOWED.find((a) => p.where.startsWith(`${a.file}:`) && p.source.includes(a.contains))

describe('regular expressions of the built code (recheck)', () => {
  it('every pattern is safe, or allowed with its bound; every allowance is still used', async () => {
    const { checkSync } = createRequire(import.meta.url)('recheck') as typeof import('recheck')
    const { version } = createRequire(import.meta.url)('recheck/package.json') as { version: string }
    const cache = loadVerdicts()
    const safe = new Set(cache.recheck === version ? cache.safe : [])
    const { ours } = await allPatterns()
    // The collection really sees both kinds: the literals and the word-list-built expressions.
    expect(ours.filter((p) => p.where.endsWith('(built)')).length).toBeGreaterThan(50)
    expect(ours.length).toBeGreaterThan(500)

    const unsafe: string[] = []
    const used = new Set<Allowed>()
    for (const p of ours) {
      const allowed = allowedFor(p)
      if (allowed) {
        used.add(allowed)
        continue
      }
      if (safe.has(patternKey(p))) continue
      const r = checkSync(p.source, p.flags, RECHECK_OPTIONS)
      if (r.status !== 'safe') unsafe.push(`${p.where} /${p.source.slice(0, 200)}/${p.flags}: ${r.status} ${r.status === 'vulnerable' ? `${r.complexity.summary}, attack ${JSON.stringify(r.attack.pumps)}` : ''}`)
    }
    expect(unsafe, 'rewrite these patterns, or bound their input and add them to ALLOWED with the bound').toEqual([])
    expect(
      ALLOWED.filter((a) => !used.has(a)).map((a) => `${a.file} ${a.contains}`),
      'allowances no pattern needs any more',
    ).toEqual([])
  }, 300_000)
})
