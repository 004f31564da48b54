/**
 * Where reports go, and what happens when they can't get there. A reader that closes its end of
 * the pipe early (`netiquette templates macros/ | head -1`) ends the output quietly and the run
 * keeps its own exit code, as `git log | head` does; any other failure to write (a full disk, a
 * missing `-o` folder) is one line on stderr and exit 2, never a stack trace.
 */
import { writeFile } from 'node:fs/promises'
import { UsageError } from '../errors.js'

let stdoutError: NodeJS.ErrnoException | undefined
let guarded = false

/** Handle errors on the process's stdout and stderr (once): Node throws unhandled stream errors. */
export function guardStdio(): void {
  if (guarded) return
  guarded = true
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    stdoutError ??= error
  })
  process.stderr.on('error', () => {}) // a closed stderr: there is no one left to tell
}

/** A closed pipe: the reader has all it wanted. */
export function isClosedPipe(error: NodeJS.ErrnoException): boolean {
  return error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED'
}

/**
 * Once everything written to stdout has reached the OS: the error that kept it from getting
 * there, unless the reader just closed the pipe.
 */
export async function stdoutFailure(): Promise<NodeJS.ErrnoException | undefined> {
  if (!process.stdout.destroyed) await new Promise<void>((resolve) => process.stdout.write('', () => resolve()))
  await new Promise((resolve) => setImmediate(resolve)) // a failed write's 'error' event comes after its callback
  return stdoutError && !isClosedPipe(stdoutError) ? stdoutError : undefined
}

/** `no such file or directory (ENOENT)` from Node's `ENOENT: no such file or directory, open '…'`. */
export function describeWriteError(error: NodeJS.ErrnoException): string {
  const reason = (error.message ?? String(error)).split(',')[0]!.replace(`${error.code}: `, '')
  return error.code && reason !== error.code ? `${reason} (${error.code})` : reason
}

/** Write a report to `-o <file>`; a failure is a UsageError (one line, exit 2). */
export async function writeReport(path: string, report: string): Promise<void> {
  try {
    await writeFile(path, report, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot write the report to ${path}: ${describeWriteError(error as NodeJS.ErrnoException)}`)
  }
}
