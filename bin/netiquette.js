#!/usr/bin/env node
// The CLI entry: everything lives in dist/src/cli.js (built by `npm run build`).
import { runCli } from '../dist/src/cli.js'

process.exitCode = await runCli(process.argv.slice(2))
