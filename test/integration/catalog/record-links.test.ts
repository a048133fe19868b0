import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { readCatalogForExport } from "@/lib/catalog/export/repository";
import { createSystem, createTeam, createUser } from "@/test/factories";
import { call, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

const systemsRoute = await import("@/app/api/v1/systems/route");
const systemRoute = await import("@/app/api/v1/systems/[idOrSlug]/route");
const integrationsRoute = await import("@/app/api/v1/integrations/route");
const contractsRoute = await import("@/app/api/v1/contracts/route");

let db: TestDatabase;
let detach: () => void;
let teamId: string;

const LINKS = [
  { kind: "runbook", url: "https://wiki.example.com/runbooks/orders", title: "Orders runbook" },
  { kind: "repository", url: "https://git.example.com/shop/orders" },
];
const REFS = { backstageRef: "component:default/orders", serviceNowId: "CI0012345", leanIxId: "6f1c2b9e-1111-4a0b-9c1d-000000000001" };

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  const team = await createTeam(db.prisma, { slug: "shop" });
  teamId = team.id;
  const admin = await createUser(db.prisma, { role: "admin" });
  signedIn.actor = { ...admin, teamIds: [team.id] } satisfies Actor;
  await createSystem(db.prisma, { slug: "erp" });
});
afterAll(async () => {
  detach?.();
  await db?.close();
});

describe("links and external references through the API", () => {
  it("are stored and answered on systems, integrations and contracts, and carried by the catalog export", async () => {
    const system = await call(systemsRoute.POST, {
      method: "POST",
      body: { slug: "orders", name: "Orders", kind: "ecommerce", businessDomain: "Commerce", ownerTeam: "shop", links: LINKS, ...REFS },
    });
    expect(system.status).toBe(201);
    expect(system.json).toMatchObject({ links: LINKS, ...REFS });

    const integration = await call(integrationsRoute.POST, {
      method: "POST",
      body: {
        name: "Orders to ERP",
        sourceSystem: "orders",
        targetSystem: "erp",
        ownerTeam: "shop",
        direction: "one_way",
        mechanism: "api_call",
        pattern: "point_to_point",
        frequency: "real_time",
        links: [{ kind: "dashboard", url: "https://grafana.example.com/d/orders" }],
        backstageRef: "resource:default/orders-to-erp",
      },
    });
    expect(integration.status).toBe(201);
    expect(integration.json).toMatchObject({
      links: [{ kind: "dashboard", url: "https://grafana.example.com/d/orders" }],
      backstageRef: "resource:default/orders-to-erp",
    });

    const contract = await call(contractsRoute.POST, {
      method: "POST",
      body: {
        slug: "orders-api",
        name: "Orders API",
        type: "openapi",
        ownerTeamId: teamId,
        links: [{ kind: "docs", url: "https://docs.example.com/orders" }],
        backstageRef: "api:orders-api",
      },
    });
    expect(contract.status).toBe(201);
    expect(contract.json).toMatchObject({
      links: [{ kind: "docs", url: "https://docs.example.com/orders" }],
      backstageRef: "api:orders-api",
      serviceNowId: null,
    });

    const file = await readCatalogForExport(db.prisma);
    expect(file.systems.find((s) => s.slug === "orders")).toMatchObject({ links: LINKS, ...REFS });
    expect(file.integrations[0]).toMatchObject({ backstageRef: "resource:default/orders-to-erp" });
    expect(file.contracts[0]).toMatchObject({ backstageRef: "api:orders-api" });
  });

  it("refuse a link that is not a web address, and a malformed entity ref, naming the field", async () => {
    const answer = await call(systemRoute.PATCH, {
      method: "PATCH",
      params: { idOrSlug: "orders" },
      body: { links: [{ kind: "runbook", url: "javascript:alert(document.cookie)" }], backstageRef: "not a ref" },
    });
    expect(answer.status).toBe(422);
    expect(answer.json?.errors?.map((e) => e.pointer).sort()).toEqual(["/backstageRef", "/links/0/url"]);
    const stored = await db.prisma.system.findUniqueOrThrow({ where: { slug: "orders" } });
    expect(stored.backstageRef).toBe(REFS.backstageRef);
  });
});
