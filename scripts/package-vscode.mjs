#!/usr/bin/env node
/**
 * `npm run package:vscode [-- --out <dir>]`: bundles editors/vscode/extension.js with its language
 * client into dist/extension.js (esbuild; `vscode` stays external, as VS Code provides it) and packages
 * the folder as a .vsix with @vscode/vsce. Prints the .vsix path.
 */
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)))
const args = process.argv.slice(2)
const out = resolve(args[args.indexOf('--out') + 1] && args.includes('--out') ? args[args.indexOf('--out') + 1] : join(repo, 'dist'))

// Package from a copy, so the repository's folder never holds build output.
const work = mkdtempSync(join(tmpdir(), 'netiquette-vscode-'))
cpSync(join(repo, 'editors', 'vscode'), work, { recursive: true })
await build({
  entryPoints: [join(work, 'extension.js')],
  outfile: join(work, 'dist', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  nodePaths: [join(repo, 'node_modules')],
  logLevel: 'warning',
})
rmSync(join(work, 'extension.js'))
mkdirSync(out, { recursive: true })
const vsix = join(out, 'netiquette-vscode.vsix')
const vsce = spawnSync(process.execPath, [join(repo, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', vsix], { cwd: work, encoding: 'utf8' })
rmSync(work, { recursive: true, force: true })
if (vsce.status !== 0) {
  process.stderr.write(vsce.stdout + vsce.stderr)
  process.exit(1)
}
console.log(vsix)
