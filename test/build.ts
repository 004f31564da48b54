// CLI tests run the built bin. The build itself happens once per run in test/global-setup.ts
// (vitest globalSetup); this module only names the repository root for the tests.
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))

/** Kept for test files written before the build moved to globalSetup: the build is already done. */
export function ensureBuilt(): void {}
