// The VS Code extension folder (editors/vscode) bundles and packages into a .vsix with @vscode/vsce.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from './build.js'

describe('editors/vscode', () => {
  it('packages into a .vsix holding the bundled client and its manifest', () => {
    const out = mkdtempSync(join(tmpdir(), 'netiquette-vsix-'))
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'package-vscode.mjs'), '--out', out], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const vsix = join(out, 'netiquette-vscode.vsix')
    expect(r.stdout.trim()).toBe(vsix)
    const bytes = readFileSync(vsix)
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from('PK\u0003\u0004', 'latin1')) // a zip
    // The entries, read by Python's zipfile (present wherever node-gyp builds); else the size check above stands.
    const list = spawnSync('python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', vsix], { encoding: 'utf8' })
    if (list.status === 0) {
      const names = list.stdout.trim().split('\n')
      expect(names).toEqual(expect.arrayContaining(['extension/package.json', 'extension/dist/extension.js', 'extension/readme.md', 'extension/LICENSE.txt']))
      expect(names.some((n) => n.includes('node_modules'))).toBe(false) // the client is bundled in
    }
    const manifest = JSON.parse(readFileSync(join(root, 'editors', 'vscode', 'package.json'), 'utf8')) as { main: string; engines: { vscode: string } }
    expect(manifest.main).toBe('./dist/extension.js')
  }, 120_000)
})
