/**
 * The `netiquette` command. Exit codes follow ESLint: 0 clean (or only warnings within
 * --max-warnings), 1 errors or too many warnings, 2 usage, input or config error.
 */
import { dirname, resolve } from 'node:path'
import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { Command, CommanderError, Option } from 'commander'
import { createLinter, type Linter } from './linter.js'
import { UsageError } from './errors.js'
import { findConfig, loadConfigFile, type LoadedConfig } from './config/load.js'
import { expandPaths, readDraft, readStdin } from './cli/inputs.js'
import { writeAtomic } from './cli/write.js'
import { formatResults, FORMATS, type FileResult, type FormatName } from './report/index.js'
import { formatTiming } from './report/timing.js'
import { rules } from '../rules/index.js'
import type { Channel, Config, Language, LintResult, ReplyContext, RuleSetting } from './types.js'

export { setModuleImporter } from './dynamic-import.js'

export interface CliIO {
  stdout: (s: string) => void
  stderr: (s: string) => void
  stdinIsTTY: boolean
  stdoutIsTTY: boolean
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
    .addOption(new Option('--channel <channel>', 'reply channel').choices(['email', 'chat', 'social', 'sms']))
    .option('--customer-name <name>', "the customer's name")
    .option('--customer-message <file>', "file with the customer's message being answered (context only)")
    .option('--followup', 'a later message in an ongoing conversation')
    .addOption(new Option('--language <language>', 'language of the drafts').choices(['en', 'tr', 'auto']))
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file')
    .option('--quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseInteger)
    .option('--fix', 'apply safe fixes in place (on stdin: print the fixed text)')
    .option('--rule <id=severity>', 'set a rule: <id>=off|info|warn|error (repeatable)', collect, [])
    .option('-c, --config <file>', 'config file (skips discovery)')
    .option('--templates <path>', 'template corpus for copy-paste detection (repeatable)', collect, [])
    .option('--no-color', 'no colors in stylish output')
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
    .addOption(new Option('--channel <channel>', "the templates' channel (default: the config's channel, else email)").choices(['email', 'chat', 'social', 'sms']))
    .action(async (paths: string[], flags: { format: string; output?: string; quiet?: boolean; maxWarnings?: number; baseline?: string; updateBaseline?: boolean; rule: string[]; config?: string; channel?: Channel }) => {
      const loaded = flags.config ? (await loadConfigFile(flags.config)).config : (await findConfig(resolve(paths[0] ?? '.'))).config
      const config = flags.channel ? { ...loaded, channel: flags.channel } : loaded
      // Loaded on demand: the corpus tools (and node:crypto) are not needed to lint a draft.
      const { runTemplatesCommand } = await import('./cli/templates.js')
      exitCode = await runTemplatesCommand(paths, { ...flags, config, rules: ruleFlags(flags.rule) })
    })
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0
      return 2
    }
    if (error instanceof UsageError) {
      io.stderr(`netiquette: ${error.message}\n`)
      return 2
    }
    const err = error as NodeJS.ErrnoException
    io.stderr(`netiquette: ${err.message ?? String(error)}\n`)
    return 2
  }
}

async function lintCommand(paths: string[], flags: LintFlags, io: CliIO): Promise<number> {
  const cliRules = ruleFlags(flags.rule)
  const useStdin = paths.length === 0 ? !io.stdinIsTTY : paths.includes('-')
  if (paths.length === 0 && !useStdin) throw new UsageError('no input: give files, folders or globs, or pipe a draft on stdin (try --help)')
  const files = await expandPaths(paths.filter((p) => p !== '-'))
  const customerMessage = flags.customerMessage ? await readDraft(flags.customerMessage) : undefined
  const context: ReplyContext = {
    ...(flags.channel ? { channel: flags.channel } : {}),
    ...(flags.language ? { language: flags.language } : {}),
    followup: flags.followup ?? false,
    customer: { ...(flags.customerName ? { name: flags.customerName } : {}), ...(customerMessage !== undefined ? { message: customerMessage } : {}) },
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
        rules: { ...loaded.config.rules, ...cliRules },
        ...(flags.templates.length > 0 ? { templates: [...(loaded.config.templates ?? []), ...flags.templates.map((t) => resolve(t))] } : {}),
      }
      linter = createLinter(config, { timing })
      linters.set(key, linter)
    }
    return linter
  }

  const results: FileResult[] = []
  if (useStdin) {
    const text = await readStdin()
    const linter = await linterFor(process.cwd())
    if (flags.fix) {
      const fixed = await linter.fix(text, context)
      io.stdout(fixed)
      const result = await linter.lint(fixed, context)
      results.push({ path: '<stdin>', result: quiet(result, flags.quiet) })
    } else results.push({ path: '<stdin>', result: quiet(await linter.lint(text, context), flags.quiet) })
  }
  for (const path of files) {
    const text = await readDraft(path)
    const linter = await linterFor(dirname(resolve(path)))
    const fileContext = { ...context, path }
    let result: LintResult
    if (flags.fix) {
      const fixed = await linter.fix(text, fileContext)
      if (fixed !== text) await writeAtomic(path, fixed)
      result = await linter.lint(fixed, fileContext)
    } else result = await linter.lint(text, fileContext)
    results.push({ path, result: quiet(result, flags.quiet) })
  }

  const report = formatResults(results, flags.format, { color: flags.color !== false && io.stdoutIsTTY && !flags.output, version: version() })
  if (flags.output) await writeFile(flags.output, report, 'utf8')
  else if (useStdin && flags.fix) io.stderr(report)
  else io.stdout(report)

  if (timing) io.stderr(formatTiming(timing, process.env.TIMING!))

  const errors = results.reduce((n, r) => n + r.result.errorCount, 0)
  const warnings = results.reduce((n, r) => n + r.result.warningCount, 0)
  if (errors > 0) return 1
  if (flags.maxWarnings !== undefined && flags.maxWarnings >= 0 && warnings > flags.maxWarnings) {
    io.stderr(`netiquette: too many warnings (${warnings}); maximum allowed is ${flags.maxWarnings}\n`)
    return 1
  }
  return 0
}

function quiet(result: LintResult, enabled: boolean | undefined): LintResult {
  if (!enabled) return result
  const messages = result.messages.filter((m) => m.severity === 'error')
  return { ...result, messages, warningCount: 0, infoCount: 0 }
}
