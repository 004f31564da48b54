// The generated docs (rule README Examples from cases.ts, the root README rules table) are current:
// `npm run docs` rewrites them; this fails CI when someone changed a case or a rule's meta without it.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { root } from './build.js'

describe('npm run docs', () => {
  it('has nothing to rewrite (--check)', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'generate-rule-docs.mjs'), '--check'], { cwd: root, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^docs: \d+ files up to date\n$/)
  })
})
