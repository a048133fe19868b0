import type { HealthStatus } from "@/lib/generated/prisma/enums";
import { errorRate } from "@/lib/signals/anomalies/anomaly-rules";
import { estimateLatencyPercentile } from "@/lib/signals/latency-buckets";
import { FAILING_ERROR_FACTOR, type ServiceObjectives } from "./service-objectives";

/** The states health is derived into (decision 050); fragile and unknown are the old self-reported vocabulary. */
export const DERIVED_HEALTH_STATES = ["healthy", "degraded", "failing", "stale", "unmonitored"] as const satisfies readonly HealthStatus[];
export type DerivedHealth = (typeof DERIVED_HEALTH_STATES)[number];

export function isDerivedHealth(health: HealthStatus): health is DerivedHealth {
  return (DERIVED_HEALTH_STATES as readonly HealthStatus[]).includes(health);
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** The windows error rate and latency are judged over: the recent one first, the day when it holds too little. */
export const RECENT_HEALTH_WINDOW_MS = 15 * MINUTE_MS;
export const DAY_HEALTH_WINDOW_MS = 24 * HOUR_MS;
/** Fewer records (or latency observations) than this in a window say nothing about a rate or a percentile. */
export const MIN_WINDOW_RECORDS = 20;

/** Counts of one window, summed over its rollups. */
export interface WindowCounts {
  records: number;
  errors: number;
  latencyBuckets: readonly number[];
  latencyMaxMs: number | null;
}

/** What the health of one integration is derived from; times in epoch milliseconds. */
export interface HealthSignals {
  lastSignalAt: number | null;
  lastSuccessAt: number | null;
  /** The last 15 minutes; null when nothing was reported in them. */
  recent: WindowCounts | null;
  /** The last 24 hours; null when nothing was reported in them. */
  day: WindowCounts | null;
  /** The latest circuit-breaker reading of the last 15 minutes; null: none. */
  circuitOpen: boolean | null;
}

export interface HealthVerdict {
  health: DerivedHealth;
  /** Why, in words an owner understands: "error rate 7.2% over 15 min, objective 1%". */
  reason: string;
}

export interface HealthSettings {
  /** No signal for this long (at least twice the freshness objective) is unmonitored. */
  unmonitoredAfterHours: number;
}

const SEVERITY: Record<Exclude<DerivedHealth, "unmonitored">, number> = { healthy: 0, degraded: 1, stale: 2, failing: 3 };

/**
 * Derives one integration's health from its signals and objectives. Pure: the clock comes in.
 * Unmonitored (no signal within the threshold) wins over everything, since nothing else can be known; otherwise the
 * worst finding wins: failing (error rate at FAILING_ERROR_FACTOR times the objective, or an open circuit), then
 * stale (no success within the freshness objective), then degraded (error rate or p95 latency above the objective).
 */
export function deriveHealth(signals: HealthSignals, objectives: ServiceObjectives, settings: HealthSettings, now: number): HealthVerdict {
  const unmonitoredHours = Math.max(settings.unmonitoredAfterHours, 2 * (objectives.freshnessHours ?? 0));
  if (signals.lastSignalAt === null) return { health: "unmonitored", reason: "no signal received yet" };
  const silentMs = now - signals.lastSignalAt;
  if (silentMs > unmonitoredHours * HOUR_MS) {
    return { health: "unmonitored", reason: `no signal for ${formatDuration(silentMs)}, threshold ${formatDuration(unmonitoredHours * HOUR_MS)}` };
  }

  const findings: HealthVerdict[] = [];
  const measured: string[] = [];

  if (signals.circuitOpen) findings.push({ health: "failing", reason: "circuit breaker open" });

  const rateWindow = judgedWindow(signals, (counts) => Math.max(counts.records, counts.errors));
  if (rateWindow) {
    const rate = errorRate(rateWindow.counts);
    const text = `error rate ${formatPercent(rate)} over ${rateWindow.label}, objective ${formatPercent(objectives.errorRate)}`;
    if (rate >= Math.min(1, FAILING_ERROR_FACTOR * objectives.errorRate)) findings.push({ health: "failing", reason: text });
    else if (rate > objectives.errorRate) findings.push({ health: "degraded", reason: text });
    else measured.push(text);
  }

  if (objectives.freshnessHours !== null) {
    const limitMs = objectives.freshnessHours * HOUR_MS;
    if (signals.lastSuccessAt === null) {
      // Signals but never a success: stale once the integration has been watched for longer than the objective.
      if (silentMs > limitMs) findings.push({ health: "stale", reason: `no success reported, objective every ${formatDuration(limitMs)}` });
    } else if (now - signals.lastSuccessAt > limitMs) {
      findings.push({ health: "stale", reason: `no success for ${formatDuration(now - signals.lastSuccessAt)}, objective ${formatDuration(limitMs)}` });
    } else measured.push(`last success ${formatDuration(now - signals.lastSuccessAt)} ago`);
  }

  if (objectives.latencyMs !== null) {
    const latencyWindow = judgedWindow(signals, (counts) => counts.latencyBuckets.reduce((sum, count) => sum + count, 0));
    const p95 = latencyWindow ? estimateLatencyPercentile(latencyWindow.counts.latencyBuckets, 0.95, latencyWindow.counts.latencyMaxMs) : null;
    if (latencyWindow && p95 !== null) {
      const text = `p95 latency ${formatMilliseconds(p95)} over ${latencyWindow.label}, objective ${formatMilliseconds(objectives.latencyMs)}`;
      if (p95 > objectives.latencyMs) findings.push({ health: "degraded", reason: text });
      else measured.push(text);
    }
  }

  if (findings.length === 0) {
    return { health: "healthy", reason: measured.length > 0 ? measured.join("; ") : `last signal ${formatDuration(silentMs)} ago` };
  }
  const worst = findings.reduce((a, b) => (SEVERITY[b.health as keyof typeof SEVERITY] > SEVERITY[a.health as keyof typeof SEVERITY] ? b : a));
  return {
    health: worst.health,
    reason: findings
      .filter((finding) => finding.health === worst.health)
      .map((finding) => finding.reason)
      .join("; "),
  };
}

/** The recent window when it holds enough to judge, else the day, else nothing. */
function judgedWindow(signals: HealthSignals, size: (counts: WindowCounts) => number): { counts: WindowCounts; label: string } | null {
  if (signals.recent && size(signals.recent) >= MIN_WINDOW_RECORDS) return { counts: signals.recent, label: "15 min" };
  if (signals.day && size(signals.day) >= MIN_WINDOW_RECORDS) return { counts: signals.day, label: "24 h" };
  return null;
}

export interface HealthOverride {
  health: HealthStatus;
  until: Date;
}

/** The health in force: a manual override until it ends by itself (decision 051), otherwise the derived health. */
export function effectiveHealth(derived: HealthStatus, override: HealthOverride | null, now: number): HealthStatus {
  return override && override.until.getTime() > now ? override.health : derived;
}

function formatPercent(ratio: number): string {
  const percent = ratio * 100;
  const rounded = percent >= 10 ? Math.round(percent) : Math.round(percent * 10) / 10;
  return `${rounded}%`;
}

function formatMilliseconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  return `${seconds >= 10 ? Math.round(seconds) : Math.round(seconds * 10) / 10} s`;
}

function formatDuration(ms: number): string {
  if (ms < HOUR_MS) return `${Math.max(1, Math.round(ms / MINUTE_MS))} min`;
  const hours = ms / HOUR_MS;
  if (hours < 72) return `${hours >= 10 ? Math.round(hours) : Math.round(hours * 10) / 10} h`;
  return `${Math.round(hours / 24)} d`;
}
