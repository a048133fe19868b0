import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findContractStats, findContracts, findContractConsumers } from "@/lib/catalog/contracts/repository";
import { zContractListQuery } from "@/lib/catalog/contracts/schemas";
import { findConsumers } from "@/lib/catalog/consumers/repository";
import { zConsumerListQuery } from "@/lib/catalog/consumers/schemas";
import { createConsumer, createContract, createContractVersion, createTeam } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let db: TestDatabase;
let teamA: string;

beforeAll(async () => {
  db = await createTestDatabase();
  teamA = (await createTeam(db.prisma)).id;
  const teamB = (await createTeam(db.prisma)).id;
  const alpha = await createContract(db.prisma, {
    slug: "alpha",
    name: "Alpha events",
    type: "asyncapi",
    ownerTeamId: teamA,
    description: "Warehouse stock movements",
  });
  await createContractVersion(db.prisma, { contractId: alpha.id, version: "1.0.0", status: "deprecated", glossary: [] });
  const v2 = await createContractVersion(db.prisma, {
    contractId: alpha.id,
    version: "2.0.0",
    status: "active",
    glossary: [{ field: "bin_code", meaning: "Shelf location inside a warehouse." }],
  });
  await createConsumer(db.prisma, {
    contractVersionId: v2.id,
    name: "Replenishment model",
    kind: "ai_model",
    fieldsUsed: ["bin_code", "qty"],
    ownerTeamId: teamB,
  });
  await createContract(db.prisma, { slug: "beta", name: "Beta API", type: "openapi", ownerTeamId: teamB });
  await createContract(db.prisma, { slug: "gamma", name: "Gamma API", type: "openapi", ownerTeamId: teamA, archivedAt: new Date(), archiveReason: "Replaced" });
});
afterAll(() => db.close());

const list = (params: Record<string, string>) => findContracts(db.prisma, zContractListQuery.parse(params));

describe("findContracts (the web list)", () => {
  it("hides archived contracts unless asked, and sorts by name by default", async () => {
    expect((await list({})).contracts.map((c) => c.slug)).toEqual(["alpha", "beta"]);
    expect((await list({ archived: "archived" })).contracts.map((c) => c.slug)).toEqual(["gamma"]);
    expect((await list({ archived: "all" })).total).toBe(3);
  });

  it("filters by type, team and version status, and searches descriptions and glossaries", async () => {
    expect((await list({ type: "openapi" })).contracts.map((c) => c.slug)).toEqual(["beta"]);
    expect((await list({ team: teamA, archived: "all" })).contracts.map((c) => c.slug)).toEqual(["alpha", "gamma"]);
    expect((await list({ status: "deprecated" })).contracts.map((c) => c.slug)).toEqual(["alpha"]);
    expect((await list({ q: "STOCK MOVEMENTS" })).contracts.map((c) => c.slug)).toEqual(["alpha"]);
    expect((await list({ q: "shelf location" })).contracts.map((c) => c.slug)).toEqual(["alpha"]);
    expect((await list({ q: "nothing like this" })).total).toBe(0);
  });

  it("finds contracts none of whose versions has a spec document (the dashboard's figure)", async () => {
    expect((await list({ spec: "missing" })).contracts.map((c) => c.slug)).toEqual(["beta"]);
    expect((await list({ spec: "missing", archived: "all" })).contracts.map((c) => c.slug)).toEqual(["beta", "gamma"]);
  });

  it("reports the latest version and counts, and pages past the end to an empty page", async () => {
    const [alpha] = (await list({ q: "alpha" })).contracts;
    expect(alpha).toMatchObject({ latestVersion: { version: "2.0.0", status: "active" }, versionCount: 2, ownerTeam: { id: teamA } });
    expect(Object.keys(alpha)).not.toContain("versions");
    const beyond = await list({ page: "5" });
    expect(beyond).toEqual({ contracts: [], total: 2 });
  });

  it("lists the consumers of every version of a contract, and finds consumers by field", async () => {
    const alpha = await db.prisma.contract.findUniqueOrThrow({ where: { slug: "alpha" } });
    expect((await findContractConsumers(db.prisma, alpha.id)).map((c) => [c.name, c.contractVersion.version, c.fieldsUsed])).toEqual([
      ["Replenishment model", "2.0.0", ["bin_code", "qty"]],
    ]);
    const consumers = await findConsumers(db.prisma, zConsumerListQuery.parse({ q: "qty", kind: "ai_model", contract: "alpha" }));
    expect(consumers.consumers.map((c) => c.name)).toEqual(["Replenishment model"]);
  });

  it("counts the headline numbers over current contracts", async () => {
    const outdated = await db.prisma.contractVersion.findFirstOrThrow({ where: { version: "1.0.0", contract: { slug: "alpha" } } });
    await createConsumer(db.prisma, { contractVersionId: outdated.id, name: "Legacy export" });
    expect(await findContractStats(db.prisma)).toEqual({ contracts: 2, withActiveVersion: 1, withoutVersion: 1, consumersOnOutdated: 1 });
  });
});
