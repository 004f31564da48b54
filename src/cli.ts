/**
 * The `netiquette` command. Exit codes follow ESLint: 0 clean (or only warnings within
 * --max-warnings), 1 errors or too many warnings, 2 usage, input or config error.
 */
import { dirname, resolve } from 'node:path'
import { readFileSync } from 'node:fs'
import { Command, CommanderError, Option } from 'commander'
import type { Linter } from './linter.js'
import { createPathLinter } from './config/path-linter.js'
import { UsageError } from './errors.js'
import { findConfig, loadConfigFile, type LoadedConfig } from './config/load.js'
import { expandPaths, parseSize, readDraft, readDraftFile, readStdin } from './cli/inputs.js'
import { writeFixed } from './cli/write.js'
import { DEFAULT_MAX_FILE_SIZE } from './read-file.js'
import { lintUnderFrontMatter } from './input/front-matter.js'
import { describeWriteError, guardStdio, stdoutFailure, writeReport } from './cli/output.js'
import { importModule } from './dynamic-import.js'
import { formatResults, FORMATS, type FileResult, type FormatName } from './report/index.js'
import { formatTiming } from './report/timing.js'
import { useColor } from './report/color.js'
import { printable } from './report/printable.js'
import { rules } from '../rules/index.js'
import { CHANNELS, FORMATS as DRAFT_FORMATS, LANGUAGES, type Channel, type Config, type Format, type Language, type LintResult, type ReplyContext, type RuleSetting } from './types.js'

export { setModuleImporter } from './dynamic-import.js'
export { v8FlagsChanged } from './v8-flags-state.js'

export interface CliIO {
  stdout: (s: string) => void
  stderr: (s: string) => void
  stdinIsTTY: boolean
  stdoutIsTTY: boolean
  /** Where a piped draft is read from (default: process.stdin); tests run the CLI in-process with one. */
  stdin?: AsyncIterable<Buffer | string>
}

const defaultIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
}

interface LintFlags {
  channel?: Channel
  customerName?: string
  customerMessage?: string
  followup?: boolean
  language?: Language
  format: FormatName
  output?: string
  quiet?: boolean
  maxWarnings?: number
  fix?: boolean
  rule: string[]
  config?: string
  templates: string[]
  color?: boolean
  maxFileSize: number
  showSecrets?: boolean
  stdinFilename?: string
  inputFormat?: Format
}

export function version(): string {
  // dist/src/cli.js and the bundled dist/cli/index.cjs both sit two levels below package.json.
  for (const path of ['../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { name?: string; version: string }
      if (pkg.name === 'netiquette') return pkg.version
    } catch {
      // try the next location
    }
  }
  return '0.0.0'
}

const collect = (value: string, previous: string[]): string[] => [...previous, value]

function parseInteger(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new UsageError(`--max-warnings must be a whole number, got "${value}"`)
  return Number(value)
}

export function ruleFlags(flags: readonly string[]): Record<string, RuleSetting> {
  const known = new Set(rules.map((r) => r.meta.id))
  const out: Record<string, RuleSetting> = {}
  for (const flag of flags) {
    const match = /^([\w-]+)=(off|info|warn|warning|error)$/.exec(flag.trim())
    if (!match) throw new UsageError(`--rule must look like <id>=off|info|warn|error, got "${flag}"`)
    if (!known.has(match[1]!)) throw new UsageError(`unknown rule id "${match[1]}" (known: ${[...known].join(', ')})`)
    out[match[1]!] = match[2] as RuleSetting
  }
  return out
}

