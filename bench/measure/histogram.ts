/** Below this many milliseconds buckets are 0.05 ms wide. */
const LINEAR_MS = 10;
const LINEAR_STEP_MS = 0.05;
const LINEAR_BUCKETS = LINEAR_MS / LINEAR_STEP_MS;
/** Above LINEAR_MS each bucket is 1 % wider than the last, up to RANGE_MS. */
const GROWTH = 1.01;
/** Latencies at or above this share the last bucket (their maximum is kept). */
const RANGE_MS = 600_000;
const BUCKETS = LINEAR_BUCKETS + Math.ceil(Math.log(RANGE_MS / LINEAR_MS) / Math.log(GROWTH)) + 1;

function bucketOf(ms: number): number {
  if (ms < LINEAR_MS) return Math.max(0, Math.floor(ms / LINEAR_STEP_MS));
  return Math.min(BUCKETS - 1, LINEAR_BUCKETS + Math.floor(Math.log(ms / LINEAR_MS) / Math.log(GROWTH)));
}

function upperEdge(index: number): number {
  if (index < LINEAR_BUCKETS) return (index + 1) * LINEAR_STEP_MS;
  return LINEAR_MS * GROWTH ** (index - LINEAR_BUCKETS + 1);
}

/** A histogram as sent between processes: only the buckets that hold samples. */
export interface SerializedHistogram {
  buckets: [index: number, count: number][];
  count: number;
  max: number;
}

/** Percentiles of a latency distribution, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * Latency samples in fixed buckets (0.05 ms wide up to 10 ms, then 1 %
 * wider each, up to 10 minutes): constant memory for millions of samples,
 * percentiles exact to 0.05 ms or 1 %.
 */
export class LatencyHistogram {
  private readonly counts = new Uint32Array(BUCKETS);
  private total = 0;
  private maxMs = 0;

  /** Adds one sample, in milliseconds. */
  record(ms: number): void {
    this.counts[bucketOf(ms)]++;
    this.total++;
    if (ms > this.maxMs) this.maxMs = ms;
  }

  /** Adds every sample of another histogram. */
  merge(other: SerializedHistogram): void {
    for (const [index, count] of other.buckets) this.counts[index] += count;
    this.total += other.count;
    this.maxMs = Math.max(this.maxMs, other.max);
  }

  /** The value below which `fraction` of the samples lie (upper edge of its bucket, at most the maximum). */
  percentile(fraction: number): number {
    if (this.total === 0) return NaN;
    const rank = Math.ceil(fraction * this.total);
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i];
      if (seen >= rank) return Math.min(this.maxMs, upperEdge(i));
    }
    return this.maxMs;
  }

  summary(): LatencySummary {
    return { count: this.total, p50: this.percentile(0.5), p95: this.percentile(0.95), p99: this.percentile(0.99), max: this.maxMs };
  }

  serialize(): SerializedHistogram {
    const buckets: [number, number][] = [];
    this.counts.forEach((count, index) => {
      if (count > 0) buckets.push([index, count]);
    });
    return { buckets, count: this.total, max: this.maxMs };
  }
}

/** The median of a list of numbers (NaN when empty). */
export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
