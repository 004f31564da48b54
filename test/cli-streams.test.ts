// The bundled CLI's output streams: a reader that closes the pipe early (`| head -1`) ends the
// run quietly with its own exit code; a report that can't be written is one line and exit 2;
// colour follows --no-color, NO_COLOR, FORCE_COLOR and the terminal.
import { beforeAll, describe, expect, it } from 'vitest'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from './build.js'
import { useColor } from '../src/report/color.js'
import { describeWriteError } from '../src/cli/output.js'
import { cli } from './run-cli.js'

const bin = join(root, 'bin', 'netiquette.cjs')
const BAD = 'Hi {{first_name}},\n\nSorry, that crap courier lost it.\n\nBest regards,\nSam\n'
const GOOD = 'Hi Maria,\n\nThank you for your patience. Your refund was sent today.\n\nBest regards,\nSam\n'
const ESC = '\u001b['

/** The environment without any colour setting of the test runner's own. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NO_COLOR: _n, FORCE_COLOR: _f, NODE_DISABLE_COLORS: _d, ...rest } = process.env
  return { ...rest, TERM: 'xterm-256color', ...extra }
}

let corpus: string
beforeAll(() => {
  corpus = mkdtempSync(join(tmpdir(), 'netiquette-streams-'))
  mkdirSync(join(corpus, 'macros'))
  // Enough findings that the report is far larger than a pipe's buffer (64 KB).
  for (let i = 0; i < 400; i++) writeFileSync(join(corpus, 'macros', `m${String(i).padStart(3, '0')}.txt`), BAD.replace('lost it', `lost parcel ${i}`))
  writeFileSync(join(corpus, 'good.txt'), GOOD)
})

/** Run the CLI with its stdout read by `head -1`; the CLI's own exit status and stderr. */
function intoHead(args: string[]) {
  const script = 'node "$0" "$@" 2>"$STDERR_FILE" | head -1; echo "status:${PIPESTATUS[0]}"'
  const stderrFile = join(corpus, `stderr-${Math.random().toString(36).slice(2)}.txt`)
  const r = spawnSync('bash', ['-c', script, bin, ...args], { cwd: corpus, encoding: 'utf8', env: env({ STDERR_FILE: stderrFile }) })
  const [first, status] = r.stdout.trimEnd().split('\n')
  return { first, status, stderr: existsSync(stderrFile) ? readFileSync(stderrFile, 'utf8') : '' }
}

/** Spawn the CLI and close our end of its stdout before it writes anything. */
function closedStdout(args: string[], input?: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: corpus, env: env() })
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code) => resolve({ code, stderr }))
    child.stdin.end(input ?? '')
  })
}

