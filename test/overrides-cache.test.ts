/**
 * Building a linter costs milliseconds and linting a draft ~0.1 ms, so a linter with overrides
 * builds one inner linter per distinct merged config, never one per draft.
 */
import { describe, expect, it, vi } from 'vitest'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import * as engine from '../src/linter.js'
import { createPathLinter } from '../src/config/path-linter.js'

vi.mock('../src/linter.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/linter.js')>()
  return { ...original, createLinter: vi.fn(original.createLinter) }
})

describe('linters are cached by merged config', () => {
  it('300 drafts in three folders: three linters (base, macros/, macros/legal/), built once each', () => {
    const dir = join(tmpdir(), 'netiquette-cache-project')
    const built = vi.mocked(engine.createLinter)
    built.mockClear()
    const linter = createPathLinter({
      cwd: dir,
      overrides: [
        { files: 'macros/**', rules: { placeholder: 'off' } },
        { files: 'macros/legal/**', rules: { jargon: 'off' } },
      ],
    })
    expect(built).toHaveBeenCalledTimes(1) // the base, at once: a bad base config fails before any draft
    const text = 'Hi {{first_name}},\n\nThank you for your patience. Your refund was sent today.\n\nBest regards,\nSam\n'
    const counts = new Map<string, number>()
    for (let i = 0; i < 100; i++) {
      for (const folder of ['drafts', 'macros', 'macros/legal']) {
        const n = linter.lintSync(text, { path: join(dir, folder, `reply-${i}.txt`) }).messages.length
        counts.set(folder, n)
      }
    }
    expect(built).toHaveBeenCalledTimes(3)
    expect(Object.fromEntries(counts)).toEqual({ drafts: 1, macros: 0, 'macros/legal': 0 })
  })

  it('without overrides it is the plain linter: one build, the context passed as given', () => {
    const built = vi.mocked(engine.createLinter)
    built.mockClear()
    const linter = createPathLinter({ channel: 'chat' })
    for (let i = 0; i < 50; i++) linter.lintSync('Thanks for waiting!', { path: `drafts/${i}.txt` })
    expect(built).toHaveBeenCalledTimes(1)
    expect(linter.config).toEqual({ channel: 'chat' })
  })
})
