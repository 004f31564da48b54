/**
 * Read a draft or template file safely: regular files only, up to a size cap. A FIFO named
 * `reply.txt` would block `readFile` forever and `/dev/zero` would grow memory without end, so the
 * file is opened without blocking and judged by `fstat` on the open descriptor (no race between
 * the check and the read), and reading stops one byte past the cap even if the file keeps growing.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'

/** Default cap for one draft, customer message or stdin: far above any reply, far below trouble. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024

export class FileReadError extends Error {
  override name = 'FileReadError'
  /** The file is over the cap (callers add how to raise it). */
  readonly tooLarge: boolean
  constructor(message: string, tooLarge = false) {
    super(message)
    this.tooLarge = tooLarge
  }
}

export interface RegularFile {
  bytes: Buffer
  /** `fstat` of the descriptor the bytes came from. */
  stats: Stats
}

export function readRegularFile(path: string, maxBytes: number = DEFAULT_MAX_FILE_SIZE): RegularFile {
  let fd: number
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. Not on Windows.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    throw new FileReadError(openFailure(path, (error as NodeJS.ErrnoException).code))
  }
  try {
    const stats = fstatSync(fd)
    if (stats.isDirectory()) throw new FileReadError(`${path} is a folder`)
    if (!stats.isFile()) throw new FileReadError(`${path} is not a regular file (${kindOf(stats)}); only regular files are read`)
    if (stats.size > maxBytes) throw new FileReadError(tooLarge(path, maxBytes), true)
    return { bytes: readAtMost(fd, path, maxBytes), stats }
  } finally {
    closeSync(fd)
  }
}

/** Read to the end of the file, failing once more than `maxBytes` arrive (the file may be growing). */
function readAtMost(fd: number, path: string, maxBytes: number): Buffer {
  const chunks: Buffer[] = []
  let total = 0
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total))
    let n: number
    try {
      n = readSync(fd, chunk, 0, chunk.length, null)
    } catch (error) {
      throw new FileReadError(openFailure(path, (error as NodeJS.ErrnoException).code))
    }
    if (n === 0) break
    chunks.push(chunk.subarray(0, n))
    total += n
    if (total > maxBytes) throw new FileReadError(tooLarge(path, maxBytes), true)
  }
  return Buffer.concat(chunks, total)
}

export function tooLarge(name: string, maxBytes: number): string {
  return `${name} is larger than ${formatSize(maxBytes)}`
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`
  return `${bytes} bytes`
}

function openFailure(path: string, code: string | undefined): string {
  if (code === 'ENOENT') return `no such file: ${path}`
  if (code === 'EISDIR') return `${path} is a folder`
  if (code === 'EACCES' || code === 'EPERM') return `permission denied: ${path}`
  return `cannot read ${path}${code ? ` (${code})` : ''}`
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  return 'a special file'
}
