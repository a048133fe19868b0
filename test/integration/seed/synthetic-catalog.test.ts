import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/seed-demo";
import { generateSyntheticCatalog, type SyntheticCatalogResult } from "@/lib/seed/synthetic-catalog";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

const N = 600;
let db: TestDatabase;
let result: SyntheticCatalogResult;

beforeAll(async () => {
  db = await createTestDatabase();
  result = await generateSyntheticCatalog(db.prisma, { integrations: N, seed: 7 });
});

afterAll(async () => {
  await db?.close();
});

describe("generateSyntheticCatalog", () => {
  it("creates exactly the requested number of integrations and reports what it wrote", async () => {
    expect(result.run).toBe(1);
    expect(await db.prisma.integration.count()).toBe(N);
    expect(result.counts.integrations).toBe(N);
    expect(await db.prisma.system.count()).toBe(result.counts.systems);
    expect(result.counts.systems).toBe(Math.round(N / 8));
    expect(await db.prisma.contract.count()).toBe(result.counts.contracts);
    expect(await db.prisma.consumer.count()).toBe(result.counts.consumers);
  });

  it("references only rows that exist", async () => {
    const systemIds = new Set((await db.prisma.system.findMany({ select: { id: true } })).map((row) => row.id));
    const userIds = new Set((await db.prisma.user.findMany({ select: { id: true } })).map((row) => row.id));
    const integrations = await db.prisma.integration.findMany({ include: { owners: true } });
    for (const integration of integrations) {
      expect(systemIds.has(integration.sourceSystemId)).toBe(true);
      expect(systemIds.has(integration.targetSystemId)).toBe(true);
      expect(integration.sourceSystemId).not.toBe(integration.targetSystemId);
      for (const owner of integration.owners) expect(userIds.has(owner.userId)).toBe(true);
    }
    const integrationIds = new Set(integrations.map((row) => row.id));
    for (const contract of await db.prisma.contract.findMany()) expect(integrationIds.has(contract.integrationId!)).toBe(true);
  });

  it("has the shape of a real landscape: hubs, cycles, gaps and about 70% contracts", async () => {
    const integrations = await db.prisma.integration.findMany({
      select: { sourceSystemId: true, targetSystemId: true, monitoring: true, healthStatus: true, direction: true },
    });
    const degree = new Map<string, number>();
    for (const row of integrations) for (const id of [row.sourceSystemId, row.targetSystemId]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const degrees = [...degree.values()].sort((a, b) => b - a);
    expect(degrees[0]).toBeGreaterThan(5 * degrees[Math.floor(degrees.length / 2)]);
    const pairs = new Set(integrations.map((row) => `${row.sourceSystemId}>${row.targetSystemId}`));
    expect(integrations.some((row) => pairs.has(`${row.targetSystemId}>${row.sourceSystemId}`))).toBe(true);
    expect(integrations.some((row) => row.direction === "bidirectional")).toBe(true);
    expect(integrations.filter((row) => row.monitoring === "none").length).toBeGreaterThan(N * 0.05);
    expect(integrations.filter((row) => row.healthStatus === "failing").length).toBeGreaterThan(0);
    const contracted = await db.prisma.contract.count();
    expect(contracted / N).toBeGreaterThan(0.55);
    expect(contracted / N).toBeLessThan(0.85);
  });

  it("is deterministic for a seed", async () => {
    const shape = (target: TestDatabase) =>
      target.prisma.integration.findMany({
        orderBy: { key: "asc" },
        select: { key: true, name: true, mechanism: true, healthStatus: true, fieldsExchanged: true, sourceSystem: { select: { name: true } } },
      });
    const same = await createTestDatabase();
    const different = await createTestDatabase();
    try {
      await generateSyntheticCatalog(same.prisma, { integrations: N, seed: 7 });
      await generateSyntheticCatalog(different.prisma, { integrations: N, seed: 8 });
      const original = await shape(db);
      expect(await shape(same)).toEqual(original);
      expect((await shape(different)).map((row) => row.name)).not.toEqual(original.map((row) => row.name));
    } finally {
      await same.close();
      await different.close();
    }
  });

  it("adds a second run alongside the first and alongside the demo", async () => {
    const other = await createTestDatabase();
    try {
      await seedDemo(other.prisma, { now: new Date("2026-06-17T11:15:00Z") });
      const demoCapabilities = await other.prisma.businessCapability.count();
      const firstRun = await generateSyntheticCatalog(other.prisma, { integrations: 40, seed: 1 });
      const secondRun = await generateSyntheticCatalog(other.prisma, { integrations: 40, seed: 1 });
      expect([firstRun.run, secondRun.run]).toEqual([1, 2]);
      expect(await other.prisma.integration.count({ where: { key: { startsWith: "SYN" } } })).toBe(80);
      expect(await other.prisma.integration.count({ where: { key: { startsWith: "INT-" } } })).toBeGreaterThanOrEqual(85);
      // Capabilities are shared by slug, not duplicated per run.
      expect(secondRun.counts.businessCapabilities).toBe(0);
      expect(await other.prisma.businessCapability.count()).toBe(demoCapabilities + firstRun.counts.businessCapabilities);
    } finally {
      await other.close();
    }
  });

  it("rejects a non-positive size", async () => {
    await expect(generateSyntheticCatalog(db.prisma, { integrations: 0 })).rejects.toThrow(/positive integer/);
  });
});
