import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findHealthMapIntegrations } from "@/lib/dashboard/repository";
import { createBusinessCapability, createIntegration, createTeam } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

const NOW = new Date("2026-12-03T10:00:00Z");
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
}, 60_000);
afterAll(async () => {
  await db?.close();
});

describe("findHealthMapIntegrations", () => {
  it("reads live integrations with their effective health, its reason (the override's while it lasts) and capabilities", async () => {
    const team = await createTeam(db.prisma, { name: "Map team" });
    const capability = await createBusinessCapability(db.prisma, { name: "Order to cash" });
    const failing = await createIntegration(db.prisma, {
      ownerTeamId: team.id,
      healthStatus: "failing",
      healthReason: "error rate 7.2% over 15 min, objective 1%",
      capabilityIds: [capability.id],
    });
    const overridden = await createIntegration(db.prisma, {
      ownerTeamId: team.id,
      healthStatus: "healthy",
      derivedHealth: "failing",
      healthReason: "error rate 9% over 15 min, objective 1%",
      healthOverride: "healthy",
      healthOverrideReason: "known test traffic",
      healthOverrideUntil: new Date(NOW.getTime() + 3_600_000),
    });
    const archived = await createIntegration(db.prisma, { ownerTeamId: team.id, archivedAt: NOW, archiveReason: "gone" });
    const retired = await createIntegration(db.prisma, { ownerTeamId: team.id, lifecycle: "retired" });

    const rows = await findHealthMapIntegrations(db.prisma, NOW);
    const byKey = new Map(rows.map((row) => [row.key, row]));
    expect(byKey.get(failing.key)).toMatchObject({ health: "failing", reason: "error rate 7.2% over 15 min, objective 1%", capabilities: ["Order to cash"] });
    expect(byKey.get(overridden.key)).toMatchObject({ health: "healthy", reason: "set by hand: known test traffic", capabilities: [] });
    expect(byKey.has(archived.key)).toBe(false);
    expect(byKey.has(retired.key)).toBe(false);
  });
});
