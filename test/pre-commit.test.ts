// The pre-commit hooks (.pre-commit-hooks.yaml), run the way pre-commit runs them: the `entry` words,
// then the staged files that match `files`, in the repository's folder. pre-commit itself is a Python
// tool the test machine may not have, so the test plays its part: filter by `files`, append the names.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { root } from './build.js'

interface Hook {
  id: string
  name: string
  entry: string
  language: string
  files: string
  pass_filenames?: boolean
  require_serial?: boolean
}

const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[]
const bin = join(root, 'bin', 'netiquette.cjs')

/** Run a hook as pre-commit would on these staged paths (relative to `repo`). */
function runHook(hook: Hook, repo: string, staged: string[]) {
  const files = new RegExp(hook.files)
  const names = staged.filter((name) => files.test(name))
  const [command, ...args] = hook.entry.split(' ')
  expect(command).toBe('netiquette') // the package's bin, on PATH once pre-commit installs it
  const r = spawnSync(process.execPath, [bin, ...args, ...names], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, names }
}

function macroRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), 'netiquette-precommit-'))
  writeFileSync(join(repo, 'package.json'), '{"name":"support-macros","private":true}\n')
  mkdirSync(join(repo, 'macros'))
  writeFileSync(join(repo, 'macros', 'refund.md'), 'Hi {{ticket.requester.first_name}},\n\nThank you for your patience. Your refund was sent today and reaches your card within 5 business days.\n\nKind regards,\n{{current_user.first_name}}\n')
  writeFileSync(join(repo, 'macros', 'broken.md'), 'Hi {{first_name},\n\nThank you for your patience. Your refund was sent today.\n\nKind regards,\nSam\n')
  return repo
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares node hooks that run the netiquette bin on file names', () => {
    expect(hooks.map((h) => h.id)).toEqual(['netiquette-templates', 'netiquette'])
    for (const hook of hooks) {
      expect(hook).toMatchObject({ language: 'node', pass_filenames: true })
      expect(hook.name.length).toBeGreaterThan(0)
    }
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }
    expect(Object.keys(pkg.bin)).toContain('netiquette')
  })

  it('passes a clean macro and fails a broken one, skipping files outside `files`', () => {
    const hook = hooks.find((h) => h.id === 'netiquette-templates')!
    const repo = macroRepo()
    const clean = runHook(hook, repo, ['macros/refund.md', 'package.json'])
    expect(clean.names).toEqual(['macros/refund.md'])
    expect(clean.code).toBe(0)
    const broken = runHook(hook, repo, ['macros/refund.md', 'macros/broken.md'])
    expect(broken.code).toBe(1)
    expect(broken.stdout).toContain('macros/broken.md')
    expect(broken.stdout).toContain('placeholder-syntax')
  })

  it('lints staged reply drafts with the plain netiquette hook', () => {
    const hook = hooks.find((h) => h.id === 'netiquette')!
    const repo = mkdtempSync(join(tmpdir(), 'netiquette-precommit-'))
    writeFileSync(join(repo, 'good.txt'), 'Hi Maria,\n\nThank you for your patience. Your refund was sent today.\n\nBest regards,\nSam\n')
    writeFileSync(join(repo, 'bad.txt'), 'Hi Maria,\n\nThat crap courier lost it, sorry.\n\nBest regards,\nSam\n')
    expect(runHook(hook, repo, ['good.txt']).code).toBe(0)
    const bad = runHook(hook, repo, ['good.txt', 'bad.txt', 'notes.json'])
    expect(bad.names).toEqual(['good.txt', 'bad.txt'])
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain('profanity')
  })
})
