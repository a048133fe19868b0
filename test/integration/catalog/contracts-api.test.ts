import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import {
  createConsumer,
  createContract as createContractRow,
  createContractVersion as createVersionRow,
  createIntegration,
  createTeam,
  createUser,
} from "@/test/factories";
import { call, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

const contractsRoute = await import("@/app/api/v1/contracts/route");
const contractRoute = await import("@/app/api/v1/contracts/[id]/route");
const archiveRoute = await import("@/app/api/v1/contracts/[id]/archive/route");
const versionsRoute = await import("@/app/api/v1/contracts/[id]/versions/route");
const versionRoute = await import("@/app/api/v1/contracts/[id]/versions/[version]/route");

let db: TestDatabase;
let detach: () => void;
let admin: Actor;
let owner: Actor;
let viewer: Actor;
let ownTeam: string;
let otherTeam: string;

const OPENAPI = JSON.stringify(
  {
    openapi: "3.1.0",
    info: { title: "Loyalty", version: "1.0.0" },
    paths: {
      "/members/{id}": {
        get: { parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "A member" } } },
      },
    },
  },
  null,
  2,
);

const actorOf = (user: { id: string; email: string; name: string; role: Actor["role"] }, teamIds: string[] = []): Actor => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  teamIds,
});
const auditCount = () => db.prisma.auditEvent.count();
const as = (actor: Actor) => {
  signedIn.actor = actor;
};

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  ownTeam = (await createTeam(db.prisma, { name: "Loyalty Squad" })).id;
  otherTeam = (await createTeam(db.prisma, { name: "Finance Squad" })).id;
  admin = actorOf(await createUser(db.prisma, { role: "admin" }));
  owner = actorOf(await createUser(db.prisma, { role: "owner", memberships: [{ teamId: ownTeam }] }), [ownTeam]);
  viewer = actorOf(await createUser(db.prisma, { role: "viewer" }));
});
afterAll(async () => {
  detach();
  await db.close();
});

