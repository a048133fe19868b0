import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { findSystems } from "@/lib/catalog/systems/repository";
import { zSystemListQuery } from "@/lib/catalog/systems/schemas";
import { createIntegration, createTeam, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

const session = vi.hoisted(() => ({ actor: null as Actor | null, prisma: null as unknown }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));
vi.mock("@/lib/db", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/db")>()), getDb: async () => session.prisma }));

const collection = await import("@/app/api/v1/systems/route");
const item = await import("@/app/api/v1/systems/[idOrSlug]/route");
const archive = await import("@/app/api/v1/systems/[idOrSlug]/archive/route");

let db: TestDatabase;
let admin: Actor;
let owner: Actor;
let otherOwner: Actor;
let viewer: Actor;

const actorOf = (user: { id: string; email: string; name: string; role: Actor["role"] }, teamIds: string[] = []): Actor => ({ ...user, teamIds });
const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const withSlug = (idOrSlug: string) => ({ params: Promise.resolve({ idOrSlug }) });
const json = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`http://interchange.test${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

const system = (slug: string) => ({ slug, name: `System ${slug}`, kind: "erp", businessDomain: "Finance", ownerTeam: "finance-ops", vendor: "SAP" });

async function create(as: Actor, body: unknown) {
  session.actor = as;
  return collection.POST(json("POST", "/api/v1/systems", body), noParams);
}

beforeAll(async () => {
  db = await createTestDatabase();
  session.prisma = db.prisma;
  const finance = await createTeam(db.prisma, { slug: "finance-ops", name: "Finance Ops" });
  const other = await createTeam(db.prisma, { slug: "marketing" });
  admin = actorOf(await createUser(db.prisma, { role: "admin" }));
  owner = actorOf(await createUser(db.prisma, { role: "owner" }), [finance.id]);
  otherOwner = actorOf(await createUser(db.prisma, { role: "owner" }), [other.id]);
  viewer = actorOf(await createUser(db.prisma, { role: "viewer" }));
});
afterAll(() => db.close());

describe("systems API", () => {
  it("creates a system for the owner's team and audits it; refuses other teams, viewers and taken slugs", async () => {
    const response = await create(owner, system("ledger"));
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe("/api/v1/systems/ledger");
    expect(await db.prisma.auditEvent.count({ where: { action: "system.create", targetLabel: "ledger" } })).toBe(1);
    expect((await create(otherOwner, system("ledger-2"))).status).toBe(403);
    expect((await create(viewer, system("ledger-3"))).status).toBe(403);
    const taken = await create(admin, system("ledger"));
    expect(taken.status).toBe(409);
    expect((await taken.json()).errors[0].pointer).toBe("/slug");
  });

  it("names bad fields: slug format, unknown team, unknown field", async () => {
    const badSlug = await create(owner, system("Not A Slug"));
    expect(badSlug.status).toBe(422);
    expect((await badSlug.json()).errors[0].pointer).toBe("/slug");
    const team = await create(owner, { ...system("crm"), ownerTeam: "nobody" });
    expect((await team.json()).errors[0]).toEqual({ pointer: "/ownerTeam", detail: 'No team has the slug "nobody".' });
    const unknown = await create(owner, { ...system("crm"), colour: "red" });
    expect(unknown.status).toBe(422);
    expect(await db.prisma.system.count({ where: { slug: "crm" } })).toBe(0);
  });

  it("PATCH with a stale If-Match is 412 and keeps the first change; another team's owner is 403", async () => {
    const created = await create(owner, system("payroll"));
    const etag = created.headers.get("etag")!;
    session.actor = owner;
    expect((await item.PATCH(json("PATCH", "/api/v1/systems/payroll", { vendor: "Workday" }, { "if-match": etag }), withSlug("payroll"))).status).toBe(200);
    session.actor = admin;
    const stale = await item.PATCH(json("PATCH", "/api/v1/systems/payroll", { vendor: "ADP" }, { "if-match": etag }), withSlug("payroll"));
    expect(stale.status).toBe(412);
    session.actor = otherOwner;
    expect((await item.PATCH(json("PATCH", "/api/v1/systems/payroll", { vendor: "Mine" }), withSlug("payroll"))).status).toBe(403);
    session.actor = viewer;
    expect((await (await item.GET(new Request("http://interchange.test/api/v1/systems/payroll"), withSlug("payroll"))).json()).vendor).toBe("Workday");
  });

  it("archiving a system with live integrations needs a plan", async () => {
    const created = await (await create(owner, system("warehouse-x"))).json();
    await createIntegration(db.prisma, { sourceSystemId: created.id });
    session.actor = owner;
    const refused = await archive.POST(json("POST", "/api/v1/systems/warehouse-x/archive", { reason: "Replaced" }), withSlug("warehouse-x"));
    expect(refused.status).toBe(409);
    expect((await refused.json()).errors[0].pointer).toBe("/consumerPlan");
    const archived = await archive.POST(
      json("POST", "/api/v1/systems/warehouse-x/archive", { reason: "Replaced", consumerPlan: "Flows move to WMS 2" }),
      withSlug("warehouse-x"),
    );
    expect(archived.status).toBe(200);
    expect((await archived.json()).archivedAt).toEqual(expect.any(String));
  });

  it("lists with filters and cursor pages", async () => {
    session.actor = viewer;
    const page = await (await collection.GET(new Request("http://interchange.test/api/v1/systems?team=finance-ops&limit=1"), noParams)).json();
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).toEqual(expect.any(String));
    const { systems } = await findSystems(db.prisma, zSystemListQuery.parse({ q: "payroll" }));
    expect(systems.map((s) => s.slug)).toEqual(["payroll"]);
    const archivedOnly = await findSystems(db.prisma, zSystemListQuery.parse({ archived: "only" }));
    expect(archivedOnly.systems.map((s) => s.slug)).toEqual(["warehouse-x"]);
  });
});
