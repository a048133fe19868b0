import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latencyBucketIndex, emptyLatencyBuckets } from "@/lib/signals/latency-buckets";
import { accumulateMinuteBuckets, readSignalSeries } from "@/lib/signals/repository";
import { JOB_HANDLERS } from "@/lib/jobs/job-handlers";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import { SIGNALS_ROLLUP_JOB, rollUpSignals, scheduleSignalRollups } from "@/lib/signals/roll-up-signals";
import { foldIntoMinuteBuckets, type ResolvedSignalPoint } from "@/lib/signals/signal-buckets";
import { createIntegration } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const RETENTION = { minuteMs: 48 * HOUR, hourMs: 90 * 24 * HOUR, dayMs: 730 * 24 * HOUR };

let db: TestDatabase;
let orders: string;
let invoices: string;

function latency(...ms: number[]) {
  const buckets = emptyLatencyBuckets();
  for (const value of ms) buckets[latencyBucketIndex(value)] += 1;
  return { count: ms.length, sumMs: ms.reduce((a, b) => a + b, 0), maxMs: Math.max(...ms), buckets };
}

async function ingest(points: ResolvedSignalPoint[]) {
  return accumulateMinuteBuckets(db.prisma, foldIntoMinuteBuckets(points));
}

beforeAll(async () => {
  db = await createTestDatabase();
  orders = (await createIntegration(db.prisma, { name: "Order events" })).id;
  invoices = (await createIntegration(db.prisma, { name: "Invoices" })).id;
});
afterAll(async () => db?.close());

