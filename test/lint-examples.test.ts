// `npm run lint:examples` (scripts/lint-examples.mjs): passes when exactly the bad-* examples
// have errors, fails on a usage error (exit 2) and on an example that behaves against its name.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from './build.js'

const BAD = 'Hi {{first_name}},\n\nSorry, that crap courier lost it.\n\nBest regards,\nSam\n'
const GOOD = 'Hi Maria,\n\nThank you for your patience. Your refund was sent today.\n\nBest regards,\nSam\n'

function lintExamples(cwd: string, args: string[] = []) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'lint-examples.mjs'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'netiquette-examples-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

describe('npm run lint:examples', () => {
  it("passes on the repository's examples, whose bad-* drafts fail as meant", () => {
    const r = lintExamples(root)
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('examples/bad-profanity-reply.txt')
    expect(r.stdout).toContain('✖ 5 problems (5 errors, 0 warnings, 0 info)')
    expect(r.stdout.trimEnd().endsWith('(exit code 1 above: the bad-* examples are meant to fail)')).toBe(true)
    expect(r.stderr).toBe('')
  })

  it('fails with exit 2 on a usage error (a mistyped folder)', () => {
    const r = lintExamples(folder({}), ['exmaples'])
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('netiquette: no such file or folder: exmaples\nlint:examples: netiquette exited with 2\n')
  })

  it('fails when a good example has errors', () => {
    const r = lintExamples(folder({ 'good-reply.txt': BAD, 'bad-reply.txt': BAD }), ['.'])
    expect(r.status).toBe(1)
    expect(r.stderr).toBe('lint:examples: good-reply.txt: a good example with errors\n')
  })

  it('fails when a bad-* example has no errors', () => {
    const r = lintExamples(folder({ 'good-reply.txt': GOOD, 'bad-reply.txt': GOOD }), ['.'])
    expect(r.status).toBe(1)
    expect(r.stderr).toBe('lint:examples: bad-reply.txt: a bad-* example without errors\n')
  })

  it('passes on clean good examples alone', () => {
    const r = lintExamples(folder({ 'good-reply.txt': GOOD }), ['.'])
    expect([r.status, r.stderr]).toEqual([0, ''])
  })
})
