import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ScopedImpactResult } from "@/lib/graph/field-lineage";
import { createConsumer, createContract, createContractVersion, createIntegration, createSystem, createUser } from "@/test/factories";
import { call, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

const { GET: getImpact } = await import("@/app/api/v1/impact/route");
const { GET: getLineage } = await import("@/app/api/v1/lineage/route");

let db: TestDatabase;
let detach: () => void;
const ids: Record<string, string> = {};

// The hand-built revenue story of the unit test, in the database: net_revenue reaches the dashboard through
// EXPORT and MARTS only.
beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  const viewer = await createUser(db.prisma, { role: "viewer" });
  signedIn.actor = { id: viewer.id, email: viewer.email, name: viewer.name, role: "viewer", teamIds: [] };
  const [shop, oms, crm, warehouse, looker] = await Promise.all(["shop", "oms", "crm", "warehouse", "looker"].map((slug) => createSystem(db.prisma, { slug })));
  const carry = (key: string, source: string, target: string, dataObjects: string[], fieldsExchanged: string[]) =>
    createIntegration(db.prisma, { key, sourceSystemId: source, targetSystemId: target, dataObjects, fieldsExchanged });
  await carry("FL-ORDERS", shop.id, oms.id, ["Order"], ["order_id", "order_total"]);
  await carry("FL-EXPORT", oms.id, warehouse.id, ["Order"], ["order_id", "net_revenue", "channel"]);
  await carry("FL-CUSTOMERS", crm.id, warehouse.id, ["Customer"], ["customer_id", "customer_status"]);
  await carry("FL-MARTS", warehouse.id, looker.id, ["Commerce Mart"], ["net_revenue", "channel", "customer_status"]);
  const contract = await createContract(db.prisma, { slug: "looker-api", systemId: looker.id });
  const version = await createContractVersion(db.prisma, { contractId: contract.id, version: "1.0.0", status: "active" });
  const dashboard = await createConsumer(db.prisma, { contractVersionId: version.id, name: "Revenue dashboard", fieldsUsed: ["net_revenue", "channel"] });
  Object.assign(ids, { dashboard: dashboard.id, oms: oms.id });
}, 60_000);

afterAll(async () => {
  detach?.();
  await db?.close();
});

const keys = (result: ScopedImpactResult) => result.integrations.map((i) => i.key).sort();

describe("GET /api/v1/impact and /api/v1/lineage by field and data object", () => {
  it("answers what feeds net_revenue on the revenue dashboard with only the integrations that carry it", async () => {
    const byField = await call(getImpact, { url: `/api/v1/impact?kind=consumer&id=${ids.dashboard}&direction=upstream&field=net_revenue` });
    expect(byField.status).toBe(200);
    expect(keys(byField.json as unknown as ScopedImpactResult)).toEqual(["FL-EXPORT", "FL-MARTS"]);
    expect((byField.json as unknown as ScopedImpactResult).scope).toEqual({ level: "field", field: "net_revenue", dataObject: null });
    const coarse = await call(getImpact, { url: `/api/v1/impact?kind=consumer&id=${ids.dashboard}&direction=upstream` });
    expect(keys(coarse.json as unknown as ScopedImpactResult)).toEqual(["FL-CUSTOMERS", "FL-EXPORT", "FL-MARTS", "FL-ORDERS"]);
    expect((coarse.json as unknown as ScopedImpactResult).scope).toEqual({ level: "system" });
  });

  it("answers lineage (upstream) at /api/v1/lineage with the same parameters", async () => {
    const lineage = await call(getLineage, { url: `/api/v1/lineage?kind=consumer&id=${ids.dashboard}&field=net_revenue` });
    expect(lineage.status).toBe(200);
    expect(keys(lineage.json as unknown as ScopedImpactResult)).toEqual(["FL-EXPORT", "FL-MARTS"]);
    const byObject = await call(getLineage, { url: `/api/v1/lineage?kind=system&id=${ids.oms}&dataObject=Order` });
    expect(keys(byObject.json as unknown as ScopedImpactResult)).toEqual(["FL-ORDERS"]);
  });

  it("refuses a field or data object nobody carries or declares, naming the parameter (422), never ignoring it", async () => {
    for (const handler of [getImpact, getLineage]) {
      const path = handler === getImpact ? "/api/v1/impact" : "/api/v1/lineage";
      const field = await call(handler, { url: `${path}?kind=consumer&id=${ids.dashboard}&field=no_such_field_xyz` });
      expect(field.status).toBe(422);
      expect(field.json?.errors?.map((e) => e.pointer)).toEqual(["/field"]);
      expect(field.json?.errors?.[0].detail).toContain("no_such_field_xyz");
      const object = await call(handler, { url: `${path}?kind=consumer&id=${ids.dashboard}&dataObject=Nothing` });
      expect(object.status).toBe(422);
      expect(object.json?.errors?.map((e) => e.pointer)).toEqual(["/dataObject"]);
      const misspelt = await call(handler, { url: `${path}?kind=consumer&id=${ids.dashboard}&feild=net_revenue` });
      expect(misspelt.status).toBe(422);
      expect(misspelt.json?.errors?.map((e) => e.pointer)).toEqual(["/feild"]);
    }
  });
});
