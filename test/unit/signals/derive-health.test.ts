import { describe, expect, it } from "vitest";
import { deriveHealth, effectiveHealth, type HealthSignals, type WindowCounts } from "@/lib/signals/health/derive-health";
import { serviceObjectives, type ObjectiveSource } from "@/lib/signals/health/service-objectives";
import { LATENCY_BUCKET_COUNT, latencyBucketIndex } from "@/lib/signals/latency-buckets";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const now = Date.UTC(2026, 11, 1, 10, 0);
const settings = { unmonitoredAfterHours: 24 };

const tier2Stream: ObjectiveSource = {
  criticality: "tier2",
  frequency: "real_time",
  expectedLatencySeconds: 2,
  objectiveErrorRatePercent: null,
  objectiveLatencyMs: null,
  objectiveFreshnessHours: null,
};
const dailyBatch: ObjectiveSource = { ...tier2Stream, frequency: "daily", expectedLatencySeconds: null };

function counts(records: number, errors: number, latencyMs = 500): WindowCounts {
  const latencyBuckets = new Array<number>(LATENCY_BUCKET_COUNT).fill(0);
  latencyBuckets[latencyBucketIndex(latencyMs)] = records;
  return { records, errors, latencyBuckets, latencyMaxMs: latencyMs };
}

function flowing(overrides: Partial<HealthSignals> = {}): HealthSignals {
  return { lastSignalAt: now - MINUTE, lastSuccessAt: now - MINUTE, recent: counts(1000, 0), day: counts(90_000, 10), circuitOpen: null, ...overrides };
}

const derive = (signals: HealthSignals, source = tier2Stream) => deriveHealth(signals, serviceObjectives(source), settings, now);

describe("service objectives", () => {
  it("defaults by criticality tier and frequency, and takes each override where one is stored", () => {
    expect(serviceObjectives(tier2Stream)).toEqual({ errorRate: 0.01, latencyMs: 2000, freshnessHours: 2 });
    expect(serviceObjectives({ ...tier2Stream, criticality: "tier1" }).errorRate).toBe(0.005);
    expect(serviceObjectives({ ...tier2Stream, criticality: "tier4" }).errorRate).toBe(0.05);
    expect(serviceObjectives(dailyBatch)).toEqual({ errorRate: 0.01, latencyMs: null, freshnessHours: 26 });
    expect(serviceObjectives({ ...tier2Stream, frequency: "ad_hoc" }).freshnessHours).toBeNull();
    expect(serviceObjectives({ ...tier2Stream, objectiveErrorRatePercent: 3, objectiveLatencyMs: 800, objectiveFreshnessHours: 6 })).toEqual({
      errorRate: 0.03,
      latencyMs: 800,
      freshnessHours: 6,
    });
  });
});

