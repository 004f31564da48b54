/**
 * The browser entry bundles with no shims: a tiny help-desk app that imports `netiquette` is
 * built with esbuild, Vite and webpack 5 exactly as an app developer would (package resolved
 * from node_modules, each bundler's browser defaults), and must come out with no error or
 * warning, no `node:` import, compromise and franc-min in chunks of their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const compromiseVersion = (JSON.parse(readFileSync(join(root, 'node_modules/compromise/package.json'), 'utf8')) as { version: string }).version
let app: string

// A sidebar app: an English-only linter, linting the agent's draft against the ticket.
const APP = `import { createLinter } from 'netiquette'
const linter = createLinter({ language: 'en' })
export async function check(draft) {
  return linter.lint(draft, { channel: 'email', customer: { name: 'Maria', message: 'Where is my refund?' } })
}
check('Hi Maria, your refund is on its way.').then((result) => console.log(result.score))
`

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), 'netiquette-app-'))
  mkdirSync(join(app, 'node_modules'))
  symlinkSync(root, join(app, 'node_modules', 'netiquette'), 'dir')
  writeFileSync(join(app, 'main.js'), APP)
  writeFileSync(join(app, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>\n')
  writeFileSync(join(app, 'package.json'), '{ "name": "sidebar-app", "private": true, "type": "module" }\n')
})

afterAll(() => rmSync(app, { recursive: true, force: true }))

/** Every JavaScript file under `dir`, with its text. */
function outputs(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }))
}

/** `import … from 'node:x'`, `import('node:x')`, `require('node:x')`, and the bare builtins Node-only code imports. */
const NODE_IMPORT = /\b(?:from|import)\s*["'](?:node:|(?:fs|path|url|module|os)["'])|\b(?:import|require)\s*\(\s*["'](?:node:|(?:fs|path|url|module|os)["'])/
/** Doc-comment and line-comment lines (webpack keeps vfile's `*   import process from 'node:process'`). */
const COMMENT_LINE = /^[ \t]*(?:\*|\/\/).*$/gm

function expectBrowserOutput(dir: string): void {
  const files = outputs(dir)
  expect(files.length).toBeGreaterThan(1)
  for (const { file, text } of files) expect(NODE_IMPORT.exec(text.replace(COMMENT_LINE, ''))?.[0], file).toBeUndefined()
  // compromise and franc-min are loaded by import() on first need: never in the app's own chunk.
  const holding = (marker: string) => files.filter((f) => f.text.includes(marker)).map((f) => f.file)
  const entry = files.find((f) => f.text.includes('courtesy marker'))!
  expect(entry, 'the chunk with the rules').toBeDefined()
  // Not even by name: the import() points at a chunk file, not at the package left for the app to resolve.
  expect(entry.text.includes('compromise/two'), `${entry.file} names compromise/two`).toBe(false)
  const compromiseChunks = holding(compromiseVersion) // compromise's version string
  expect(compromiseChunks.length).toBe(1)
  expect(compromiseChunks[0]).not.toBe(entry.file)
  const francChunks = holding('Cyrillic') // a script franc-min tells apart
  expect(francChunks.length).toBeGreaterThanOrEqual(1)
  expect(francChunks).not.toContain(entry.file)
}

describe('the browser entry bundles with no shims', () => {
  it('esbuild (platform browser, splitting)', { timeout: 120_000 }, async () => {
    const { build } = await import('esbuild')
    const outdir = join(app, 'out-esbuild')
    const result = await build({ absWorkingDir: app, entryPoints: ['main.js'], bundle: true, splitting: true, format: 'esm', platform: 'browser', outdir, minify: true, logLevel: 'silent' })
    expect(result.errors).toEqual([])
    expect(result.warnings.map((w) => w.text)).toEqual([])
    expectBrowserOutput(outdir)
  })

  it('netiquette/browser names the browser build for any bundler (esbuild, platform neutral)', { timeout: 120_000 }, async () => {
    const { build } = await import('esbuild')
    writeFileSync(join(app, 'explicit.js'), "import { createLinter, loadCompromise } from 'netiquette/browser'\nconsole.log(createLinter, loadCompromise)\n")
    const outdir = join(app, 'out-neutral')
    const result = await build({ absWorkingDir: app, entryPoints: ['explicit.js'], bundle: true, splitting: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], outdir, logLevel: 'silent' })
    expect(result.warnings.map((w) => w.text)).toEqual([])
    expectBrowserOutput(outdir)
  })

  it('Vite (build API, default config)', { timeout: 120_000 }, async () => {
    const { build } = await import('vite')
    const outDir = join(app, 'out-vite')
    const logged: string[] = []
    const log = (message: string) => logged.push(message)
    await build({
      root: app,
      configFile: false,
      logLevel: 'warn',
      customLogger: { info() {}, warn: log, warnOnce: log, error: log, clearScreen() {}, hasErrorLogged: () => false, hasWarned: false },
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 10_000 },
    })
    expect(logged).toEqual([])
    expectBrowserOutput(outDir)
  })

  // Not minified: terser over 2 MB takes minutes on a busy CI machine and is not what is checked here.
  it('webpack 5 (node API, target web)', { timeout: 240_000 }, async () => {
    const { default: webpack } = await import('webpack')
    const path = join(app, 'out-webpack')
    const stats = await new Promise<import('webpack').Stats>((resolve, reject) =>
      webpack({ context: app, mode: 'production', target: 'web', entry: './main.js', output: { path }, optimization: { minimize: false }, performance: { hints: false } }, (error, result) => (error ? reject(error) : resolve(result!))),
    )
    const info = stats.toJson({ all: false, errors: true, warnings: true })
    expect(info.errors?.map((e) => e.message) ?? []).toEqual([])
    expect(info.warnings?.map((w) => w.message) ?? []).toEqual([])
    expectBrowserOutput(path)
  })
})
