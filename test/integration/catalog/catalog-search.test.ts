import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findIntegrations } from "@/lib/catalog/integrations/list-repository";
import { zIntegrationListQuery } from "@/lib/catalog/integrations/schemas";
import { createContract, createContractVersion, createIntegration } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

// The catalog search reads one trigger-maintained column through a trigram index (decision 064): the glossary of
// live contracts must stay right in that column whoever changes it, and the search predicate must be one the index
// can answer (an OR with a subquery forced a scan of the whole catalog).

let db: TestDatabase;
let holderId: string;
let otherId: string;
let contractId: string;

const keysFor = async (q: string) =>
  (await findIntegrations(db.prisma, zIntegrationListQuery.parse({ q }), 100)).integrations.map((integration) => integration.key).sort();

beforeAll(async () => {
  db = await createTestDatabase();
  holderId = (await createIntegration(db.prisma, { key: "INT-9101", name: "Member tiers feed" })).id;
  otherId = (await createIntegration(db.prisma, { key: "INT-9102", name: "Loyalty ledger" })).id;
  contractId = (await createContract(db.prisma, { integrationId: holderId })).id;
});

afterAll(() => db.close());

describe("the search text keeps the glossary of live contracts current", () => {
  it("finds an integration by a glossary field and meaning written after it, in any case", async () => {
    await createContractVersion(db.prisma, { contractId, glossary: [{ field: "Tier_Code", meaning: "The Platinum tier a member reached." }] });
    expect(await keysFor("tier_code")).toEqual(["INT-9101"]);
    expect(await keysFor("PLATINUM TIER")).toEqual(["INT-9101"]);
  });

  it("follows an edited glossary entry: the new meaning is found, the old one no longer", async () => {
    await db.prisma.glossaryEntry.updateMany({ where: { field: "Tier_Code" }, data: { meaning: "The Diamond tier a member reached." } });
    expect(await keysFor("diamond tier")).toEqual(["INT-9101"]);
    expect(await keysFor("platinum")).toEqual([]);
  });

  it("drops the glossary of an archived contract and takes it back on restore", async () => {
    await db.prisma.contract.update({ where: { id: contractId }, data: { archivedAt: new Date() } });
    expect(await keysFor("tier_code")).toEqual([]);
    await db.prisma.contract.update({ where: { id: contractId }, data: { archivedAt: null } });
    expect(await keysFor("tier_code")).toEqual(["INT-9101"]);
  });

  it("moves the glossary with a contract that moves to another integration", async () => {
    await db.prisma.contract.update({ where: { id: contractId }, data: { integrationId: otherId } });
    expect(await keysFor("tier_code")).toEqual(["INT-9102"]);
  });

  it("forgets a deleted entry, a deleted version and a deleted contract", async () => {
    const version = await createContractVersion(db.prisma, { contractId, glossary: [{ field: "points_balance", meaning: "Unspent points." }] });
    await createContractVersion(db.prisma, { contractId, glossary: [{ field: "points_expiry", meaning: "When points lapse." }] });
    expect(await keysFor("points_")).toEqual(["INT-9102"]);
    await db.prisma.glossaryEntry.deleteMany({ where: { field: "points_expiry" } });
    expect(await keysFor("points_expiry")).toEqual([]);
    await db.prisma.contractVersion.delete({ where: { id: version.id } });
    expect(await keysFor("points_balance")).toEqual([]);
    expect(await keysFor("tier_code")).toEqual(["INT-9102"]);
    await db.prisma.contract.delete({ where: { id: contractId } });
    expect(await keysFor("tier_code")).toEqual([]);
    expect(await keysFor("loyalty ledger")).toEqual(["INT-9102"]);
  });
});

describe("the search predicate", () => {
  it("is answered by the trigram index on the search text, not by a scan", async () => {
    // Prisma's `contains` on searchText compiles to this LIKE; with scans priced out, a usable index must be chosen.
    const plan = await db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT "id" FROM "Integration" WHERE "searchText"::text LIKE ('%' || $1 || '%')`,
        "tier_code",
      );
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain('Bitmap Index Scan on "Integration_searchText_idx"');
  });
});