describe('a reader that closes the pipe early', () => {
  it('`netiquette templates … | head -1`: first line, no stack trace, exit 1 for the errors found', () => {
    const r = intoHead(['templates', 'macros'])
    expect(r.first).toBe('macros/m000.txt  (score 0)')
    expect(r.stderr).toBe('')
    expect(r.status).toBe('status:1')
  })

  it('`netiquette <folder> --format json | head -1`', () => {
    const r = intoHead(['macros', '--format', 'json'])
    expect(r.first).toBe('{')
    expect(r.stderr).toBe('')
    expect(r.status).toBe('status:1')
  })

  it("a closed stdout (`>&-`) ends quietly with the run's exit code", () => {
    const closed = (file: string) => spawnSync('bash', ['-c', 'node "$0" "$1" >&-', bin, file], { cwd: corpus, encoding: 'utf8', env: env() })
    expect([closed('good.txt').status, closed('good.txt').stderr]).toEqual([0, ''])
    expect([closed('macros/m000.txt').status, closed('macros/m000.txt').stderr]).toEqual([1, ''])
  })

  it('a clean run into a closed pipe exits 0', async () => {
    expect(await closedStdout(['good.txt', '--format', 'json'])).toEqual({ code: 0, stderr: '' })
  })

  it('findings into a closed pipe exit 1; --fix on stdin too', async () => {
    expect(await closedStdout(['macros'])).toEqual({ code: 1, stderr: '' })
    // --fix on stdin: the fixed text goes to the closed stdout, the report to stderr.
    const fixed = await closedStdout(['--fix', '--customer-name', 'Maria Lopez', '--format', 'json'], BAD)
    expect(fixed.code).toBe(1)
    expect(JSON.parse(fixed.stderr).files[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['profanity'])
  })
})

describe('a report that cannot be written', () => {
  const expectOneLine = (r: { status: number | null; stderr: string }, message: string) => {
    expect(r.status).toBe(2)
    expect(r.stderr).toBe(`netiquette: ${message}\n`)
  }
  // In-process (test/run-cli.ts): the report's file is written by the same code as in the binary.
  const run = async (args: string[]) => {
    const r = await cli(args, { cwd: corpus })
    return { status: r.code, stderr: r.stderr }
  }

  it('-o into a missing folder', async () => {
    expectOneLine(await run(['good.txt', '-o', '/nonexistent/dir/x.json']), 'cannot write the report to /nonexistent/dir/x.json: no such file or directory (ENOENT)')
    expectOneLine(await run(['templates', 'macros', '-f', 'json', '-o', '/nonexistent/dir/x.json']), 'cannot write the report to /nonexistent/dir/x.json: no such file or directory (ENOENT)')
  })

  it('-o onto a folder', async () => {
    expectOneLine(await run(['good.txt', '-o', corpus]), `cannot write the report to ${corpus}: illegal operation on a directory (EISDIR)`)
  })

  it.skipIf(!existsSync('/dev/full'))('stdout on a full disk (/dev/full)', () => {
    const r = spawnSync('bash', ['-c', 'node "$0" good.txt >/dev/full', bin], { cwd: corpus, encoding: 'utf8', env: env() })
    expectOneLine(r, 'cannot write to standard output: no space left on device (ENOSPC)')
  })

  it('describes Node errors without their syscall and path', () => {
    const error = Object.assign(new Error("EACCES: permission denied, open '/etc/x.json'"), { code: 'EACCES' })
    expect(describeWriteError(error)).toBe('permission denied (EACCES)')
  })
})

describe('colour', () => {
  const tty = { isTTY: true, toFile: false }
  const pipe = { isTTY: false, toFile: false }

  it.each([
    ['a terminal', tty, {}, true],
    ['a pipe', pipe, {}, false],
    ['NO_COLOR=1 on a terminal', tty, { NO_COLOR: '1' }, false],
    ['an empty NO_COLOR on a terminal', tty, { NO_COLOR: '' }, true],
    ['NODE_DISABLE_COLORS on a terminal', tty, { NODE_DISABLE_COLORS: '1' }, false],
    ['TERM=dumb', tty, { TERM: 'dumb' }, false],
    ['FORCE_COLOR=1 in a pipe', pipe, { FORCE_COLOR: '1' }, true],
    ['an empty FORCE_COLOR in a pipe', pipe, { FORCE_COLOR: '' }, true],
    ['FORCE_COLOR=0 on a terminal', tty, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR=false on a terminal', tty, { FORCE_COLOR: 'false' }, false],
    ['FORCE_COLOR=1 with NO_COLOR=1 (FORCE_COLOR wins, as in Node)', pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
  ] as const)('%s', (_, where, environment, expected) => {
    expect(useColor({ ...where, env: environment })).toBe(expected)
  })

  it('never with --no-color or -o, whatever the environment says', () => {
    expect(useColor({ ...tty, flag: false, env: { FORCE_COLOR: '1' } })).toBe(false)
    expect(useColor({ isTTY: true, toFile: true, env: { FORCE_COLOR: '1' } })).toBe(false)
  })

  // In-process (test/run-cli.ts), stdout a pipe, with the runner's own colour settings removed as env() does.
  const noColorSettings = { NO_COLOR: undefined, FORCE_COLOR: undefined, NODE_DISABLE_COLORS: undefined, TERM: 'xterm-256color' }
  const stdout = async (extra: Record<string, string>, args: string[] = ['macros/m000.txt']) => (await cli(args, { cwd: corpus, env: { ...noColorSettings, ...extra } })).stdout

  it('FORCE_COLOR=1 colors a pipe; a plain pipe and --no-color are plain', async () => {
    const colored = await stdout({ FORCE_COLOR: '1' })
    expect(colored.startsWith(`${ESC}4mmacros/m000.txt${ESC}0m`)).toBe(true)
    expect(colored).toContain(`${ESC}31merror${ESC}0m`)
    expect(colored.replace(/\u001b\[[\d;]*m/g, '')).toBe(await stdout({}))
    expect(await stdout({})).not.toContain(ESC)
    expect(await stdout({ FORCE_COLOR: '1' }, ['macros/m000.txt', '--no-color'])).not.toContain(ESC)
    expect(await stdout({ FORCE_COLOR: '1' }, ['templates', 'macros'])).toContain(`${ESC}31merror${ESC}0m`)
  })

  // util-linux `script` gives the CLI a real terminal.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0
  it.skipIf(!hasScript)('on a terminal: colored, and plain with NO_COLOR=1', () => {
    const onTerminal = (extra: Record<string, string>) => spawnSync('script', ['-qec', `"${process.execPath}" "${bin}" macros/m000.txt`, '/dev/null'], { cwd: corpus, encoding: 'utf8', env: env(extra) }).stdout
    expect(onTerminal({})).toContain(`${ESC}31merror${ESC}0m`)
    const plain = onTerminal({ NO_COLOR: '1' })
    expect(plain).toContain('error')
    expect(plain).not.toContain(ESC)
  })
})
