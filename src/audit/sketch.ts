/**
 * A DDSketch (Masson, Rim & Lee, VLDB 2019) for response-time percentiles: values fall into
 * log-spaced buckets, so any quantile is within 1 % (relative) of the true value, and two sketches
 * merge EXACTLY by adding bucket counts — a merged shard summary equals the single-run one bit for
 * bit, whatever the order. Written by hand (≈60 lines) because the npm package (@datadog/sketches-js)
 * serialises to protobuf while partial summaries here are plain JSON people can read and diff.
 */

/** The JSON form, also what summaries store. */
export interface SketchData {
  /** Relative accuracy. */
  alpha: number
  count: number
  /** Values ≤ 0 (an answer in the same second). */
  zero: number
  min: number | null
  max: number | null
  /** [bucket index, count], sorted by index. */
  bins: Array<[number, number]>
}

const ALPHA = 0.01
const GAMMA = (1 + ALPHA) / (1 - ALPHA)
const LOG_GAMMA = Math.log(GAMMA)

export function emptySketch(): SketchData {
  return { alpha: ALPHA, count: 0, zero: 0, min: null, max: null, bins: [] }
}

/** Adds values to a sketch being built (bins kept in a map until `seal`). */
export class SketchBuilder {
  private readonly bins = new Map<number, number>()
  private zero = 0
  private count = 0
  private min = Infinity
  private max = -Infinity

  add(value: number): void {
    this.count++
    if (value < this.min) this.min = value
    if (value > this.max) this.max = value
    if (value <= 0) {
      this.zero++
      return
    }
    const index = Math.ceil(Math.log(value) / LOG_GAMMA)
    this.bins.set(index, (this.bins.get(index) ?? 0) + 1)
  }

  seal(): SketchData {
    return {
      alpha: ALPHA,
      count: this.count,
      zero: this.zero,
      min: this.count ? this.min : null,
      max: this.count ? this.max : null,
      bins: [...this.bins].sort((a, b) => a[0] - b[0]),
    }
  }
}

export function mergeSketches(a: SketchData, b: SketchData): SketchData {
  if (a.alpha !== b.alpha) throw new Error(`cannot merge sketches of different accuracy (${a.alpha}, ${b.alpha})`)
  const bins = new Map<number, number>(a.bins)
  for (const [i, n] of b.bins) bins.set(i, (bins.get(i) ?? 0) + n)
  const pick = (x: number | null, y: number | null, f: (p: number, q: number) => number) => (x === null ? y : y === null ? x : f(x, y))
  return {
    alpha: a.alpha,
    count: a.count + b.count,
    zero: a.zero + b.zero,
    min: pick(a.min, b.min, Math.min),
    max: pick(a.max, b.max, Math.max),
    bins: [...bins].sort((p, q) => p[0] - q[0]),
  }
}

/** The q-quantile (0–1), within `alpha` of the true value; null for an empty sketch. */
export function quantile(s: SketchData, q: number): number | null {
  if (s.count === 0) return null
  const rank = Math.floor(q * (s.count - 1))
  if (rank < s.zero) return Math.max(s.min ?? 0, 0)
  let seen = s.zero
  const gamma = (1 + s.alpha) / (1 - s.alpha)
  for (const [index, n] of s.bins) {
    seen += n
    if (seen > rank) {
      // The bucket (γ^(i-1), γ^i] is represented by the value with equal relative error to both ends.
      const value = (2 * gamma ** index) / (gamma + 1)
      return Math.min(Math.max(value, s.min!), s.max!)
    }
  }
  return s.max
}
