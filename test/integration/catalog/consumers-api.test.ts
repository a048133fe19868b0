import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createBusinessCapability, createContract, createContractVersion, createTeam, createUser } from "@/test/factories";
import { call, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

const consumersRoute = await import("@/app/api/v1/consumers/route");
const consumerRoute = await import("@/app/api/v1/consumers/[id]/route");
const archiveRoute = await import("@/app/api/v1/consumers/[id]/archive/route");

let db: TestDatabase;
let detach: () => void;
let owner: Actor;
let viewer: Actor;
let ownTeam: string;
let otherTeam: string;
let versionId: string;
let retiredVersionId: string;

const actorOf = (user: { id: string; email: string; name: string; role: Actor["role"] }, teamIds: string[] = []): Actor => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  teamIds,
});
const auditCount = () => db.prisma.auditEvent.count();

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  ownTeam = (await createTeam(db.prisma, { name: "Analytics" })).id;
  otherTeam = (await createTeam(db.prisma, { name: "Marketing" })).id;
  owner = actorOf(await createUser(db.prisma, { role: "owner", memberships: [{ teamId: ownTeam }] }), [ownTeam]);
  viewer = actorOf(await createUser(db.prisma, { role: "viewer" }));
  const contract = await createContract(db.prisma, { slug: "orders-api", name: "Orders API", ownerTeamId: otherTeam });
  versionId = (await createContractVersion(db.prisma, { contractId: contract.id, version: "2.0.0" })).id;
  retiredVersionId = (await createContractVersion(db.prisma, { contractId: contract.id, version: "1.0.0", status: "retired" })).id;
});
afterAll(async () => {
  detach();
  await db.close();
});

const valid = () => ({
  name: "Weekly margin report",
  kind: "report",
  contractVersionId: versionId,
  fieldsUsed: ["order_total", "order_id"],
  purpose: "Margin by week for the CFO.",
  ownerTeamId: ownTeam,
});

describe("consumers API", () => {
  it("registers a consumer of another team's contract, for the owner's own team", async () => {
    signedIn.actor = owner;
    const response = await call(consumersRoute.POST, { method: "POST", body: valid() });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      name: "Weekly margin report",
      ownerTeam: { id: ownTeam },
      contractVersion: { version: "2.0.0", contract: { slug: "orders-api" } },
    });
  });

  it("names the field of each bad reference and writes nothing", async () => {
    signedIn.actor = owner;
    const before = await auditCount();
    const missing = await call(consumersRoute.POST, { method: "POST", body: { ...valid(), contractVersionId: "nope" } });
    expect(missing.json?.errors).toEqual([{ pointer: "/contractVersionId", detail: 'No contract version has the id "nope".' }]);
    const retired = await call(consumersRoute.POST, { method: "POST", body: { ...valid(), contractVersionId: retiredVersionId } });
    expect(retired.json?.errors?.[0].detail).toMatch(/retired/);
    const badFields = await call(consumersRoute.POST, { method: "POST", body: { ...valid(), fieldsUsed: "order_total" } });
    expect(badFields.json?.errors?.[0].pointer).toBe("/fieldsUsed");
    const foreignTeam = await call(consumersRoute.POST, { method: "POST", body: { ...valid(), ownerTeamId: otherTeam } });
    expect(foreignTeam.status).toBe(403);
    signedIn.actor = viewer;
    expect((await call(consumersRoute.POST, { method: "POST", body: valid() })).status).toBe(403);
    expect(await auditCount()).toBe(before);
  });

  it("lists with filters and a cursor, and searches fields used", async () => {
    signedIn.actor = viewer;
    const byField = await call(consumersRoute.GET, { url: "http://t/api/v1/consumers?q=order_total&kind=report" });
    expect((byField.json?.items as { name: string }[]).map((c) => c.name)).toEqual(["Weekly margin report"]);
    const byContract = await call(consumersRoute.GET, { url: "http://t/api/v1/consumers?contract=orders-api&limit=1" });
    expect(byContract.json?.nextCursor).toBeNull();
    const none = await call(consumersRoute.GET, { url: "http://t/api/v1/consumers?kind=dashboard" });
    expect(none.json?.items).toEqual([]);
  });

  it("updates with If-Match (412 for a stale tag) and archives with a reason", async () => {
    signedIn.actor = owner;
    const [consumer] = (await call(consumersRoute.GET, { url: "http://t/api/v1/consumers?q=margin" })).json?.items as { id: string }[];
    const loaded = await call(consumerRoute.GET, { params: { id: consumer.id } });
    const etag = loaded.headers.get("etag")!;
    const first = await call(consumerRoute.PATCH, {
      method: "PATCH",
      params: { id: consumer.id },
      headers: { "if-match": etag },
      body: { purpose: "Margin by week and region for the CFO." },
    });
    expect(first.status).toBe(200);
    const stale = await call(consumerRoute.PATCH, {
      method: "PATCH",
      params: { id: consumer.id },
      headers: { "if-match": etag },
      body: { purpose: "Overwritten?" },
    });
    expect(stale.status).toBe(412);
    expect((await db.prisma.consumer.findUniqueOrThrow({ where: { id: consumer.id } })).purpose).toBe("Margin by week and region for the CFO.");
    const noReason = await call(archiveRoute.POST, { method: "POST", params: { id: consumer.id }, body: {} });
    expect(noReason.json?.errors?.[0].pointer).toBe("/reason");
    const archived = await call(archiveRoute.POST, { method: "POST", params: { id: consumer.id }, body: { reason: "Report replaced by the BI dashboard" } });
    expect(archived.json).toMatchObject({ archiveReason: "Report replaced by the BI dashboard" });
    expect(archived.json?.archivedAt).not.toBeNull();
  });
});

describe("consumer capabilities", () => {
  it("records the capabilities a consumer serves, replaces them on edit, keeps them when not named, and names an unknown one", async () => {
    signedIn.actor = owner;
    const reporting = await createBusinessCapability(db.prisma, { slug: "financial-reporting", name: "Financial reporting" });
    const pricing = await createBusinessCapability(db.prisma, { slug: "pricing", name: "Pricing" });
    const created = await call(consumersRoute.POST, { method: "POST", body: { ...valid(), name: "Capability report", capabilityIds: [reporting.id] } });
    expect(created.status).toBe(201);
    const id = (created.json as { id: string }).id;
    expect(created.json?.capabilities).toEqual([{ id: reporting.id, slug: "financial-reporting", name: "Financial reporting" }]);

    const etag = created.headers.get("etag")!;
    const renamed = await call(consumerRoute.PATCH, { method: "PATCH", params: { id }, headers: { "if-match": etag }, body: { name: "Capability report v2" } });
    expect(renamed.json?.capabilities).toHaveLength(1);
    const replaced = await call(consumerRoute.PATCH, {
      method: "PATCH",
      params: { id },
      headers: { "if-match": renamed.headers.get("etag")! },
      body: { capabilityIds: [pricing.id] },
    });
    expect((replaced.json?.capabilities as { slug: string }[]).map((c) => c.slug)).toEqual(["pricing"]);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { targetId: id, action: "consumer.update" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ before: { capabilities: ["financial-reporting"] }, after: { capabilities: ["pricing"] } });

    const unknown = await call(consumerRoute.PATCH, {
      method: "PATCH",
      params: { id },
      headers: { "if-match": replaced.headers.get("etag")! },
      body: { capabilityIds: [pricing.id, "nope"] },
    });
    expect(unknown.json?.errors).toEqual([{ pointer: "/capabilityIds/1", detail: 'No business capability has the id "nope".' }]);
  });
});
