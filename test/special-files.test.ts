// Only regular files are read, up to --max-file-size: a FIFO named *.txt must not block the run
// and /dev/zero must not fill memory. Each bad input is one line on stderr and exit 2; the other
// files of the run are still reported.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseSize } from '../src/cli/inputs.js'
import { readRegularFile, FileReadError } from '../src/read-file.js'
import { root } from './build.js'

const bin = join(root, 'bin', 'netiquette.cjs')
// A generous ceiling: each of these finishes in well under a second; a blocking read never does.
const run = (args: string[], input: string | Buffer = '') => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal }
}
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'netiquette-special-'))
const fifo = (path: string): void => {
  expect(spawnSync('mkfifo', [path]).status).toBe(0)
}

const GOOD = 'Hi Maria,\n\nThank you for your patience. Your refund was sent today.\n\nBest regards,\nSam\n'
const linux = process.platform === 'linux'

describe.skipIf(!linux)('special files', () => {
  it('a FIFO named *.txt in a folder: one line, exit 2, the other draft still reported', () => {
    const dir = tempDir()
    fifo(join(dir, 'a-pipe.txt'))
    writeFileSync(join(dir, 'b-reply.txt'), GOOD)
    const r = run([dir, '--format', 'json'])
    expect(r.signal).toBeNull()
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`netiquette: ${join(dir, 'a-pipe.txt')} is not a regular file (a FIFO); only regular files are read\n`)
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual([join(dir, 'b-reply.txt')])
  })

  it('a FIFO given as the draft, as --customer-message, or to templates', () => {
    const dir = tempDir()
    const pipe = join(dir, 'pipe.txt')
    fifo(pipe)
    writeFileSync(join(dir, 'reply.txt'), GOOD)
    const asDraft = run([pipe])
    expect([asDraft.code, asDraft.stderr]).toEqual([2, `netiquette: ${pipe} is not a regular file (a FIFO); only regular files are read\n`])
    const asMessage = run([join(dir, 'reply.txt'), '--customer-message', pipe])
    expect([asMessage.code, asMessage.stderr]).toEqual([2, `netiquette: ${pipe} is not a regular file (a FIFO); only regular files are read\n`])
    const asTemplate = run(['templates', pipe])
    expect(asTemplate.code).toBe(2)
    expect(asTemplate.stderr).toMatch(/^netiquette: templates: .*pipe\.txt is not a regular file \(a FIFO\); only regular files are read\n$/)
  })

  it('/dev/zero and /dev/urandom given explicitly are refused before any byte is read', () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const r = run([device])
      expect([r.code, r.stderr]).toEqual([2, `netiquette: ${device} is not a regular file (a character device); only regular files are read\n`])
    }
  })

  it('a draft over --max-file-size is refused with one line; the default is 10 MB', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'big.txt'), 'Thank you. '.repeat(200))
    writeFileSync(join(dir, 'small.txt'), GOOD)
    const r = run([dir, '--max-file-size', '1KB', '--format', 'json'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`netiquette: ${join(dir, 'big.txt')} is larger than 1 KB (raise the limit with --max-file-size)\n`)
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual([join(dir, 'small.txt')])
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x61))
    expect(run([join(dir, 'huge.txt')]).stderr).toBe(`netiquette: ${join(dir, 'huge.txt')} is larger than 10 MB (raise the limit with --max-file-size)\n`)
  })

  it('stdin is capped too, and still works under the cap', () => {
    const over = run(['--max-file-size', '100'], 'x'.repeat(101))
    expect([over.code, over.stderr]).toEqual([2, 'netiquette: <stdin> is larger than 100 bytes (raise the limit with --max-file-size)\n'])
    expect(run(['--max-file-size', '1MB'], GOOD).code).toBe(0)
    // `netiquette < /dev/zero`: reading stops at the default 10 MB cap.
    const zero = openSync('/dev/zero', 'r')
    const r = spawnSync(process.execPath, [bin, '-'], { cwd: root, stdio: [zero, 'pipe', 'pipe'], encoding: 'utf8', timeout: 20_000 })
    closeSync(zero)
    expect([r.status, r.stderr]).toEqual([2, 'netiquette: <stdin> is larger than 10 MB (raise the limit with --max-file-size)\n'])
  })

  it('rejects a malformed --max-file-size', () => {
    const r = run([join(root, 'README.md'), '--max-file-size', 'lots'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('netiquette: --max-file-size must be a size such as 10MB, 512KB or 1048576, got "lots"\n')
  })
})

describe('readRegularFile and parseSize', () => {
  it('stops one byte past the cap even when the size looked fine (a growing file)', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.txt'), 'abcdef')
    expect(readRegularFile(join(dir, 'a.txt'), 6).bytes.toString()).toBe('abcdef')
    expect(() => readRegularFile(join(dir, 'a.txt'), 5)).toThrow(FileReadError)
    expect(() => readRegularFile(dir)).toThrow(`${dir} is a folder`)
    expect(() => readRegularFile(join(dir, 'missing.txt'))).toThrow(`no such file: ${join(dir, 'missing.txt')}`)
  })

  it('parses sizes in bytes, KB, MB and GB', () => {
    expect([parseSize('1048576'), parseSize('512KB'), parseSize('10MB'), parseSize('1.5m'), parseSize('1 GB')]).toEqual([1048576, 524288, 10485760, 1572864, 1073741824])
    expect(() => parseSize('0')).toThrow(/--max-file-size must be a size/)
    expect(() => parseSize('-5MB')).toThrow(/--max-file-size must be a size/)
  })
})
