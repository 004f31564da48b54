// CLI tests run the built bin: build once so they test the current source.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))
let built = false

export function ensureBuilt(): void {
  if (built || process.env.NETIQUETTE_SKIP_BUILD) return
  execFileSync(process.execPath, ['scripts/generate-rule-index.mjs'], { cwd: root, stdio: 'inherit' })
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' })
  execFileSync(process.execPath, ['scripts/bundle-cli.mjs'], { cwd: root, stdio: 'inherit' })
  built = true
}
