import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPortalOverview } from "@/lib/overview/repository";
import { createContract, createIntegration, createSystem, createTeam, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  const team = await createTeam(db.prisma);
  const person = await createUser(db.prisma);
  const [crm, erp, bi] = [await createSystem(db.prisma), await createSystem(db.prisma), await createSystem(db.prisma, { archivedAt: new Date() })];
  // A spread of states, including ones the counts must leave out (archived, retired).
  const shapes = [
    { healthStatus: "healthy", monitoring: "apm_tracing", dataOwner: true, contract: true, criticality: "tier1" },
    { healthStatus: "failing", monitoring: "none", dataOwner: false, contract: false, criticality: "tier1" },
    { healthStatus: "degraded", monitoring: "log_alerts", dataOwner: true, contract: false, criticality: "tier2" },
    { healthStatus: "unmonitored", monitoring: "none", dataOwner: false, contract: true, criticality: "tier3" },
    { healthStatus: "unknown", monitoring: "none", dataOwner: false, contract: false, criticality: "tier4", lifecycle: "retired" },
    { healthStatus: "failing", monitoring: "none", dataOwner: false, contract: false, criticality: "tier1", archived: true },
  ] as const;
  for (const shape of shapes) {
    const integration = await createIntegration(db.prisma, {
      sourceSystemId: crm.id,
      targetSystemId: erp.id,
      ownerTeamId: team.id,
      healthStatus: shape.healthStatus,
      monitoring: shape.monitoring,
      criticality: shape.criticality,
      lifecycle: "lifecycle" in shape ? shape.lifecycle : "active",
      archivedAt: "archived" in shape ? new Date() : null,
      owners: shape.dataOwner
        ? [
            { role: "data_owner", userId: person.id },
            { role: "technical_owner", userId: person.id },
          ]
        : [{ role: "technical_owner", userId: person.id }],
    });
    if (shape.contract) await createContract(db.prisma, { integrationId: integration.id, ownerTeamId: team.id });
  }
  await createContract(db.prisma, { systemId: bi.id, archivedAt: new Date() });
});
afterAll(() => db.close());

describe("getPortalOverview", () => {
  it("counts what the catalog holds, leaving out archived and retired records, computed independently here", async () => {
    const integrations = await db.prisma.integration.findMany({ include: { owners: true, contracts: true } });
    const live = integrations.filter((i) => i.archivedAt === null && i.lifecycle !== "retired");
    const healthCounts: Record<string, number> = {};
    for (const i of live) healthCounts[i.healthStatus] = (healthCounts[i.healthStatus] ?? 0) + 1;

    const overview = await getPortalOverview(db.prisma);
    expect(overview).toEqual({
      systems: (await db.prisma.system.findMany()).filter((s) => s.archivedAt === null).length,
      integrations: live.length,
      criticalIntegrations: live.filter((i) => i.criticality === "tier1").length,
      contracts: (await db.prisma.contract.findMany()).filter((c) => c.archivedAt === null).length,
      contractVersions: 0,
      consumers: 0,
      teams: 1,
      gaps: {
        withoutDataOwner: live.filter((i) => !i.owners.some((o) => o.role === "data_owner")).length,
        unmonitored: live.filter((i) => i.healthStatus === "unmonitored").length,
        failingOrDegraded: live.filter((i) => i.healthStatus === "failing" || i.healthStatus === "degraded").length,
        withoutContract: live.filter((i) => i.contracts.every((c) => c.archivedAt !== null)).length,
      },
      health: healthCounts,
    });
    // And the hand-made fixture really exercises each gap (so the equality above is not vacuous).
    expect(overview.integrations).toBe(4);
    expect(overview.gaps).toEqual({ withoutDataOwner: 2, unmonitored: 1, failingOrDegraded: 2, withoutContract: 2 });
  });
});
