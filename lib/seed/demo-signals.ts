import type { Prisma } from "@/lib/generated/prisma/client";
import { insertRows } from "@/lib/db/insert-rows";
import { emptyLatencyBuckets, latencyBucketIndex } from "@/lib/signals/latency-buckets";
import { mulberry32 } from "./random";

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * HOUR_MS;
const HISTORY_DAYS = 30;

/** The demo's stories (names from lib/seed/demo-enterprise/flows.ts). */
const ORDER_FLOW = "Checkout orders to order management";
const FAILING = "Stock levels to Amazon (marketplace_us)";
const STALE_BATCH = "Product master to Snowflake";
/** How much of the order flow's volume is missing in the last hours: 62 %, the example. */
const ORDER_DROP = 0.62;

// Share of a day's volume per UTC hour (office hours busy, nights quiet) and per weekday (Monday first).
const DAILY = [0.05, 0.04, 0.03, 0.03, 0.04, 0.08, 0.2, 0.45, 0.8, 0.95, 1, 0.95, 0.7, 0.85, 0.95, 0.9, 0.8, 0.6, 0.4, 0.3, 0.2, 0.15, 0.1, 0.07];
const DAILY_SUM = DAILY.reduce((sum, share) => sum + share, 0);
const WEEKLY = [1.15, 1, 1, 1, 0.95, 0.45, 0.12];

interface SignalledIntegration {
  id: string;
  name: string;
  frequency: string;
  volumePerDay: number | null;
  expectedLatencySeconds: number | null;
}

interface Bucket {
  integrationId: string;
  resolution: "day" | "hour" | "minute";
  bucketStart: Date;
  records: number;
  errors: number;
  latencyCount: number;
  latencySumMs: number;
  latencyMaxMs: number | null;
  latencyBuckets: number[];
  lastSuccessAt: Date | null;
  deadLetterDepth: number | null;
  deadLetterAt: Date | null;
  points: number;
}

function latencyOf(records: number, baseMs: number) {
  const buckets = emptyLatencyBuckets();
  if (records === 0) return { latencyCount: 0, latencySumMs: 0, latencyMaxMs: null, latencyBuckets: buckets };
  // Most fast, a tail twice and five times as slow: enough shape for a p95 that differs from the mean.
  const fast = Math.round(records * 0.7);
  const slow = Math.round(records * 0.25);
  buckets[latencyBucketIndex(baseMs)] += fast;
  buckets[latencyBucketIndex(baseMs * 2)] += slow;
  buckets[latencyBucketIndex(baseMs * 5)] += records - fast - slow;
  return { latencyCount: records, latencySumMs: records * baseMs * 1.5, latencyMaxMs: baseMs * 6, latencyBuckets: buckets };
}

/**
 * Sums finer buckets into coarser ones the way the rollup job does (lib/signals/repository.ts rollUpFrom): counters
 * and histograms add, the last success is the latest, gauges keep the latest reading. Done here, in memory, because
 * the rollup's statement over 40,000 hours took longer than building and inserting every row.
 */
function coarser(finer: readonly Bucket[], resolution: "hour" | "day", sizeMs: number): Bucket[] {
  const byKey = new Map<string, Bucket>();
  for (const row of finer) {
    const start = Math.floor(row.bucketStart.getTime() / sizeMs) * sizeMs;
    const key = `${row.integrationId}:${start}`;
    const into = byKey.get(key);
    if (!into) {
      byKey.set(key, { ...row, resolution, bucketStart: new Date(start), latencyBuckets: [...row.latencyBuckets] });
      continue;
    }
    into.records += row.records;
    into.errors += row.errors;
    into.latencyCount += row.latencyCount;
    into.latencySumMs += row.latencySumMs;
    into.latencyMaxMs = row.latencyMaxMs === null ? into.latencyMaxMs : Math.max(into.latencyMaxMs ?? 0, row.latencyMaxMs);
    row.latencyBuckets.forEach((count, index) => (into.latencyBuckets[index] += count));
    if (row.lastSuccessAt && (!into.lastSuccessAt || row.lastSuccessAt > into.lastSuccessAt)) into.lastSuccessAt = row.lastSuccessAt;
    if (row.deadLetterAt && (!into.deadLetterAt || row.deadLetterAt >= into.deadLetterAt)) {
      into.deadLetterAt = row.deadLetterAt;
      into.deadLetterDepth = row.deadLetterDepth;
    }
    into.points += row.points;
  }
  return [...byKey.values()];
}

