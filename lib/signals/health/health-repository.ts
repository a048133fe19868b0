import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { HealthStatus } from "@/lib/generated/prisma/enums";
import { LATENCY_BUCKET_COUNT } from "@/lib/signals/latency-buckets";
import { DAY_HEALTH_WINDOW_MS, RECENT_HEALTH_WINDOW_MS, type HealthSignals, type WindowCounts } from "./derive-health";
import type { ObjectiveSource } from "./service-objectives";

type Db = PrismaClient | Prisma.TransactionClient;

const HOUR_MS = 3_600_000;
/** How far back a reported last success is looked for: past the longest default freshness objective (weekly, 170 h). */
const LAST_SUCCESS_LOOKBACK_MS = 9 * 24 * HOUR_MS;
/** Day rollups lag the rollup job: the last success of the last hours is read from the minutes. */
const ROLLUP_LAG_MS = 2 * HOUR_MS;

export interface HealthSubject extends ObjectiveSource {
  id: string;
  signals: HealthSignals;
  healthStatus: HealthStatus;
  derivedHealth: HealthStatus;
  healthReason: string | null;
  healthCheckedAt: Date | null;
  healthOverride: HealthStatus | null;
  healthOverrideUntil: Date | null;
}

interface WindowRow {
  integrationId: string;
  records: bigint | number | null;
  errors: bigint | number | null;
  latencyMaxMs: number | null;
  lastGoodAt: Date | null;
  circuitOpen?: boolean | null;
  [bucket: `b${number}`]: bigint | number | null;
}

// The latency histogram summed element by element as plain columns (b1…b15): cheaper than unnesting every array.
const BUCKET_SUMS = Prisma.raw(Array.from({ length: LATENCY_BUCKET_COUNT }, (_, i) => `sum("latencyBuckets"[${i + 1}]) AS b${i + 1}`).join(", "));

function windowCounts(row: WindowRow | undefined): WindowCounts | null {
  if (!row) return null;
  return {
    records: Number(row.records ?? 0),
    errors: Number(row.errors ?? 0),
    latencyBuckets: Array.from({ length: LATENCY_BUCKET_COUNT }, (_, i) => Number(row[`b${i + 1}`] ?? 0)),
    latencyMaxMs: row.latencyMaxMs,
  };
}

/**
 * Everything the health computation needs for every integration that is not archived, in four set-based reads
 * (no per-integration query): the integrations with their objectives, the last 15 minutes (minute rollups), the
 * last 24 hours (hour rollups, plus the minutes the rollup job has not reached), and the last reported success.
 * A bucket where more records were processed than failed also counts as a success at its end.
 */
