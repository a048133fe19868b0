import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createSystem, createTeam, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

// The handlers run as in production except for who is signed in and which database they open.
const session = vi.hoisted(() => ({ actor: null as Actor | null, prisma: null as unknown }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));
vi.mock("@/lib/db", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/db")>()), getDb: async () => session.prisma }));

const collection = await import("@/app/api/v1/integrations/route");
const item = await import("@/app/api/v1/integrations/[idOrKey]/route");
const archive = await import("@/app/api/v1/integrations/[idOrKey]/archive/route");

let db: TestDatabase;
let admin: Actor;
let owner: Actor;
let otherOwner: Actor;
let viewer: Actor;

const actorOf = (user: { id: string; email: string; name: string; role: Actor["role"] }, teamIds: string[] = []): Actor => ({ ...user, teamIds });
const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };
const withKey = (idOrKey: string) => ({ params: Promise.resolve({ idOrKey }) });
const url = (path: string) => `http://interchange.test${path}`;
const json = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(url(path), { method, headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

const record = () => ({
  name: "Stock levels to shop",
  sourceSystem: "erp",
  targetSystem: "shop",
  ownerTeam: "commerce",
  direction: "one_way",
  mechanism: "api_call",
  pattern: "api_led_system",
  frequency: "hourly",
  fieldsExchanged: ["sku", "on_hand"],
});

async function create(as: Actor, body: unknown = record()) {
  session.actor = as;
  return collection.POST(json("POST", "/api/v1/integrations", body), noParams);
}

beforeAll(async () => {
  db = await createTestDatabase();
  session.prisma = db.prisma;
  const commerce = await createTeam(db.prisma, { slug: "commerce" });
  const finance = await createTeam(db.prisma, { slug: "finance" });
  admin = actorOf(await createUser(db.prisma, { role: "admin" }));
  owner = actorOf(await createUser(db.prisma, { role: "owner" }), [commerce.id]);
  otherOwner = actorOf(await createUser(db.prisma, { role: "owner" }), [finance.id]);
  viewer = actorOf(await createUser(db.prisma, { role: "viewer" }));
  await createSystem(db.prisma, { slug: "erp" });
  await createSystem(db.prisma, { slug: "shop" });
});
afterAll(() => db.close());

describe("POST /api/v1/integrations", () => {
  it("creates, answers 201 with Location and ETag, and the record reads back by key and by id", async () => {
    const response = await create(owner);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(response.headers.get("location")).toBe(`/api/v1/integrations/${body.key}`);
    expect(response.headers.get("etag")).toMatch(/^".+"$/);
    session.actor = viewer;
    const byKey = await item.GET(new Request(url(`/api/v1/integrations/${body.key}`)), withKey(body.key));
    const byId = await item.GET(new Request(url(`/api/v1/integrations/${body.id}`)), withKey(body.id));
    expect((await byKey.json()).id).toBe(body.id);
    expect((await byId.json()).key).toBe(body.key);
  });

  it("answers problem details naming what is wrong, and writes nothing", async () => {
    const before = await db.prisma.integration.count();
    session.actor = owner;
    const malformed = await collection.POST(json("POST", "/api/v1/integrations", "{ not json"), noParams);
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get("content-type")).toContain("application/problem+json");

    const unknownField = await create(owner, { ...record(), colour: "red" });
    expect(unknownField.status).toBe(422);
    expect((await unknownField.json()).errors[0].detail).toMatch(/colour/);

    const wrongType = await create(owner, { ...record(), volumePerDay: "many" });
    expect(wrongType.status).toBe(422);
    expect((await wrongType.json()).errors[0].pointer).toBe("/volumePerDay");

    const missingSystem = await create(owner, { ...record(), sourceSystem: "mainframe" });
    expect(missingSystem.status).toBe(422);
    expect((await missingSystem.json()).errors[0]).toEqual({ pointer: "/sourceSystem", detail: 'No system has the slug "mainframe".' });

    const oversized = await create(owner, { ...record(), description: "x".repeat(300 * 1024) });
    expect(oversized.status).toBe(413);

    expect(await db.prisma.integration.count()).toBe(before);
  });

  it("refuses a viewer (403) and another team's owner (403); 401 without a session", async () => {
    expect((await create(viewer)).status).toBe(403);
    expect((await create(otherOwner)).status).toBe(403);
    session.actor = null;
    const anonymous = await collection.GET(new Request(url("/api/v1/integrations")), noParams);
    expect(anonymous.status).toBe(401);
  });
});

describe("PATCH /api/v1/integrations/{idOrKey}", () => {
  it("honours If-Match: the second of two editors gets 412 and the first change is kept", async () => {
    const created = await create(owner);
    const { key } = await created.json();
    const etag = created.headers.get("etag")!;
    session.actor = owner;
    const first = await item.PATCH(json("PATCH", `/api/v1/integrations/${key}`, { name: "First" }, { "if-match": etag }), withKey(key));
    expect(first.status).toBe(200);
    expect(first.headers.get("etag")).not.toBe(etag);
    session.actor = admin;
    const second = await item.PATCH(json("PATCH", `/api/v1/integrations/${key}`, { name: "Second" }, { "if-match": etag }), withKey(key));
    expect(second.status).toBe(412);
    expect(second.headers.get("content-type")).toContain("application/problem+json");
    const current = await (await item.GET(new Request(url(`/api/v1/integrations/${key}`)), withKey(key))).json();
    expect(current.name).toBe("First");
  });

  it("sets the approval state (issue #17: it answered 422) and refuses a state that does not exist naming the field", async () => {
    const { key } = await (await create(owner)).json();
    session.actor = owner;
    const approved = await item.PATCH(json("PATCH", `/api/v1/integrations/${key}`, { approvalState: "approved" }), withKey(key));
    expect(approved.status).toBe(200);
    expect((await approved.json()).approvalState).toBe("approved");
    const current = await (await item.GET(new Request(url(`/api/v1/integrations/${key}`)), withKey(key))).json();
    expect(current.approvalState).toBe("approved");
    const bad = await item.PATCH(json("PATCH", `/api/v1/integrations/${key}`, { approvalState: "sort_of" }), withKey(key));
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors[0].pointer).toBe("/approvalState");
  });

  it("refuses another team's owner and a viewer with 403 even before looking at the body, and 404 for an unknown key", async () => {
    const { key } = await (await create(owner)).json();
    session.actor = otherOwner;
    const other = await item.PATCH(json("PATCH", `/api/v1/integrations/${key}`, { colour: "red" }), withKey(key));
    expect(other.status).toBe(403);
    session.actor = viewer;
    expect((await item.PATCH(json("PATCH", `/api/v1/integrations/${key}`, { name: "x" }), withKey(key))).status).toBe(403);
    session.actor = admin;
    expect((await item.PATCH(json("PATCH", "/api/v1/integrations/INT-NONE", { name: "x" }), withKey("INT-NONE"))).status).toBe(404);
  });
});

