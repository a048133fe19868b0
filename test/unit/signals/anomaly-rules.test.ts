import { describe, expect, it } from "vitest";
import { HOUR_MS, WEEK_MS, robustBaseline, sameHourOfWeekSamples } from "@/lib/signals/anomalies/seasonal-baseline";
import { deadLetterGrowthRule, errorSpikeRule, freshnessRule, volumeDropRule } from "@/lib/signals/anomalies/anomaly-rules";

/** A small seeded generator (mulberry32), so every run sees the same "random" noise and a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal noise (Box-Muller). */
function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

// Monday 2026-10-05 00:00 UTC: six whole weeks of history start here.
const START = Date.UTC(2026, 9, 5);

/**
 * An order flow with the shapes real business traffic has: busy office hours, a lunch dip, quiet nights, a busy
 * Monday, a slow Saturday and a near-empty Sunday, plus 10 % multiplicative noise on top of counting noise.
 */
function seasonalOrderFlow(weeks: number, seed: number, peak = 400): Map<number, number> {
  const random = seededRandom(seed);
  const daily = [0.05, 0.04, 0.03, 0.03, 0.04, 0.08, 0.2, 0.45, 0.8, 0.95, 1, 0.95, 0.7, 0.85, 0.95, 0.9, 0.8, 0.6, 0.4, 0.3, 0.2, 0.15, 0.1, 0.07];
  const weekly = [1.15, 1, 1, 1, 0.95, 0.45, 0.12]; // Monday first
  const series = new Map<number, number>();
  for (let hour = 0; hour < weeks * 168; hour += 1) {
    const mean = peak * daily[hour % 24] * weekly[Math.floor(hour / 24) % 7];
    const noisy = mean * (1 + 0.1 * gaussian(random)) + Math.sqrt(mean) * gaussian(random);
    series.set(START + hour * HOUR_MS, Math.max(0, Math.round(noisy)));
  }
  return series;
}

function volumeVerdictAt(series: Map<number, number>, hourStart: number) {
  const samples = sameHourOfWeekSamples(series, hourStart, { weeks: 5, reported: (at) => at >= START });
  return volumeDropRule({ observed: series.get(hourStart) ?? 0, samples });
}

describe("robustBaseline", () => {
  it("takes the median and a MAD-based band, so one outlier week neither moves the expectation nor widens the band", () => {
    const usual = robustBaseline([100, 104, 96, 101, 99]);
    const withHoliday = robustBaseline([100, 104, 0, 101, 99]);
    expect(usual?.expected).toBe(100);
    expect(withHoliday).toEqual(usual);
  });

  it("never draws the band narrower than the noise of a business flow, even when the history is flat", () => {
    const flat = robustBaseline([400, 400, 400, 400]);
    // √(400 + 40²) ≈ 44.7; four of those.
    expect(flat?.lower).toBeCloseTo(400 - 4 * Math.sqrt(400 + 1600));
  });

  it("widens the band for a flow whose weeks really differ", () => {
    const erratic = robustBaseline([100, 180, 40, 150, 60]);
    expect(erratic!.lower).toBeLessThan(robustBaseline([100, 104, 96, 101, 99])!.lower);
  });

  it("has no baseline without samples", () => {
    expect(robustBaseline([])).toBeNull();
  });
});

describe("sameHourOfWeekSamples", () => {
  const series = new Map([
    [START, 10],
    [START + WEEK_MS, 20],
    [START + 3 * WEEK_MS, 40],
  ]);

  it("reads the same hour of the previous weeks, counting a silent hour as zero on a day the integration reported", () => {
    expect(sameHourOfWeekSamples(series, START + 4 * WEEK_MS, { weeks: 4, reported: () => true })).toEqual([40, 0, 20, 10]);
  });

  it("leaves out weeks in which the integration did not report that day instead of inventing zeros", () => {
    expect(sameHourOfWeekSamples(series, START + 4 * WEEK_MS, { weeks: 6, reported: (at) => at >= START && at !== START + 2 * WEEK_MS })).toEqual([40, 20, 10]);
  });
});

