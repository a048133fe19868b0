import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { GraphAnswer, OverviewAnswer } from "@/lib/graph/find-graph";
import type { ImpactResult } from "@/lib/graph/impact";
import { MAX_GRAPH_ELEMENTS } from "@/lib/graph/schemas";
import { createIntegration, createSystem, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

// Past 32,766 live integrations the graph's owners query outgrew PostgreSQL's bind-parameter limit (Prisma P2029)
// and every graph and impact request answered 500. This catalog is just over that line: the rows are copied from
// one integration in SQL, so that building it takes seconds.
const BULK = 32_800;

const session = vi.hoisted(() => ({ actor: null as Actor | null, db: null as PrismaClient | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));
vi.mock("@/lib/db", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/db")>()), getDb: async () => session.db }));

const { GET: getGraph } = await import("@/app/api/v1/graph/route");
const { GET: getImpact } = await import("@/app/api/v1/impact/route");

const call = (handler: typeof getGraph, path: string) => handler(new Request(`http://interchange.test${path}`), { params: Promise.resolve({}) });

let db: TestDatabase;
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  session.db = db.prisma;
  const viewer = await createUser(db.prisma, { role: "viewer" });
  session.actor = { id: viewer.id, email: viewer.email, name: viewer.name, role: "viewer", teamIds: [] };
  const owner = await createUser(db.prisma, { role: "owner" });
  const shop = await createSystem(db.prisma, { name: "Shop" });
  const erp = await createSystem(db.prisma, { name: "ERP" });
  const bi = await createSystem(db.prisma, { name: "BI" });
  const orders = await createIntegration(db.prisma, {
    key: "INT-ORDERS",
    sourceSystemId: shop.id,
    targetSystemId: erp.id,
    owners: [
      { role: "technical_owner", userId: owner.id },
      { role: "source_owner", userId: viewer.id },
    ],
  });
  await createIntegration(db.prisma, { key: "INT-LOAD", sourceSystemId: erp.id, targetSystemId: bi.id });
  Object.assign(ids, { shop: shop.id, bi: bi.id });
  await db.sql.query(
    `INSERT INTO "Integration" (id, key, name, "sourceSystemId", "targetSystemId", direction, mechanism, pattern, frequency,
       "dataObjects", "fieldsExchanged", "permittedUses", "updatedAt")
     SELECT 'bulk-' || n, 'INT-BULK-' || n, 'Bulk ' || n, "targetSystemId", "sourceSystemId", direction, mechanism, pattern, frequency,
       "dataObjects", "fieldsExchanged", "permittedUses", now()
     FROM "Integration", generate_series(1, ${BULK}) AS n WHERE id = '${orders.id}'`,
  );
  await db.sql.query(
    `INSERT INTO "IntegrationOwner" ("integrationId", role, "userId") SELECT 'bulk-' || n, 'data_owner', '${owner.id}' FROM generate_series(1, ${BULK}) AS n`,
  );
}, 120_000);
afterAll(() => db?.close());

describe(`graph and impact at ${BULK.toLocaleString("en")} live integrations`, () => {
  it("answers an impact, with owners in role order", { timeout: 120_000 }, async () => {
    const response = await call(getImpact, `/api/v1/impact?kind=system&id=${ids.shop}&depth=1`);
    expect(response.status).toBe(200);
    const impact = (await response.json()) as ImpactResult;
    expect(impact.totals.integrations).toBe(1);
    expect(impact.integrations[0]?.key).toBe("INT-ORDERS");
    expect(impact.owners.filter((owner) => owner.kind === "person").flatMap((owner) => owner.reasons)).toEqual([
      "INT-ORDERS (source owner)",
      "INT-ORDERS (technical owner)",
    ]);
  });

  it("answers a system's neighbourhood", { timeout: 120_000 }, async () => {
    const response = await call(getGraph, `/api/v1/graph?focusKind=system&focusId=${ids.bi}&depth=1`);
    expect(response.status).toBe(200);
    const graph = (await response.json()) as GraphAnswer;
    expect(graph.nodes.map((node) => node.name).sort()).toEqual(["BI", "ERP"]);
    expect(graph.edges.map((edge) => edge.type === "integration" && edge.key)).toEqual(["INT-LOAD"]);
  });

  it("refuses the whole graph with problem details naming the limit, instead of answering tens of megabytes", { timeout: 120_000 }, async () => {
    const response = await call(getGraph, "/api/v1/graph");
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await response.json()) as { detail: string; limit: number; size: number };
    expect(problem.limit).toBe(MAX_GRAPH_ELEMENTS);
    expect(problem.size).toBeGreaterThan(BULK);
    expect(problem.detail).toContain(MAX_GRAPH_ELEMENTS.toLocaleString("en"));
  });

  it("answers the overview of the whole graph: a few groups standing for every node and edge", { timeout: 120_000 }, async () => {
    const response = await call(getGraph, "/api/v1/graph?view=clusters");
    expect(response.status).toBe(200);
    const overview = (await response.json()) as OverviewAnswer;
    expect(overview.groupBy).toBe("domain");
    expect(overview.nodes.every((node) => node.type === "cluster")).toBe(true);
    expect(overview.nodes.reduce((sum, node) => sum + node.size, 0)).toBe(overview.totals.nodes);
    expect(overview.totals.edges).toBeGreaterThan(BULK);
  });
});
