/**
 * Lines of a file as a stream, with their 1-based numbers and the bytes handed on so far (for the
 * progress bar): readline over a read stream keeps memory flat whatever the file size.
 */
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'

export interface NumberedLine {
  line: number
  text: string
}

export interface ByteCounter {
  bytes: number
}

export async function* readLines(path: string, counter?: ByteCounter): AsyncGenerator<NumberedLine> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  let line = 0
  for await (const raw of lines) {
    line++
    // Counted as lines are handed on, not as chunks are read: readline reads far ahead of the audit.
    if (counter) counter.bytes += Buffer.byteLength(raw) + 1
    yield { line, text: line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw }
  }
}