/**
 * 30 days of hourly rollups (and the last hours as minute rollups) for every demo integration that claims to be
 * monitored, with daily and weekly seasonality, so that charts, baselines and derived health show at first start;
 * plus the stories: an order flow whose volume dropped 62 % in the last hours, a failing integration (a third
 * of its records in error) and a nightly batch whose last run did not happen. Rows are built in memory and written
 * with set-based inserts (hours and days summed in memory, as the rollup job would).
 */
export async function seedDemoSignals(tx: Prisma.TransactionClient, { now }: { now: Date }): Promise<number> {
  const integrations: SignalledIntegration[] = await tx.integration.findMany({
    where: { monitoring: { not: "none" }, lifecycle: { in: ["active", "deprecated"] }, archivedAt: null },
    select: { id: true, name: true, frequency: true, volumePerDay: true, expectedLatencySeconds: true },
    orderBy: { key: "asc" },
  });
  const random = mulberry32(15);
  const currentHour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  // Whole hours as minute buckets from the previous hour on, so the rollup recomputes those hours from them.
  const minutesFrom = currentHour - HOUR_MS;
  const historyFrom = Math.floor((now.getTime() - HISTORY_DAYS * DAY_MS) / DAY_MS) * DAY_MS;
  const lastNightlyRun = Math.floor((now.getTime() - 2 * HOUR_MS) / DAY_MS) * DAY_MS + 2 * HOUR_MS;
  const rows: Bucket[] = [];

  for (const integration of integrations) {
    const perDay = integration.volumePerDay ?? 2_400;
    const baseMs = Math.max(20, Math.min(2_000, (integration.expectedLatencySeconds ?? 1) * 150));
    const batch = integration.frequency === "daily" || integration.frequency === "weekly";
    const push = (resolution: "hour" | "minute", start: number, mean: number, errorRate: number, lastSuccess: boolean) => {
      // Rounded up or down at random in proportion, so that a flow of 0.4 records a minute still adds up to ~24 an hour.
      const expected = Math.max(0, mean * (1 + 0.08 * (random() * 2 - 1)));
      const records = Math.floor(expected) + (random() < expected % 1 ? 1 : 0);
      const expectedErrors = records * errorRate * (0.5 + random());
      const errors = Math.min(records, Math.floor(expectedErrors) + (random() < expectedErrors % 1 ? 1 : 0));
      const end = start + (resolution === "hour" ? HOUR_MS : MINUTE_MS);
      rows.push({
        integrationId: integration.id,
        resolution,
        bucketStart: new Date(start),
        records,
        errors,
        ...latencyOf(records, baseMs),
        lastSuccessAt: lastSuccess && records > errors ? new Date(Math.min(end - 1_000, now.getTime())) : null,
        deadLetterDepth: integration.name === FAILING ? Math.round(((start - minutesFrom) / HOUR_MS) * 40) + 5 : null,
        deadLetterAt: integration.name === FAILING ? new Date(start) : null,
        points: 1,
      });
    };

    if (batch) {
      // One run a night at 02:00 (weekly: Mondays), except the stale batch's last one.
      for (let day = historyFrom; day <= now.getTime(); day += DAY_MS) {
        const run = day + 2 * HOUR_MS;
        if (run > now.getTime()) break;
        if (integration.frequency === "weekly" && new Date(day).getUTCDay() !== 1) continue;
        if (integration.name === STALE_BATCH && run === lastNightlyRun) continue;
        push("hour", run, perDay, 0.002, true);
      }
      continue;
    }

    for (let start = historyFrom; start < minutesFrom; start += HOUR_MS) {
      const date = new Date(start);
      const mean = ((perDay * DAILY[date.getUTCHours()]) / DAILY_SUM) * WEEKLY[(date.getUTCDay() + 6) % 7];
      push("hour", start, mean, 0.004, true);
    }
    for (let start = minutesFrom; start < now.getTime(); start += MINUTE_MS) {
      const date = new Date(start);
      let mean = (((perDay * DAILY[date.getUTCHours()]) / DAILY_SUM) * WEEKLY[(date.getUTCDay() + 6) % 7]) / 60;
      if (integration.name === ORDER_FLOW) mean *= 1 - ORDER_DROP;
      push("minute", start, mean, integration.name === FAILING ? 0.33 : 0.004, true);
    }
  }

  const recentHours = coarser(
    rows.filter((row) => row.resolution === "minute"),
    "hour",
    HOUR_MS,
  );
  const hours = [...rows.filter((row) => row.resolution === "hour"), ...recentHours];
  const all = [...rows, ...recentHours, ...coarser(hours, "day", DAY_MS)];
  await insertRows(tx, "SignalRollup", all, now);
  await tx.integration.updateMany({ where: { id: { in: integrations.map((integration) => integration.id) } }, data: { lastSignalAt: now } });
  return rows.length;
}
