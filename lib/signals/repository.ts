import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { estimateLatencyPercentile } from "./latency-buckets";
import type { MinuteBucketDelta, SignalResolutionName } from "./signal-buckets";

type Db = PrismaClient | Prisma.TransactionClient;

// The database's own clock, in UTC like every timestamp column: the rollup job compares "updatedAt" with it.
const DB_NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/**
 * Adds a batch's minute deltas to the minute rollups and moves each integration's last signal time forward, in
 * one statement: the batch arrives as one JSON parameter, new buckets are inserted and existing ones accumulate
 * (counters add, the latency histogram adds element by element, gauges keep the later observation). Concurrent
 * batches for the same bucket serialize on its row and both count. Answers how many buckets were written.
 */
export async function accumulateMinuteBuckets(db: Db, deltas: readonly MinuteBucketDelta[]): Promise<number> {
  if (deltas.length === 0) return 0;
  const rows = await db.$queryRaw<{ written: bigint | number }[]>`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(deltas)}::jsonb) AS t(
        "integrationId" text, "bucketStart" timestamp(3), records bigint, errors bigint, "rateLimitRejections" bigint,
        quarantined bigint, "latencyCount" bigint, "latencySumMs" float8, "latencyMaxMs" float8, "latencyBuckets" bigint[],
        "lastSuccessAt" timestamp(3), "deadLetterDepth" bigint, "deadLetterAt" timestamp(3), "circuitOpen" boolean,
        "circuitAt" timestamp(3), points int, "lastAt" timestamp(3))
    ), written AS (
      INSERT INTO "SignalRollup" AS r ("integrationId", resolution, "bucketStart", records, errors, "rateLimitRejections", quarantined,
        "latencyCount", "latencySumMs", "latencyMaxMs", "latencyBuckets", "lastSuccessAt", "deadLetterDepth", "deadLetterAt",
        "circuitOpen", "circuitAt", points, "updatedAt")
      SELECT "integrationId", 'minute', "bucketStart", records, errors, "rateLimitRejections", quarantined, "latencyCount",
        "latencySumMs", "latencyMaxMs", "latencyBuckets", "lastSuccessAt", "deadLetterDepth", "deadLetterAt", "circuitOpen",
        "circuitAt", points, ${DB_NOW}
      FROM input
      ON CONFLICT ("integrationId", resolution, "bucketStart") DO UPDATE SET
        records = r.records + EXCLUDED.records,
        errors = r.errors + EXCLUDED.errors,
        "rateLimitRejections" = r."rateLimitRejections" + EXCLUDED."rateLimitRejections",
        quarantined = r.quarantined + EXCLUDED.quarantined,
        "latencyCount" = r."latencyCount" + EXCLUDED."latencyCount",
        "latencySumMs" = r."latencySumMs" + EXCLUDED."latencySumMs",
        "latencyMaxMs" = GREATEST(r."latencyMaxMs", EXCLUDED."latencyMaxMs"),
        "latencyBuckets" = ARRAY(
          SELECT COALESCE(a, 0) + COALESCE(b, 0) FROM unnest(r."latencyBuckets", EXCLUDED."latencyBuckets") WITH ORDINALITY AS u(a, b, i) ORDER BY i),
        "lastSuccessAt" = GREATEST(r."lastSuccessAt", EXCLUDED."lastSuccessAt"),
        "deadLetterDepth" = CASE WHEN EXCLUDED."deadLetterAt" >= r."deadLetterAt" OR r."deadLetterAt" IS NULL
          THEN COALESCE(EXCLUDED."deadLetterDepth", r."deadLetterDepth") ELSE r."deadLetterDepth" END,
        "deadLetterAt" = GREATEST(r."deadLetterAt", EXCLUDED."deadLetterAt"),
        "circuitOpen" = CASE WHEN EXCLUDED."circuitAt" >= r."circuitAt" OR r."circuitAt" IS NULL
          THEN COALESCE(EXCLUDED."circuitOpen", r."circuitOpen") ELSE r."circuitOpen" END,
        "circuitAt" = GREATEST(r."circuitAt", EXCLUDED."circuitAt"),
        points = r.points + EXCLUDED.points,
        "updatedAt" = EXCLUDED."updatedAt"
      RETURNING 1
    ), moved AS (
      UPDATE "Integration" AS i SET "lastSignalAt" = latest.at
      FROM (SELECT "integrationId", max("lastAt") AS at FROM input GROUP BY "integrationId") AS latest
      WHERE i.id = latest."integrationId" AND (i."lastSignalAt" IS NULL OR i."lastSignalAt" < latest.at)
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM written) AS written`;
  return Number(rows[0].written);
}

