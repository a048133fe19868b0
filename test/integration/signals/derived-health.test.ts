import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateSignals } from "@/lib/incidents/evaluation-job";
import { computeHealth } from "@/lib/signals/health/compute-health";
import { emptyLatencyBuckets, latencyBucketIndex } from "@/lib/signals/latency-buckets";
import { accumulateMinuteBuckets } from "@/lib/signals/repository";
import { rollUpSignals } from "@/lib/signals/roll-up-signals";
import { foldIntoMinuteBuckets, type ResolvedSignalPoint } from "@/lib/signals/signal-buckets";
import { createIntegration, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const RETENTION = { minuteMs: 48 * HOUR, hourMs: 90 * 24 * HOUR, dayMs: 730 * 24 * HOUR };
const SETTINGS = { unmonitoredAfterHours: 24 };
// Tuesday 2026-12-01 10:20 UTC.
const now = new Date(Date.UTC(2026, 11, 1, 10, 20));

let db: TestDatabase;
const ids: Record<string, string> = {};

function latency(ms: number, count: number) {
  const buckets = emptyLatencyBuckets();
  buckets[latencyBucketIndex(ms)] = count;
  return { count, sumMs: ms * count, maxMs: ms, buckets };
}

/** One point a minute for the last `minutes` minutes before `end`. */
function everyMinute(
  integrationId: string,
  minutes: number,
  point: Omit<ResolvedSignalPoint, "integrationId" | "at">,
  end = now.getTime(),
): ResolvedSignalPoint[] {
  return Array.from({ length: minutes }, (_, i) => ({ integrationId, at: new Date(end - (i + 1) * MINUTE + 5_000), ...point }));
}

async function health(name: string) {
  return db.prisma.integration.findUniqueOrThrow({
    where: { id: ids[name] },
    select: { healthStatus: true, derivedHealth: true, healthReason: true, healthCheckedAt: true },
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  for (const [name, data] of Object.entries({
    healthy: { criticality: "tier2", frequency: "real_time", expectedLatencySeconds: 2 },
    failing: { criticality: "tier2", frequency: "real_time", expectedLatencySeconds: 2 },
    slow: { criticality: "tier3", frequency: "near_real_time", expectedLatencySeconds: 1 },
    nightly: { criticality: "tier2", frequency: "daily", expectedLatencySeconds: null },
    silent: { criticality: "tier1", frequency: "real_time", expectedLatencySeconds: null },
    never: { criticality: "tier4", frequency: "hourly", expectedLatencySeconds: null },
    overridden: { criticality: "tier2", frequency: "real_time", expectedLatencySeconds: null },
  } as const)) {
    ids[name] = (await createIntegration(db.prisma, { name: `Health ${name}`, ...data, healthStatus: "fragile" })).id;
  }
  const points = [
    ...everyMinute(ids.healthy, 20, { records: 100, errors: 0, latency: latency(300, 100) }),
    // 7.2 % of the last 15 minutes failed.
    ...everyMinute(ids.failing, 15, { records: 1000, errors: 72 }),
    ...everyMinute(ids.slow, 15, { records: 50, latency: latency(4000, 50) }),
    ...everyMinute(ids.overridden, 15, { records: 100, errors: 100 }),
    // The nightly batch last ran 30 h ago, and said so.
    { integrationId: ids.nightly, at: new Date(now.getTime() - 30 * HOUR), records: 5000, lastSuccessAt: new Date(now.getTime() - 30 * HOUR) },
    // The silent integration's last word was 25 h ago.
    { integrationId: ids.silent, at: new Date(now.getTime() - 25 * HOUR), records: 10 },
  ];
  await accumulateMinuteBuckets(db.prisma, foldIntoMinuteBuckets(points));
  await rollUpSignals(db.prisma, new Date(now.getTime() - 48 * HOUR), now, RETENTION);
  const owner = await createUser(db.prisma);
  await db.prisma.integration.update({
    where: { id: ids.overridden },
    data: {
      healthOverride: "degraded",
      healthOverrideReason: "Known supplier outage, workaround in place",
      healthOverrideUntil: new Date(now.getTime() + HOUR),
      healthOverrideById: owner.id,
    },
  });
});
afterAll(async () => db?.close());

describe("the health computation", () => {
  it("derives each state from the rollups, with its reason, and moves healthCheckedAt to the last signal", async () => {
    const result = await computeHealth(db.prisma, now, SETTINGS);
    expect(result).toEqual({ integrations: 7, changed: 7 });

    expect(await health("healthy")).toMatchObject({
      healthStatus: "healthy",
      derivedHealth: "healthy",
      healthCheckedAt: new Date(now.getTime() - MINUTE + 5_000),
    });
    expect((await health("healthy")).healthReason).toContain("error rate 0% over 15 min, objective 1%");
    expect(await health("failing")).toMatchObject({ healthStatus: "failing", healthReason: "error rate 7.2% over 15 min, objective 1%" });
    expect(await health("slow")).toMatchObject({ healthStatus: "degraded", healthReason: "p95 latency 4 s over 15 min, objective 1 s" });
    expect(await health("nightly")).toMatchObject({ healthStatus: "stale", healthReason: "no success for 30 h, objective 26 h" });
    expect(await health("silent")).toMatchObject({ healthStatus: "unmonitored", healthReason: "no signal for 25 h, threshold 24 h" });
    expect(await health("never")).toMatchObject({ healthStatus: "unmonitored", healthReason: "no signal received yet", healthCheckedAt: null });
  });

  it("keeps an override in force until it ends, with the derived health beside it", async () => {
    expect(await health("overridden")).toMatchObject({
      healthStatus: "degraded",
      derivedHealth: "failing",
      healthReason: "error rate 100% over 15 min, objective 1%",
    });
    const later = new Date(now.getTime() + HOUR + MINUTE);
    await computeHealth(db.prisma, later, SETTINGS);
    expect(await health("overridden")).toMatchObject({ healthStatus: "failing", derivedHealth: "failing" });
  });

  it("writes nothing when nothing changed, and leaves archived integrations alone", async () => {
    const later = new Date(now.getTime() + HOUR + MINUTE);
    expect((await computeHealth(db.prisma, later, SETTINGS)).changed).toBe(0);
    const archived = await createIntegration(db.prisma, { name: "Health archived", healthStatus: "fragile", archivedAt: later });
    await computeHealth(db.prisma, later, SETTINGS);
    expect((await db.prisma.integration.findUniqueOrThrow({ where: { id: archived.id } })).healthStatus).toBe("fragile");
  });

  it("runs in the signals.evaluate cycle", async () => {
    const fresh = await createIntegration(db.prisma, { name: "Health fresh", healthStatus: "healthy" });
    const result = await evaluateSignals(db.prisma, new Date(now.getTime() + 2 * HOUR));
    expect(result.health.changed).toBeGreaterThan(0);
    expect((await db.prisma.integration.findUniqueOrThrow({ where: { id: fresh.id } })).healthStatus).toBe("unmonitored");
  });
});
