// `npm run lint:examples [folder]`: lint the example drafts as a user sees them (stylish), and
// pass when exactly the `bad-*` examples have errors: the CLI's exit 1 for them is the point.
// A usage error (exit 2: a mistyped path, a broken config), a crash, a good example with errors
// or a bad example without any fails.
import { spawnSync } from 'node:child_process'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const bin = join(fileURLToPath(new URL('..', import.meta.url)), 'bin', 'netiquette.cjs')
const target = process.argv[2] ?? 'examples'

const shown = spawnSync(process.execPath, [bin, target], { stdio: 'inherit' })
if (shown.status !== 0 && shown.status !== 1) {
  console.error(`lint:examples: netiquette ${shown.status === null ? `was killed by ${shown.signal}` : `exited with ${shown.status}`}`)
  process.exit(shown.status || 2)
}

const json = spawnSync(process.execPath, [bin, target, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 26 })
/** @type {Array<{ path: string, errorCount: number }>} */
const files = JSON.parse(json.stdout).files
const wrong = files.filter((f) => f.errorCount > 0 !== basename(f.path).startsWith('bad-'))
for (const f of wrong) {
  console.error(`lint:examples: ${f.path}: ${f.errorCount > 0 ? 'a good example with errors' : 'a bad-* example without errors'}`)
}
if (wrong.length > 0) process.exit(1)
if (shown.status === 1) console.log('(exit code 1 above: the bad-* examples are meant to fail)')
