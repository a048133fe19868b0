/**
 * The fixed latency histogram every rollup keeps, in milliseconds: upper bounds of the buckets (inclusive), plus
 * one unbounded bucket after the last. Fixed bounds let minute buckets add up to hours and days element by
 * element, whatever histogram a sender used; the p95 estimated from them is as precise as a bucket is wide.
 */
export const LATENCY_BUCKET_BOUNDS_MS = [5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000, 60_000, 300_000] as const;

/** Bucket counts per rollup: one per bound and the unbounded one. */
export const LATENCY_BUCKET_COUNT = LATENCY_BUCKET_BOUNDS_MS.length + 1;

export function emptyLatencyBuckets(): number[] {
  return new Array<number>(LATENCY_BUCKET_COUNT).fill(0);
}

/** The bucket an observation of `ms` milliseconds falls in. */
export function latencyBucketIndex(ms: number): number {
  const index = LATENCY_BUCKET_BOUNDS_MS.findIndex((bound) => ms <= bound);
  return index === -1 ? LATENCY_BUCKET_BOUNDS_MS.length : index;
}

/**
 * Re-buckets a sender's histogram (its upper bounds in milliseconds, and one more count than bounds for the
 * unbounded bucket, as OpenTelemetry's explicit-bucket histograms are) into the fixed buckets. Each source bucket
 * is counted where its upper bound falls, so the estimate errs on the slow side, never the fast one; the source's
 * unbounded bucket goes to ours.
 */
export function rebucketLatency(boundsMs: readonly number[], counts: readonly number[]): number[] {
  const buckets = emptyLatencyBuckets();
  counts.forEach((count, index) => {
    if (count <= 0) return;
    const target = index < boundsMs.length ? latencyBucketIndex(boundsMs[index]) : LATENCY_BUCKET_BOUNDS_MS.length;
    buckets[target] += count;
  });
  return buckets;
}

/**
 * Estimates a percentile (0 < q < 1) from fixed buckets: linear within the bucket that holds it, capped by the
 * largest observation (which is also the answer inside the unbounded bucket). Null without observations.
 */
export function estimateLatencyPercentile(buckets: readonly number[], q: number, maxMs: number | null): number | null {
  const total = buckets.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const rank = q * total;
  let seen = 0;
  for (let index = 0; index < buckets.length; index += 1) {
    const count = buckets[index];
    if (count > 0 && seen + count >= rank) {
      if (index >= LATENCY_BUCKET_BOUNDS_MS.length) return maxMs ?? LATENCY_BUCKET_BOUNDS_MS[LATENCY_BUCKET_BOUNDS_MS.length - 1];
      const lower = index === 0 ? 0 : LATENCY_BUCKET_BOUNDS_MS[index - 1];
      const upper = LATENCY_BUCKET_BOUNDS_MS[index];
      const estimate = lower + ((rank - seen) / count) * (upper - lower);
      return maxMs === null ? estimate : Math.min(estimate, maxMs);
    }
    seen += count;
  }
  return maxMs;
}
