/**
 * A growing set of [start, end) ranges that answers "does any range overlap [from, to)?" in
 * O(log n): ranges kept sorted by start, with the running maximum of their ends. A range overlaps
 * [from, to) when it starts before `to` and ends after `from`, so the question is whether the
 * largest end among the ranges starting before `to` passes `from`. Checking a list per query made
 * placeholder-syntax quadratic on templates full of braces.
 */
export class RangeSet {
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  /** maxEnd[i]: the largest end among ranges 0..i. */
  private readonly maxEnd: number[] = []

  add(start: number, end: number): void {
    const n = this.starts.length
    if (n === 0 || start >= this.starts[n - 1]!) {
      this.starts.push(start)
      this.ends.push(end)
      this.maxEnd.push(Math.max(end, n > 0 ? this.maxEnd[n - 1]! : -Infinity))
      return
    }
    // Out of order (rare): insert, then recompute the running maximum from there.
    const at = this.countBefore(start + 1)
    this.starts.splice(at, 0, start)
    this.ends.splice(at, 0, end)
    this.maxEnd.splice(at, 0, 0)
    for (let i = at; i < this.starts.length; i++) this.maxEnd[i] = Math.max(this.ends[i]!, i > 0 ? this.maxEnd[i - 1]! : -Infinity)
  }

  /** Whether some range [s, e) has s < to and e > from. */
  overlaps(from: number, to: number): boolean {
    const i = this.countBefore(to) - 1
    return i >= 0 && this.maxEnd[i]! > from
  }

  /** Whether some range holds position `i`. */
  covers(i: number): boolean {
    return this.overlaps(i, i + 1)
  }

  /** Number of ranges starting before `to`. */
  private countBefore(to: number): number {
    let lo = 0
    let hi = this.starts.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.starts[mid]! < to) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