describe("derived health", () => {
  it("is healthy within every objective, and says what it measured", () => {
    expect(derive(flowing())).toEqual({
      health: "healthy",
      reason: "error rate 0% over 15 min, objective 1%; last success 1 min ago; p95 latency 488 ms over 15 min, objective 2 s",
    });
  });

  it("is degraded above the error-rate objective and failing at five times it, with the issue's reason", () => {
    expect(derive(flowing({ recent: counts(1000, 10) })).health).toBe("healthy"); // exactly 1 %: within the objective
    expect(derive(flowing({ recent: counts(1000, 11) }))).toMatchObject({ health: "degraded", reason: "error rate 1.1% over 15 min, objective 1%" });
    expect(derive(flowing({ recent: counts(1000, 49) })).health).toBe("degraded");
    expect(derive(flowing({ recent: counts(1000, 50) })).health).toBe("failing");
    expect(derive(flowing({ recent: counts(1000, 72) }))).toEqual({ health: "failing", reason: "error rate 7.2% over 15 min, objective 1%" });
  });

  it("judges the error rate over the last 24 h when the last 15 min hold fewer than 20 records", () => {
    expect(derive(flowing({ recent: counts(19, 19), day: counts(500, 2) })).health).toBe("healthy");
    expect(derive(flowing({ recent: counts(19, 19), day: counts(500, 40) }))).toMatchObject({
      health: "failing",
      reason: "error rate 8% over 24 h, objective 1%",
    });
    expect(derive(flowing({ recent: counts(20, 20) })).health).toBe("failing");
    // Too little anywhere: no error-rate verdict at all.
    expect(derive(flowing({ recent: counts(5, 5), day: counts(5, 5) })).health).toBe("healthy");
  });

  it("is failing while the circuit breaker is open", () => {
    expect(derive(flowing({ circuitOpen: true }))).toEqual({ health: "failing", reason: "circuit breaker open" });
    expect(derive(flowing({ circuitOpen: false })).health).toBe("healthy");
  });

  it("is degraded when the p95 latency exceeds the expected latency, and has no latency objective without one", () => {
    expect(derive(flowing({ recent: counts(1000, 0, 2000) })).health).toBe("healthy");
    expect(derive(flowing({ recent: counts(1000, 0, 2400) }))).toMatchObject({ health: "degraded", reason: "p95 latency 2.4 s over 15 min, objective 2 s" });
    expect(derive(flowing({ recent: counts(1000, 0, 60_000) }), { ...tier2Stream, expectedLatencySeconds: null }).health).toBe("healthy");
    expect(derive(flowing({ recent: counts(1000, 0, 600) }), { ...tier2Stream, objectiveLatencyMs: 550 }).health).toBe("degraded");
  });

  it("calls a daily batch with no success for 26 h stale, not before", () => {
    const batch = (lastSuccessAt: number) => derive(flowing({ lastSignalAt: lastSuccessAt, lastSuccessAt, recent: null, day: null }), dailyBatch);
    expect(batch(now - 26 * HOUR).health).toBe("healthy");
    expect(batch(now - 26 * HOUR - MINUTE)).toEqual({ health: "stale", reason: "no success for 26 h, objective 26 h" });
    expect(batch(now - 40 * HOUR)).toEqual({ health: "stale", reason: "no success for 40 h, objective 26 h" });
  });

  it("calls an integration that reports but never succeeds stale once it was watched for longer than the objective", () => {
    expect(derive(flowing({ lastSuccessAt: null, lastSignalAt: now - MINUTE, recent: null, day: null }), dailyBatch).health).toBe("healthy");
    expect(derive(flowing({ lastSuccessAt: null, lastSignalAt: now - 27 * HOUR, recent: null, day: null }), dailyBatch)).toEqual({
      health: "stale",
      reason: "no success reported, objective every 26 h",
    });
  });

  it("calls an integration with no signal in 24 h (or twice its freshness objective) unmonitored", () => {
    expect(derive(flowing({ lastSignalAt: null, lastSuccessAt: null }))).toEqual({ health: "unmonitored", reason: "no signal received yet" });
    expect(derive(flowing({ lastSignalAt: now - 24 * HOUR, lastSuccessAt: now - 24 * HOUR, recent: null, day: null })).health).toBe("stale");
    expect(derive(flowing({ lastSignalAt: now - 25 * HOUR, recent: null, day: null }))).toEqual({
      health: "unmonitored",
      reason: "no signal for 25 h, threshold 24 h",
    });
    // A daily batch is stale first and unmonitored only after two missed runs (52 h).
    expect(derive(flowing({ lastSignalAt: now - 52 * HOUR, lastSuccessAt: now - 52 * HOUR, recent: null, day: null }), dailyBatch).health).toBe("stale");
    expect(derive(flowing({ lastSignalAt: now - 53 * HOUR, lastSuccessAt: now - 53 * HOUR, recent: null, day: null }), dailyBatch).health).toBe("unmonitored");
    expect(deriveHealth(flowing({ lastSignalAt: now - 25 * HOUR }), serviceObjectives(tier2Stream), { unmonitoredAfterHours: 48 }, now).health).not.toBe(
      "unmonitored",
    );
  });

  it("reports the worst finding, with every reason of that severity", () => {
    const verdict = derive(flowing({ circuitOpen: true, recent: counts(1000, 100), lastSuccessAt: now - 3 * HOUR }));
    expect(verdict).toEqual({ health: "failing", reason: "circuit breaker open; error rate 10% over 15 min, objective 1%" });
    expect(derive(flowing({ recent: counts(1000, 20), lastSuccessAt: now - 3 * HOUR })).health).toBe("stale");
  });
});

describe("effective health", () => {
  it("is the override until it ends by itself, then the derived health again", () => {
    const override = { health: "healthy" as const, until: new Date(now + HOUR) };
    expect(effectiveHealth("failing", override, now)).toBe("healthy");
    expect(effectiveHealth("failing", override, now + HOUR)).toBe("failing");
    expect(effectiveHealth("degraded", null, now)).toBe("degraded");
  });
});
