import { median, medianAbsoluteDeviation } from "simple-statistics";
import type { Frequency } from "@/lib/generated/prisma/enums";
import { HOUR_MS, robustBaseline } from "./seasonal-baseline";

/** The causes an incident can have; one open incident per integration and cause (decision 035). */
export const ANOMALY_CAUSES = ["volume_drop", "error_spike", "freshness_breach", "dead_letter_growth"] as const;
export type AnomalyCause = (typeof ANOMALY_CAUSES)[number];

/**
 * The numbers behind a verdict, kept on the incident so that its text can be re-read later. Units by cause:
 * volume_drop records per hour, error_spike a ratio (0.12 = 12 %), freshness_breach hours since the last success,
 * dead_letter_growth messages.
 */
export interface AnomalyFinding {
  cause: AnomalyCause;
  observed: number;
  /** What is usual: the seasonal median, the usual error rate, the freshness limit, the queue depth at the start. */
  expected: number;
  /** The value beyond which the rule calls it an anomaly. */
  threshold: number;
  /** For a volume drop, the fraction missing (0.62 = 62 % below usual); otherwise null. */
  deviation: number | null;
}

/**
 * anomalous: open (or keep open) an incident; clear: the cause is gone, resolve an open one; hold: between the two
 * thresholds, change nothing (so a value hovering at the limit does not open and close incidents all day);
 * unknown: not enough data to judge, change nothing.
 */
export type RuleVerdict = { state: "anomalous"; finding: AnomalyFinding } | { state: "clear" } | { state: "hold" } | { state: "unknown"; reason: string };

export const VOLUME_DROP = {
  minSamples: 3,
  /** Below this many records in the hour, a drop is counting noise; a silence there is the freshness rule's job. */
  minExpected: 20,
  /** Opens when at least this fraction is missing (and the value is below the band)… */
  openDrop: 0.4,
  /** …and clears when no more than this fraction is missing. */
  clearDrop: 0.2,
};

/** One hour's volume against the same hour of the week in previous weeks (`samples`, from sameHourOfWeekSamples). */
export function volumeDropRule(input: { observed: number; samples: readonly number[] }, options = VOLUME_DROP): RuleVerdict {
  if (input.samples.length < options.minSamples) return { state: "unknown", reason: `fewer than ${options.minSamples} weeks of history for this hour` };
  const baseline = robustBaseline(input.samples)!;
  if (baseline.expected < options.minExpected) return { state: "unknown", reason: `fewer than ${options.minExpected} records usually flow in this hour` };
  const lower = baseline.lower;
  const drop = Math.min(1, Math.max(0, (baseline.expected - input.observed) / baseline.expected));
  if (input.observed < lower && drop >= options.openDrop) {
    return { state: "anomalous", finding: { cause: "volume_drop", observed: input.observed, expected: baseline.expected, threshold: lower, deviation: drop } };
  }
  return drop <= options.clearDrop ? { state: "clear" } : { state: "hold" };
}

export interface ErrorCounts {
  records: number;
  errors: number;
}

/** Errors are counted among the records processed; a source that only reports errors has a rate of 1. */
export function errorRate(counts: ErrorCounts): number {
  if (counts.records <= 0) return counts.errors > 0 ? 1 : 0;
  return Math.min(1, counts.errors / counts.records);
}

export const ERROR_SPIKE = {
  /** Fewer records than this in the window say nothing about a rate. */
  minRecords: 20,
  minErrors: 5,
  /** A rate below this is never a spike, whatever the integration's usual rate. */
  floorRate: 0.05,
  /** A spike is at least this many times the usual rate… */
  factor: 3,
  /** …and this many spreads above it. */
  sigmas: 4,
  /** Fewer usable hours of history than this: judge against the floor alone. */
  minHistoryHours: 12,
};

/**
 * The error rate of a recent window against the integration's own usual rate (the median over recent hourly
 * buckets): an integration that always rejects 8 % of its input is not in trouble at 9 %, one at 0.1 % is at 6 %.
 */
export function errorSpikeRule(input: { window: ErrorCounts; history: readonly ErrorCounts[] }, options = ERROR_SPIKE): RuleVerdict {
  const processed = Math.max(input.window.records, input.window.errors);
  if (processed < options.minRecords) return { state: "unknown", reason: `fewer than ${options.minRecords} records in the window` };
  const rates = input.history.filter((hour) => Math.max(hour.records, hour.errors) >= options.minRecords).map(errorRate);
  const usual = rates.length >= options.minHistoryHours ? median(rates) : 0;
  const historySpread = rates.length >= options.minHistoryHours ? 1.4826 * medianAbsoluteDeviation(rates) : 0;
  // A rate measured on n records moves by about √(p(1-p)/n) by chance alone.
  const samplingSpread = Math.sqrt((Math.max(usual, 0.001) * (1 - usual)) / processed);
  const threshold = Math.max(options.floorRate, options.factor * usual, usual + options.sigmas * Math.max(historySpread, samplingSpread));
  const rate = errorRate(input.window);
  if (rate > threshold && input.window.errors >= options.minErrors) {
    return { state: "anomalous", finding: { cause: "error_spike", observed: rate, expected: usual, threshold, deviation: null } };
  }
  return rate <= (usual + threshold) / 2 ? { state: "clear" } : { state: "hold" };
}

/**
 * How long an integration may go without a success before it is stale: one missed run plus a grace period. A
 * daily batch is stale after 26 h (the example); ad-hoc integrations promise no rhythm.
 */
export const FRESHNESS_LIMIT_HOURS: Record<Frequency, number | null> = {
  real_time: 2,
  near_real_time: 2,
  hourly: 2,
  daily: 26,
  weekly: 7 * 24 + 2,
  ad_hoc: null,
};

export function freshnessRule(input: { frequency: Frequency; lastSuccessAt: number | null; now: number }): RuleVerdict {
  const limit = FRESHNESS_LIMIT_HOURS[input.frequency];
  if (limit === null) return { state: "unknown", reason: "ad-hoc integrations promise no rhythm" };
  // Never succeeded is "unmonitored" (derived health), not a freshness breach.
  if (input.lastSuccessAt === null) return { state: "unknown", reason: "no success reported yet" };
  const silentHours = Math.round(((input.now - input.lastSuccessAt) / HOUR_MS) * 10) / 10;
  if (silentHours > limit)
    return { state: "anomalous", finding: { cause: "freshness_breach", observed: silentHours, expected: limit, threshold: limit, deviation: null } };
  return { state: "clear" };
}

export const DEAD_LETTER_GROWTH = {
  /** Messages added over the window before growth counts. */
  minGrowth: 10,
};

/**
 * Dead-letter depth readings over a window, oldest first. Growth that is still at its peak at the end of the
 * window is an anomaly; a standing queue is not (it is a backlog for derived health), and a drained one clears.
 */
export function deadLetterGrowthRule(input: { depths: readonly number[] }, options = DEAD_LETTER_GROWTH): RuleVerdict {
  if (input.depths.length < 2) return { state: "unknown", reason: "fewer than two dead-letter readings in the window" };
  const first = input.depths[0];
  const last = input.depths[input.depths.length - 1];
  const growth = last - first;
  if (growth >= options.minGrowth && last >= Math.max(...input.depths)) {
    return {
      state: "anomalous",
      finding: { cause: "dead_letter_growth", observed: last, expected: first, threshold: first + options.minGrowth, deviation: null },
    };
  }
  return growth <= 0 ? { state: "clear" } : { state: "hold" };
}
