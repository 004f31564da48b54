// Long drafts are parsed in chunks: every node's position must still point into the whole text.
import { describe, expect, it } from 'vitest'
import { parseProse } from '../src/parse.js'
import { createLinter } from '../src/linter.js'
import { lineIndex } from '../src/text/lines.js'

interface Node {
  type: string
  value?: string
  position?: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } }
  children?: Node[]
}

function nodes(root: Node): Node[] {
  const out: Node[] = []
  const visit = (n: Node): void => {
    out.push(n)
    for (const c of n.children ?? []) visit(c)
  }
  visit(root)
  return out
}

const PARAGRAPH = 'Thanks for reaching out, Maria. Your refund of $42.50 was sent today and should reach your card within 3 to 5 business days.'

describe('parseProse on long drafts', () => {
  const cases: Array<[string, string]> = [
    ['blank lines between paragraphs', Array.from({ length: 150 }, (_, i) => `${i + 1}. ${PARAGRAPH}`).join('\n\n')],
    ['single line breaks only', Array.from({ length: 150 }, () => PARAGRAPH).join('\n')],
    ['one line with no breaks at all', Array.from({ length: 150 }, () => PARAGRAPH).join(' ')],
  ]
  for (const [name, text] of cases) {
    it(`keeps every word, sentence and paragraph where it is in the text (${name})`, () => {
      expect(text.length).toBeGreaterThan(16000)
      const lines = lineIndex(text)
      const all = nodes(parseProse(text, 'en') as unknown as Node)
      const words = all.filter((n) => n.type === 'WordNode')
      expect(words.length).toBeGreaterThan(3000)
      for (const n of all) {
        if (!n.position) continue
        const { start, end } = n.position
        expect(lines.toPoint(start.offset)).toEqual({ line: start.line, column: start.column })
        expect(lines.toPoint(end.offset)).toEqual({ line: end.line, column: end.column })
        if (n.type === 'WordNode') expect(text.slice(start.offset, end.offset)).toMatch(/^[\p{L}\p{N}'$.,]+$/u)
        if (n.type === 'SentenceNode') expect(text.slice(start.offset, end.offset).length).toBeLessThan(200)
      }
    })
  }
})

describe('findings in long drafts', () => {
  it('reports a word near the end of a 20,000-character e-mail at its own position', async () => {
    const body = Array.from({ length: 160 }, () => PARAGRAPH).join('\n\n')
    const text = `Hi Maria,\n\n${body}\n\nSorry the courier made such a crap job of it.\n\nBest regards,\nSam\n`
    const result = await createLinter().lint(text)
    const profanity = result.messages.filter((m) => m.ruleId === 'profanity')
    expect(profanity).toHaveLength(1)
    expect(profanity[0]).toMatchObject({ actual: 'crap', offset: text.indexOf('crap'), line: text.slice(0, text.indexOf('crap')).split('\n').length })
  })
})
