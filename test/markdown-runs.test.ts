// Long Markdown drafts are parsed in runs of top-level blocks (src/input/markdown-parser.ts): the
// tree, positions included, must be the one a single parse of the whole draft gives.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import { fromMarkdown, parseInRuns } from '../src/input/markdown-parser.js'

const whole = unified().use(remarkParse)
const plain = (tree: unknown): unknown => JSON.parse(JSON.stringify(tree))

// Blocks that end, continue or survive a blank line: lists (tight and loose, ordered), quotes,
// fences closed and left open, HTML blocks of each kind, indented code, setext headings, tabs.
const block = fc.constantFrom(
  'Hi Maria,',
  'Thanks for writing. Your order ships on Friday.',
  '## Your refund',
  'Title\n=====',
  '- one\n- two',
  '- one\n\n- two',
  '1. first\n2. second',
  '3) third',
  '* star item\n\n  its second paragraph',
  '+ plus item',
  '> quoted line\nlazy continuation',
  '> quote',
  '```\ncode\n\nmore code\n```',
  '```js\nunclosed fence',
  '~~~~\ntilde\n~~~',
  '~~~~\ntilde closed\n~~~~',
  '    indented code',
  '\tindented with a tab',
  '<!-- a comment\n\nthat spans a blank line -->',
  '<!-- unclosed comment',
  '<pre>\npre text\n\n</pre>',
  '<script>\nlet x\n\n',
  '<div>\nblock html</div>',
  '<?php echo 1 ?>',
  '<![CDATA[\ndata\n\n]]>',
  '---',
  '***',
  'Paragraph with `code` and **bold** and [a link](https://example.com).',
  '   three spaces in',
  '-not a list',
  '10.not a list',
)
const gap = fc.constantFrom('\n', '\n\n', '\n\n\n', '\n \n', '\r\n\r\n', '\n\t\n')
const doc = fc.array(fc.tuple(block, gap), { minLength: 1, maxLength: 40 }).map((parts) => parts.map(([b, g]) => b + g).join(''))

describe('Markdown parsed in runs of blocks', () => {
  it('gives the tree of a single parse, positions included, on random block sequences', () => {
    fc.assert(
      fc.property(doc, fc.integer({ min: 1, max: 200 }), (text, batch) => {
        expect(plain(parseInRuns(text, batch))).toEqual(plain(whole.parse(text)))
      }),
      { numRuns: 400 },
    )
  })

  it('splits a long realistic draft and still gives the single-parse tree', () => {
    const paragraphs = ['Hi Maria,', 'Thanks for writing. Your **order** ships on Friday.', '- a step\n- another step', '> You wrote: it broke', '```\nerror 502\n\nretry\n```', 'See [the guide](https://example.com/g).', '<!--\nnote\n\n-->']
    const text = Array.from({ length: 4000 }, (_, i) => paragraphs[i % paragraphs.length]).join('\n\n')
    expect(text.length).toBeGreaterThan(100_000)
    expect(plain(fromMarkdown(text))).toEqual(plain(whole.parse(text)))
  })

  it('keeps a fence left open early in a long draft open to the end, as one parse does', () => {
    const text = 'Intro.\n\n```\n' + 'not prose\n\nstill code\n\n'.repeat(4000)
    const tree = fromMarkdown(text) as { children: Array<{ type: string }> }
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'code'])
    expect(plain(tree)).toEqual(plain(whole.parse(text)))
  })

  it('parses a draft with a link reference definition in one go (definitions apply document-wide)', () => {
    const text = 'See [the guide][g].\n\n' + 'Filler paragraph.\n\n'.repeat(3000) + '[g]: https://example.com/guide\n'
    const tree = fromMarkdown(text) as { children: Array<{ type: string; children?: Array<{ type: string }> }> }
    expect(tree.children[0]!.children![1]!.type).toBe('linkReference')
    expect(plain(tree)).toEqual(plain(whole.parse(text)))
  })
})
