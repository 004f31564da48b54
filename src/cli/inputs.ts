/**
 * The CLI's file layer: expand paths (files, folders recursively, globs), read them as UTF-8,
 * and turn every way an input can be bad into a one-line UsageError. Only regular files are read
 * (a FIFO or device named `*.txt` is refused, not waited on), up to `--max-file-size`.
 */
import { stat, readdir } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { join, extname } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { UsageError } from '../errors.js'
import { DEFAULT_MAX_FILE_SIZE, FileReadError, readRegularFile, tooLarge } from '../read-file.js'

export const DRAFT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm'])
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'coverage'])

export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    if (isDynamicPattern(path)) {
      const matched = (await glob(path, { ignore: ['**/node_modules/**'], absolute: false })).filter((f) => DRAFT_EXTENSIONS.has(extname(f).toLowerCase()))
      if (matched.length === 0) throw new UsageError(`no drafts match ${path}`)
      files.push(...matched.sort())
      continue
    }
    let info
    try {
      info = await stat(path)
    } catch {
      throw new UsageError(`no such file or folder: ${path}`)
    }
    if (info.isDirectory()) {
      const found = await walk(path)
      if (found.length === 0) throw new UsageError(`no drafts (.txt, .md, .markdown, .html, .htm) in folder ${path}`)
      files.push(...found)
    } else files.push(path)
  }
  return [...new Set(files)]
}

async function walk(dir: string): Promise<string[]> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    throw new UsageError(`cannot read folder ${dir}`)
  }
  const out: string[] = []
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) out.push(...(await walk(full)))
    } else if (DRAFT_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(full)
  }
  return out
}

/** Decode bytes as strict UTF-8, rejecting binary data. A leading BOM is dropped (see `decodeDraftFile`). */
export function decodeDraft(bytes: Uint8Array, name: string): string {
  return decodeDraftFile(bytes, name).text
}

export interface DecodedDraft {
  /** The draft without its BOM: offsets, lines and columns are counted from the first real character. */
  text: string
  /** The file started with a UTF-8 BOM; `--fix` writes it back. */
  bom: boolean
}

export function decodeDraftFile(bytes: Uint8Array, name: string): DecodedDraft {
  const head = bytes.subarray(0, 8000)
  if (head.includes(0)) throw new UsageError(`${name} is a binary file, not a text draft`)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw new UsageError(`${name} is not valid UTF-8`)
  }
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false }
}

const RAISE = ' (raise the limit with --max-file-size)'

export interface DraftFile extends DecodedDraft {
  /** The bytes as read: `--fix` checks the file still holds them before replacing it. */
  bytes: Buffer
  stats: Stats
}

/** Read a draft: regular files only, at most `maxBytes`; anything else is a one-line UsageError. */
export function readDraftFile(path: string, maxBytes: number = DEFAULT_MAX_FILE_SIZE): DraftFile {
  let file
  try {
    file = readRegularFile(path, maxBytes)
  } catch (error) {
    if (error instanceof FileReadError) throw new UsageError(error.tooLarge ? `${error.message}${RAISE}` : error.message)
    throw error
  }
  return { ...decodeDraftFile(file.bytes, path), bytes: file.bytes, stats: file.stats }
}

export async function readDraft(path: string, maxBytes: number = DEFAULT_MAX_FILE_SIZE): Promise<string> {
  return readDraftFile(path, maxBytes).text
}

export async function readStdin(maxBytes: number = DEFAULT_MAX_FILE_SIZE, source: AsyncIterable<Buffer | string> = process.stdin): Promise<string> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const data of source) {
    const chunk = typeof data === 'string' ? Buffer.from(data) : data
    chunks.push(chunk)
    total += chunk.length
    // Stop reading at the cap: `netiquette < /dev/zero` must not fill memory.
    if (total > maxBytes) {
      if (source === process.stdin) process.stdin.destroy()
      throw new UsageError(tooLarge('<stdin>', maxBytes) + RAISE)
    }
  }
  return decodeDraft(Buffer.concat(chunks), '<stdin>')
}

/** `--max-file-size`: bytes, or a number with KB/MB/GB (binary units). */
export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s?(b|k|kb|m|mb|g|gb)?$/i.exec(value.trim())
  const unit = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 }[(match?.[2] ?? 'b').toLowerCase() as 'b']
  const bytes = match ? Math.floor(Number(match[1]) * unit) : NaN
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new UsageError(`--max-file-size must be a size such as 10MB, 512KB or 1048576, got "${value}"`)
  return bytes
}