describe("volumeDropRule on seasonal traffic", () => {
  it("raises no alarm over two ordinary weeks of daily and weekly seasonality with noise (five different seeds)", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const series = seasonalOrderFlow(7, seed);
      const alarms: string[] = [];
      // Weeks 6 and 7 are judged against the five weeks before each hour.
      for (let hour = 5 * 168; hour < 7 * 168; hour += 1) {
        const hourStart = START + hour * HOUR_MS;
        if (volumeVerdictAt(series, hourStart).state === "anomalous") alarms.push(new Date(hourStart).toISOString());
      }
      expect(alarms, `seed ${seed}`).toEqual([]);
    }
  });

  it("finds a 60 % drop injected at a known hour, and only that hour", () => {
    const series = seasonalOrderFlow(6, 7);
    // Tuesday of week 6, 10:00 UTC.
    const dropAt = START + (5 * 168 + 24 + 10) * HOUR_MS;
    series.set(dropAt, Math.round(series.get(dropAt)! * 0.4));
    const anomalous: number[] = [];
    for (let hour = 5 * 168; hour < 6 * 168; hour += 1) {
      const hourStart = START + hour * HOUR_MS;
      if (volumeVerdictAt(series, hourStart).state === "anomalous") anomalous.push(hourStart);
    }
    expect(anomalous).toEqual([dropAt]);
    const verdict = volumeVerdictAt(series, dropAt);
    expect(verdict.state === "anomalous" && verdict.finding.deviation).toBeGreaterThan(0.5);
  });

  it("finds a flow that stopped altogether in a busy hour", () => {
    const series = seasonalOrderFlow(6, 8);
    const stoppedAt = START + (5 * 168 + 9) * HOUR_MS; // Monday 09:00
    series.set(stoppedAt, 0);
    const verdict = volumeVerdictAt(series, stoppedAt);
    expect(verdict.state).toBe("anomalous");
    expect(verdict.state === "anomalous" && verdict.finding.deviation).toBe(1);
  });

  it("does not judge a quiet hour: a few records fewer at night is counting noise, not a business signal", () => {
    expect(volumeDropRule({ observed: 0, samples: [6, 5, 7, 6] }).state).toBe("unknown");
  });

  it("needs at least three weeks of history before it judges at all", () => {
    expect(volumeDropRule({ observed: 0, samples: [500, 480] })).toEqual({ state: "unknown", reason: "fewer than 3 weeks of history for this hour" });
  });

  it("holds an open incident while the volume is between the alarm and the recovery thresholds", () => {
    const samples = [1000, 1010, 990, 1005];
    expect(volumeDropRule({ observed: 500, samples }).state).toBe("anomalous");
    expect(volumeDropRule({ observed: 700, samples }).state).toBe("hold");
    expect(volumeDropRule({ observed: 950, samples }).state).toBe("clear");
  });
});

describe("errorSpikeRule", () => {
  const usualHours = Array.from({ length: 48 }, (_, index) => ({ records: 1000, errors: index % 3 === 0 ? 12 : 8 }));

  it("finds an error rate far above the integration's own usual rate", () => {
    const verdict = errorSpikeRule({ window: { records: 1000, errors: 120 }, history: usualHours });
    expect(verdict.state).toBe("anomalous");
    expect(verdict.state === "anomalous" && verdict.finding.observed).toBeCloseTo(0.12);
    expect(verdict.state === "anomalous" && verdict.finding.expected).toBeCloseTo(0.008);
  });

  it("stays quiet at the usual rate and at a little above it", () => {
    expect(errorSpikeRule({ window: { records: 1000, errors: 10 }, history: usualHours }).state).toBe("clear");
    expect(errorSpikeRule({ window: { records: 1000, errors: 14 }, history: usualHours }).state).not.toBe("anomalous");
  });

  it("does not alarm on a handful of errors in a tiny window (2 of 4 records)", () => {
    expect(errorSpikeRule({ window: { records: 4, errors: 2 }, history: usualHours }).state).toBe("unknown");
  });

  it("judges a new integration without history against the absolute floor alone", () => {
    expect(errorSpikeRule({ window: { records: 200, errors: 40 }, history: [] }).state).toBe("anomalous");
    expect(errorSpikeRule({ window: { records: 200, errors: 2 }, history: [] }).state).toBe("clear");
  });
});

describe("freshnessRule", () => {
  const now = Date.UTC(2026, 11, 3, 12);

  it("calls a daily batch with no success for 26 hours stale, and one that ran 20 hours ago fresh", () => {
    expect(freshnessRule({ frequency: "daily", lastSuccessAt: now - 27 * HOUR_MS, now }).state).toBe("anomalous");
    expect(freshnessRule({ frequency: "daily", lastSuccessAt: now - 20 * HOUR_MS, now }).state).toBe("clear");
  });

  it("says nothing for ad-hoc integrations (no promised rhythm) or for one that never succeeded (unmonitored, not stale)", () => {
    expect(freshnessRule({ frequency: "ad_hoc", lastSuccessAt: now - 90 * 24 * HOUR_MS, now }).state).toBe("unknown");
    expect(freshnessRule({ frequency: "hourly", lastSuccessAt: null, now }).state).toBe("unknown");
  });

  it("reports how many hours have passed against the limit", () => {
    const verdict = freshnessRule({ frequency: "hourly", lastSuccessAt: now - 5 * HOUR_MS, now });
    expect(verdict).toMatchObject({ state: "anomalous", finding: { cause: "freshness_breach", observed: 5, threshold: 2 } });
  });
});

describe("deadLetterGrowthRule", () => {
  it("finds a dead-letter queue that keeps growing", () => {
    expect(deadLetterGrowthRule({ depths: [0, 4, 9, 15, 22, 30] }).state).toBe("anomalous");
  });

  it("ignores a standing queue that does not grow, and clears once it drains", () => {
    expect(deadLetterGrowthRule({ depths: [40, 41, 40, 41, 40] }).state).not.toBe("anomalous");
    expect(deadLetterGrowthRule({ depths: [60, 40, 20, 0] }).state).toBe("clear");
  });

  it("ignores a single spike that was already drained by the end of the window", () => {
    expect(deadLetterGrowthRule({ depths: [0, 50, 0] }).state).not.toBe("anomalous");
  });

  it("needs two readings", () => {
    expect(deadLetterGrowthRule({ depths: [7] }).state).toBe("unknown");
  });
});
