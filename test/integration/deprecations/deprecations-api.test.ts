import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateTokenSecret, displayPrefixOf, hashTokenSecret } from "@/lib/api-tokens/token-secret";
import { apiRequest, call, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { announceInput, createDeprecationFixture, type DeprecationFixture } from "./deprecation-fixture";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

const listRoute = await import("@/app/api/v1/deprecations/route");
const itemRoute = await import("@/app/api/v1/deprecations/[id]/route");
const retireRoute = await import("@/app/api/v1/deprecations/[id]/retire/route");
const migrationRoute = await import("@/app/api/v1/deprecations/[id]/migrations/[consumerId]/route");
const calendarRoute = await import("@/app/api/v1/deprecations/calendar.ics/route");

let detachRoutes: () => void;
let database: TestDatabase;
let fixture: DeprecationFixture;
let deprecationId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  detachRoutes = serveRoutesFrom(database);
  fixture = await createDeprecationFixture(database.prisma);
});
afterAll(async () => {
  detachRoutes();
  await database.close();
});

describe("deprecations API", () => {
  it("announces with 201, its location, migrations and the gateway headers", async () => {
    signedIn.actor = fixture.actors.owner;
    const response = await call(listRoute.POST, { method: "POST", body: announceInput(fixture, new Date()) });
    expect(response.status).toBe(201);
    deprecationId = response.json!.id as string;
    expect(response.headers.get("location")).toBe(`/api/v1/deprecations/${deprecationId}`);
    expect(response.json).toMatchObject({
      status: "announced",
      target: { kind: "contract_version", criticality: "tier1" },
      progress: { total: 2, migrated: 0 },
    });
    const headers = response.json!.gatewayHeaders as { name: string; value: string }[];
    expect(headers.map((h) => h.name)).toEqual(["Deprecation", "Sunset", "Link"]);
    expect(headers[0].value).toMatch(/^@\d+$/);
    expect(headers[2].value).toContain('<https://docs.example.com/orders/v2-migration>; rel="deprecation"');
  });

  it("answers problem details for bad input, naming the field", async () => {
    signedIn.actor = fixture.actors.owner;
    const unknown = await call(listRoute.POST, { method: "POST", body: { ...announceInput(fixture, new Date()), colour: "red" } });
    expect(unknown.status).toBe(422);
    expect(unknown.headers.get("content-type")).toBe("application/problem+json");
    const noGuide = await call(listRoute.POST, { method: "POST", body: { ...announceInput(fixture, new Date()), migrationGuideUrl: "" } });
    expect(noGuide.json?.errors?.[0]).toMatchObject({ pointer: "/migrationGuideUrl" });
    const past = await call(itemRoute.PATCH, { method: "PATCH", params: { id: deprecationId }, body: { sunsetAt: "2020-01-01" } });
    expect(past.status).toBe(422);
    expect(past.json?.errors).toEqual([{ pointer: "/sunsetAt", detail: "The sunset date must be in the future." }]);
    signedIn.actor = fixture.actors.outsider;
    expect((await call(itemRoute.PATCH, { method: "PATCH", params: { id: deprecationId }, body: { sunsetAt: "2099-01-01" } })).status).toBe(403);
  });

  it("lists and reads deprecations", async () => {
    signedIn.actor = fixture.actors.consumerOwner;
    const list = await call(listRoute.GET, { url: "http://test.local/api/v1/deprecations?mine=true&limit=10" });
    expect(list.status).toBe(200);
    expect((list.json!.items as { id: string }[]).map((d) => d.id)).toEqual([deprecationId]);
    expect((await call(listRoute.GET, { url: "http://test.local/api/v1/deprecations?status=bogus" })).status).toBe(422);
    const read = await call(itemRoute.GET, { params: { id: deprecationId } });
    expect(read.headers.get("etag")).toMatch(/^"/);
    expect((read.json!.migrations as unknown[]).length).toBe(2);
    expect((await call(itemRoute.GET, { params: { id: "nope" } })).status).toBe(404);
  });

  it("moves a migration forward and refuses migrated back to notified", async () => {
    signedIn.actor = fixture.actors.consumerOwner;
    const params = { id: deprecationId, consumerId: fixture.dashboard.id };
    expect((await call(migrationRoute.PATCH, { method: "PATCH", params, body: { status: "acknowledged" } })).json).toMatchObject({ status: "acknowledged" });
    expect((await call(migrationRoute.PATCH, { method: "PATCH", params, body: { status: "migrated" } })).json).toMatchObject({ status: "migrated" });
    const back = await call(migrationRoute.PATCH, { method: "PATCH", params, body: { status: "notified" } });
    expect(back.status).toBe(409);
    expect(back.json?.errors?.[0].pointer).toBe("/status");
    expect((await call(migrationRoute.GET, { params })).json).toMatchObject({ status: "migrated" });
  });

  it("refuses to retire early without an override, then retires with an admin's", async () => {
    signedIn.actor = fixture.actors.owner;
    const early = await call(retireRoute.POST, { method: "POST", params: { id: deprecationId } });
    expect(early.status).toBe(409);
    expect(early.json?.errors?.[0]).toMatchObject({ pointer: "/overrideReason" });
    signedIn.actor = fixture.actors.admin;
    const retired = await call(retireRoute.POST, {
      method: "POST",
      params: { id: deprecationId },
      body: { overrideReason: "The churn model is switched off this week." },
    });
    expect(retired.status).toBe(200);
    expect(retired.json).toMatchObject({ status: "retired", retireOverrideReason: "The churn model is switched off this week." });
  });

  it("serves the sunset calendar to a session or to a token in the URL, and nobody else", async () => {
    signedIn.actor = null;
    expect((await call(calendarRoute.GET, { url: "http://portal.test/api/v1/deprecations/calendar.ics" })).status).toBe(401);
    const secret = generateTokenSecret();
    await database.prisma.apiToken.create({
      data: { userId: fixture.users.consumerOwner.id, name: "Calendar", scope: "read", prefix: displayPrefixOf(secret), tokenHash: hashTokenSecret(secret) },
    });
    const request = new Request(`http://portal.test/api/v1/deprecations/calendar.ics?token=${secret}`);
    const response = await calendarRoute.GET(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const ics = await response.text();
    expect(ics).toContain(`UID:deprecation-${deprecationId}@portal.test`);
    expect(ics).toContain("SUMMARY:Retired: ");
    const bad = await calendarRoute.GET(new Request("http://portal.test/api/v1/deprecations/calendar.ics?token=ix_wrong"), { params: Promise.resolve({}) });
    expect(bad.status).toBe(401);
  });

  it("refuses a read-write token in the URL, where logs and calendar apps keep it, but takes it as a header", async () => {
    signedIn.actor = null;
    const secret = generateTokenSecret();
    await database.prisma.apiToken.create({
      data: {
        userId: fixture.users.consumerOwner.id,
        name: "Scripts",
        scope: "read_write",
        prefix: displayPrefixOf(secret),
        tokenHash: hashTokenSecret(secret),
      },
    });
    const inUrl = await calendarRoute.GET(new Request(`http://portal.test/api/v1/deprecations/calendar.ics?token=${secret}`), { params: Promise.resolve({}) });
    expect(inUrl.status).toBe(401);
    expect(inUrl.headers.get("content-type")).toBe("application/problem+json");
    expect(((await inUrl.json()) as { detail: string }).detail).toMatch(/read-only/);
    const asHeader = await calendarRoute.GET(apiRequest("http://portal.test/api/v1/deprecations/calendar.ics", { token: secret }), {
      params: Promise.resolve({}),
    });
    expect(asHeader.status).toBe(200);
    expect(await asHeader.text()).toContain("BEGIN:VCALENDAR");
  });
});
