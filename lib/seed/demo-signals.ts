import type { Prisma } from "@/lib/generated/prisma/client";
import { insertRows } from "@/lib/db/insert-rows";
import { emptyLatencyBuckets, latencyBucketIndex } from "@/lib/signals/latency-buckets";
import {
  baseLatencyMs,
  DEFAULT_VOLUME_PER_DAY,
  FAILING,
  FAILING_ERROR_RATE,
  hourlyShare,
  isBatch,
  NIGHTLY_RUN_HOUR,
  NORMAL_ERROR_RATE,
  ORDER_DROP,
  ORDER_FLOW,
  STALE_BATCH,
} from "./demo-signal-shape";
import { mulberry32 } from "./random";

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * HOUR_MS;
const HISTORY_DAYS = 30;

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
  const lastNightlyRun = Math.floor((now.getTime() - NIGHTLY_RUN_HOUR * HOUR_MS) / DAY_MS) * DAY_MS + NIGHTLY_RUN_HOUR * HOUR_MS;
  const rows: Bucket[] = [];

  for (const integration of integrations) {
    const perDay = integration.volumePerDay ?? DEFAULT_VOLUME_PER_DAY;
    const baseMs = baseLatencyMs(integration.expectedLatencySeconds);
    const batch = isBatch(integration.frequency);
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
        const run = day + NIGHTLY_RUN_HOUR * HOUR_MS;
        if (run > now.getTime()) break;
        if (integration.frequency === "weekly" && new Date(day).getUTCDay() !== 1) continue;
        if (integration.name === STALE_BATCH && run === lastNightlyRun) continue;
        push("hour", run, perDay, NORMAL_ERROR_RATE / 2, true);
      }
      continue;
    }

    for (let start = historyFrom; start < minutesFrom; start += HOUR_MS) {
      push("hour", start, perDay * hourlyShare(new Date(start)), NORMAL_ERROR_RATE, true);
    }
    for (let start = minutesFrom; start < now.getTime(); start += MINUTE_MS) {
      let mean = (perDay * hourlyShare(new Date(start))) / 60;
      if (integration.name === ORDER_FLOW) mean *= 1 - ORDER_DROP;
      push("minute", start, mean, integration.name === FAILING ? FAILING_ERROR_RATE : NORMAL_ERROR_RATE, true);
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
