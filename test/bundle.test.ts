// The CLI runs a bundle (dist/cli/index.cjs, from V8's code cache, with word lists parsed lazily):
// it must find exactly what the library finds. Every eval case (English and Turkish, curly quotes,
// Turkish letters in regexes) goes through both.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from './build.js'
import { lint } from '../src/index.js'

interface Case {
  text: string
}

const caseFiles = [join(root, 'test/eval/cases.jsonl'), ...readdirSync(join(root, 'test/eval/cases')).map((f) => join(root, 'test/eval/cases', f))]
const cases: Case[] = caseFiles.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case),
)

describe('the bundled CLI and the library agree', () => {
  it(`on all ${cases.length} eval drafts`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netiquette-bundle-'))
    cases.forEach((c, i) => writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), c.text))
    const r = spawnSync(process.execPath, [join(root, 'bin', 'netiquette.cjs'), dir, '--format', 'json', '--show-secrets'], { encoding: 'utf8', maxBuffer: 1 << 28 })
    const files = (JSON.parse(r.stdout) as { files: Array<{ path: string; messages: Array<Record<string, unknown>> }> }).files
    expect(files).toHaveLength(cases.length)
    const shape = (m: Record<string, unknown>) => [m.ruleId, m.severity, m.offset, m.endOffset, m.message, m.suggestions, m.fix ?? null]
    const differ: string[] = []
    for (const file of files) {
      // eslint-disable-next-line regexp/no-super-linear-move -- a test file name
      const i = Number(/(\d+)\.txt$/.exec(file.path)![1])
      const library = await lint(cases[i]!.text, { path: file.path })
      if (JSON.stringify(file.messages.map(shape)) !== JSON.stringify(library.messages.map((m) => shape(m as unknown as Record<string, unknown>)))) differ.push(file.path)
    }
    expect(differ).toEqual([])
  }, 120_000)
})
