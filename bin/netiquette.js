#!/usr/bin/env node
// The CLI entry. dist/cli/index.mjs is the CLI bundled (lazy chunks beside it) for a fast cold start
// (built by `npm run build`); dist/src/cli.js is the same code unbundled.
import { runCli } from '../dist/cli/index.mjs'

process.exitCode = await runCli(process.argv.slice(2))
