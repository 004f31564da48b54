/**
 * The CLI two ways. `cli()` runs `runCli` (src/cli.ts) in this test process with captured stdout and
 * stderr and a piped stdin: the same argument parsing, config discovery, file layer, formats and exit
 * codes as the binary, in milliseconds instead of a ~150 ms CPU process start per call. `spawnCli()`
 * runs the real binary (bin/netiquette.cjs: the bundle, its code cache, its lazily loaded parts, real
 * streams); keep it for what only a process shows.
 *
 * `cli()` changes the working folder and environment of the test process for the length of the call:
 * the forks pool (vitest.config.ts) gives each test file a process of its own, and a file's tests run
 * one at a time.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { runCli } from '../src/cli.js'
import { root } from './build.js'

export const bin = join(root, 'bin', 'netiquette.cjs')

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

export interface CliOptions {
  /** Piped on stdin (default: an empty pipe, as spawnSync gives). */
  input?: string | Buffer
  /** Working folder (default: the repository root). */
  cwd?: string
  /** Variables set for the call (default NO_COLOR=1); `undefined` removes one. */
  env?: Record<string, string | undefined>
}

/** Run the CLI in-process. */
export async function cli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const input = options.input ?? ''
  const env: Record<string, string | undefined> = { NO_COLOR: '1', ...options.env }
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]))
  const cwd = process.cwd()
  setEnv(env)
  process.chdir(options.cwd ?? root)
  try {
    const code = await runCli(args, {
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      stdinIsTTY: false,
      stdoutIsTTY: false,
      stdin: Readable.from(input.length > 0 ? [typeof input === 'string' ? Buffer.from(input) : input] : []),
    })
    return { code, stdout, stderr }
  } finally {
    process.chdir(cwd)
    setEnv(saved)
  }
}

/** Run the real binary in a child process. */
export function spawnCli(args: readonly string[], options: CliOptions = {}): CliRun {
  const env = Object.fromEntries(Object.entries({ ...process.env, NO_COLOR: '1', ...options.env }).filter(([, v]) => v !== undefined))
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, input: options.input ?? '', encoding: 'utf8', env })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function setEnv(values: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
}
