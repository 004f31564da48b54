/** A one-line progress bar with throughput and ETA, on stderr, only when stderr is a terminal. */
export interface Progress {
  update(bytes: number, replies: number): void
  done(): void
}

const quiet: Progress = { update() {}, done() {} }

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--'
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const pad = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`
}

export function progressBar(totalBytes: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || totalBytes <= 0) return quiet
  const start = Date.now()
  let last = 0
  const draw = (bytes: number, replies: number) => {
    const fraction = Math.min(1, bytes / totalBytes)
    const elapsed = (Date.now() - start) / 1000
    const width = 24
    const filled = Math.round(fraction * width)
    const rate = elapsed > 0 ? replies / elapsed : 0
    const eta = fraction > 0 ? (elapsed * (1 - fraction)) / fraction : Infinity
    stream.write(`\r\x1b[2Kaudit [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.floor(fraction * 100)}% · ${replies.toLocaleString('en')} replies · ${Math.round(rate).toLocaleString('en')}/s · ETA ${clock(eta)}`)
  }
  return {
    update(bytes, replies) {
      const now = Date.now()
      if (now - last < 100) return
      last = now
      draw(bytes, replies)
    },
    done() {
      stream.write('\r\x1b[2K')
    },
  }
}