describe("POST /api/v1/contracts", () => {
  it("creates a contract of the owner's team, answers 201 with an ETag and audits it", async () => {
    as(owner);
    const before = await auditCount();
    const response = await call(contractsRoute.POST, {
      method: "POST",
      body: { slug: "loyalty-api", name: "Loyalty API", type: "openapi", ownerTeamId: ownTeam, description: "Points and tiers." },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("etag")).toMatch(/^".+"$/);
    expect(response.json).toMatchObject({ slug: "loyalty-api", ownerTeam: { id: ownTeam, name: "Loyalty Squad" }, latestVersion: null, versionCount: 0 });
    expect(await auditCount()).toBe(before + 1);
  });

  it("refuses a viewer (403) and an owner creating for another team (403), writing nothing", async () => {
    const before = await auditCount();
    as(viewer);
    expect((await call(contractsRoute.POST, { method: "POST", body: { slug: "x-api", name: "X API", type: "openapi", ownerTeamId: ownTeam } })).status).toBe(
      403,
    );
    as(owner);
    expect((await call(contractsRoute.POST, { method: "POST", body: { slug: "y-api", name: "Y API", type: "openapi", ownerTeamId: otherTeam } })).status).toBe(
      403,
    );
    expect(await auditCount()).toBe(before);
    expect(await db.prisma.contract.count({ where: { slug: { in: ["x-api", "y-api"] } } })).toBe(0);
  });

  it("answers bad input with problem details naming the field", async () => {
    as(owner);
    const malformed = await call(contractsRoute.POST, { method: "POST", body: '{"slug": "a",' });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get("content-type")).toBe("application/problem+json");
    const unknown = await call(contractsRoute.POST, {
      method: "POST",
      body: { slug: "z-api", name: "Z API", type: "openapi", ownerTeamId: ownTeam, colour: "red" },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json?.detail).toMatch(/colour/);
    const wrongType = await call(contractsRoute.POST, { method: "POST", body: { slug: "z-api", name: 42, type: "soap", ownerTeamId: ownTeam } });
    expect(wrongType.json?.errors?.map((e) => e.pointer)).toEqual(["/name", "/type"]);
    const oversized = await call(contractsRoute.POST, {
      method: "POST",
      body: { slug: "z-api", name: "Z", description: "x".repeat(70_000), type: "openapi", ownerTeamId: ownTeam },
    });
    expect(oversized.status).toBe(413);
    const missingSystem = await call(contractsRoute.POST, {
      method: "POST",
      body: { slug: "z-api", name: "Z API", type: "openapi", ownerTeamId: ownTeam, systemId: "no-such-system" },
    });
    expect(missingSystem.status).toBe(422);
    expect(missingSystem.json?.errors).toEqual([{ pointer: "/systemId", detail: 'No system has the id "no-such-system".' }]);
    const duplicate = await call(contractsRoute.POST, { method: "POST", body: { slug: "loyalty-api", name: "Again", type: "openapi", ownerTeamId: ownTeam } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json?.errors?.[0].pointer).toBe("/slug");
    expect(await db.prisma.contract.count({ where: { slug: "z-api" } })).toBe(0);
  });
});

describe("versions", () => {
  it("adds a version whose spec is valid, with its glossary, and lists it", async () => {
    as(owner);
    const contract = await db.prisma.contract.findUniqueOrThrow({ where: { slug: "loyalty-api" } });
    const created = await call(versionsRoute.POST, {
      method: "POST",
      params: { id: contract.id },
      body: {
        version: "1.0.0",
        status: "active",
        specText: OPENAPI,
        glossary: [{ field: "member_tier", meaning: "Tier reached in the calendar year.", rules: "bronze, silver or gold" }],
      },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ version: "1.0.0", status: "active", glossary: [{ field: "member_tier" }] });
    expect(created.json?.publishedAt).not.toBeNull();
    const list = await call(versionsRoute.GET, { params: { id: contract.id } });
    expect((list.json?.items as unknown[]).length).toBe(1);
    expect(list.json?.nextCursor).toBeNull();
    const filtered = await call(versionsRoute.GET, { url: "http://test.local/api?status=draft", params: { id: contract.id } });
    expect(filtered.json?.items).toEqual([]);
    const one = await call(versionRoute.GET, { params: { id: contract.id, version: "1.0.0" } });
    expect(one.json?.specText).toBe(OPENAPI);
  });

  it("refuses a spec that is not valid OpenAPI, naming the line and pointer, and writes nothing", async () => {
    as(owner);
    const contract = await db.prisma.contract.findUniqueOrThrow({ where: { slug: "loyalty-api" } });
    const before = await auditCount();
    const broken = OPENAPI.replace('"required": true', '"required": false');
    const response = await call(versionsRoute.POST, { method: "POST", params: { id: contract.id }, body: { version: "1.1.0", specText: broken } });
    expect(response.status).toBe(422);
    expect(response.json?.errors?.[0]).toEqual({
      pointer: "/specText",
      detail: 'Line 14, column 25 (/paths/~1members~1{id}/get/parameters/0/required): A path parameter must say "required": true.',
    });
    expect(response.json?.specIssues).toEqual([
      { pointer: "/paths/~1members~1{id}/get/parameters/0/required", line: 14, column: 25, message: 'A path parameter must say "required": true.' },
    ]);
    expect(await auditCount()).toBe(before);
    expect(await db.prisma.contractVersion.count({ where: { contractId: contract.id } })).toBe(1);
  });

  it("refuses the specs official validators reject (a server without url, a duplicate operationId)", async () => {
    as(owner);
    const contract = await db.prisma.contract.findUniqueOrThrow({ where: { slug: "loyalty-api" } });
    const document = JSON.parse(OPENAPI);
    document.servers = [{ description: "Production" }];
    const noUrl = await call(versionsRoute.POST, {
      method: "POST",
      params: { id: contract.id },
      body: { version: "1.1.0", specText: JSON.stringify(document) },
    });
    expect(noUrl.status).toBe(422);
    expect(noUrl.json?.specIssues).toEqual([expect.objectContaining({ pointer: "/servers/0/url", message: 'Missing "url".' })]);
    delete document.servers;
    document.paths["/members/{id}"].get.operationId = "getMember";
    document.paths["/members/{id}/card"] = structuredClone(document.paths["/members/{id}"]);
    const duplicate = await call(versionsRoute.POST, {
      method: "POST",
      params: { id: contract.id },
      body: { version: "1.1.0", specText: JSON.stringify(document) },
    });
    expect(duplicate.status).toBe(422);
    expect(duplicate.json?.specIssues).toEqual([
      expect.objectContaining({
        pointer: "/paths/~1members~1{id}~1card/get/operationId",
        message: expect.stringMatching(/^operationId "getMember" is already used by GET \/members\/\{id\}/),
      }),
    ]);
    expect(await db.prisma.contractVersion.count({ where: { contractId: contract.id } })).toBe(1);
  });

  it("refuses a viewer's version with 403 before looking at the document", async () => {
    as(viewer);
    const contract = await db.prisma.contract.findUniqueOrThrow({ where: { slug: "loyalty-api" } });
    const response = await call(versionsRoute.POST, { method: "POST", params: { id: contract.id }, body: { version: "9.0.0", specText: "{ not json" } });
    expect(response.status).toBe(403);
    expect(response.json?.specIssues).toBeUndefined();
  });

  it("accepts a 10 MB spec and refuses a larger body with 413", async () => {
    as(admin);
    const contract = await createContractRow(db.prisma, { type: "json_schema", ownerTeamId: ownTeam });
    const properties = Object.fromEntries(
      Array.from({ length: 120_000 }, (_, i) => [`field_${i}`, { type: "string", description: "A field of a very large schema." }]),
    );
    const big = JSON.stringify({ type: "object", properties });
    expect(Buffer.byteLength(big)).toBeGreaterThan(9 * 1024 * 1024);
    expect(Buffer.byteLength(big)).toBeLessThan(10 * 1024 * 1024);
    const accepted = await call(versionsRoute.POST, { method: "POST", params: { id: contract.id }, body: { version: "1.0.0", specText: big } });
    expect(accepted.status).toBe(201);
    const tooLarge = await call(versionsRoute.POST, {
      method: "POST",
      params: { id: contract.id },
      body: { version: "2.0.0", specText: big + " ".repeat(2 * 1024 * 1024) },
    });
    expect(tooLarge.status).toBe(413);
  });

  it("updates the changelog with If-Match (the form sends the unchanged glossary back); a stale ETag gets 412", async () => {
    as(owner);
    const contract = await db.prisma.contract.findUniqueOrThrow({ where: { slug: "loyalty-api" } });
    const current = await call(versionRoute.GET, { params: { id: contract.id, version: "1.0.0" } });
    const etag = current.headers.get("etag")!;
    const first = await call(versionRoute.PATCH, {
      method: "PATCH",
      params: { id: contract.id, version: "1.0.0" },
      headers: { "if-match": etag },
      body: { changelog: "Tiers.", glossary: [{ field: "member_tier", meaning: "Tier reached in the calendar year.", rules: "bronze, silver or gold" }] },
    });
    expect(first.status).toBe(200);
    // An active version's glossary changes only through a reviewed proposal (test/integration/reviews/glossary-review.test.ts).
    const meaningChanged = await call(versionRoute.PATCH, {
      method: "PATCH",
      params: { id: contract.id, version: "1.0.0" },
      body: { glossary: [{ field: "member_tier", meaning: "Tier reached in the last 12 months." }] },
    });
    expect(meaningChanged.status).toBe(409);
    expect(meaningChanged.json?.errors?.[0].pointer).toBe("/glossary");
    const second = await call(versionRoute.PATCH, {
      method: "PATCH",
      params: { id: contract.id, version: "1.0.0" },
      headers: { "if-match": etag },
      body: { changelog: "Written over a stale copy." },
    });
    expect(second.status).toBe(412);
    const after = await call(versionRoute.GET, { params: { id: contract.id, version: "1.0.0" } });
    expect(after.json).toMatchObject({ status: "active", glossary: [{ field: "member_tier", rules: "bronze, silver or gold" }] });
    const backToDraft = await call(versionRoute.PATCH, { method: "PATCH", params: { id: contract.id, version: "1.0.0" }, body: { status: "draft" } });
    expect(backToDraft.json?.errors?.[0].pointer).toBe("/status");
    const reviewStatus = await call(versionRoute.PATCH, { method: "PATCH", params: { id: contract.id, version: "1.0.0" }, body: { status: "approved" } });
    expect(reviewStatus.status).toBe(422);
    // Deprecating skips no one's notice: only a deprecation sets it.
    const deprecatedDirectly = await call(versionRoute.PATCH, {
      method: "PATCH",
      params: { id: contract.id, version: "1.0.0" },
      body: { status: "deprecated" },
    });
    expect(deprecatedDirectly.status).toBe(422);
    expect(deprecatedDirectly.json?.errors?.[0].pointer).toBe("/status");
  });
});

describe("PATCH /api/v1/contracts/{id}", () => {
  it("of two concurrent editors with the same ETag, the second gets 412 and the first's change stays", async () => {
    as(owner);
    const contract = await db.prisma.contract.findUniqueOrThrow({ where: { slug: "loyalty-api" } });
    const loaded = await call(contractRoute.GET, { params: { id: contract.id } });
    const etag = loaded.headers.get("etag")!;
    const [a, b] = await Promise.all([
      call(contractRoute.PATCH, { method: "PATCH", params: { id: contract.id }, headers: { "if-match": etag }, body: { name: "Loyalty API (Alice)" } }),
      call(contractRoute.PATCH, { method: "PATCH", params: { id: contract.id }, headers: { "if-match": etag }, body: { name: "Loyalty API (Bob)" } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const winner = a.status === 200 ? "Loyalty API (Alice)" : "Loyalty API (Bob)";
    expect((await db.prisma.contract.findUniqueOrThrow({ where: { id: contract.id } })).name).toBe(winner);
    expect((b.status === 412 ? b : a).json?.title).toBe("Precondition failed");
  });

  it("refuses an owner editing another team's contract or handing theirs to another team", async () => {
    const foreign = await createContractRow(db.prisma, { ownerTeamId: otherTeam });
    as(owner);
    expect((await call(contractRoute.PATCH, { method: "PATCH", params: { id: foreign.id }, body: { name: "Mine now" } })).status).toBe(403);
    const own = await db.prisma.contract.findUniqueOrThrow({ where: { slug: "loyalty-api" } });
    expect((await call(contractRoute.PATCH, { method: "PATCH", params: { id: own.id }, body: { ownerTeamId: otherTeam } })).status).toBe(403);
    expect((await call(contractRoute.PATCH, { method: "PATCH", params: { id: "no-such-id" }, body: { name: "x" } })).status).toBe(404);
    as(viewer);
    expect((await call(contractRoute.PATCH, { method: "PATCH", params: { id: own.id }, body: { name: "Viewer was here" } })).status).toBe(403);
    expect((await db.prisma.contract.findUniqueOrThrow({ where: { id: foreign.id } })).name).toBe(foreign.name);
  });
});

describe("GET /api/v1/contracts", () => {
  it("filters, searches the glossary and consumers' fields, and pages with a cursor", async () => {
    as(viewer);
    const integration = await createIntegration(db.prisma, { fieldsExchanged: ["warehouse_bin"] });
    for (let i = 0; i < 5; i++)
      await createContractRow(db.prisma, { slug: `paged-${i}`, name: `Paged contract ${i}`, type: "asyncapi", ownerTeamId: otherTeam });
    await createContractRow(db.prisma, { slug: "bins", name: "Bins", type: "other", integrationId: integration.id });
    const page1 = await call(contractsRoute.GET, { url: "http://test.local/api/v1/contracts?type=asyncapi&limit=3" });
    expect((page1.json?.items as { slug: string }[]).map((c) => c.slug)).toEqual(["paged-0", "paged-1", "paged-2"]);
    const page2 = await call(contractsRoute.GET, { url: `http://test.local/api/v1/contracts?type=asyncapi&limit=3&cursor=${page1.json?.nextCursor}` });
    expect((page2.json?.items as { slug: string }[]).map((c) => c.slug)).toEqual(["paged-3", "paged-4"]);
    expect(page2.json?.nextCursor).toBeNull();
    const byGlossary = await call(contractsRoute.GET, { url: "http://test.local/api/v1/contracts?q=calendar%20year" });
    expect((byGlossary.json?.items as { slug: string }[]).map((c) => c.slug)).toEqual(["loyalty-api"]);
    const byExchanged = await call(contractsRoute.GET, { url: "http://test.local/api/v1/contracts?q=warehouse_bin" });
    expect((byExchanged.json?.items as { slug: string }[]).map((c) => c.slug)).toEqual(["bins"]);
    const bad = await call(contractsRoute.GET, { url: "http://test.local/api/v1/contracts?type=soap&colour=red" });
    expect(bad.status).toBe(422);
    expect(bad.json?.errors?.map((e) => e.pointer).sort()).toEqual(["/colour", "/type"]);
    const badCursor = await call(contractsRoute.GET, { url: "http://test.local/api/v1/contracts?cursor=nonsense" });
    expect(badCursor.status).toBe(400);
  });
});

describe("POST /api/v1/contracts/{id}/archive", () => {
  it("needs a word about active consumers, then archives with the reason", async () => {
    as(admin);
    const contract = await createContractRow(db.prisma, { ownerTeamId: ownTeam });
    const version = await createVersionRow(db.prisma, { contractId: contract.id });
    await createConsumer(db.prisma, { contractVersionId: version.id, fieldsUsed: ["order_total"] });
    const refused = await call(archiveRoute.POST, { method: "POST", params: { id: contract.id }, body: { reason: "Replaced by v2 API" } });
    expect(refused.status).toBe(422);
    expect(refused.json?.errors?.[0]).toMatchObject({ pointer: "/consumerPlan", detail: expect.stringMatching(/1 active consumer depends/) });
    expect((await db.prisma.contract.findUniqueOrThrow({ where: { id: contract.id } })).archivedAt).toBeNull();
    const archived = await call(archiveRoute.POST, {
      method: "POST",
      params: { id: contract.id },
      body: { reason: "Replaced by v2 API", consumerPlan: "The sales report moves to v2 by March." },
    });
    expect(archived.status).toBe(200);
    expect(archived.headers.get("deprecation")).toBeNull();
    expect(archived.json?.archiveReason).toMatch(/sales report moves/);
    const hidden = await call(contractsRoute.GET, { url: `http://test.local/api/v1/contracts?q=${contract.slug}` });
    expect(hidden.json?.items).toEqual([]);
    const shown = await call(contractsRoute.GET, { url: `http://test.local/api/v1/contracts?q=${contract.slug}&archived=archived` });
    expect((shown.json?.items as unknown[]).length).toBe(1);
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { targetId: contract.id, action: "contract.archive" } });
    expect(event.after).toMatchObject({ activeConsumers: 1 });
  });

  it("still takes the plan as `consumerImpact` until 2027-06-30, marking the answer deprecated", async () => {
    as(admin);
    const contract = await createContractRow(db.prisma, { ownerTeamId: ownTeam });
    const version = await createVersionRow(db.prisma, { contractId: contract.id });
    await createConsumer(db.prisma, { contractVersionId: version.id, fieldsUsed: ["order_total"] });
    const refused = await call(archiveRoute.POST, {
      method: "POST",
      params: { id: contract.id },
      body: { reason: "Replaced by v2 API", consumerImpact: "  " },
    });
    expect(refused.status).toBe(422);
    expect(refused.json?.errors?.[0]).toMatchObject({ pointer: "/consumerPlan", detail: expect.stringMatching(/1 active consumer depends/) });
    const both = await call(archiveRoute.POST, {
      method: "POST",
      params: { id: contract.id },
      body: { reason: "Replaced by v2 API", consumerImpact: "Old.", consumerPlan: "New." },
    });
    expect(both.status).toBe(422);
    expect((await db.prisma.contract.findUniqueOrThrow({ where: { id: contract.id } })).archivedAt).toBeNull();
    const archived = await call(archiveRoute.POST, {
      method: "POST",
      params: { id: contract.id },
      body: { reason: "Replaced by v2 API", consumerImpact: "The sales report moves to v2 by March." },
    });
    expect(archived.status).toBe(200);
    expect(archived.json?.archiveReason).toMatch(/sales report moves/);
    expect(archived.headers.get("deprecation")).toMatch(/^@\d+$/);
    expect(archived.headers.get("sunset")).toBe("Wed, 30 Jun 2027 00:00:00 GMT");
  });

  it("filters archived records with the vocabulary of every record type; the old spellings still work, marked deprecated", async () => {
    as(admin);
    const live = await createContractRow(db.prisma, { ownerTeamId: ownTeam, name: "Vocabulary live" });
    const gone = await createContractRow(db.prisma, { ownerTeamId: ownTeam, name: "Vocabulary gone", archivedAt: new Date(), archiveReason: "Replaced" });
    const slugs = (response: { json?: Record<string, unknown> | null }) => (response.json?.items as { slug: string }[]).map((c) => c.slug).sort();
    const list = (archived?: string) =>
      call(contractsRoute.GET, { url: `http://test.local/api/v1/contracts?q=vocabulary${archived ? `&archived=${archived}` : ""}` });
    const [byDefault, exclude, include, only] = await Promise.all([list(), list("exclude"), list("include"), list("only")]);
    expect(slugs(byDefault)).toEqual([live.slug]);
    expect(slugs(exclude)).toEqual([live.slug]);
    expect(slugs(include)).toEqual([live.slug, gone.slug].sort());
    expect(slugs(only)).toEqual([gone.slug]);
    for (const current of [byDefault, exclude, include, only]) expect(current.headers.get("deprecation")).toBeNull();
    for (const [old, same] of [
      ["active", exclude],
      ["all", include],
      ["archived", only],
    ] as const) {
      const answer = await list(old);
      expect(slugs(answer), old).toEqual(slugs(same));
      expect(answer.headers.get("deprecation"), old).toMatch(/^@\d+$/);
      expect(new Date(answer.headers.get("sunset") ?? "").getTime(), old).toBeGreaterThan(Date.now());
    }
  });

  it("answers 401 without a session", async () => {
    signedIn.actor = null;
    expect((await call(contractsRoute.GET, {})).status).toBe(401);
  });
});
