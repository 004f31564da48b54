/** Offset → 1-based line/column, with a line-start table built once per draft. */
export interface LineIndex {
  toPoint(offset: number): { line: number; column: number }
}

export function lineIndex(text: string): LineIndex {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return {
    toPoint(offset) {
      let lo = 0
      let hi = starts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (starts[mid]! <= offset) lo = mid
        else hi = mid - 1
      }
      return { line: lo + 1, column: offset - starts[lo]! + 1 }
    },
  }
}
