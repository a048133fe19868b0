import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateSignals } from "@/lib/incidents/evaluation-job";
import { DAY_MS } from "@/lib/signals/anomalies/evaluate-signals";
import { HOUR_MS, WEEK_MS } from "@/lib/signals/anomalies/seasonal-baseline";
import { createIntegration, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let database: TestDatabase;
let orders: { id: string };
let nightly: { id: string };
let ownerId: string;

// The cycle runs at Tuesday 2026-12-01 11:05 UTC: it judges 10:00-11:00.
const now = new Date(Date.UTC(2026, 11, 1, 11, 5));
const judged = Date.UTC(2026, 11, 1, 10);
const usual = [412, 388, 405, 396, 420];

async function writeHour(integrationId: string, at: number, records: number) {
  const day = Math.floor(at / DAY_MS) * DAY_MS;
  const prisma = database.prisma;
  await prisma.signalRollup.upsert({
    where: { integrationId_resolution_bucketStart: { integrationId, resolution: "hour", bucketStart: new Date(at) } },
    create: { integrationId, resolution: "hour", bucketStart: new Date(at), records, points: 1, latencyBuckets: [] },
    update: { records },
  });
  await prisma.signalRollup.upsert({
    where: { integrationId_resolution_bucketStart: { integrationId, resolution: "day", bucketStart: new Date(day) } },
    create: { integrationId, resolution: "day", bucketStart: new Date(day), records, points: 1, latencyBuckets: [] },
    update: {},
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  const owner = await createUser(database.prisma, { role: "owner" });
  ownerId = owner.id;
  orders = await createIntegration(database.prisma, {
    name: "Order events to revenue dashboard",
    frequency: "real_time",
    lastSignalAt: now,
    owners: [{ role: "technical_owner", userId: owner.id }],
  });
  nightly = await createIntegration(database.prisma, { name: "Nightly stock file", frequency: "daily", lastSignalAt: now });
  for (const [week, records] of usual.entries()) await writeHour(orders.id, judged - (week + 1) * WEEK_MS, records);
  // The nightly batch last succeeded 30 hours ago.
  await database.prisma.signalRollup.create({
    data: {
      integrationId: nightly.id,
      resolution: "day",
      bucketStart: new Date(Math.floor((now.getTime() - 30 * HOUR_MS) / DAY_MS) * DAY_MS),
      records: 5000,
      lastSuccessAt: new Date(now.getTime() - 30 * HOUR_MS),
      points: 1,
      latencyBuckets: [],
    },
  });
}, 60_000);

afterAll(async () => database?.close());

describe("the evaluation cycle over the rollups", () => {
  it("opens a volume-drop incident for an order flow 62 % below a typical Tuesday 10:00, and a freshness one for a stale nightly batch", async () => {
    await writeHour(orders.id, judged, 152);
    const result = await evaluateSignals(database.prisma, now);
    expect(result).toMatchObject({ integrations: 2, opened: 2 });
    const incidents = await database.prisma.incident.findMany({ orderBy: { cause: "asc" } });
    expect(incidents.map((incident) => [incident.integrationId, incident.cause])).toEqual([
      [orders.id, "volume_drop"],
      [nightly.id, "freshness_breach"],
    ]);
    expect(incidents[0].text).toMatch(/^Order events to revenue dashboard: volume 62% below a typical Tuesday 10:00 UTC \(152 records, usually 405\)/);
    expect(incidents[1].text).toMatch(/^Nightly stock file: no success for 30 h \(stale after 26 h\)/);
    expect(await database.prisma.notification.count({ where: { userId: ownerId, kind: "incident.opened" } })).toBe(1);
  });

  it("notifies nobody again on the next cycle, and resolves the drop once the hour is back to usual", async () => {
    expect(await evaluateSignals(database.prisma, new Date(now.getTime() + 5 * 60_000))).toMatchObject({ opened: 0, updated: 2, resolved: 0 });
    await writeHour(orders.id, judged, 401);
    expect(await evaluateSignals(database.prisma, new Date(now.getTime() + 10 * 60_000))).toMatchObject({ opened: 0, resolved: 1 });
    expect(await database.prisma.incident.count({ where: { openSlot: true } })).toBe(1);
    expect(await database.prisma.notification.count({ where: { userId: ownerId, kind: "incident.opened" } })).toBe(1);
  });
});
