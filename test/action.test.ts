// action.yml: the composite action's run step, executed as GitHub would (bash, inputs as env).
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { root } from './build.js'

interface Step {
  name: string
  shell: string
  run: string
  env?: Record<string, string>
}
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { required?: boolean; default?: string }>
  runs: { using: string; steps: Step[] }
}
const runStep = action.runs.steps.find((s) => s.name === 'Run netiquette')!

function runAction(inputs: Record<string, string>, cwd: string) {
  const defaults = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? '']))
  const all = { ...defaults, ...inputs }
  const env: Record<string, string> = { ...process.env, GITHUB_ACTION_PATH: root } as Record<string, string>
  // `${{ inputs.x }}` in the step's env, resolved the way the runner does.
  for (const [k, v] of Object.entries(runStep.env ?? {})) env[k] = v.replace(/\$\{\{\s*inputs\.(\w+)\s*\}\}/g, (_, name: string) => all[name] ?? '')
  const r = spawnSync('bash', ['-e', '-c', runStep.run], { cwd, env, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('action.yml', () => {
  it('is a composite action that installs this checkout and passes inputs through the environment', () => {
    expect(action.runs.using).toBe('composite')
    expect(action.inputs.paths!.required).toBe(true)
    expect(action.runs.steps[0]!.run).toContain('npm ci --prefix "$GITHUB_ACTION_PATH"')
    expect(runStep.run).not.toMatch(/\$\{\{/) // no input spliced into the script
  })

  it('checks a template corpus and writes GitHub annotations', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netiquette-action-'))
    mkdirSync(join(dir, 'macros'))
    writeFileSync(join(dir, 'macros', 'refund.txt'), 'Hi {{first_name}},\n\nYour refund is on its way.\n\nBest regards,\nSam\n')
    const r = runAction({ paths: 'macros/' }, dir)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^::error file=macros\/refund\.txt,line=1,col=4,.*title=netiquette\(placeholder-syntax\)::/m)
  })

  it('lints reply drafts with extra options, and writes a report file when asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netiquette-action-'))
    writeFileSync(join(dir, 'reply.txt'), 'Hi Maria,\n\nThank you for your patience. Your refund was sent today.\n\nBest regards,\nSam\n')
    expect(runAction({ command: 'lint', paths: 'reply.txt', args: '--max-warnings 0' }, dir).code).toBe(0)
    const r = runAction({ command: 'lint', paths: 'reply.txt', format: 'sarif', output: 'out.sarif' }, dir)
    expect(r.code).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).version).toBe('2.1.0')
  })

  it('refuses an unknown command with an annotation and exit code 2', () => {
    const r = runAction({ command: 'fix-everything', paths: '.' }, tmpdir())
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('::error title=netiquette::command must be templates or lint')
  })
})
