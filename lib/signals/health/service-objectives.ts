import type { Criticality, Frequency } from "@/lib/generated/prisma/enums";
import { FRESHNESS_LIMIT_HOURS } from "@/lib/signals/anomalies/anomaly-rules";

/**
 * The service-level objectives health is judged against (decision 050). Error rate: the share of processed
 * records that failed; above the objective the integration is degraded, at FAILING_ERROR_FACTOR times it, failing.
 * Latency: the p95 against the integration's expected latency. Freshness: the longest time without a success.
 */
export interface ServiceObjectives {
  /** A ratio: 0.01 = 1 %. */
  errorRate: number;
  /** p95 latency in milliseconds; null: no latency objective (no expected latency recorded). */
  latencyMs: number | null;
  /** Hours without a success before the integration is stale; null: no rhythm promised (ad hoc). */
  freshnessHours: number | null;
}

/** Error-rate objectives by criticality tier: the more critical, the less failure it may carry before it counts. */
export const ERROR_RATE_OBJECTIVE_BY_TIER: Record<Criticality, number> = {
  tier1: 0.005,
  tier2: 0.01,
  tier3: 0.02,
  tier4: 0.05,
};

/** An error rate this many times the objective is failing, not degraded (tier 2: 5 % against 1 %). */
export const FAILING_ERROR_FACTOR = 5;

/** What one integration says about itself; the overrides are null where it keeps the tier's default. */
export interface ObjectiveSource {
  criticality: Criticality;
  frequency: Frequency;
  expectedLatencySeconds: number | null;
  objectiveErrorRatePercent: number | null;
  objectiveLatencyMs: number | null;
  objectiveFreshnessHours: number | null;
}

/** The objectives in force: each override where one is stored, otherwise the default of the tier and frequency. */
export function serviceObjectives(source: ObjectiveSource): ServiceObjectives {
  const expectedLatencyMs = source.expectedLatencySeconds === null ? null : source.expectedLatencySeconds * 1000;
  return {
    errorRate: source.objectiveErrorRatePercent === null ? ERROR_RATE_OBJECTIVE_BY_TIER[source.criticality] : source.objectiveErrorRatePercent / 100,
    latencyMs: source.objectiveLatencyMs ?? expectedLatencyMs,
    freshnessHours: source.objectiveFreshnessHours ?? FRESHNESS_LIMIT_HOURS[source.frequency],
  };
}
