/** FNV-1a (32-bit) of a string: a fast, stable hash for shard assignment and example sampling. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** `--shard i/n`: 1-based shard number and count, or a message saying what is wrong. */
export function parseShard(value: string): { index: number; count: number } | string {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value.trim())
  if (!m) return `--shard must look like i/n (e.g. 1/4), got "${value}"`
  const index = Number(m[1])
  const count = Number(m[2])
  if (count < 1 || index < 1 || index > count) return `--shard ${value}: i must be between 1 and n`
  return { index, count }
}

/** Whether a conversation belongs to shard `index` of `count`: every conversation lands in exactly one. */
export function inShard(conversationId: string, index: number, count: number): boolean {
  return fnv1a(conversationId) % count === index - 1
}