const COARSER: Record<"minute" | "hour", { target: "hour" | "day"; unit: Prisma.Sql; span: Prisma.Sql }> = {
  minute: { target: "hour", unit: Prisma.sql`'hour'`, span: Prisma.sql`interval '1 hour'` },
  hour: { target: "day", unit: Prisma.sql`'day'`, span: Prisma.sql`interval '1 day'` },
};

/**
 * Recomputes, from scratch, every coarser bucket (hour from minutes, day from hours) that holds a finer bucket
 * written since `since`: idempotent, so overlapping runs and late points are harmless. One statement.
 * Answers how many coarser buckets were written.
 */
export async function rollUpFrom(db: Db, source: "minute" | "hour", since: Date): Promise<number> {
  const { target, unit, span } = COARSER[source];
  const rows = await db.$queryRaw<{ written: bigint | number }[]>`
    WITH touched AS (
      SELECT DISTINCT "integrationId", date_trunc(${unit}, "bucketStart") AS target
      FROM "SignalRollup" WHERE resolution = ${source}::"SignalResolution" AND "updatedAt" >= ${since}::timestamp(3)
    ), source AS (
      SELECT s.*, t.target FROM touched t
      JOIN "SignalRollup" s ON s."integrationId" = t."integrationId" AND s.resolution = ${source}::"SignalResolution"
        AND s."bucketStart" >= t.target AND s."bucketStart" < t.target + ${span}
    ), histogram AS (
      SELECT "integrationId", target, array_agg(total ORDER BY i) AS buckets FROM (
        SELECT s."integrationId", s.target, u.i, sum(u.v)::bigint AS total
        FROM source s CROSS JOIN LATERAL unnest(s."latencyBuckets") WITH ORDINALITY AS u(v, i)
        GROUP BY s."integrationId", s.target, u.i) AS per_bucket
      GROUP BY "integrationId", target
    ), written AS (
      INSERT INTO "SignalRollup" AS r ("integrationId", resolution, "bucketStart", records, errors, "rateLimitRejections", quarantined,
        "latencyCount", "latencySumMs", "latencyMaxMs", "latencyBuckets", "lastSuccessAt", "deadLetterDepth", "deadLetterAt",
        "circuitOpen", "circuitAt", points, "updatedAt")
      SELECT s."integrationId", ${target}::"SignalResolution", s.target, sum(s.records), sum(s.errors), sum(s."rateLimitRejections"),
        sum(s.quarantined), sum(s."latencyCount"), sum(s."latencySumMs"), max(s."latencyMaxMs"), COALESCE(h.buckets, '{}'),
        max(s."lastSuccessAt"),
        (array_agg(s."deadLetterDepth" ORDER BY s."deadLetterAt" DESC) FILTER (WHERE s."deadLetterAt" IS NOT NULL))[1],
        max(s."deadLetterAt"),
        (array_agg(s."circuitOpen" ORDER BY s."circuitAt" DESC) FILTER (WHERE s."circuitAt" IS NOT NULL))[1],
        max(s."circuitAt"), sum(s.points), ${DB_NOW}
      FROM source s LEFT JOIN histogram h ON h."integrationId" = s."integrationId" AND h.target = s.target
      GROUP BY s."integrationId", s.target, h.buckets
      ON CONFLICT ("integrationId", resolution, "bucketStart") DO UPDATE SET
        records = EXCLUDED.records, errors = EXCLUDED.errors, "rateLimitRejections" = EXCLUDED."rateLimitRejections",
        quarantined = EXCLUDED.quarantined, "latencyCount" = EXCLUDED."latencyCount", "latencySumMs" = EXCLUDED."latencySumMs",
        "latencyMaxMs" = EXCLUDED."latencyMaxMs", "latencyBuckets" = EXCLUDED."latencyBuckets", "lastSuccessAt" = EXCLUDED."lastSuccessAt",
        "deadLetterDepth" = EXCLUDED."deadLetterDepth", "deadLetterAt" = EXCLUDED."deadLetterAt", "circuitOpen" = EXCLUDED."circuitOpen",
        "circuitAt" = EXCLUDED."circuitAt", points = EXCLUDED.points, "updatedAt" = EXCLUDED."updatedAt"
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM written) AS written`;
  return Number(rows[0].written);
}

/** The database clock in UTC: the rollup job's watermark is taken on the same clock that stamps "updatedAt". */
export async function databaseNow(db: Db): Promise<Date> {
  const rows = await db.$queryRaw<{ now: Date }[]>`SELECT ${DB_NOW}::timestamp(3) AS now`;
  return rows[0].now;
}

