/**
 * Lines of a file as a stream, with their 1-based numbers and the bytes read so far (for the
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
  if (counter) stream.on('data', (chunk) => (counter.bytes += Buffer.byteLength(chunk as string)))
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  let line = 0
  for await (const raw of lines) {
    line++
    yield { line, text: line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw }
  }
}
