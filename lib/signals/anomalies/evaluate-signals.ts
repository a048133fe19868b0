import type { Frequency } from "@/lib/generated/prisma/enums";
import type { IntegrationEvaluation } from "@/lib/incidents/incident-plan";
import { deadLetterGrowthRule, errorSpikeRule, freshnessRule, volumeDropRule, type ErrorCounts } from "./anomaly-rules";
import { HOUR_MS, WEEK_MS, sameHourOfWeekSamples } from "./seasonal-baseline";

export const DAY_MS = 24 * HOUR_MS;

/** Weeks of history the volume baseline reads (decision 034). */
export const BASELINE_WEEKS = 5;
/** The recent window error spikes and dead-letter growth are judged on, from minute rollups. */
export const RECENT_WINDOW_MS = 30 * 60_000;

/** What the evaluation reads about one integration for one cycle (lib/signals/anomalies/signal-evaluation-repository.ts). */
export interface IntegrationSignals {
  integrationId: string;
  frequency: Frequency;
  /** Records per hour at the judged hour and the same hour of the previous weeks, by hour start (absent: no rollup). */
  hourlyRecords: ReadonlyMap<number, number>;
  /** Starts of the UTC days the integration reported anything on (day rollups), among the days read. */
  reportedDays: ReadonlySet<number>;
  /** The recent window's counts; null when nothing was reported in it. */
  recent: ErrorCounts | null;
  /** Hourly counts before the window (the usual error rate); may be empty. */
  errorHistory: readonly ErrorCounts[];
  lastSuccessAt: number | null;
  /** Dead-letter depth readings in the recent window, oldest first. */
  deadLetterDepths: readonly number[];
}

/** The hour whose volume is judged at `now`: the last one that is complete. */
export function judgedHour(now: Date): number {
  return Math.floor(now.getTime() / HOUR_MS) * HOUR_MS - HOUR_MS;
}

/** The hour starts the volume rule reads for the hour judged at `now`: that hour and the same hour in earlier weeks. */
export function seasonalHours(now: Date): number[] {
  const hour = judgedHour(now);
  return Array.from({ length: BASELINE_WEEKS + 1 }, (_, week) => hour - week * WEEK_MS);
}

/** Runs the four rules over one integration's signals. Pure: the clock and every number come in. */
export function evaluateIntegrationSignals(signals: IntegrationSignals, now: Date): IntegrationEvaluation {
  const hour = judgedHour(now);
  const reported = (at: number) => signals.reportedDays.has(Math.floor(at / DAY_MS) * DAY_MS);
  const samples = sameHourOfWeekSamples(signals.hourlyRecords, hour, { weeks: BASELINE_WEEKS, reported });
  const recentStart = new Date(now.getTime() - RECENT_WINDOW_MS);
  return {
    integrationId: signals.integrationId,
    causes: {
      volume_drop: { verdict: volumeDropRule({ observed: signals.hourlyRecords.get(hour) ?? 0, samples }), windowStart: new Date(hour) },
      error_spike: {
        verdict: signals.recent
          ? errorSpikeRule({ window: signals.recent, history: signals.errorHistory })
          : { state: "unknown", reason: "nothing reported recently" },
        windowStart: recentStart,
      },
      freshness_breach: {
        verdict: freshnessRule({ frequency: signals.frequency, lastSuccessAt: signals.lastSuccessAt, now: now.getTime() }),
        windowStart: now,
      },
      dead_letter_growth: { verdict: deadLetterGrowthRule({ depths: signals.deadLetterDepths }), windowStart: recentStart },
    },
  };
}
