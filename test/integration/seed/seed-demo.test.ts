import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { verifyPassword } from "@/lib/auth/password";
import { countCatalog } from "@/lib/seed/catalog";
import { buildDemoEnterprise, DEMO_PASSWORD } from "@/lib/seed/demo-enterprise";
import { seedDemo, type SeedDemoResult } from "@/lib/seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

const NOW = new Date("2026-06-17T11:15:00Z");
let db: TestDatabase;
let first: SeedDemoResult;

beforeAll(async () => {
  db = await createTestDatabase();
  // How long seeding takes is measured by the start-up benchmark (test/bench/foundation.bench.ts), not here.
  first = await seedDemo(db.prisma, { now: NOW });
});

afterAll(async () => {
  await db?.close();
});

async function tableCounts(): Promise<Record<string, number>> {
  const p = db.prisma;
  const entries = await Promise.all(
    Object.entries({
      teams: p.team.count(),
      users: p.user.count(),
      teamMemberships: p.teamMembership.count(),
      businessCapabilities: p.businessCapability.count(),
      systems: p.system.count(),
      integrations: p.integration.count(),
      integrationOwners: p.integrationOwner.count(),
      escalationSteps: p.escalationStep.count(),
      integrationCapabilities: p.integrationCapability.count(),
      validationRules: p.validationRule.count(),
      exceptionRoutes: p.exceptionRoute.count(),
      contracts: p.contract.count(),
      contractVersions: p.contractVersion.count(),
      glossaryEntries: p.glossaryEntry.count(),
      consumers: p.consumer.count(),
      consumerCapabilities: p.consumerCapability.count(),
      auditEvents: p.auditEvent.count(),
    }).map(async ([name, count]) => [name, await count] as const),
  );
  return Object.fromEntries(entries);
}

describe("seedDemo", () => {
  it("loads exactly the demo enterprise into an empty database", async () => {
    expect(first.seeded).toBe(true);
    const expected = { ...countCatalog(buildDemoEnterprise({ passwordHash: "irrelevant", now: NOW })), auditEvents: 1 };
    expect(first.counts).toEqual(expected);
    expect(await tableCounts()).toEqual(expected);
  });

  it("stores what the pure data describes", async () => {
    const integration = await db.prisma.integration.findUniqueOrThrow({
      where: { key: "INT-0044" },
      include: { sourceSystem: true, targetSystem: true, validationRules: true, owners: true, escalationPath: { orderBy: { position: "asc" } } },
    });
    expect(integration.direction).toBe("bidirectional");
    expect([integration.sourceSystem.slug, integration.targetSystem.slug].sort()).toEqual(["salesforce-crm", "sap-s4"]);
    expect(integration.fieldsExchanged).toContain("credit_limit");
    expect(integration.validationRules.map((rule) => rule.field)).toEqual(expect.arrayContaining(["legal_name", "tax_region"]));
    expect(integration.owners).toHaveLength(4);
    expect(integration.escalationPath.at(-1)?.contact).toMatch(/PagerDuty/);
    expect(integration.createdAt.getTime()).toBeLessThan(NOW.getTime());
  });

  it("stores the API standards' findings of every demo version with a document, so they show at the first start", async () => {
    const withText = await db.prisma.contractVersion.count({ where: { specText: { not: null } } });
    expect(withText).toBeGreaterThan(0);
    expect(await db.prisma.contractVersion.count({ where: { specText: { not: null }, lintRulesetVersion: 0, lintFindings: { not: Prisma.DbNull } } })).toBe(
      withText,
    );
    const stored = await db.prisma.contractVersion.findMany({ where: { specText: { not: null } }, select: { lintFindings: true } });
    expect(stored.filter((row) => (row.lintFindings as unknown[]).length > 0).length).toBeGreaterThan(0);
  });

  it("lets the demo accounts sign in with the demo password and nobody else", async () => {
    const owner = await db.prisma.user.findUniqueOrThrow({ where: { email: "owner@interchange.demo" } });
    expect(owner.role).toBe("owner");
    expect(await verifyPassword(DEMO_PASSWORD, owner.passwordHash!)).toBe(true);
    expect(await db.prisma.user.count({ where: { passwordHash: { not: null } } })).toBe(4);
  });

  it("writes a single audit event", async () => {
    const events = await db.prisma.auditEvent.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "seed.demo-loaded", actorLabel: "system", actorId: null });
  });

  it("does nothing to a database that already has data", async () => {
    const before = await tableCounts();
    const again = await seedDemo(db.prisma, { now: NOW });
    expect(again.seeded).toBe(false);
    expect(again.reason).toMatch(/already has data/);
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses even a database that only has a user", async () => {
    const other = await createTestDatabase();
    try {
      await other.prisma.user.create({ data: { email: "someone@example.test", name: "Someone" } });
      const result = await seedDemo(other.prisma, { now: NOW });
      expect(result).toMatchObject({ seeded: false, counts: { users: 1, teams: 0, systems: 0 } });
      expect(await other.prisma.integration.count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it("replaces everything when forced, keeping ids stable", async () => {
    const integrationIds = (await db.prisma.integration.findMany({ select: { id: true }, orderBy: { key: "asc" } })).map((row) => row.id);
    await db.prisma.team.create({ data: { slug: "extra", name: "Extra" } });
    const forced = await seedDemo(db.prisma, { now: NOW, force: true });
    expect(forced.seeded).toBe(true);
    expect(await tableCounts()).toEqual(first.counts);
    expect(await db.prisma.team.findUnique({ where: { slug: "extra" } })).toBeNull();
    expect((await db.prisma.integration.findMany({ select: { id: true }, orderBy: { key: "asc" } })).map((row) => row.id)).toEqual(integrationIds);
    const [event] = await db.prisma.auditEvent.findMany();
    expect(event.after).toMatchObject({ forced: true });
  });

  it("leaves the audit trail append-only after a forced reseed", async () => {
    await expect(db.prisma.auditEvent.deleteMany()).rejects.toThrow(/append-only/);
  });
});
