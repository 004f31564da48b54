// Deeply nested drafts used to throw "Maximum call stack size exceeded": the Markdown walk is
// iterative now, and HTML nested deeper than MAX_HTML_DEPTH is masked by a linear scan instead
// of being handed to parse5 → hast. Library and CLI both lint such drafts like any other.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { lint } from '../src/index.js'
import { createLinter } from '../src/linter.js'
import { fallbackProse, guardedHtmlProse, MAX_HTML_DEPTH, openDepth } from '../src/input/html-nesting.js'
import { htmlProse } from '../src/input/html.js'
import { scanMarkup } from '../src/input/html-markup.js'
import { parserFor, registerParsers } from '../src/input/parsers.js'
import { root } from './build.js'

const linter = createLinter()
const informal = (messages: Array<{ ruleId: string; offset: number; endOffset: number; fix?: { text: string } }>) => messages.filter((m) => m.ruleId === 'informal').map((m) => [m.offset, m.endOffset, m.fix?.text])

describe('deep Markdown', () => {
  // micromark itself takes ~3 s on these (quadratic, tracked separately): a generous ceiling.
  it('3,000 nested bullet lists and 2,700 nested ordered lists lint without throwing', async () => {
    const bullets = '+ '.repeat(3000) + '\n\nThanks, u r right.'
    expect(informal((await linter.lint(bullets, { format: 'markdown' })).messages)).toEqual([[6010, 6013, 'you are']])
    const ordered = '1. '.repeat(2700) + '\n\nThanks, u r right.'
    expect(informal((await lint(ordered, { format: 'markdown' })).messages)).toEqual([[8110, 8113, 'you are']])
  }, 60_000)

  it('still masks code and quotes in document order', async () => {
    const text = '> u r rude\n\n`u r`\n\nThanks, u r right.'
    expect(informal((await linter.lint(text, { format: 'markdown' })).messages)).toEqual([[27, 30, 'you are']])
  })
})

describe('deep HTML', () => {
  it("'<b>'.repeat(2000) lints (one-shot lint and fix too) and finds what follows", async () => {
    const text = '<b>'.repeat(2000) + 'Thanks, u r right.'
    expect(informal((await lint(text, { format: 'html' })).messages)).toEqual([[6008, 6011, 'you are']])
    expect(linter.fixSync(text, { format: 'html' })).toBe('<b>'.repeat(2000) + 'Thanks, you are right.')
    expect(informal((await lint('<div>'.repeat(20000), { format: 'html' })).messages)).toEqual([])
  })

  it('the fallback masks tags, comments and references and keeps quotes and code out, like the parser', () => {
    const inner = '<blockquote>u r rude</blockquote><div class="gmail_quote">u r <i>late</i></div><!-- u r --><p>Thanks, u r right &amp; <code>u r</code> fast.</p>'
    const deep = '<div>'.repeat(MAX_HTML_DEPTH + 1) + inner
    expect(openDepth(scanMarkup(deep))).toBe(MAX_HTML_DEPTH + 3) // + the quote div and its <i>
    const shallow = '<div>'.repeat(3) + inner
    const viaParser = htmlProse(shallow)
    const viaScan = fallbackProse(shallow)
    // Same prose characters where the parser kept text (block tags start lines in both).
    const words = (s: string) => s.split(/\s+/).filter(Boolean)
    expect(words(viaScan.text.slice(0, shallow.length))).toContain('Thanks,')
    expect(viaScan.skipped.map((r) => shallow.slice(r.start, r.end))).toEqual(['<blockquote>u r rude</blockquote>', '<div class="gmail_quote">u r <i>late</i></div>', '<code>u r</code>'])
    expect(viaParser.skipped.map((r) => shallow.slice(r.start, r.end))).toEqual(viaScan.skipped.map((r) => shallow.slice(r.start, r.end)))
    // The guard picks the fallback only past the depth limit.
    expect(guardedHtmlProse(deep)).toEqual(fallbackProse(deep))
    expect(guardedHtmlProse(shallow)).toEqual(viaParser)
  })

  it('falls back as well when the parser overflows the stack below the depth limit (and only then)', () => {
    const html = parserFor('html')
    const draft = '<p>Thanks, <b>u r</b> right.</p>'
    try {
      registerParsers({
        html: () => {
          throw new RangeError('Maximum call stack size exceeded')
        },
      })
      expect(guardedHtmlProse(draft)).toEqual(fallbackProse(draft))
      registerParsers({
        html: () => {
          throw new RangeError('Invalid array length')
        },
      })
      expect(() => guardedHtmlProse(draft)).toThrow('Invalid array length')
    } finally {
      registerParsers({ html })
    }
  })

  it('implicitly closed and void elements do not count as nesting', () => {
    expect(openDepth(scanMarkup('<ul>' + '<li>item'.repeat(5000) + '</ul>'))).toBe(1)
    expect(openDepth(scanMarkup('<p>' + 'line<br>'.repeat(5000) + '</p>'))).toBe(0)
    expect(openDepth(scanMarkup('<div><span>a</span><span>b</span></div>'))).toBe(2)
  })
})

describe('deep drafts in the CLI', () => {
  it('a folder with deep Markdown and HTML and a normal draft: all three are reported, exit code from findings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netiquette-deep-'))
    writeFileSync(join(dir, 'a-deep.md'), '+ '.repeat(3000))
    writeFileSync(join(dir, 'b-deep.html'), '<b>'.repeat(2000))
    writeFileSync(join(dir, 'c-normal.txt'), 'Hi Maria,\n\nSorry, that crap courier lost it.\n\nBest regards,\nSam\n')
    const r = spawnSync(process.execPath, [join(root, 'bin', 'netiquette.cjs'), dir, '--format', 'json'], { cwd: root, encoding: 'utf8', timeout: 60_000 })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(1) // the profanity in the normal draft is an error
    const files = JSON.parse(r.stdout).files as Array<{ path: string; messages: Array<{ ruleId: string }> }>
    expect(files.map((f) => f.path.replace(dir, ''))).toEqual(['/a-deep.md', '/b-deep.html', '/c-normal.txt'])
    expect(files[2]!.messages.map((m) => m.ruleId)).toContain('profanity')
  }, 60_000)
})
