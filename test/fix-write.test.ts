// `--fix` and files: links, hard links, mode, owner, read-only files, BOM, CRLF, and a file that
// changes while netiquette runs. Unit tests of writeFixed, then the CLI end to end.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { appendFileSync, chmodSync, chownSync, linkSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readDraftFile } from '../src/cli/inputs.js'
import { writeAtomic, writeFixed } from '../src/cli/write.js'
import { UsageError } from '../src/errors.js'
import { bin, cli } from './run-cli.js'

// The CLI in-process (test/run-cli.ts); the run as another user below spawns the binary.
const run = (args: string[]) => cli(args)
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'netiquette-write-'))

const DRAFT = 'Hi Maria,\n\nThanks, u r right: the parcel left our warehouse today.\n\nBest regards,\nSam\n'
const FIXED = 'Hi Maria,\n\nThanks, you are right: the parcel left our warehouse today.\n\nBest regards,\nSam\n'
const isRoot = process.getuid?.() === 0

describe('writeFixed', () => {
  it('writes through a symlink: the link stays a link and its target gets the text', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'target.txt'), DRAFT)
    symlinkSync('target.txt', join(dir, 'link.txt'))
    await writeFixed(join(dir, 'link.txt'), FIXED, readDraftFile(join(dir, 'link.txt')))
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(dir, 'link.txt'))).toBe('target.txt')
    expect(readFileSync(join(dir, 'target.txt'), 'utf8')).toBe(FIXED)
  })

  it('keeps the inode of a file with hard links, so every name sees the fix', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.txt'), DRAFT)
    linkSync(join(dir, 'a.txt'), join(dir, 'b.txt'))
    const inode = statSync(join(dir, 'a.txt')).ino
    await writeFixed(join(dir, 'a.txt'), FIXED, readDraftFile(join(dir, 'a.txt')))
    expect(statSync(join(dir, 'a.txt')).ino).toBe(inode)
    expect(statSync(join(dir, 'a.txt')).nlink).toBe(2)
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(FIXED)
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']) // the backup is gone
  })

  it('keeps the mode (0640, despite the umask)', async () => {
    const dir = tempDir()
    const file = join(dir, 'reply.txt')
    writeFileSync(file, DRAFT)
    chmodSync(file, 0o640)
    await writeFixed(file, FIXED, readDraftFile(file))
    expect(statSync(file).mode & 0o7777).toBe(0o640)
    expect(readFileSync(file, 'utf8')).toBe(FIXED)
  })

  it('refuses a read-only file (0444) by its mode bits, even as root', async () => {
    const dir = tempDir()
    const file = join(dir, 'reply.txt')
    writeFileSync(file, DRAFT)
    chmodSync(file, 0o444)
    await expect(writeFixed(file, FIXED, readDraftFile(file))).rejects.toThrow(new UsageError(`${file}: file is read-only; not fixed`))
    expect(readFileSync(file, 'utf8')).toBe(DRAFT)
    expect(statSync(file).mode & 0o777).toBe(0o444)
  })

  it.skipIf(!isRoot)('keeps the owner and group (as root: chown back to them)', async () => {
    const dir = tempDir()
    const file = join(dir, 'reply.txt')
    writeFileSync(file, DRAFT)
    chownSync(file, 1234, 2345)
    await writeFixed(file, FIXED, readDraftFile(file))
    expect([statSync(file).uid, statSync(file).gid]).toEqual([1234, 2345])
    expect(readFileSync(file, 'utf8')).toBe(FIXED)
  })

  it('writes a UTF-8 BOM back when the file had one', async () => {
    const dir = tempDir()
    const file = join(dir, 'reply.txt')
    writeFileSync(file, '\uFEFF' + DRAFT)
    const read = readDraftFile(file)
    expect(read.text).toBe(DRAFT)
    expect(read.bom).toBe(true)
    await writeFixed(file, FIXED, read)
    expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(readFileSync(file, 'utf8')).toBe('\uFEFF' + FIXED)
  })

  it('does not replace a file another process appended to after it was read', async () => {
    const dir = tempDir()
    const file = join(dir, 'reply.txt')
    writeFileSync(file, DRAFT)
    const read = readDraftFile(file)
    appendFileSync(file, 'P.S. Your tracking number follows.\n')
    await expect(writeFixed(file, FIXED, read)).rejects.toThrow(`${file}: changed on disk while netiquette was running; not fixed (run again)`)
    expect(readFileSync(file, 'utf8')).toBe(DRAFT + 'P.S. Your tracking number follows.\n')
  })

  it('checks again just before the rename (an append while the temp file is written)', async () => {
    const dir = tempDir()
    const file = join(dir, 'reply.txt')
    writeFileSync(file, DRAFT)
    const append = () => appendFileSync(file, 'P.S. Sent.\n')
    await expect(writeFixed(file, FIXED, readDraftFile(file), { beforeReplace: append })).rejects.toThrow(/changed on disk/)
    expect(readFileSync(file, 'utf8')).toBe(DRAFT + 'P.S. Sent.\n')
    expect(readdirSync(dir)).toEqual(['reply.txt']) // no temp file left behind
  })

  it('checks again before writing a hard-linked file in place', async () => {
    const dir = tempDir()
    const file = join(dir, 'a.txt')
    writeFileSync(file, DRAFT)
    linkSync(file, join(dir, 'b.txt'))
    await expect(writeFixed(file, FIXED, readDraftFile(file), { beforeReplace: () => appendFileSync(file, 'P.S.\n') })).rejects.toThrow(/changed on disk/)
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(DRAFT + 'P.S.\n')
  })

  it('does not replace a file that was swapped for another one (same text, new inode)', async () => {
    const dir = tempDir()
    const file = join(dir, 'reply.txt')
    writeFileSync(file, DRAFT)
    const read = readDraftFile(file)
    writeFileSync(join(dir, 'new.txt'), DRAFT)
    spawnSync('mv', [join(dir, 'new.txt'), file])
    await expect(writeFixed(file, FIXED, read)).rejects.toThrow(/changed on disk/)
  })
})

