/**
 * The CLI's file layer: expand paths (files, folders recursively, globs), read them as UTF-8,
 * and turn every way an input can be bad into a one-line UsageError.
 */
import { readFile, stat, readdir } from 'node:fs/promises'
import { join, extname } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { UsageError } from '../errors.js'

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

/** Decode bytes as strict UTF-8, rejecting binary data. */
export function decodeDraft(bytes: Uint8Array, name: string): string {
  const head = bytes.subarray(0, 8000)
  if (head.includes(0)) throw new UsageError(`${name} is a binary file, not a text draft`)
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  } catch {
    throw new UsageError(`${name} is not valid UTF-8`)
  }
}

export async function readDraft(path: string): Promise<string> {
  let bytes
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(code === 'EISDIR' ? `${path} is a folder` : code === 'EACCES' ? `permission denied: ${path}` : `cannot read ${path}`)
  }
  return decodeDraft(bytes, path)
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return decodeDraft(Buffer.concat(chunks), '<stdin>')
}