describe("GET /api/v1/integrations", () => {
  it("filters as the UI does and pages with a cursor; a bad parameter is 422 naming it", async () => {
    session.actor = viewer;
    const first = await (await collection.GET(new Request(url("/api/v1/integrations?limit=2&system=erp")), noParams)).json();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await (await collection.GET(new Request(url(`/api/v1/integrations?limit=2&system=erp&cursor=${first.nextCursor}`)), noParams)).json();
    expect(second.items[0].key).not.toBe(first.items[1].key);
    const bad = await collection.GET(new Request(url("/api/v1/integrations?health=sparkling")), noParams);
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors[0].pointer).toBe("/health/0");
    const badCursor = await collection.GET(new Request(url("/api/v1/integrations?cursor=nonsense")), noParams);
    expect(badCursor.status).toBe(400);
  });
});

describe("POST /api/v1/integrations/{idOrKey}/archive", () => {
  it("archives with a reason; a second archive is 409; a missing reason is 422", async () => {
    const { key } = await (await create(owner)).json();
    session.actor = owner;
    const noReason = await archive.POST(json("POST", `/api/v1/integrations/${key}/archive`, {}), withKey(key));
    expect(noReason.status).toBe(422);
    expect((await noReason.json()).errors[0].pointer).toBe("/reason");
    const archived = await archive.POST(json("POST", `/api/v1/integrations/${key}/archive`, { reason: "Replaced by EDI" }), withKey(key));
    expect(archived.status).toBe(200);
    expect((await archived.json()).archiveReason).toBe("Replaced by EDI");
    expect((await archive.POST(json("POST", `/api/v1/integrations/${key}/archive`, { reason: "Again" }), withKey(key))).status).toBe(409);
  });
});
