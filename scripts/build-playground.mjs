#!/usr/bin/env node
// `npm run build:playground`: the playground (playground/) as static files in dist/playground,
// bundled with esbuild against the package's browser entry. No CDN, no network request at run time.
import { copyFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { bundleForBrowser } from './browser-kit.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const outdir = `${root}dist/playground`

const { warnings, chunks } = await bundleForBrowser({ absWorkingDir: root, entryPoints: ['playground/main.ts'], outdir })
for (const warning of warnings) console.warn(`build:playground: ${warning.text}`)
for (const file of ['index.html', 'style.css']) copyFileSync(`${root}playground/${file}`, `${outdir}/${file}`)
const kb = (n) => `${(n / 1024).toFixed(1)} KB`
for (const c of chunks) console.log(`  ${c.file.padEnd(40)} ${kb(c.bytes).padStart(9)} min ${kb(c.gzip).padStart(9)} gzip`)
console.log(`build:playground: dist/playground (open dist/playground/index.html through any static server)`)
