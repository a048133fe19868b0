import { describe, expect, it } from "vitest";
import { LATENCY_BUCKET_BOUNDS_MS, estimateLatencyPercentile, latencyBucketIndex, rebucketLatency } from "@/lib/signals/latency-buckets";
import { bucketStartOf, foldIntoMinuteBuckets, retentionCutoffs } from "@/lib/signals/signal-buckets";
import { readSignalRetention } from "@/lib/signals/signal-settings";

const at = (iso: string) => new Date(iso);

describe("latency buckets", () => {
  it("puts an observation in the first bucket whose upper bound holds it, and beyond the last bound in the unbounded one", () => {
    expect(latencyBucketIndex(0)).toBe(0);
    expect(latencyBucketIndex(5)).toBe(0);
    expect(latencyBucketIndex(5.1)).toBe(1);
    expect(latencyBucketIndex(1_000_000)).toBe(LATENCY_BUCKET_BOUNDS_MS.length);
  });

  it("re-buckets a sender's histogram by its upper bounds, erring slow", () => {
    // Sender bounds 0, 7, 100 ms and the unbounded rest: 1, 2, 3, 4 observations.
    const buckets = rebucketLatency([0, 7, 100], [1, 2, 3, 4]);
    expect(buckets[latencyBucketIndex(0)]).toBe(1);
    expect(buckets[latencyBucketIndex(7)]).toBe(2);
    expect(buckets[latencyBucketIndex(100)]).toBe(3);
    expect(buckets[LATENCY_BUCKET_BOUNDS_MS.length]).toBe(4);
  });

  it("estimates a percentile within its bucket, capped by the largest observation, and null without observations", () => {
    const buckets = rebucketLatency([100, 1_000], [90, 10, 0]);
    const p95 = estimateLatencyPercentile(buckets, 0.95, 900);
    expect(p95).toBeGreaterThan(500);
    expect(p95).toBeLessThanOrEqual(900);
    expect(estimateLatencyPercentile(buckets, 0.5, 900)).toBeLessThanOrEqual(100);
    expect(estimateLatencyPercentile(rebucketLatency([], [0]), 0.95, null)).toBeNull();
  });
});

describe("minute buckets", () => {
  it("folds a batch into one delta per integration and minute, the later gauge winning whatever the order", () => {
    const deltas = foldIntoMinuteBuckets([
      { integrationId: "a", at: at("2026-12-01T10:00:50Z"), records: 1, deadLetterDepth: 7 },
      { integrationId: "a", at: at("2026-12-01T10:00:10Z"), records: 2, deadLetterDepth: 3, circuitOpen: true },
      { integrationId: "a", at: at("2026-12-01T10:01:00Z"), records: 4 },
      { integrationId: "b", at: at("2026-12-01T10:00:00Z"), errors: 1 },
    ]);
    expect(deltas).toHaveLength(3);
    const first = deltas.find((d) => d.integrationId === "a" && d.bucketStart.getTime() === at("2026-12-01T10:00:00Z").getTime());
    expect(first).toMatchObject({ records: 3, points: 2, deadLetterDepth: 7, circuitOpen: true, lastAt: at("2026-12-01T10:00:50Z") });
  });

  it("prunes minutes at whole hours and hours at whole days", () => {
    const cutoffs = retentionCutoffs(at("2026-12-03T10:30:00Z"), readSignalRetention({}));
    expect(cutoffs.minute).toEqual(at("2026-12-01T10:00:00Z"));
    expect(cutoffs.hour).toEqual(bucketStartOf(at("2026-09-04T10:30:00Z"), "day"));
  });

  it("refuses a minute retention longer than the hour retention", () => {
    expect(() => readSignalRetention({ SIGNALS_MINUTE_RETENTION_HOURS: "200", SIGNALS_HOUR_RETENTION_DAYS: "3" })).toThrow(/SIGNALS_MINUTE_RETENTION_HOURS/);
  });
});