describe('writeAtomic (baselines)', () => {
  it('gives a new file the mode writeFile would, and writes an existing one through its symlink keeping its mode', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'plain.json'), '{}')
    await writeAtomic(join(dir, 'baseline.json'), '{"a":1}')
    expect(statSync(join(dir, 'baseline.json')).mode & 0o777).toBe(statSync(join(dir, 'plain.json')).mode & 0o777)
    chmodSync(join(dir, 'baseline.json'), 0o664)
    symlinkSync('baseline.json', join(dir, 'link.json'))
    await writeAtomic(join(dir, 'link.json'), '{"a":2}')
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(dir, 'baseline.json'), 'utf8')).toBe('{"a":2}')
    expect(statSync(join(dir, 'baseline.json')).mode & 0o777).toBe(0o664)
  })
})

// Needs root (to spawn as nobody) and a checkout nobody can read (not one under /root).
const nobodyCanRun = isRoot && spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(bin)})`], { uid: 65534, gid: 65534 }).status === 0

describe.skipIf(!nobodyCanRun)('CLI --fix run by another user (spawned as nobody from a root test run)', () => {
  const asNobody = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { uid: 65534, gid: 65534, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  const sharedDir = (): string => {
    const dir = tempDir()
    chmodSync(dir, 0o777) // nobody could rename over any file in it
    return dir
  }

  it('fixes a file it may write but does not own in place: the owner stays, and the inode', () => {
    const file = join(sharedDir(), 'reply.txt')
    writeFileSync(file, DRAFT)
    chmodSync(file, 0o666)
    const inode = statSync(file).ino
    const r = asNobody([file, '--fix'])
    expect([r.status, r.stderr]).toEqual([0, ''])
    expect([statSync(file).uid, statSync(file).gid, statSync(file).ino, statSync(file).mode & 0o777]).toEqual([0, 0, inode, 0o666])
    expect(readFileSync(file, 'utf8')).toBe(FIXED)
  })

  it('refuses a file it may not write, although the folder would let it replace the file', () => {
    const file = join(sharedDir(), 'reply.txt')
    writeFileSync(file, DRAFT)
    chmodSync(file, 0o644)
    const r = asNobody([file, '--fix'])
    expect([r.status, r.stderr]).toEqual([2, `netiquette: ${file}: permission denied; not fixed\n`])
    expect(readFileSync(file, 'utf8')).toBe(DRAFT)
    expect(statSync(file).uid).toBe(0)
  })
})

describe('CLI --fix and files', () => {
  it('fixes through a symlink and keeps CRLF line endings and the BOM', async () => {
    const dir = tempDir()
    const crlf = DRAFT.replace(/\n/g, '\r\n')
    writeFileSync(join(dir, 'target.txt'), '\uFEFF' + crlf)
    symlinkSync(join(dir, 'target.txt'), join(dir, 'link.txt'))
    // Positions are counted after the BOM: the BOM is not a column.
    const [m] = JSON.parse((await run([join(dir, 'link.txt'), '--format', 'json'])).stdout).files[0].messages
    expect([m.ruleId, m.line, m.column, m.offset, m.actual]).toEqual(['informal', 3, 9, 21, 'u r'])
    const r = await run([join(dir, 'link.txt'), '--fix'])
    expect(r.code).toBe(0)
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(dir, 'target.txt'), 'utf8')).toBe('\uFEFF' + FIXED.replace(/\n/g, '\r\n'))
  })

  it('refuses a read-only file with one line and exit 2, and fixes the other files of the run', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a-locked.txt'), DRAFT)
    chmodSync(join(dir, 'a-locked.txt'), 0o444)
    writeFileSync(join(dir, 'b-open.txt'), DRAFT)
    const r = await run([dir, '--fix', '--format', 'json'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`netiquette: ${join(dir, 'a-locked.txt')}: file is read-only; not fixed\n`)
    expect(readFileSync(join(dir, 'a-locked.txt'), 'utf8')).toBe(DRAFT)
    expect(readFileSync(join(dir, 'b-open.txt'), 'utf8')).toBe(FIXED)
    // The locked file is still reported, on its unfixed text.
    const files = JSON.parse(r.stdout).files as Array<{ path: string; messages: Array<{ ruleId: string }> }>
    expect(files.map((f) => [f.path.replace(dir, ''), f.messages.map((m) => m.ruleId)])).toEqual([
      ['/a-locked.txt', ['informal']],
      ['/b-open.txt', []],
    ])
  })
})
