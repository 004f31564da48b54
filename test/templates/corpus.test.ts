import { describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { bodyLocator, loadCorpus } from '../../src/templates/index.js'
import { UsageError } from '../../src/errors.js'
import { lineIndex } from '../../src/text/lines.js'

const fixtures = resolve(__dirname, '../fixtures/templates')
const load = (...paths: string[]) => loadCorpus(paths, { cwd: fixtures })

describe('loading a corpus', () => {
  it('reads a folder of .txt/.md/.html files with ids relative to the folder', () => {
    const { templates, warnings } = load('folder')
    expect(templates.map((t) => [t.id, t.format])).toEqual([
      ['account/password-reset.html', 'html'],
      ['billing/refund-processed.md', 'markdown'],
      ['outage/service-restored.txt', 'text'],
      ['shipping/delayed-order.txt', 'text'],
    ])
    expect(templates[0]!.file).toBe('folder/account/password-reset.html')
    expect(warnings).toEqual([])
  })

  it('reads JSON Lines records; a bad line or record is a warning and the others still load', () => {
    const { templates, warnings } = load('replies.jsonl')
    expect(templates.map((t) => t.id)).toEqual(['billing/duplicate-charge', 'travel/seat-change', 'saas/plan-downgrade'])
    expect(templates[1]).toMatchObject({ title: 'Seat change confirmed', file: 'replies.jsonl', line: 2 })
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatchObject({ file: 'replies.jsonl', line: 3 })
    expect(warnings[0]!.message).toMatch(/invalid JSON/)
    expect(warnings[1]).toMatchObject({ file: 'replies.jsonl', line: 4 })
    expect(warnings[1]!.message).toMatch(/no "body".*games\/ban-appeal/)
  })

  it('reads YAML lists of records with their lines', () => {
    const { templates, warnings } = load('replies.yaml')
    expect(templates.map((t) => [t.id, t.line])).toEqual([
      ['utilities/meter-reading', 2],
      ['healthcare/appointment-moved', 13],
    ])
    expect(templates[0]!.body.startsWith('Hi {%customer.firstName,fallback=there%},\n\nThanks')).toBe(true)
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/no "body"/)])
  })

  it('reads a Zendesk macros export: comment_value, comment_value_html, the old array form', () => {
    const { templates, warnings } = load('macros.json')
    expect(templates.map((t) => [t.id, t.title, t.format])).toEqual([
      ['360001', 'Shipping::Order shipped', 'text'],
      ['360002', 'Billing::Card declined', 'html'],
      ['360004', 'Telecom::Roaming enabled', 'text'],
    ])
    expect(templates[2]!.body.startsWith('Hi {{ticket.requester.first_name}},\n\nRoaming')).toBe(true)
    expect(warnings.map((w) => w.message)).toEqual(['macro 5: not an object', '1 macro without a comment action skipped (they only set fields)'])
  })

  it('takes inline records from config', () => {
    const { templates } = loadCorpus([{ id: 'hello', body: 'Hi {{first_name}}, thanks!' }, 'folder/outage'], { cwd: fixtures })
    expect(templates.map((t) => t.id)).toEqual(['hello', 'service-restored.txt'])
    expect(templates[0]!.file).toBeUndefined()
  })

  it('expands globs', () => {
    expect(load('folder/**/*.txt').templates.map((t) => t.id)).toEqual(['folder/outage/service-restored.txt', 'folder/shipping/delayed-order.txt'])
  })

  it('accepts a mapping of id → body and { templates: [...] }', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netiquette-corpus-'))
    writeFileSync(join(dir, 'map.yaml'), 'welcome: "Hi {{first_name}}, welcome aboard."\nbye:\n  title: Goodbye\n  body: Thanks for being with us.\n')
    writeFileSync(join(dir, 'wrapped.json'), JSON.stringify({ templates: [{ id: 7, body: 'Your order shipped.' }] }))
    const { templates } = loadCorpus(['map.yaml', 'wrapped.json'], { cwd: dir })
    expect(templates.map((t) => [t.id, t.title, t.body])).toEqual([
      ['welcome', undefined, 'Hi {{first_name}}, welcome aboard.'],
      ['bye', 'Goodbye', 'Thanks for being with us.'],
      ['7', undefined, 'Your order shipped.'],
    ])
  })

  it('warns about duplicate ids', () => {
    const { warnings } = loadCorpus([
      { id: 'x', body: 'One.' },
      { id: 'x', body: 'Two.' },
    ])
    expect(warnings.map((w) => w.message)).toEqual(['duplicate template id "x" (also in config)'])
  })
})

describe('bad files are usage errors naming the file', () => {
  it.each([
    ['missing.jsonl', /no such file or folder: missing\.jsonl/],
    ['bad.json', /bad\.json is not valid JSON at line 1/],
    ['wrong-shape.json', /wrong-shape\.json: expected a list of \{ id, body \} records/],
    ['ATTRIBUTION.md.csv', /no such file/],
  ])('%s', (path, message) => {
    expect(() => load(path)).toThrow(UsageError)
    expect(() => load(path)).toThrow(message)
  })

  it('rejects unsupported file types, invalid YAML, binary files and JSON Lines with no JSON line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netiquette-corpus-'))
    writeFileSync(join(dir, 'macros.csv'), 'id,body\n1,Hi\n')
    writeFileSync(join(dir, 'broken.yaml'), '- id: a\n  body: "unclosed\n- : :\n')
    writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x48, 0x69, 0x00, 0x01]))
    writeFileSync(join(dir, 'prose.jsonl'), 'Hello there\nThanks for writing\n')
    mkdirSync(join(dir, 'empty'))
    const at = (p: string) => () => loadCorpus([p], { cwd: dir })
    expect(at('macros.csv')).toThrow(/macros\.csv: unsupported file type "\.csv"/)
    expect(at('broken.yaml')).toThrow(/broken\.yaml is not valid YAML at line \d+/)
    expect(at('blob.txt')).toThrow(/blob\.txt is a binary file/)
    expect(at('prose.jsonl')).toThrow(/prose\.jsonl is not JSON Lines/)
    expect(at('empty')).toThrow(/no \.txt, \.md, \.html, \.json, \.jsonl or \.yaml files in folder empty/)
  })

  it('rejects inline records without id or body', () => {
    expect(() => loadCorpus([{ id: 'a' } as never])).toThrow(/config templates\[0\] \("a"\) has no string "body"/)
  })
})

describe('where a record body sits in its file', () => {
  const pointAt = (file: string, id: string, needle: string) => {
    const t = load(file).templates.find((x) => x.id === id)!
    const locator = bodyLocator(t, fixtures)!
    const offset = locator.toFile(t.body.indexOf(needle))
    expect(locator.text.slice(offset, offset + needle.length)).toBe(needle)
    return lineIndex(locator.text).toPoint(offset)
  }

  it('maps JSON Lines bodies through escapes', () => {
    expect(pointAt('replies.jsonl', 'travel/seat-change', 'Have a good trip!')).toEqual({ line: 2, column: expect.any(Number) })
  })

  it('maps YAML block scalars line by line', () => {
    expect(pointAt('replies.yaml', 'utilities/meter-reading', 'If the bill still looks too high')).toEqual({ line: 9, column: 5 })
  })

  it('maps Zendesk comment values inside the export', () => {
    expect(pointAt('macros.json', '360002', 'Your last payment')).toMatchObject({ line: 16 })
  })

  it('maps folder files one to one', () => {
    const t = load('folder').templates[1]!
    expect(bodyLocator(t, fixtures)!.toFile(42)).toBe(42)
  })
})
