/**
 * Shared by the playground build, `npm run bench` (scripts/bench-browser.mjs) and the browser
 * tests: bundling for the browser with esbuild, a static file server on loopback, and headless
 * Chromium (Debian's `chromium`, driven by playwright-core).
 */
import { build } from 'esbuild'
import { createServer } from 'node:http'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Headless, and nothing that talks to the network on its own (updates, sync, field trials). */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** Path of a Chromium to drive (NETIQUETTE_CHROMIUM overrides), or undefined when none is installed. */
export function findChromium() {
  const wanted = process.env.NETIQUETTE_CHROMIUM
  if (wanted) return existsSync(wanted) ? wanted : undefined
  return CANDIDATES.find((path) => existsSync(path))
}

/** Starts headless Chromium with a fresh profile; `close()` stops it and removes the profile. */
export async function launchChromium() {
  const executablePath = findChromium()
  if (!executablePath) throw new Error("no Chromium found (install Debian's chromium or set NETIQUETTE_CHROMIUM)")
  const { chromium } = await import('playwright-core')
  const profile = mkdtempSync(join(tmpdir(), 'netiquette-chromium-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_FLAGS, viewport: { width: 1200, height: 760 } })
  return {
    context,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png' }

/**
 * Serves a folder on 127.0.0.1 (a free port); `requests` lists every path asked for. Responses
 * are not cached unless `cache` is set (the bench fetches the chunks first, then times import()).
 * `isolated` sends COOP/COEP: a cross-origin isolated page's performance.now() has 5 µs resolution
 * instead of 100 µs.
 */
export async function serveStatic(root, { cache = false, isolated = false } = {}) {
  const requests = []
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    requests.push(path)
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path))
    if (relative(root, file).startsWith('..') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found')
      return
    }
    const isolation = isolated ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {}
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache ? 'max-age=3600' : 'no-store', ...isolation })
    res.end(readFileSync(file))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((resolve) => server.close(resolve)) }
}

/**
 * Bundles `entryPoints` for the browser as ES modules with code splitting (dynamic imports
 * become chunks of their own), minified, into `outdir`. Returns esbuild's warnings and each
 * chunk's size, minified and gzipped, with the packages it holds.
 */
export async function bundleForBrowser({ entryPoints, outdir, absWorkingDir }) {
  rmSync(outdir, { recursive: true, force: true })
  const result = await build({
    absWorkingDir,
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
  })
  const chunks = Object.entries(result.metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .map(([file, output]) => {
      const bytes = readFileSync(join(absWorkingDir ?? process.cwd(), file))
      const name = (path) => relative(outdir, join(absWorkingDir ?? process.cwd(), path))
      return {
        file: name(file),
        entry: output.entryPoint,
        bytes: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        packages: packagesOf(Object.keys(output.inputs)),
        /** Chunks this one imports statically (loaded with it), not by `import()`. */
        imports: output.imports.filter((i) => i.kind === 'import-statement').map((i) => name(i.path)),
      }
    })
  return { warnings: result.warnings, chunks }
}

/** The npm packages (or `netiquette`) whose files went into a chunk. */
function packagesOf(inputs) {
  const names = new Set()
  for (const input of inputs) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)
    names.add(match ? match[1] : 'netiquette')
  }
  return [...names].sort()
}
