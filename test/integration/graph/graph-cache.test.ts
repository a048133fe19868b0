import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CatalogGraph } from "@/lib/graph/model";
import { getPreparedGraph, loadCatalogGraph } from "@/lib/graph/repository";
import { createBusinessCapability, createConsumer, createContract, createContractVersion, createIntegration, createSystem, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

// The cached graph after a catalog change is read from the changed records only (or, when that cannot be
// trusted, reloaded): either way it must be exactly what a full load reads.
let db: TestDatabase;
const ids: Record<string, string> = {};

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
const normalised = (graph: CatalogGraph) => ({
  systems: byId(graph.systems),
  integrations: byId(graph.integrations),
  contractVersions: byId(graph.contractVersions),
  consumers: byId(graph.consumers),
});

async function expectCachedGraphToBeFresh() {
  const cached = (await getPreparedGraph(db.prisma)).graph;
  expect(normalised(cached)).toEqual(normalised(await loadCatalogGraph(db.prisma)));
  return cached;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const owner = await createUser(db.prisma, { role: "owner" });
  const shop = await createSystem(db.prisma, { name: "Shop" });
  const erp = await createSystem(db.prisma, { name: "ERP" });
  const orders = await createIntegration(db.prisma, { sourceSystemId: shop.id, targetSystemId: erp.id, owners: [{ role: "data_owner", userId: owner.id }] });
  const contract = await createContract(db.prisma, { integrationId: orders.id });
  const version = await createContractVersion(db.prisma, { contractId: contract.id, status: "active" });
  const consumer = await createConsumer(db.prisma, { contractVersionId: version.id });
  Object.assign(ids, { owner: owner.id, shop: shop.id, erp: erp.id, orders: orders.id, contract: contract.id, version: version.id, consumer: consumer.id });
  await expectCachedGraphToBeFresh();
});
afterAll(() => db.close());

describe("the cached catalog graph after changes", () => {
  it("reads an edited integration, a new system and integration, and an archived one", async () => {
    await db.prisma.integration.update({ where: { id: ids.orders }, data: { healthStatus: "failing", name: "Orders, renamed" } });
    const crm = await createSystem(db.prisma, { name: "CRM" });
    const sync = await createIntegration(db.prisma, { sourceSystemId: crm.id, targetSystemId: ids.erp, direction: "bidirectional" });
    const cached = await expectCachedGraphToBeFresh();
    expect(cached.integrations.find((integration) => integration.id === ids.orders)?.healthStatus).toBe("failing");

    await db.prisma.integration.update({ where: { id: sync.id }, data: { archivedAt: new Date() } });
    expect((await expectCachedGraphToBeFresh()).integrations.map((integration) => integration.id)).not.toContain(sync.id);
  });

  it("reads new owners and capabilities written with their integration, as the catalog's update does", async () => {
    const capability = await createBusinessCapability(db.prisma, {});
    const other = await createUser(db.prisma, { role: "owner" });
    await db.prisma.$transaction(async (tx) => {
      await tx.integration.updateMany({ where: { id: ids.orders }, data: { updatedAt: new Date() } });
      await tx.integrationOwner.deleteMany({ where: { integrationId: ids.orders } });
      await tx.integrationOwner.createMany({ data: [{ integrationId: ids.orders, role: "technical_owner", userId: other.id }] });
      await tx.integrationCapability.createMany({ data: [{ integrationId: ids.orders, capabilityId: capability.id }] });
    });
    const orders = (await expectCachedGraphToBeFresh()).integrations.find((integration) => integration.id === ids.orders)!;
    expect(orders.owners.map((owner) => owner.person.id)).toEqual([other.id]);
    expect(orders.capabilities.map((c) => c.slug)).toEqual([capability.slug]);
  });

  it("drops the versions of an archived contract, and reads a renamed contract into its versions", async () => {
    await db.prisma.contract.update({ where: { id: ids.contract }, data: { name: "Orders contract v2" } });
    expect((await expectCachedGraphToBeFresh()).contractVersions.find((version) => version.id === ids.version)?.contract.name).toBe("Orders contract v2");
    await db.prisma.contract.update({ where: { id: ids.contract }, data: { archivedAt: new Date() } });
    expect((await expectCachedGraphToBeFresh()).contractVersions).toEqual([]);
  });

  it("still sees changes that leave updatedAt alone: a link row written on its own, a row deleted outright", async () => {
    const capability = await createBusinessCapability(db.prisma, {});
    await db.prisma.integrationCapability.create({ data: { integrationId: ids.orders, capabilityId: capability.id } });
    const orders = (await expectCachedGraphToBeFresh()).integrations.find((integration) => integration.id === ids.orders)!;
    expect(orders.capabilities.map((c) => c.slug)).toContain(capability.slug);

    await db.prisma.consumer.delete({ where: { id: ids.consumer } });
    expect((await expectCachedGraphToBeFresh()).consumers.map((consumer) => consumer.id)).not.toContain(ids.consumer);
  });
});

describe("a failed reload of the catalog graph", () => {
  it("is not repeated by every request: the next one within the pause gets the same error without reading the catalog", async () => {
    let reads = 0;
    const failure = new Error("the catalog could not be read");
    // The same database, but reading its systems fails: a client of its own, so that it has a cache of its own.
    const failing = new Proxy(db.prisma, {
      get(target, property) {
        if (property === "system") {
          return {
            findMany: () => {
              reads++;
              return Promise.reject(failure);
            },
          };
        }
        const value: unknown = Reflect.get(target, property);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    await expect(getPreparedGraph(failing)).rejects.toBe(failure);
    await expect(getPreparedGraph(failing)).rejects.toBe(failure);
    expect(reads).toBe(1);
  });
});
