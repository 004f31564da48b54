/**
 * The fields `report()` (`src/rule.ts`) writes on a vfile message beside unified's own: the exact
 * UTF-16 range in the raw input and the safe fix.
 */
import type { Fix } from '../types.js'

declare module 'vfile-message' {
  interface VFileMessage {
    /** 0-based UTF-16 offset of the finding's start in the raw input (netiquette). */
    offset?: number | undefined
    /** 0-based UTF-16 offset of the finding's end in the raw input (netiquette). */
    endOffset?: number | undefined
    /** A rewrite safe to apply without a human (netiquette). */
    fix?: Fix | undefined
  }
}

/** The finding's range; a message from elsewhere falls back to its start point's offset. */
export function messageRange(message: { offset?: number | undefined; endOffset?: number | undefined; place?: unknown }): { offset: number; endOffset: number } {
  const offset = message.offset ?? placeOffset(message.place) ?? 0
  return { offset, endOffset: message.endOffset ?? offset }
}

function placeOffset(place: unknown): number | undefined {
  if (!place || typeof place !== 'object') return undefined
  const point = 'start' in place ? place.start : place
  return point && typeof point === 'object' && 'offset' in point && typeof point.offset === 'number' ? point.offset : undefined
}
