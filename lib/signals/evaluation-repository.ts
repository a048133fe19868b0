import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ErrorCounts } from "./anomalies/anomaly-rules";
import { DAY_MS, RECENT_WINDOW_MS, judgedHour, seasonalHours, type IntegrationSignals } from "./anomalies/evaluate-signals";
import { HOUR_MS } from "./anomalies/seasonal-baseline";

type Db = PrismaClient | Prisma.TransactionClient;

/** How far back the last success is looked for: past the longest freshness limit (weekly, 170 h). */
const LAST_SUCCESS_LOOKBACK_MS = 9 * DAY_MS;
/** Hours of history behind the usual error rate. */
const ERROR_HISTORY_HOURS = 24;
/** Integrations whose recent window has fewer errors cannot spike: their history is not read. */
const ERROR_HISTORY_MIN_ERRORS = 5;

/**
 * Everything one evaluation cycle needs, for every integration that ever reported and is not archived, in a handful
 * of set-based reads (no per-integration query): the judged hour and the same hour of the previous weeks, the days
 * they fall on, the recent minute window (counts and dead-letter readings), the last success, and the hourly error
 * history of the few integrations that had errors recently or have an open error-spike incident.
 */
export async function readEvaluationSignals(db: Db, now: Date): Promise<IntegrationSignals[]> {
  const hours = seasonalHours(now).map((at) => new Date(at));
  const days = [...new Set(hours.map((at) => Math.floor(at.getTime() / DAY_MS) * DAY_MS))].map((at) => new Date(at));
  const recentFrom = new Date(now.getTime() - RECENT_WINDOW_MS);
  const [integrations, hourly, reportedDays, recent, lastSuccess, openSpikes] = await Promise.all([
    db.integration.findMany({ where: { lastSignalAt: { not: null }, archivedAt: null }, select: { id: true, frequency: true } }),
    db.signalRollup.findMany({ where: { resolution: "hour", bucketStart: { in: hours } }, select: { integrationId: true, bucketStart: true, records: true } }),
    db.signalRollup.findMany({ where: { resolution: "day", bucketStart: { in: days } }, select: { integrationId: true, bucketStart: true } }),
    db.$queryRaw<{ integrationId: string; records: bigint | number; errors: bigint | number; depths: (bigint | number)[] | null }[]>`
      SELECT "integrationId", sum(records) AS records, sum(errors) AS errors,
        array_agg("deadLetterDepth" ORDER BY "bucketStart") FILTER (WHERE "deadLetterDepth" IS NOT NULL) AS depths
      FROM "SignalRollup"
      WHERE resolution = 'minute' AND "bucketStart" >= ${recentFrom}::timestamp(3) AND "bucketStart" < ${now}::timestamp(3)
      GROUP BY "integrationId"`,
    db.signalRollup.groupBy({
      by: ["integrationId"],
      where: { resolution: "day", bucketStart: { gte: new Date(now.getTime() - LAST_SUCCESS_LOOKBACK_MS) }, lastSuccessAt: { not: null } },
      _max: { lastSuccessAt: true },
    }),
    db.incident.findMany({ where: { openSlot: true, cause: "error_spike" }, select: { integrationId: true } }),
  ]);

  const recentBy = new Map(recent.map((row) => [row.integrationId, row]));
  const historyIds = new Set([
    ...recent.filter((row) => Number(row.errors) >= ERROR_HISTORY_MIN_ERRORS).map((row) => row.integrationId),
    ...openSpikes.map((row) => row.integrationId),
  ]);
  const historyRows =
    historyIds.size === 0
      ? []
      : await db.signalRollup.findMany({
          where: {
            integrationId: { in: [...historyIds] },
            resolution: "hour",
            bucketStart: { gte: new Date(judgedHour(now) - (ERROR_HISTORY_HOURS - 1) * HOUR_MS), lt: recentFrom },
          },
          select: { integrationId: true, records: true, errors: true },
        });

  const hourlyBy = new Map<string, Map<number, number>>();
  for (const row of hourly) {
    if (!hourlyBy.has(row.integrationId)) hourlyBy.set(row.integrationId, new Map());
    hourlyBy.get(row.integrationId)!.set(row.bucketStart.getTime(), Number(row.records));
  }
  const daysBy = new Map<string, Set<number>>();
  for (const row of reportedDays) {
    if (!daysBy.has(row.integrationId)) daysBy.set(row.integrationId, new Set());
    daysBy.get(row.integrationId)!.add(row.bucketStart.getTime());
  }
  const historyBy = new Map<string, ErrorCounts[]>();
  for (const row of historyRows) {
    if (!historyBy.has(row.integrationId)) historyBy.set(row.integrationId, []);
    historyBy.get(row.integrationId)!.push({ records: Number(row.records), errors: Number(row.errors) });
  }
  const lastSuccessBy = new Map(lastSuccess.map((row) => [row.integrationId, row._max.lastSuccessAt?.getTime() ?? null]));

  return integrations.map((integration) => {
    const window = recentBy.get(integration.id);
    return {
      integrationId: integration.id,
      frequency: integration.frequency,
      hourlyRecords: hourlyBy.get(integration.id) ?? new Map(),
      reportedDays: daysBy.get(integration.id) ?? new Set(),
      recent: window ? { records: Number(window.records), errors: Number(window.errors) } : null,
      errorHistory: historyBy.get(integration.id) ?? [],
      lastSuccessAt: lastSuccessBy.get(integration.id) ?? null,
      deadLetterDepths: (window?.depths ?? []).map(Number),
    };
  });
}
