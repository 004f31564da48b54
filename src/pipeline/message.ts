/**
 * A finding's range: the exact UTF-16 offsets `report()` (`src/rule.ts`) writes on the message
 * (typed in `data.ts`); a message from elsewhere falls back to its start point's offset.
 */
export function messageRange(message: { offset?: number | undefined; endOffset?: number | undefined; place?: unknown }): { offset: number; endOffset: number } {
  const offset = message.offset ?? placeOffset(message.place) ?? 0
  return { offset, endOffset: message.endOffset ?? offset }
}

function placeOffset(place: unknown): number | undefined {
  if (!place || typeof place !== 'object') return undefined
  const point = 'start' in place ? place.start : place
  return point && typeof point === 'object' && 'offset' in point && typeof point.offset === 'number' ? point.offset : undefined
}
