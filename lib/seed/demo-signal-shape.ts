/**
 * The shape of the demo enterprise's traffic, shared by the 30 days of history the seed writes
 * (lib/seed/demo-signals.ts) and the live stream `npm run signals:simulate` sends (lib/seed/signal-simulation.ts), so
 * that the live minutes continue the history the baselines were learnt from.
 */

/** The demo's stories (names from lib/seed/demo-enterprise/flows.ts). */
export const ORDER_FLOW = "Checkout orders to order management";
export const FAILING = "Stock levels to Amazon (marketplace_us)";
export const STALE_BATCH = "Product master to Snowflake";
/** How much of the order flow's volume is missing: 62 %, the example. */
export const ORDER_DROP = 0.62;
export const FAILING_ERROR_RATE = 0.33;
export const NORMAL_ERROR_RATE = 0.004;
/** Batches run once a night at 02:00 UTC (weekly ones on Mondays). */
export const NIGHTLY_RUN_HOUR = 2;
/** A flow that declares no volume is assumed to move this many records a day. */
export const DEFAULT_VOLUME_PER_DAY = 2_400;

// Share of a day's volume per UTC hour (office hours busy, nights quiet) and per weekday (Monday first).
const DAILY = [0.05, 0.04, 0.03, 0.03, 0.04, 0.08, 0.2, 0.45, 0.8, 0.95, 1, 0.95, 0.7, 0.85, 0.95, 0.9, 0.8, 0.6, 0.4, 0.3, 0.2, 0.15, 0.1, 0.07];
const DAILY_SUM = DAILY.reduce((sum, share) => sum + share, 0);
const WEEKLY = [1.15, 1, 1, 1, 0.95, 0.45, 0.12];

/** The share of a typical day's volume that flows in the hour starting at `at` (UTC), weekday included. */
export function hourlyShare(at: Date): number {
  return (DAILY[at.getUTCHours()] / DAILY_SUM) * WEEKLY[(at.getUTCDay() + 6) % 7];
}

/** The usual latency of a flow, from its expected end-to-end latency, within 20 ms and 2 s. */
export function baseLatencyMs(expectedLatencySeconds: number | null): number {
  return Math.max(20, Math.min(2_000, (expectedLatencySeconds ?? 1) * 150));
}

export function isBatch(frequency: string): boolean {
  return frequency === "daily" || frequency === "weekly";
}