export async function runCli(argv: readonly string[], io: CliIO = defaultIO): Promise<number> {
  const program = new Command()
  let exitCode = 0
  // Subcommand options (templates --format) must not be swallowed by the main command's.
  program.enablePositionalOptions()
  // Set before the subcommands are made, which copy them: a bad `templates` option exits 2 with one line too.
  program.exitOverride()
  program.configureOutput({
    writeOut: (s) => io.stdout(s),
    writeErr: (s) => io.stderr(s),
    outputError: (s, write) => write(s.split('\n')[0] + '\n'),
  })
  program
    .name('netiquette')
    .description('Lint customer-service replies before they are sent.')
    .version(version(), '-v, --version')
    .argument('[paths...]', "drafts: files, folders (recursive: .txt .md .markdown .html .htm), globs; '-' for stdin")
    .addOption(new Option('--channel <channel>', 'reply channel').choices(CHANNELS))
    .option('--customer-name <name>', "the customer's name")
    .option('--customer-message <file>', "file with the customer's message being answered (context only)")
    .option('--followup', 'a later message in an ongoing conversation')
    .addOption(new Option('--language <language>', 'language of the drafts').choices(LANGUAGES))
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file')
    .option('--quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseInteger)
    .option('--fix', 'apply safe fixes in place (on stdin: print the fixed text)')
    .option('--rule <id=severity>', 'set a rule: <id>=off|info|warn|error (repeatable)', collect, [])
    .option('-c, --config <file>', 'config file (skips discovery)')
    .option('--templates <path>', 'template corpus for copy-paste detection (repeatable)', collect, [])
    .option('--no-color', 'no colors in stylish output (also NO_COLOR=1; FORCE_COLOR=1 colors a pipe)')
    .option('--max-file-size <size>', 'largest draft read, e.g. 10MB (regular files and stdin only)', parseSize, DEFAULT_MAX_FILE_SIZE)
    .option('--show-secrets', 'print secrets the pii rule finds in full (masked by default)')
    .option('--stdin-filename <path>', 'name of the draft read on stdin: its format, config discovery and report name')
    .addOption(new Option('--input-format <format>', 'read drafts as this format whatever their name').choices(DRAFT_FORMATS))
    .action(async (paths: string[], flags: LintFlags) => {
      exitCode = await lintCommand(paths, flags, io)
    })
  program
    .command('templates')
    .description('check a corpus of canned responses (macros, saved replies) for CI')
    .argument('<paths...>', 'template files or folders')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file')
    .option('--quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseInteger)
    .option('--baseline <file>', 'only fail on findings not recorded in this baseline')
    .option('--update-baseline', 'rewrite the baseline with the current findings')
    .option('--rule <id=severity>', 'set a rule (repeatable)', collect, [])
    .option('-c, --config <file>', 'config file')
    .option('--show-secrets', 'print secrets the pii rule finds in full (masked by default; never written to the baseline)')
    .addOption(new Option('--channel <channel>', "the templates' channel (default: the config's channel, else email)").choices(CHANNELS))
    .action(async (paths: string[], flags: { format: string; output?: string; quiet?: boolean; maxWarnings?: number; baseline?: string; updateBaseline?: boolean; rule: string[]; config?: string; showSecrets?: boolean; channel?: Channel }) => {
      const loaded = flags.config ? (await loadConfigFile(flags.config)).config : (await findConfig(resolve(paths[0] ?? '.'))).config
      const config = flags.channel ? { ...loaded, channel: flags.channel } : loaded
      // Loaded on demand: the corpus tools (and node:crypto) are not needed to lint a draft.
      const { runTemplatesCommand } = await import('./cli/templates.js')
      // The process's own streams by default; an in-process caller's io otherwise.
      const templatesIO = io === defaultIO ? undefined : { stdout: io.stdout, stderr: io.stderr, stdoutIsTTY: io.stdoutIsTTY, stderrIsTTY: false }
      exitCode = await runTemplatesCommand(paths, { ...flags, config, rules: ruleFlags(flags.rule), io: templatesIO })
    })
  program
    .command('audit')
    .description('score whole conversation exports (JSONL, CSV, Zendesk) into an HTML report, CSVs and a JSON summary; `audit merge <summary.json...>` combines shards')
    .argument('<exports...>', "export files, or 'merge' and partial summary.json files")
    .option('-o, --out <folder>', 'folder for report.html, summary.json and the CSVs', 'netiquette-audit')
    .option('--workers <n>', 'threads linting (default: one per core, one for an export under 16 MB)', wholeNumber('--workers', 1, 256))
    .option('--shard <i/n>', 'audit only the conversations of shard i of n (split by conversation id hash)')
    .option('--no-redact', 'do not mask e-mails, phone and card-like numbers in examples (secrets the pii rule finds stay masked)')
    .option('--title <text>', "the report's title")
    .option('--rule <id=severity>', 'set a rule (repeatable)', collect, [])
    .option('-c, --config <file>', 'config file (default: discovered from the working folder); its sla.firstResponse sets the SLA')
    .action(async (paths: string[], flags: { out: string; workers?: number; shard?: string; redact: boolean; title?: string; rule: string[]; config?: string }) => {
      const loaded = flags.config ? await loadConfigFile(flags.config) : await findConfig(process.cwd())
      const config: Config = { ...loaded.config, rules: { ...loaded.config.rules, ...ruleFlags(flags.rule) } }
      // Outside the CLI bundle like the service: its worker threads load the library from dist/src/.
      const { runAuditCommand } = (await importModule(new URL('../src/audit/command.js', import.meta.url).href)) as typeof import('./audit/command.js')
      exitCode = await runAuditCommand(paths, flags, config, io)
    })
  program
    .command('lsp')
    .description('language server over stdio for editors (VS Code, Neovim, Helix; see the README)')
    .option('--stdio', 'talk over stdin/stdout (the default and only transport)')
    .action(async () => {
      // Outside the CLI bundle like the service: it loads the library and vscode-languageserver itself.
      const { startLanguageServer } = (await importModule(new URL('../src/lsp/server.js', import.meta.url).href)) as typeof import('./lsp/server.js')
      await tuneV8ForLongRun()
      const connection = startLanguageServer()
      exitCode = await new Promise<number>((resolve) => connection.onExit(() => resolve(0)))
    })
  program
    .command('serve')
    .description('lint over HTTP: POST /v1/lint and /v1/fix, GET /v1/rules and /healthz (see the README)')
    .option('--port <n>', 'port (0: any free port)', wholeNumber('--port', 0, 65535), 8080)
    .option('--host <address>', 'address to bind (default: loopback only)', '127.0.0.1')
    .option('--workers <n>', 'worker threads (default: one per core)', wholeNumber('--workers', 1, 256))
    .option('--timeout <ms>', 'time limit per request; slower drafts get 503', wholeNumber('--timeout', 1, 3_600_000), 10_000)
    .option('--max-body <bytes>', 'largest request body; larger ones get 413', wholeNumber('--max-body', 1, 1 << 30), 1_000_000)
    .option('-c, --config <file>', 'config every request starts from (default: discovered from the working folder)')
    .action(async (flags: { port: number; host: string; workers?: number; timeout: number; maxBody: number; config?: string }) => {
      exitCode = await serveCommand(flags, io)
    })
  if (io === defaultIO) guardStdio()
  try {
    await program.parseAsync([...argv], { from: 'user' })
    const failure = io === defaultIO ? await stdoutFailure() : undefined
    if (failure) {
      io.stderr(`netiquette: cannot write to standard output: ${describeWriteError(failure)}\n`)
      return 2
    }
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0
      return 2
    }
    if (error instanceof UsageError) {
      io.stderr(`netiquette: ${printable(error.message)}\n`)
      return 2
    }
    const err = error as NodeJS.ErrnoException
    io.stderr(`netiquette: ${printable(String(err.message ?? error).split('\n')[0]!)}\n`)
    return 2
  }
}

async function lintCommand(paths: string[], flags: LintFlags, io: CliIO): Promise<number> {
  const cliRules = ruleFlags(flags.rule)
  // --stdin-filename says stdin is the input even on a terminal (ESLint's convention: editors pipe a buffer).
  const useStdin = paths.length === 0 ? !io.stdinIsTTY || flags.stdinFilename !== undefined : paths.includes('-')
  if (paths.length === 0 && !useStdin) throw new UsageError('no input: give files, folders or globs, or pipe a draft on stdin (try --help)')
  if (flags.stdinFilename !== undefined && !useStdin) throw new UsageError('--stdin-filename names the draft read on stdin: give no paths, or "-"')
  const files = await expandPaths(paths.filter((p) => p !== '-'))
  const customerMessage = flags.customerMessage ? await readDraft(flags.customerMessage, flags.maxFileSize) : undefined
  const context: ReplyContext = {
    ...(flags.channel ? { channel: flags.channel } : {}),
    ...(flags.language ? { language: flags.language } : {}),
    // Absent unless given: a config's `followup` default (a chat queue) applies then.
    ...(flags.followup ? { followup: true } : {}),
    customer: { ...(flags.customerName ? { name: flags.customerName } : {}), ...(customerMessage !== undefined ? { message: customerMessage } : {}) },
    ...(flags.inputFormat ? { format: flags.inputFormat } : {}),
  }
  const explicit: LoadedConfig | undefined = flags.config ? await loadConfigFile(flags.config) : undefined
  const timing = process.env.TIMING ? new Map<string, number>() : undefined
  const linters = new Map<string, Linter>()
  const linterFor = async (from: string): Promise<Linter> => {
    const loaded = explicit ?? (await findConfig(from))
    const key = loaded.filepath ?? '<none>'
    let linter = linters.get(key)
    if (!linter) {
      const config: Config = {
        ...loaded.config,
        ...(flags.templates.length > 0 ? { templates: [...(loaded.config.templates ?? []), ...flags.templates.map((t) => resolve(t))] } : {}),
      }
      // Per-file `overrides` are merged first; --rule flags go on top of them, as in ESLint.
      linter = createPathLinter(config, { timing, prepare: (c) => ({ ...c, rules: { ...c.rules, ...cliRules } }) })
      linters.set(key, linter)
    }
    return linter
  }

  const results: FileResult[] = []
  if (useStdin) {
    const text = await readStdin(flags.maxFileSize, io.stdin)
    // The named path gives the format (unless --input-format), the config search's start and the report's
    // name; the file itself is never read or written.
    const name = flags.stdinFilename
    const linter = await linterFor(name !== undefined ? dirname(resolve(name)) : process.cwd())
    const stdinContext: ReplyContext = name !== undefined ? { ...context, path: name } : context
    const path = name ?? '<stdin>'
    const linted = await lintUnderFrontMatter(linter, text, stdinContext, { fix: flags.fix, where: `${path}: front matter` })
    if (flags.fix) io.stdout(linted.text)
    results.push({ path, result: quiet(linted.result, flags.quiet) })
  }
  // One bad file (a FIFO, a read-only file under --fix, …) gets one line and exit 2; the others are still linted.
  let failed = false
  const fail = (error: unknown, path: string): void => {
    failed = true
    const message = error instanceof UsageError ? error.message : `${path}: ${(error as Error).message ?? String(error)}`
    io.stderr(`netiquette: ${message}\n`)
  }
  for (const path of files) {
    try {
      const draft = readDraftFile(path, flags.maxFileSize)
      const linter = await linterFor(dirname(resolve(path)))
      // A front-matter block at the top sets this file's reply context (see src/input/front-matter.ts).
      const lintFile = (fix: boolean) => lintUnderFrontMatter(linter, draft.text, { ...context, path }, { fix, where: `${path}: front matter` })
      let linted = await lintFile(flags.fix === true)
      if (flags.fix && linted.text !== draft.text) {
        try {
          await writeFixed(path, linted.text, draft)
        } catch (error) {
          // Not written: report the file as it is on disk.
          fail(error, path)
          linted = await lintFile(false)
        }
      }
      results.push({ path, result: quiet(linted.result, flags.quiet) })
    } catch (error) {
      fail(error, path)
    }
  }

  const report = formatResults(results, flags.format, { color: useColor({ flag: flags.color, isTTY: io.stdoutIsTTY, toFile: Boolean(flags.output), env: process.env }), version: version(), showSecrets: flags.showSecrets })
  if (flags.output) await writeReport(flags.output, report)
  else if (useStdin && flags.fix) io.stderr(report)
  else io.stdout(report)

  if (timing) io.stderr(formatTiming(timing, process.env.TIMING!))
  if (failed) return 2

  const errors = results.reduce((n, r) => n + r.result.errorCount, 0)
  const warnings = results.reduce((n, r) => n + r.result.warningCount, 0)
  if (errors > 0) return 1
  if (flags.maxWarnings !== undefined && flags.maxWarnings >= 0 && warnings > flags.maxWarnings) {
    io.stderr(`netiquette: too many warnings (${warnings}); maximum allowed is ${flags.maxWarnings}\n`)
    return 1
  }
  return 0
}

function wholeNumber(name: string, min: number, max: number): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max}, got "${value}"`)
    return Number(value)
  }
}

/** Run the HTTP service until SIGTERM or SIGINT, then finish the requests in flight and exit 0. */
async function serveCommand(flags: { port: number; host: string; workers?: number; timeout: number; maxBody: number; config?: string }, io: CliIO): Promise<number> {
  const loaded = flags.config ? await loadConfigFile(flags.config) : await findConfig(process.cwd())
  // Outside the CLI bundle (dist/cli/index.cjs) on purpose: the service and its worker threads load
  // the library itself; '../src/server/' is dist/src/server/ from both the bundle and dist/src/cli.js.
  const { serve } = (await importModule(new URL('../src/server/index.js', import.meta.url).href)) as typeof import('./server/index.js')
  await tuneV8ForLongRun()
  const service = await serve({ port: flags.port, host: flags.host, workers: flags.workers, timeoutMs: flags.timeout, maxBodyBytes: flags.maxBody, config: loaded.config })
  const { address, port } = service.address()
  io.stderr(`netiquette serve: listening on http://${address.includes(':') ? `[${address}]` : address}:${port}\n`)
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop)
      process.off('SIGINT', stop)
      void service.close().then(resolve)
    }
    process.on('SIGTERM', stop)
    process.on('SIGINT', stop)
  })
  return 0
}

/** A service or a language server lints all day: V8 flags for a long run (v8-flags.ts, loaded outside the bundle: node:v8 stays off the CLI's start). */
async function tuneV8ForLongRun(): Promise<void> {
  const { tuneV8ForLongRun: tune } = (await importModule(new URL('../src/v8-flags.js', import.meta.url).href)) as typeof import('./v8-flags.js')
  tune()
}

function quiet(result: LintResult, enabled: boolean | undefined): LintResult {
  if (!enabled) return result
  const messages = result.messages.filter((m) => m.severity === 'error')
  return { ...result, messages, warningCount: 0, infoCount: 0 }
}