export async function readHealthSubjects(db: Db, now: Date): Promise<HealthSubject[]> {
  const recentFrom = new Date(now.getTime() - RECENT_HEALTH_WINDOW_MS);
  const dayFrom = new Date(Math.floor((now.getTime() - DAY_HEALTH_WINDOW_MS) / HOUR_MS) * HOUR_MS);
  const currentHour = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  const [integrations, recent, day, reported] = await Promise.all([
    db.integration.findMany({
      where: { archivedAt: null },
      select: {
        id: true,
        criticality: true,
        frequency: true,
        expectedLatencySeconds: true,
        objectiveErrorRatePercent: true,
        objectiveLatencyMs: true,
        objectiveFreshnessHours: true,
        lastSignalAt: true,
        healthStatus: true,
        derivedHealth: true,
        healthReason: true,
        healthCheckedAt: true,
        healthOverride: true,
        healthOverrideUntil: true,
      },
    }),
    db.$queryRaw<WindowRow[]>`
      SELECT "integrationId", sum(records) AS records, sum(errors) AS errors, max("latencyMaxMs") AS "latencyMaxMs", ${BUCKET_SUMS},
        max("bucketStart" + interval '1 minute') FILTER (WHERE records > errors) AS "lastGoodAt",
        (array_agg("circuitOpen" ORDER BY "circuitAt" DESC) FILTER (WHERE "circuitOpen" IS NOT NULL))[1] AS "circuitOpen"
      FROM "SignalRollup"
      WHERE resolution = 'minute' AND "bucketStart" >= ${recentFrom}::timestamp(3) AND "bucketStart" < ${now}::timestamp(3)
      GROUP BY "integrationId"`,
    // Complete hours from the hour rollups, the current hour from its minutes (the rollup job may not have run yet).
    db.$queryRaw<WindowRow[]>`
      SELECT "integrationId", sum(records) AS records, sum(errors) AS errors, max("latencyMaxMs") AS "latencyMaxMs", ${BUCKET_SUMS},
        max("bucketStart" + CASE WHEN resolution = 'hour' THEN interval '1 hour' ELSE interval '1 minute' END) FILTER (WHERE records > errors) AS "lastGoodAt"
      FROM "SignalRollup"
      WHERE (resolution = 'hour' AND "bucketStart" >= ${dayFrom}::timestamp(3) AND "bucketStart" < ${currentHour}::timestamp(3))
         OR (resolution = 'minute' AND "bucketStart" >= ${currentHour}::timestamp(3) AND "bucketStart" < ${now}::timestamp(3))
      GROUP BY "integrationId"`,
    db.$queryRaw<{ integrationId: string; at: Date | null }[]>`
      SELECT "integrationId", max("lastSuccessAt") AS at
      FROM "SignalRollup"
      WHERE "lastSuccessAt" IS NOT NULL AND (
        (resolution = 'day' AND "bucketStart" >= ${new Date(now.getTime() - LAST_SUCCESS_LOOKBACK_MS)}::timestamp(3))
        OR (resolution = 'minute' AND "bucketStart" >= ${new Date(now.getTime() - ROLLUP_LAG_MS)}::timestamp(3)))
      GROUP BY "integrationId"`,
  ]);

  const recentBy = new Map(recent.map((row) => [row.integrationId, row]));
  const dayBy = new Map(day.map((row) => [row.integrationId, row]));
  const reportedBy = new Map(reported.map((row) => [row.integrationId, row.at]));
  return integrations.map(({ lastSignalAt, ...integration }) => {
    const recentRow = recentBy.get(integration.id);
    const dayRow = dayBy.get(integration.id);
    const successes = [reportedBy.get(integration.id), recentRow?.lastGoodAt, dayRow?.lastGoodAt]
      .filter((at): at is Date => at instanceof Date)
      .map((at) => Math.min(at.getTime(), now.getTime()));
    return {
      ...integration,
      signals: {
        lastSignalAt: lastSignalAt?.getTime() ?? null,
        lastSuccessAt: successes.length > 0 ? Math.max(...successes) : null,
        recent: windowCounts(recentRow),
        day: windowCounts(dayRow),
        circuitOpen: recentRow?.circuitOpen ?? null,
      },
    };
  });
}

export interface HealthWrite {
  id: string;
  healthStatus: HealthStatus;
  derivedHealth: HealthStatus;
  healthReason: string;
  healthCheckedAt: Date | null;
}

/** Writes the computed health of many integrations in one statement (the batch is one JSON parameter). */
export async function writeHealth(db: Db, writes: readonly HealthWrite[]): Promise<number> {
  if (writes.length === 0) return 0;
  return db.$executeRaw`
    UPDATE "Integration" AS i SET
      "healthStatus" = w."healthStatus"::"HealthStatus", "derivedHealth" = w."derivedHealth"::"HealthStatus",
      "healthReason" = w."healthReason", "healthCheckedAt" = w."healthCheckedAt"
    FROM jsonb_to_recordset(${JSON.stringify(writes)}::jsonb) AS w(id text, "healthStatus" text, "derivedHealth" text, "healthReason" text, "healthCheckedAt" timestamp(3))
    WHERE i.id = w.id`;
}

/** The integration an override acts on, with what the audit entry shows before the change. */
export async function findIntegrationForHealthOverride(tx: Db, where: Prisma.IntegrationWhereUniqueInput) {
  return tx.integration.findUnique({
    where,
    select: {
      id: true,
      key: true,
      ownerTeamId: true,
      archivedAt: true,
      healthStatus: true,
      derivedHealth: true,
      healthOverride: true,
      healthOverrideReason: true,
      healthOverrideUntil: true,
    },
  });
}

/** Sets an override (the effective health follows at once) or, with null, ends it (back to the derived health). */
export async function writeHealthOverride(
  tx: Db,
  integrationId: string,
  override: { health: HealthStatus; reason: string; until: Date; byId: string } | null,
): Promise<void> {
  if (override) {
    await tx.integration.update({
      where: { id: integrationId },
      data: {
        healthStatus: override.health,
        healthOverride: override.health,
        healthOverrideReason: override.reason,
        healthOverrideUntil: override.until,
        healthOverrideById: override.byId,
      },
    });
    return;
  }
  await tx.$executeRaw`
    UPDATE "Integration" SET "healthStatus" = "derivedHealth", "healthOverride" = NULL, "healthOverrideReason" = NULL,
      "healthOverrideUntil" = NULL, "healthOverrideById" = NULL
    WHERE id = ${integrationId}`;
}