/** Deletes the buckets of one resolution that start before `before`. Answers how many. */
export async function pruneRollups(db: Db, resolution: SignalResolutionName, before: Date): Promise<number> {
  const { count } = await db.signalRollup.deleteMany({ where: { resolution, bucketStart: { lt: before } } });
  return count;
}

/** One bucket of an integration's signal series, numbers as numbers. */
export interface SignalSeriesPoint {
  bucketStart: Date;
  records: number;
  errors: number;
  rateLimitRejections: number;
  quarantined: number;
  latency: { count: number; sumMs: number; maxMs: number | null; meanMs: number | null; p95Ms: number | null; buckets: number[] };
  lastSuccessAt: Date | null;
  deadLetterDepth: number | null;
  circuitOpen: boolean | null;
  /** Signal points folded into the bucket. */
  points: number;
}

export interface SignalSeries {
  integrationId: string;
  resolution: SignalResolutionName;
  /** Buckets with at least one signal, oldest first, within [from, to). A bucket nobody reported is absent, not zero. */
  points: SignalSeriesPoint[];
}

/**
 * The rollups of the given integrations between `from` (inclusive) and `to` (exclusive), one series per
 * integration asked for (in that order, empty when it reported nothing). Gaps stay visible: missing buckets are
 * absent, so a chart can tell "nothing reported" from "zero records".
 */
export async function readSignalSeries(
  db: Db,
  integrationIds: readonly string[],
  from: Date,
  to: Date,
  resolution: SignalResolutionName,
): Promise<SignalSeries[]> {
  const ids = [...new Set(integrationIds)];
  const rows =
    ids.length === 0
      ? []
      : await db.signalRollup.findMany({
          where: { integrationId: { in: ids }, resolution, bucketStart: { gte: from, lt: to } },
          orderBy: [{ integrationId: "asc" }, { bucketStart: "asc" }],
        });
  const byIntegration = new Map<string, SignalSeriesPoint[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    const latencyCount = Number(row.latencyCount);
    const buckets = row.latencyBuckets.map(Number);
    byIntegration.get(row.integrationId)?.push({
      bucketStart: row.bucketStart,
      records: Number(row.records),
      errors: Number(row.errors),
      rateLimitRejections: Number(row.rateLimitRejections),
      quarantined: Number(row.quarantined),
      latency: {
        count: latencyCount,
        sumMs: row.latencySumMs,
        maxMs: row.latencyMaxMs,
        meanMs: latencyCount > 0 ? row.latencySumMs / latencyCount : null,
        p95Ms: estimateLatencyPercentile(buckets, 0.95, row.latencyMaxMs),
        buckets,
      },
      lastSuccessAt: row.lastSuccessAt,
      deadLetterDepth: row.deadLetterDepth === null ? null : Number(row.deadLetterDepth),
      circuitOpen: row.circuitOpen,
      points: row.points,
    });
  }
  return ids.map((integrationId) => ({ integrationId, resolution, points: byIntegration.get(integrationId) ?? [] }));
}

/**
 * Records per hour of the given integrations in [from, to), in one query for all of them (the catalog list's
 * sparklines read a whole page at once). Hours nobody reported are absent.
 */
export async function readHourlyVolumes(
  db: Db,
  integrationIds: readonly string[],
  from: Date,
  to: Date,
): Promise<Map<string, { bucketStart: Date; records: number }[]>> {
  const volumes = new Map<string, { bucketStart: Date; records: number }[]>(integrationIds.map((id) => [id, []]));
  if (integrationIds.length === 0) return volumes;
  const rows = await db.signalRollup.findMany({
    where: { integrationId: { in: [...new Set(integrationIds)] }, resolution: "hour", bucketStart: { gte: from, lt: to } },
    select: { integrationId: true, bucketStart: true, records: true },
    orderBy: [{ integrationId: "asc" }, { bucketStart: "asc" }],
  });
  for (const row of rows) volumes.get(row.integrationId)?.push({ bucketStart: row.bucketStart, records: Number(row.records) });
  return volumes;
}

export interface SignalTarget {
  id: string;
  key: string;
  ownerTeamId: string | null;
  archived: boolean;
}

/** The integrations named by the given keys (those that exist), for ingest to resolve, authorize and refuse per point. */
export async function findSignalTargets(db: Db, keys: readonly string[]): Promise<SignalTarget[]> {
  if (keys.length === 0) return [];
  const rows = await db.integration.findMany({
    where: { key: { in: [...new Set(keys)] } },
    select: { id: true, key: true, ownerTeamId: true, archivedAt: true },
  });
  return rows.map((row) => ({ id: row.id, key: row.key, ownerTeamId: row.ownerTeamId, archived: row.archivedAt !== null }));
}