describe("signal rollups", () => {
  it("accumulates batches into minute buckets: counters add, the histogram adds per bucket, gauges keep the later observation", async () => {
    await ingest([
      { integrationId: orders, at: at("2026-12-01T10:00:05Z"), records: 10, errors: 1, latency: latency(40, 700), deadLetterDepth: 3 },
      { integrationId: orders, at: at("2026-12-01T10:00:40Z"), records: 5, circuitOpen: true, lastSuccessAt: at("2026-12-01T10:00:39Z") },
    ]);
    // A second batch for the same minute, one of whose gauges is older than the stored one.
    await ingest([
      { integrationId: orders, at: at("2026-12-01T10:00:20Z"), records: 2, errors: 2, latency: latency(30), deadLetterDepth: 9, circuitOpen: false },
      { integrationId: orders, at: at("2026-12-01T10:00:50Z"), rateLimitRejections: 4, quarantined: 1, deadLetterDepth: 5 },
    ]);
    const [series] = await readSignalSeries(db.prisma, [orders], at("2026-12-01T10:00:00Z"), at("2026-12-01T10:01:00Z"), "minute");
    expect(series.points).toHaveLength(1);
    const point = series.points[0];
    expect(point).toMatchObject({ records: 17, errors: 3, rateLimitRejections: 4, quarantined: 1, points: 4, deadLetterDepth: 5, circuitOpen: true });
    expect(point.lastSuccessAt).toEqual(at("2026-12-01T10:00:39Z"));
    expect(point.latency).toMatchObject({ count: 3, sumMs: 770, maxMs: 700 });
    // 30 ms and 40 ms share a bucket (25 to 50 ms).
    expect(point.latency.buckets[latencyBucketIndex(30)]).toBe(2);
    expect(point.latency.buckets[latencyBucketIndex(700)]).toBe(1);
    const integration = await db.prisma.integration.findUniqueOrThrow({ where: { id: orders } });
    expect(integration.lastSignalAt).toEqual(at("2026-12-01T10:00:50Z"));
  });

  it("keeps gaps visible: a minute nobody reported is absent, a minute reporting zero records is there", async () => {
    await ingest([
      { integrationId: invoices, at: at("2026-12-01T10:00:00Z"), records: 3 },
      { integrationId: invoices, at: at("2026-12-01T10:03:00Z"), records: 0 },
    ]);
    const [series, unknown] = await readSignalSeries(db.prisma, [invoices, "nobody"], at("2026-12-01T10:00:00Z"), at("2026-12-01T10:05:00Z"), "minute");
    expect(series.points.map((p) => [p.bucketStart.toISOString(), p.records])).toEqual([
      ["2026-12-01T10:00:00.000Z", 3],
      ["2026-12-01T10:03:00.000Z", 0],
    ]);
    expect(unknown).toEqual({ integrationId: "nobody", resolution: "minute", points: [] });
  });

  it("does not move the last signal time backwards for a late point", async () => {
    await ingest([{ integrationId: invoices, at: at("2026-12-01T09:00:00Z"), records: 1 }]);
    const integration = await db.prisma.integration.findUniqueOrThrow({ where: { id: invoices } });
    expect(integration.lastSignalAt).toEqual(at("2026-12-01T10:03:00Z"));
  });

  it("rolls minutes up to hours and hours up to days, recomputing (not adding) when a late point arrives", async () => {
    const now = at("2026-12-01T12:00:00Z");
    const since = at("2000-01-01T00:00:00Z");
    await rollUpSignals(db.prisma, since, now, RETENTION);
    await rollUpSignals(db.prisma, since, now, RETENTION);
    const [hours] = await readSignalSeries(db.prisma, [orders], at("2026-12-01T00:00:00Z"), at("2026-12-02T00:00:00Z"), "hour");
    expect(hours.points).toHaveLength(1);
    expect(hours.points[0]).toMatchObject({ records: 17, errors: 3, points: 4, deadLetterDepth: 5, circuitOpen: true });
    expect(hours.points[0].latency).toMatchObject({ count: 3, sumMs: 770, maxMs: 700 });
    expect(hours.points[0].latency.buckets.reduce((a, b) => a + b, 0)).toBe(3);

    await ingest([{ integrationId: orders, at: at("2026-12-01T10:59:00Z"), records: 100, latency: latency(2_000) }]);
    await rollUpSignals(db.prisma, since, now, RETENTION);
    const [days] = await readSignalSeries(db.prisma, [orders], at("2026-12-01T00:00:00Z"), at("2026-12-02T00:00:00Z"), "day");
    expect(days.points).toHaveLength(1);
    expect(days.points[0]).toMatchObject({ bucketStart: at("2026-12-01T00:00:00Z"), records: 117, errors: 3, points: 5 });
    expect(days.points[0].latency).toMatchObject({ count: 4, maxMs: 2_000 });
    // p95 of 30, 40, 700 and 2,000 ms lies in the bucket holding 2,000 ms.
    expect(days.points[0].latency.p95Ms).toBeGreaterThan(1_000);
    expect(days.points[0].latency.p95Ms).toBeLessThanOrEqual(2_000);
  });

  it("prunes each resolution after its retention, at whole hours for minutes", async () => {
    const now = at("2026-12-03T10:30:00Z");
    // Minutes are kept 48 hours, counted from the start of the hour: 2026-12-01T10:00 stays, 09:00 goes.
    const result = await rollUpSignals(db.prisma, now, now, RETENTION);
    expect(result.pruned.minute).toBe(1);
    const [minutes] = await readSignalSeries(db.prisma, [invoices], at("2026-12-01T00:00:00Z"), at("2026-12-02T00:00:00Z"), "minute");
    expect(minutes.points.map((p) => p.bucketStart.toISOString())).toEqual(["2026-12-01T10:00:00.000Z", "2026-12-01T10:03:00.000Z"]);
    const [hours] = await readSignalSeries(db.prisma, [invoices], at("2026-12-01T00:00:00Z"), at("2026-12-02T00:00:00Z"), "hour");
    expect(hours.points.map((p) => p.records)).toEqual([1, 3]);
  });

  it("counts both of two concurrent batches for the same minute", async () => {
    const minute = at("2026-12-01T11:30:00Z");
    await Promise.all(Array.from({ length: 4 }, () => ingest([{ integrationId: invoices, at: minute, records: 5, errors: 1 }])));
    const [series] = await readSignalSeries(db.prisma, [invoices], minute, at("2026-12-01T11:31:00Z"), "minute");
    expect(series.points[0]).toMatchObject({ records: 20, errors: 4, points: 4 });
  });

  it("runs as a job that schedules its next run, looking back to its own start", async () => {
    const now = new Date();
    await scheduleSignalRollups(db.prisma, now);
    await scheduleSignalRollups(db.prisma, now);
    expect(await db.prisma.job.count({ where: { kind: SIGNALS_ROLLUP_JOB } })).toBe(1);
    const result = await runDueJobs({ db: db.prisma, handlers: JOB_HANDLERS, clock: () => now });
    expect(result).toMatchObject({ succeeded: 1, dead: 0, retried: 0 });
    const next = await db.prisma.job.findFirstOrThrow({ where: { kind: SIGNALS_ROLLUP_JOB, status: "pending" } });
    expect(next.runAt.getTime()).toBe(now.getTime() + 5 * 60_000);
    expect((next.payload as { since: string | null }).since).not.toBeNull();
  });
});
