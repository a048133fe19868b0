import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateSignals } from "@/lib/incidents/evaluation-job";
import { seedDemo } from "@/lib/seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let database: TestDatabase;
// A Tuesday, 10:20 UTC: the demo's order flow is busy at 09:00-10:00.
const now = new Date(Date.UTC(2026, 11, 1, 10, 20));
let seedMs = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  const started = performance.now();
  await seedDemo(database.prisma, { now });
  seedMs = performance.now() - started;
}, 180_000);

afterAll(async () => database?.close());

describe("the demo's live signals", () => {
  it("seeds 30 days of hour and day rollups and the last hours as minutes", async () => {
    const rows = await database.prisma.signalRollup.groupBy({ by: ["resolution"], _count: true, _min: { bucketStart: true } });
    const byResolution = Object.fromEntries(rows.map((row) => [row.resolution, row]));
    expect(byResolution.hour._count).toBeGreaterThan(10_000);
    expect(byResolution.day._count).toBeGreaterThan(500);
    expect(byResolution.minute._count).toBeGreaterThan(1_000);
    expect(now.getTime() - byResolution.hour._min.bucketStart!.getTime()).toBeGreaterThan(29 * 24 * 3_600_000);
    console.info(`demo seed with signals: ${Math.round(seedMs)} ms (${rows.map((row) => `${row._count} ${row.resolution}`).join(", ")})`);
  });

  it("tells the issue's stories at first start: the order flow's drop, the failing integration (errors, dead letters) and the stale nightly batch", async () => {
    await evaluateSignals(database.prisma, now);
    const incidents = await database.prisma.incident.findMany({ select: { cause: true, text: true }, orderBy: { text: "asc" } });
    expect(incidents.map((incident) => [incident.cause, incident.text.split(":")[0]])).toEqual(
      expect.arrayContaining([
        ["volume_drop", "Checkout orders to order management"],
        ["error_spike", "Stock levels to Amazon (marketplace_us)"],
        ["dead_letter_growth", "Stock levels to Amazon (marketplace_us)"],
        ["freshness_breach", "Product master to Snowflake"],
      ]),
    );
    // Everything else is ordinary seasonal traffic: no other incident.
    expect(incidents.map((incident) => incident.cause).sort()).toEqual(["dead_letter_growth", "error_spike", "freshness_breach", "volume_drop"]);
  });
});

describe("the demo's derived health", () => {
  it("comes out of the first computation as a realistic mix, with the stories' states and reasons", async () => {
    await evaluateSignals(database.prisma, now);
    const rows = await database.prisma.integration.findMany({ where: { archivedAt: null }, select: { name: true, healthStatus: true, healthReason: true } });
    const byName = new Map(rows.map((row) => [row.name, row]));
    const mix = Object.fromEntries(
      ["healthy", "degraded", "failing", "stale", "unmonitored"].map((state) => [state, rows.filter((row) => row.healthStatus === state).length]),
    );
    console.info(`demo health mix: ${JSON.stringify(mix)}`);
    for (const row of rows.filter((r) => r.healthStatus !== "healthy" && r.healthStatus !== "unmonitored"))
      console.info(`${row.name}: ${row.healthStatus}: ${row.healthReason}`);
    expect(byName.get("Stock levels to Amazon (marketplace_us)")).toMatchObject({
      healthStatus: "failing",
      healthReason: expect.stringMatching(/^error rate \d+% over 15 min, objective/),
    });
    expect(byName.get("Product master to Snowflake")).toMatchObject({
      healthStatus: "stale",
      healthReason: expect.stringMatching(/^no success for \d+ h, objective 26 h/),
    });
    // A drop in volume is an incident, not ill health: the order flow still processes what arrives.
    expect(byName.get("Checkout orders to order management")?.healthStatus).toBe("healthy");
    // Only the derived states remain, and most of the demo is healthy; the integrations that report nothing are unmonitored.
    expect(rows.every((row) => ["healthy", "degraded", "failing", "stale", "unmonitored"].includes(row.healthStatus))).toBe(true);
    expect(mix.healthy).toBeGreaterThan(rows.length / 2);
    expect(mix.unmonitored).toBeGreaterThan(0);
  });
});
