import { defineConfig } from 'vitest/config'

// Test files that need a module graph of their own: they check module state a file before them may have
// changed (compromise not yet loaded), wrap the global RegExp while importing the built library fresh, or
// mock a module other files load (overrides-cache mocks src/linter.js: a shared graph may hold the real one).
const isolated = ['test/regex-safety.test.ts', 'test/rules/respect*.test.ts', 'test/overrides-cache.test.ts']

export default defineConfig({
  test: {
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30000,
    hookTimeout: 120000,
    // Processes, not threads: test/run-cli.ts runs the CLI in-process and changes the working folder for
    // the length of a call (process.chdir is not available in worker threads). Two at a time: vitest's
    // default on 2 cores is one, and many files spend their time waiting for a child process.
    pool: 'forks',
    maxWorkers: 2,
    // V8 coverage of src/ and rules/ as the test workers run them (`npm test` and CI: the summary and the
    // threshold, about 5% more CPU; `npm run coverage`: every file, and coverage/index.html). Code that runs
    // only in a child process (the spawned binary, the service's and the audit's worker threads) is not seen.
    // Targeted runs (`npx vitest run <files>`) measure nothing and check no threshold.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'rules/**/*.ts'],
      exclude: ['rules/index.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 90 },
      // A failing test still shows what the run covered.
      reportOnFailure: true,
    },
    projects: [
      // Files share their modules within a worker (the library, the parsers and franc load once per worker,
      // not once per file): a third less CPU for the suite. Tests here must leave module state as they found it.
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: isolated, isolate: false } },
      { extends: true, test: { name: 'isolated', include: isolated, isolate: true } },
    ],
  },
})
