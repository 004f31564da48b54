// CLI tests run the built bin. The build itself happens once per run in test/global-setup.ts
// (vitest globalSetup); this module only names the repository root for the tests.
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))
