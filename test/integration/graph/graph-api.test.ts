import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { GraphAnswer } from "@/lib/graph/find-graph";
import type { ImpactResult } from "@/lib/graph/impact";
import {
  createBusinessCapability,
  createConsumer,
  createContract,
  createContractVersion,
  createIntegration,
  createSystem,
  createTeam,
  createUser,
} from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

// The route handlers run as in production except for the session and the database handle, which point at this
// file's own database and a test actor.
const session = vi.hoisted(() => ({ actor: null as Actor | null, db: null as PrismaClient | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));
vi.mock("@/lib/db", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/db")>()), getDb: async () => session.db }));

const { GET: getGraph } = await import("@/app/api/v1/graph/route");
const { GET: getImpact } = await import("@/app/api/v1/impact/route");

let db: TestDatabase;
const ids: Record<string, string> = {};

const call = (handler: typeof getGraph, path: string) => handler(new Request(`http://interchange.test${path}`), { params: Promise.resolve({}) });

beforeAll(async () => {
  db = await createTestDatabase();
  session.db = db.prisma;
  const viewer = await createUser(db.prisma, { role: "viewer", email: "exec@acme.test", name: "Eve Exec" });
  session.actor = { id: viewer.id, email: viewer.email, name: viewer.name, role: "viewer", teamIds: [] };
  const owner = await createUser(db.prisma, { role: "owner", email: "dana@acme.test", name: "Dana Data" });
  const team = await createTeam(db.prisma, { slug: "commerce", name: "Commerce team" });
  const capability = await createBusinessCapability(db.prisma, { slug: "order-to-cash", name: "Order to cash" });
  const shop = await createSystem(db.prisma, { slug: "shop", name: "Shop", businessDomain: "Commerce", ownerTeamId: team.id });
  const erp = await createSystem(db.prisma, { slug: "erp", name: "ERP", businessDomain: "Finance" });
  const crm = await createSystem(db.prisma, { slug: "crm", name: "CRM", businessDomain: "Sales" });
  const bi = await createSystem(db.prisma, { slug: "bi", name: "BI", businessDomain: "Analytics" });
  await createSystem(db.prisma, { slug: "lonely", name: "Lonely", businessDomain: "Finance" });
  const archived = await createSystem(db.prisma, { slug: "old", name: "Old", archivedAt: new Date() });
  const orders = await createIntegration(db.prisma, {
    key: "INT-ORDERS",
    sourceSystemId: shop.id,
    targetSystemId: erp.id,
    healthStatus: "failing",
    capabilityIds: [capability.id],
    owners: [{ role: "data_owner", userId: owner.id }],
  });
  await createIntegration(db.prisma, { key: "INT-SYNC", sourceSystemId: erp.id, targetSystemId: crm.id, direction: "bidirectional" });
  await createIntegration(db.prisma, { key: "INT-LOAD", sourceSystemId: erp.id, targetSystemId: bi.id, mechanism: "file_transfer" });
  await createIntegration(db.prisma, { key: "INT-GONE", sourceSystemId: bi.id, targetSystemId: archived.id, archivedAt: new Date() });
  const contract = await createContract(db.prisma, { slug: "bi-api", name: "BI API", systemId: bi.id });
  const version = await createContractVersion(db.prisma, { contractId: contract.id, version: "2.0.0", status: "active" });
  const dashboard = await createConsumer(db.prisma, { contractVersionId: version.id, name: "Revenue dashboard", kind: "dashboard", ownerUserId: owner.id });
  Object.assign(ids, { shop: shop.id, erp: erp.id, crm: crm.id, bi: bi.id, orders: orders.id, version: version.id, dashboard: dashboard.id });
});
afterAll(() => db.close());

describe("GET /api/v1/graph", () => {
  it("answers the whole live graph: nodes, edges and filter facets, nothing archived", async () => {
    const response = await call(getGraph, "/api/v1/graph");
    expect(response.status).toBe(200);
    const graph = (await response.json()) as GraphAnswer;
    expect(graph.nodes.map((node) => node.name).sort()).toEqual(["BI", "CRM", "ERP", "Lonely", "Revenue dashboard", "Shop"]);
    expect(
      graph.edges
        .filter((edge) => edge.type === "integration")
        .map((edge) => edge.type === "integration" && edge.key)
        .sort(),
    ).toEqual(["INT-LOAD", "INT-ORDERS", "INT-SYNC"]);
    expect(graph.facets.domains).toEqual(["Analytics", "Commerce", "Finance", "Sales"]);
    expect(graph.facets.capabilities).toEqual([{ slug: "order-to-cash", name: "Order to cash" }]);
  });

  it("filters, and sees a change to the catalog at once", async () => {
    const failing = (await (await call(getGraph, "/api/v1/graph?health=failing")).json()) as GraphAnswer;
    expect(failing.nodes.map((node) => node.name).sort()).toEqual(["ERP", "Shop"]);
    await db.prisma.integration.update({ where: { key: "INT-LOAD" }, data: { healthStatus: "failing" } });
    const after = (await (await call(getGraph, "/api/v1/graph?health=failing&team=")).json()) as GraphAnswer;
    expect(after.nodes.map((node) => node.name).sort()).toEqual(["BI", "ERP", "Revenue dashboard", "Shop"]);
    await db.prisma.integration.update({ where: { key: "INT-LOAD" }, data: { healthStatus: "healthy" } });
  });

  it("answers a neighbourhood with a depth", async () => {
    const graph = (await (await call(getGraph, `/api/v1/graph?focusKind=system&focusId=${ids.shop}&depth=1`)).json()) as GraphAnswer;
    expect(graph.nodes.map((node) => node.name).sort()).toEqual(["ERP", "Shop"]);
  });

  it("answers 422 problem details naming a bad parameter, 404 for an unknown focus, 401 without a session", async () => {
    const invalid = await call(getGraph, "/api/v1/graph?health=sometimes");
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get("content-type")).toContain("application/problem+json");
    expect((await invalid.json()).errors[0].pointer).toBe("/health");
    const half = await call(getGraph, `/api/v1/graph?focusKind=system`);
    expect((await half.json()).errors[0].pointer).toBe("/focusId");
    expect((await call(getGraph, "/api/v1/graph?focusKind=system&focusId=nope")).status).toBe(404);
    const actor = session.actor;
    session.actor = null;
    try {
      expect((await call(getGraph, "/api/v1/graph")).status).toBe(401);
    } finally {
      session.actor = actor;
    }
  });
});

describe("GET /api/v1/impact", () => {
  it("answers what breaks downstream of a system, through a bidirectional sync, with owners and capabilities", async () => {
    const response = await call(getImpact, `/api/v1/impact?kind=system&id=${ids.shop}`);
    expect(response.status).toBe(200);
    const impact = (await response.json()) as ImpactResult;
    expect(impact.focus).toEqual({ kind: "system", id: ids.shop, label: "Shop" });
    expect(impact.integrations.map((i) => [i.depth, i.key]).sort()).toEqual([
      [1, "INT-ORDERS"],
      [2, "INT-LOAD"],
      [2, "INT-SYNC"],
    ]);
    expect(impact.systems.map((s) => [s.slug, s.depth])).toEqual([
      ["erp", 1],
      ["bi", 2],
      ["crm", 2],
    ]);
    expect(impact.consumers.map((c) => [c.name, c.depth])).toEqual([["Revenue dashboard", 3]]);
    expect(impact.capabilities).toEqual([{ slug: "order-to-cash", name: "Order to cash" }]);
    expect(impact.owners.map((o) => [o.name, o.reasons])).toEqual([["Dana Data", ["INT-ORDERS (data owner)", "Revenue dashboard"]]]);
    expect(impact.graph.nodes).toContain(`consumer:${ids.dashboard}`);
    expect(impact.graph.edges).toContain(`consumption:${ids.dashboard}`);
  });

  it("limits the depth and traces lineage upstream of a dashboard", async () => {
    const near = (await (await call(getImpact, `/api/v1/impact?kind=system&id=${ids.shop}&depth=1`)).json()) as ImpactResult;
    expect(near.systems.map((s) => s.slug)).toEqual(["erp"]);
    const lineage = (await (await call(getImpact, `/api/v1/impact?kind=consumer&id=${ids.dashboard}&direction=upstream`)).json()) as ImpactResult;
    expect(lineage.contractVersions.map((v) => [v.contractSlug, v.version])).toEqual([["bi-api", "2.0.0"]]);
    expect(lineage.systems.map((s) => [s.slug, s.depth])).toEqual([
      ["bi", 1],
      ["erp", 2],
      ["crm", 3],
      ["shop", 3],
    ]);
  });

  it("starts from a contract version or an integration", async () => {
    const fromVersion = (await (await call(getImpact, `/api/v1/impact?kind=contractVersion&id=${ids.version}`)).json()) as ImpactResult;
    expect(fromVersion.consumers.map((c) => c.name)).toEqual(["Revenue dashboard"]);
    const fromIntegration = (await (await call(getImpact, `/api/v1/impact?kind=integration&id=${ids.orders}&depth=1`)).json()) as ImpactResult;
    expect(fromIntegration.systems.map((s) => s.slug)).toEqual(["erp"]);
  });

  it("exports CSV as an attachment", async () => {
    const response = await call(getImpact, `/api/v1/impact?kind=system&id=${ids.erp}&format=csv`);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="impact-system-${ids.erp}.csv"`);
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("type,depth,reference,name,details");
    expect(
      lines
        .filter((line) => line.startsWith("integration,"))
        .map((line) => line.split(",")[2])
        .sort(),
    ).toEqual(["INT-LOAD", "INT-SYNC"]);
  });

  it("refuses bad input with problem details and unknown ids with 404", async () => {
    const invalid = await call(getImpact, `/api/v1/impact?kind=planet&id=x&depth=99`);
    expect(invalid.status).toBe(422);
    expect(((await invalid.json()).errors as { pointer: string }[]).map((e) => e.pointer).sort()).toEqual(["/depth", "/kind"]);
    const unknown = await call(getImpact, `/api/v1/impact?kind=integration&id=nope`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toContain("application/problem+json");
  });
});
