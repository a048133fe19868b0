import { HOUR_MS, WEEK_MS, robustBaseline } from "./seasonal-baseline";
import { BASELINE_WEEKS, DAY_MS } from "./evaluate-signals";

export const CHART_RANGES = ["24h", "7d", "30d"] as const;
export type ChartRange = (typeof CHART_RANGES)[number];

export const CHART_RANGE_LABELS: Readonly<Record<ChartRange, string>> = { "24h": "24 hours", "7d": "7 days", "30d": "30 days" };

/** Hours for 24 h and 7 d, days for 30 d: enough points to read, few enough to draw. */
export function chartWindow(range: ChartRange, now: Date): { resolution: "hour" | "day"; bucketMs: number; from: number; to: number; buckets: number } {
  if (range === "30d") {
    const to = Math.floor(now.getTime() / DAY_MS) * DAY_MS + DAY_MS;
    return { resolution: "day", bucketMs: DAY_MS, from: to - 30 * DAY_MS, to, buckets: 30 };
  }
  const buckets = range === "24h" ? 24 : 168;
  const to = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS;
  return { resolution: "hour", bucketMs: HOUR_MS, from: to - buckets * HOUR_MS, to, buckets };
}

/** How far back the baseline band reads before the window: the same weeks the anomaly rule reads. */
export const BASELINE_LOOKBACK_MS = BASELINE_WEEKS * WEEK_MS;

export interface ChartInputPoint {
  bucketStart: Date;
  records: number;
  errors: number;
  p95Ms: number | null;
}

export interface ChartBucket {
  start: number;
  /** null: nobody reported in this bucket (a gap, drawn as one). */
  records: number | null;
  errors: number | null;
  p95Ms: number | null;
  /** The usual volume for this bucket (same hour or day of the week, previous weeks); null without enough history. */
  band: { expected: number; lower: number; upper: number } | null;
}

/**
 * The chart's buckets over a window, gaps kept as nulls, each with the seasonal band the volume rule uses (decision
 * 034): the median and band of the same hour (or day) of the week over the previous weeks. `points` must cover
 * the window and the lookback before it.
 */
export function chartBuckets(points: readonly ChartInputPoint[], window: ReturnType<typeof chartWindow>): ChartBucket[] {
  const byStart = new Map(points.map((point) => [point.bucketStart.getTime(), point]));
  const buckets: ChartBucket[] = [];
  for (let index = 0; index < window.buckets; index += 1) {
    const start = window.from + index * window.bucketMs;
    const point = byStart.get(start);
    const samples: number[] = [];
    for (let week = 1; week <= BASELINE_WEEKS; week += 1) {
      const earlier = byStart.get(start - week * WEEK_MS);
      if (earlier) samples.push(earlier.records);
    }
    const baseline = samples.length >= 3 ? robustBaseline(samples) : null;
    buckets.push({
      start,
      records: point ? point.records : null,
      errors: point ? point.errors : null,
      p95Ms: point ? point.p95Ms : null,
      band: baseline ? { expected: baseline.expected, lower: baseline.lower, upper: baseline.upper } : null,
    });
  }
  return buckets;
}
