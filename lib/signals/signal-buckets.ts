import { LATENCY_BUCKET_COUNT, emptyLatencyBuckets } from "./latency-buckets";
import type { SignalRetention } from "./signal-settings";

export const SIGNAL_RESOLUTIONS = ["minute", "hour", "day"] as const;
export type SignalResolutionName = (typeof SIGNAL_RESOLUTIONS)[number];

const RESOLUTION_MS: Record<SignalResolutionName, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/** The UTC start of the bucket of `resolution` that holds `at`. */
export function bucketStartOf(at: Date, resolution: SignalResolutionName): Date {
  const size = RESOLUTION_MS[resolution];
  return new Date(Math.floor(at.getTime() / size) * size);
}

/**
 * The oldest bucket each resolution keeps at `now`: pruning deletes everything older. Cut at whole hours (minutes)
 * and whole days (hours), so that a coarser bucket is never recomputed from a partly pruned set of finer ones.
 */
export function retentionCutoffs(now: Date, retention: SignalRetention): Record<SignalResolutionName, Date> {
  return {
    minute: bucketStartOf(new Date(now.getTime() - retention.minuteMs), "hour"),
    hour: bucketStartOf(new Date(now.getTime() - retention.hourMs), "day"),
    day: bucketStartOf(new Date(now.getTime() - retention.dayMs), "day"),
  };
}

/** What one signal point says about one integration at one time; every measurement is optional. */
export interface SignalMeasurements {
  records?: number;
  errors?: number;
  rateLimitRejections?: number;
  quarantined?: number;
  /** Latency observations in milliseconds, already in the fixed buckets (latency-buckets.ts). */
  latency?: { count: number; sumMs: number; maxMs: number | null; buckets: number[] };
  lastSuccessAt?: Date;
  deadLetterDepth?: number;
  circuitOpen?: boolean;
}

export interface ResolvedSignalPoint extends SignalMeasurements {
  integrationId: string;
  at: Date;
}

/** The sum of a batch's points for one integration and minute: what one upsert adds to a minute rollup. */
export interface MinuteBucketDelta {
  integrationId: string;
  bucketStart: Date;
  records: number;
  errors: number;
  rateLimitRejections: number;
  quarantined: number;
  latencyCount: number;
  latencySumMs: number;
  latencyMaxMs: number | null;
  latencyBuckets: number[];
  lastSuccessAt: Date | null;
  deadLetterDepth: number | null;
  deadLetterAt: Date | null;
  circuitOpen: boolean | null;
  circuitAt: Date | null;
  points: number;
  /** The latest point time: the integration's last signal. */
  lastAt: Date;
}

/**
 * Folds a batch of points into one delta per integration and minute, so that the batch is one upsert in which no
 * row is touched twice. Counters add up; gauges keep the value of the latest point that carries them.
 */
export function foldIntoMinuteBuckets(points: readonly ResolvedSignalPoint[]): MinuteBucketDelta[] {
  const deltas = new Map<string, MinuteBucketDelta>();
  for (const point of points) {
    const bucketStart = bucketStartOf(point.at, "minute");
    const key = `${point.integrationId}\u0000${bucketStart.getTime()}`;
    let delta = deltas.get(key);
    if (!delta) {
      delta = {
        integrationId: point.integrationId,
        bucketStart,
        records: 0,
        errors: 0,
        rateLimitRejections: 0,
        quarantined: 0,
        latencyCount: 0,
        latencySumMs: 0,
        latencyMaxMs: null,
        latencyBuckets: emptyLatencyBuckets(),
        lastSuccessAt: null,
        deadLetterDepth: null,
        deadLetterAt: null,
        circuitOpen: null,
        circuitAt: null,
        points: 0,
        lastAt: point.at,
      };
      deltas.set(key, delta);
    }
    delta.points += 1;
    delta.records += point.records ?? 0;
    delta.errors += point.errors ?? 0;
    delta.rateLimitRejections += point.rateLimitRejections ?? 0;
    delta.quarantined += point.quarantined ?? 0;
    if (point.at > delta.lastAt) delta.lastAt = point.at;
    if (point.latency) {
      delta.latencyCount += point.latency.count;
      delta.latencySumMs += point.latency.sumMs;
      if (point.latency.maxMs !== null) delta.latencyMaxMs = Math.max(delta.latencyMaxMs ?? point.latency.maxMs, point.latency.maxMs);
      for (let index = 0; index < LATENCY_BUCKET_COUNT; index += 1) delta.latencyBuckets[index] += point.latency.buckets[index] ?? 0;
    }
    if (point.lastSuccessAt && (!delta.lastSuccessAt || point.lastSuccessAt > delta.lastSuccessAt)) delta.lastSuccessAt = point.lastSuccessAt;
    if (point.deadLetterDepth !== undefined && (!delta.deadLetterAt || point.at >= delta.deadLetterAt)) {
      delta.deadLetterDepth = point.deadLetterDepth;
      delta.deadLetterAt = point.at;
    }
    if (point.circuitOpen !== undefined && (!delta.circuitAt || point.at >= delta.circuitAt)) {
      delta.circuitOpen = point.circuitOpen;
      delta.circuitAt = point.at;
    }
  }
  return [...deltas.values()];
}
