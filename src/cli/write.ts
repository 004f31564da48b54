/**
 * `--fix` never loses text and never changes what a file is:
 * - a symlink is followed and its target rewritten (the link stays a link);
 * - mode and owner are kept (chmod always, chown as root); a file with other hard links, or one
 *   whose owner we could not restore, is rewritten in place so the inode and its links survive;
 * - a read-only file (no write bit at all, judged by mode so root is refused too) is not touched;
 * - a file that changed since it was read (another process appended to it) is not replaced;
 * - a UTF-8 BOM that was read is written back.
 * Everything else goes through a temp file beside the target and one rename, so a crash leaves
 * either the old or the new text.
 */
import { open, realpath, rename, stat, unlink, access, chmod, constants } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { dirname, basename, join } from 'node:path'
import { UsageError } from '../errors.js'
import { readRegularFile } from '../read-file.js'

/** What `--fix` read: the bytes it linted and the file they came from. */
export interface ReadSnapshot {
  bytes: Buffer
  bom: boolean
  stats: Stats
}

export interface WriteHooks {
  /** Runs after the temp file is ready and before the last check (tests simulate a concurrent writer here). */
  beforeReplace?: () => void | Promise<void>
}

/** Write fixed text over the draft `path` was read from, or throw a one-line UsageError saying why not. */
export async function writeFixed(path: string, text: string, read: ReadSnapshot, hooks: WriteHooks = {}): Promise<void> {
  const target = await realpath(path).catch(() => {
    throw new UsageError(`${path}: disappeared while netiquette was running; not fixed`)
  })
  const now = await stat(target)
  if ((now.mode & 0o222) === 0) throw new UsageError(`${path}: file is read-only; not fixed`)
  if (
    !(await access(target, constants.W_OK).then(
      () => true,
      () => false,
    ))
  )
    throw new UsageError(`${path}: permission denied; not fixed`)
  const unchanged = async (): Promise<boolean> => {
    const current = await stat(target)
    if (current.ino !== read.stats.ino || current.dev !== read.stats.dev || current.size !== read.bytes.length) return false
    return readRegularFile(target, read.bytes.length).bytes.equals(read.bytes)
  }
  const changed = `${path}: changed on disk while netiquette was running; not fixed (run again)`
  if (!(await unchanged())) throw new UsageError(changed)
  const data = Buffer.from((read.bom ? '\uFEFF' : '') + text, 'utf8')
  if (now.nlink > 1 || !canRestoreOwner(now)) {
    await hooks.beforeReplace?.()
    if (!(await unchanged())) throw new UsageError(changed)
    await writeInPlace(target, data, read.bytes, path)
    return
  }
  await replaceVia(target, data, now, async () => {
    await hooks.beforeReplace?.()
    if (!(await unchanged())) throw new UsageError(changed)
  })
}

/** Write a whole file (baselines, reports): through a symlink, keeping mode and owner, atomically. */
export async function writeAtomic(path: string, content: string): Promise<void> {
  const target = await realpath(path).catch(() => path)
  const existing = await stat(target).catch(() => undefined)
  if (existing && (existing.nlink > 1 || !canRestoreOwner(existing))) {
    await writeInPlace(target, Buffer.from(content, 'utf8'), await readExisting(target), path)
    return
  }
  await replaceVia(target, Buffer.from(content, 'utf8'), existing)
}

const isRoot = (): boolean => process.getuid?.() === 0

/** A rename leaves the file owned by us: fine when it already is, or when root can chown it back. */
function canRestoreOwner(stats: Stats): boolean {
  if (!process.getuid || isRoot()) return true
  return stats.uid === process.getuid() && stats.gid === process.getgid!()
}

async function replaceVia(target: string, data: Buffer, like: Stats | undefined, lastCheck?: () => Promise<void>): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.netiquette-${process.pid}-${Date.now()}.tmp`)
  try {
    // A new file (a first baseline) gets the usual 0666 less the umask; an existing one its own mode below.
    const handle = await open(temp, 'wx', like ? 0o600 : 0o666)
    try {
      await handle.writeFile(data)
      if (like) {
        // The umask must not narrow the mode: chmod explicitly, and put the owner back as root.
        await handle.chmod(like.mode & 0o7777)
        if (isRoot()) await handle.chown(like.uid, like.gid)
      }
      await handle.sync()
    } finally {
      await handle.close()
    }
    // setuid/setgid bits are cleared by chown: set the mode once more.
    if (like && isRoot()) await chmod(temp, like.mode & 0o7777)
    await lastCheck?.()
    await rename(temp, target)
  } catch (error) {
    await unlink(temp).catch(() => {})
    throw error
  }
}

/**
 * Keep the inode (hard links, foreign owner): overwrite the file itself. Not atomic, so the
 * original bytes go to a backup beside it first; on failure they are written back, and if even
 * that fails the error names the backup.
 */
async function writeInPlace(target: string, data: Buffer, original: Buffer, shown: string): Promise<void> {
  const backup = join(dirname(target), `.${basename(target)}.netiquette-${process.pid}-${Date.now()}.orig`)
  const backedUp = await writeNew(backup, original).then(
    () => true,
    () => false,
  )
  try {
    await overwrite(target, data)
  } catch (error) {
    const restored = await overwrite(target, original).then(
      () => true,
      () => false,
    )
    if (!restored && backedUp) throw new UsageError(`${shown}: write failed (${(error as Error).message}); the original text is in ${backup}`)
    if (backedUp) await unlink(backup).catch(() => {})
    throw new UsageError(`${shown}: write failed (${(error as Error).message}); not fixed`)
  }
  if (backedUp) await unlink(backup).catch(() => {})
}

async function overwrite(path: string, data: Buffer): Promise<void> {
  const handle = await open(path, 'r+')
  try {
    await handle.writeFile(data)
    await handle.truncate(data.length)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function writeNew(path: string, data: Buffer): Promise<void> {
  const handle = await open(path, 'wx', 0o600)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function readExisting(path: string): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}
