// Build once per test run (vitest globalSetup), before any test file starts: the CLI, bundle and
// action tests run the built bin, so they must see the current source. Building per file ran the
// whole build three times a run. NETIQUETTE_SKIP_BUILD=1 skips it (CI builds just before the tests).
// Each vitest project (vitest.config.ts) calls this; the environment variable makes the second call a no-op.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

export default function buildOnce(): void {
  if (process.env.NETIQUETTE_SKIP_BUILD) return
  execFileSync(process.execPath, ['scripts/generate-rule-index.mjs'], { cwd: root, stdio: 'inherit' })
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' })
  execFileSync(process.execPath, ['scripts/bundle-cli.mjs'], { cwd: root, stdio: 'inherit' })
  execFileSync(process.execPath, ['scripts/bundle-browser.mjs'], { cwd: root, stdio: 'inherit' })
  process.env.NETIQUETTE_SKIP_BUILD = '1'
}
