import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { createBusinessCapability, createConsumer, createContract, createContractVersion, createIntegration, createTeam, createUser } from "@/test/factories";
import { call, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

const listRoute = await import("@/app/api/v1/change-requests/route");
const requestRoute = await import("@/app/api/v1/change-requests/[number]/route");
const submitRoute = await import("@/app/api/v1/change-requests/[number]/submit/route");
const approvalsRoute = await import("@/app/api/v1/change-requests/[number]/approvals/route");
const acknowledgementsRoute = await import("@/app/api/v1/change-requests/[number]/acknowledgements/route");
const exceptionsRoute = await import("@/app/api/v1/change-requests/[number]/exceptions/route");
const withdrawRoute = await import("@/app/api/v1/change-requests/[number]/withdraw/route");
const commentsRoute = await import("@/app/api/v1/change-requests/[number]/comments/route");
const checkRoute = await import("@/app/api/v1/contracts/[id]/check/route");

let detachRoutes: () => void;
let db: TestDatabase;
let author: Actor;
let reviewer: Actor;
let dataOwner: Actor;
let consumerOwner: Actor;
let admin: Actor;
let viewer: Actor;
let outsider: Actor;
let contractId: string;
let dashboardId: string;
let orphanId: string;

const actorOf = (user: { id: string; email: string; name: string; role: Actor["role"] }, teamIds: string[] = []): Actor => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  teamIds,
});
const as = (actor: Actor) => {
  signedIn.actor = actor;
};

const spec = (version: string, properties: Record<string, unknown>, required = ["order_id"]) =>
  JSON.stringify(
    {
      openapi: "3.1.0",
      info: { title: "Orders", version },
      paths: {
        "/orders": {
          get: {
            summary: "List orders",
            responses: {
              "200": { description: "Orders", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Order" } } } } },
            },
          },
        },
      },
      components: { schemas: { Order: { type: "object", required, properties } } },
    },
    null,
    2,
  );

const V1 = spec("1.0.0", { order_id: { type: "string" }, net_revenue: { type: "number" }, channel: { type: "string" } }, ["order_id", "net_revenue"]);
// Removes the required net_revenue (breaks the dashboard) and adds a field.
const BREAKING = spec("2.0.0", { order_id: { type: "string" }, channel: { type: "string" }, note: { type: "string" } });
const ADDITIVE = spec("1.1.0", { order_id: { type: "string" }, net_revenue: { type: "number" }, channel: { type: "string" }, note: { type: "string" } }, [
  "order_id",
  "net_revenue",
]);

const post = <P>(handler: Parameters<typeof call<P>>[0], params: P, body: unknown) => call(handler, { method: "POST", params, body });
const cr = (number: number) => ({ number: String(number) });
const audits = () => db.prisma.auditEvent.count();

beforeAll(async () => {
  db = await createTestDatabase();
  detachRoutes = serveRoutesFrom(db);
  const orders = await createTeam(db.prisma, { name: "Order Platform" });
  const analytics = await createTeam(db.prisma, { name: "Analytics" });
  const signsIn = { passwordHash: "scrypt$not-used" };
  author = actorOf(await createUser(db.prisma, { ...signsIn, role: "owner", name: "Olga Author", memberships: [{ teamId: orders.id }] }), [orders.id]);
  reviewer = actorOf(await createUser(db.prisma, { ...signsIn, role: "reviewer", name: "Rita Reviewer" }));
  dataOwner = actorOf(await createUser(db.prisma, { ...signsIn, role: "viewer", name: "Dora Data" }));
  consumerOwner = actorOf(await createUser(db.prisma, { ...signsIn, role: "owner", name: "Priya Analyst", memberships: [{ teamId: analytics.id }] }), [
    analytics.id,
  ]);
  admin = actorOf(await createUser(db.prisma, { ...signsIn, role: "admin", name: "Ada Admin" }));
  viewer = actorOf(await createUser(db.prisma, { ...signsIn, role: "viewer", name: "Vic Viewer" }));
  outsider = actorOf(await createUser(db.prisma, { ...signsIn, role: "owner", name: "Otto Outsider", memberships: [{ teamId: analytics.id }] }), [
    analytics.id,
  ]);
  const integration = await createIntegration(db.prisma, { ownerTeamId: orders.id, owners: [{ role: "data_owner", userId: dataOwner.id }] });
  const contract = await createContract(db.prisma, {
    slug: "orders-api",
    name: "Orders API",
    type: "openapi",
    ownerTeamId: orders.id,
    integrationId: integration.id,
    ownerUserId: author.id,
  });
  contractId = contract.id;
  const v1 = await createContractVersion(db.prisma, { contractId, version: "1.0.0", status: "active", specText: V1 });
  const revenue = await createBusinessCapability(db.prisma, { name: "Revenue reporting" });
  dashboardId = (
    await createConsumer(db.prisma, {
      contractVersionId: v1.id,
      name: "Revenue Dashboard",
      fieldsUsed: ["order_id", "net_revenue"],
      ownerUserId: consumerOwner.id,
      ownerTeamId: analytics.id,
      capabilityIds: [revenue.id],
    })
  ).id;
  await createConsumer(db.prisma, { contractVersionId: v1.id, name: "Ops Monitor", fieldsUsed: ["order_id", "channel"], ownerTeamId: analytics.id });
  await db.prisma.webhookEndpoint.create({ data: { name: "CI", url: "https://ci.example/hook", secret: "s3cret", events: [], createdById: admin.id } });
});
afterAll(async () => {
  detachRoutes();
  await db.close();
});

describe("POST /api/v1/contracts/{id}/check", () => {
  it("answers the diff, the verdict and the affected consumers, and writes nothing", async () => {
    as(viewer);
    const before = { audits: await audits(), requests: await db.prisma.changeRequest.count(), versions: await db.prisma.contractVersion.count() };
    const response = await post(checkRoute.POST, { id: "orders-api" }, { specText: BREAKING, version: "1.1.0" });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      verdict: "breaking",
      baseVersion: "1.0.0",
      suggestedVersion: "2.0.0",
      versionCheck: { satisfied: false, requiredBump: "major" },
    });
    expect(response.json?.impact).toMatchObject({ consumers: 2, broken: 1, sentence: "Breaks 1 of 2 consumers; 1 of them feeds revenue reporting." });
    expect((response.json?.affectedConsumers as { name: string; broken: boolean }[]).find((c) => c.name === "Revenue Dashboard")?.broken).toBe(true);
    expect({ audits: await audits(), requests: await db.prisma.changeRequest.count(), versions: await db.prisma.contractVersion.count() }).toEqual(before);
  });

  it("always checks the semantic-version rule: the body's version, else the candidate's info.version, else the derived one", async () => {
    as(viewer);
    // A pipeline that sends only the document (as the README's example did) and forgot to bump info.version.
    const unbumped = BREAKING.replace('"version": "2.0.0"', '"version": "1.0.0"');
    const forgot = await post(checkRoute.POST, { id: contractId }, { specText: unbumped });
    expect(forgot.status).toBe(200);
    expect(forgot.json?.versionCheck).toMatchObject({
      baseVersion: "1.0.0",
      proposedVersion: "1.0.0",
      requiredBump: "major",
      satisfied: false,
      suggestedVersion: "2.0.0",
      source: "document",
    });
    const bumped = await post(checkRoute.POST, { id: contractId }, { specText: BREAKING });
    expect(bumped.json?.versionCheck).toMatchObject({ proposedVersion: "2.0.0", satisfied: true, source: "document" });
    const named = await post(checkRoute.POST, { id: contractId }, { specText: unbumped, version: "1.1.0" });
    expect(named.json?.versionCheck).toMatchObject({ proposedVersion: "1.1.0", satisfied: false, source: "body" });
    // The answer names every change by its id.
    expect((forgot.json?.changes as { kind: string }[]).map((c) => c.kind)).toEqual(
      expect.arrayContaining(["response-required-property-removed", "response-optional-property-added"]),
    );
  });

  it("accepts a read-only API token, as a CI pipeline holds, which still cannot propose", async () => {
    as(viewer);
    const { secret } = await createApiToken(db.prisma, { actor: viewer, input: { name: "CI gate", scope: "read", expiresInDays: 30 } });
    signedIn.actor = null;
    const headers = { authorization: `Bearer ${secret}` };
    const checked = await call(checkRoute.POST, { method: "POST", params: { id: contractId }, body: { specText: BREAKING }, headers });
    expect(checked.status).toBe(200);
    expect(checked.json?.verdict).toBe("breaking");
    const proposed = await call(listRoute.POST, { method: "POST", body: { contractId, title: "From CI", specText: BREAKING }, headers });
    expect(proposed.status).toBe(403);
    expect(proposed.json?.detail).toMatch(/read-only/);
  });

  it("names the field when the candidate is invalid, and answers 404 for an unknown contract", async () => {
    as(viewer);
    const invalid = await post(checkRoute.POST, { id: contractId }, { specText: "openapi: [unclosed" });
    expect(invalid.status).toBe(422);
    expect(invalid.json?.errors?.[0].pointer).toBe("/specText");
    expect((await post(checkRoute.POST, { id: contractId }, { specTxt: V1 })).json?.errors?.map((e) => e.pointer)).toContain("/specText");
    expect((await post(checkRoute.POST, { id: "no-such-contract" }, { specText: V1 })).status).toBe(404);
  });
});

describe("the review workflow", () => {
  let number: number;

  it("refuses proposals from viewers and other teams, and bad input naming the field", async () => {
    const before = await audits();
    as(viewer);
    expect((await call(listRoute.POST, { method: "POST", body: { contractId, title: "Drop net revenue", specText: BREAKING } })).status).toBe(403);
    as(outsider);
    expect((await call(listRoute.POST, { method: "POST", body: { contractId, title: "Drop net revenue", specText: BREAKING } })).status).toBe(403);
    as(author);
    const noTitle = await call(listRoute.POST, { method: "POST", body: { contractId, specText: BREAKING } });
    expect(noTitle.status).toBe(422);
    expect(noTitle.json?.errors?.map((e) => e.pointer)).toEqual(["/title"]);
    const badSpec = await call(listRoute.POST, { method: "POST", body: { contractId, title: "Broken", specText: '{"openapi": "3.1.0"}' } });
    expect(badSpec.status).toBe(422);
    expect(badSpec.json?.errors?.[0].pointer).toBe("/specText");
    const takenVersion = await call(listRoute.POST, {
      method: "POST",
      body: { contractId, title: "Same version", specText: ADDITIVE, proposedVersion: "1.0.0" },
    });
    expect(takenVersion.status).toBe(409);
    expect(takenVersion.json?.errors?.[0].pointer).toBe("/proposedVersion");
    expect(await db.prisma.changeRequest.count()).toBe(0);
    expect(await audits()).toBe(before);
  });

  it("lets the owner propose a breaking change: a draft with the diff, the suggested version and the affected consumers", async () => {
    as(author);
    const response = await call(listRoute.POST, {
      method: "POST",
      body: { contractId, title: "Drop net revenue from orders", specText: BREAKING, changelog: "BREAKING: net_revenue removed." },
    });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({ status: "draft", proposedVersion: "2.0.0", baseVersion: "1.0.0", revision: 1, impact: { broken: 1, consumers: 2 } });
    expect(response.json?.breakingCount).toBeGreaterThan(0);
    expect((response.json?.steps as { kind: string }[]).map((step) => step.kind)).toEqual(["reviewer", "data_owner", "consumer_acknowledgement"]);
    number = response.json?.number as number;
    const stored = await db.prisma.changeRequest.findUniqueOrThrow({ where: { number } });
    expect((stored.diff as { changes: unknown[] }).changes.length).toBe(stored.changeCount);
  });

  it("submits it for review, notifying reviewers, the data owner and the affected consumer owners", async () => {
    as(author);
    const response = await post(submitRoute.POST, cr(number), {});
    expect(response.status).toBe(200);
    expect(response.json?.status).toBe("in_review");
    const notified = (await db.prisma.notification.findMany({ where: { kind: "review.requested" }, select: { userId: true } })).map((n) => n.userId);
    expect(notified).toEqual(expect.arrayContaining([reviewer.id, admin.id, dataOwner.id, consumerOwner.id]));
    expect(notified).not.toContain(author.id);
    expect(await db.prisma.webhookDelivery.count({ where: { eventType: "change_request.submitted" } })).toBe(1);
    expect((await post(submitRoute.POST, cr(number), {})).status).toBe(409);
  });

  it("refuses approval from a viewer and from the proposer, writing nothing", async () => {
    const before = await audits();
    as(viewer);
    const byViewer = await post(approvalsRoute.POST, cr(number), { decision: "approved" });
    expect(byViewer.status).toBe(403);
    as(author);
    const byAuthor = await post(approvalsRoute.POST, cr(number), { decision: "approved" });
    expect(byAuthor.status).toBe(403);
    expect(byAuthor.json?.detail).toMatch(/own proposal/);
    as(consumerOwner);
    expect((await post(approvalsRoute.POST, cr(number), { decision: "approved" })).status).toBe(403);
    expect(await db.prisma.changeRequestApproval.count()).toBe(0);
    expect(await audits()).toBe(before);
  });

  it("tells a caller who may not decide or acknowledge 403 before anything about the body", async () => {
    const before = await audits();
    as(viewer);
    const unknownDecision = await post(approvalsRoute.POST, cr(number), { decision: "maybe" });
    expect(unknownDecision.status).toBe(403);
    expect(unknownDecision.json?.errors).toBeUndefined();
    expect((await post(approvalsRoute.POST, cr(number), { decision: "rejected" })).status).toBe(403);
    expect((await post(acknowledgementsRoute.POST, cr(number), { consumerId: 42 })).status).toBe(403);
    as(author);
    expect((await post(approvalsRoute.POST, cr(number), { decision: "changes_requested" })).status).toBe(403);
    as(reviewer);
    const notTheirs = await post(acknowledgementsRoute.POST, cr(number), { comment: ["not", "a", "string"] });
    expect(notTheirs.status).toBe(403);
    expect(notTheirs.json?.errors).toBeUndefined();
    expect(await db.prisma.changeRequestApproval.count()).toBe(0);
    expect(await audits()).toBe(before);
  });

  it("validates decisions: an unknown decision is 422 naming the field", async () => {
    as(reviewer);
    const response = await post(approvalsRoute.POST, cr(number), { decision: "maybe" });
    expect(response.status).toBe(422);
    expect(response.json?.errors?.[0].pointer).toBe("/decision");
  });

  it("records a reviewer's approval without publishing while steps remain, and refuses a second one", async () => {
    as(reviewer);
    const response = await post(approvalsRoute.POST, cr(number), { decision: "approved", comment: "Fine by me." });
    expect(response.status).toBe(200);
    expect(response.json?.status).toBe("in_review");
    expect((response.json?.steps as { kind: string; satisfied: boolean }[]).map((s) => [s.kind, s.satisfied])).toEqual([
      ["reviewer", true],
      ["data_owner", false],
      ["consumer_acknowledgement", false],
    ]);
    expect((await post(approvalsRoute.POST, cr(number), { decision: "approved" })).status).toBe(409);
  });

  it("keeps the revision and its approvals when only the title changes and the same text comes back", async () => {
    as(author);
    const edited = await call(requestRoute.PATCH, {
      method: "PATCH",
      params: cr(number),
      body: { title: "Drop net revenue from the orders list", specText: BREAKING },
    });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ title: "Drop net revenue from the orders list", revision: 1 });
    expect((edited.json?.steps as { kind: string; satisfied: boolean }[])[0]).toMatchObject({ kind: "reviewer", satisfied: true });
  });

  it("resets approvals when the proposal is edited", async () => {
    as(author);
    const current = await call(requestRoute.GET, { params: cr(number) });
    const edited = await call(requestRoute.PATCH, {
      method: "PATCH",
      params: cr(number),
      body: { changelog: "BREAKING: net_revenue removed; use the finance API." },
      headers: { "if-match": current.headers.get("etag")! },
    });
    expect(edited.status).toBe(200);
    expect(edited.json?.revision).toBe(2);
    expect((edited.json?.steps as { satisfied: boolean }[]).every((step) => !step.satisfied)).toBe(true);
    const stale = await call(requestRoute.PATCH, {
      method: "PATCH",
      params: cr(number),
      body: { title: "Stale edit" },
      headers: { "if-match": current.headers.get("etag")! },
    });
    expect(stale.status).toBe(412);
  });

  it("lets only the consumer's owner acknowledge, then publishes atomically when the last step is met", async () => {
    as(reviewer);
    expect((await post(acknowledgementsRoute.POST, cr(number), { consumerId: dashboardId })).status).toBe(403);
    as(reviewer);
    expect((await post(approvalsRoute.POST, cr(number), { decision: "approved" })).json?.status).toBe("in_review");
    as(consumerOwner);
    const acked = await post(acknowledgementsRoute.POST, cr(number), { consumerId: dashboardId, comment: "We will switch to the finance API." });
    expect(acked.status).toBe(200);
    expect(acked.json?.status).toBe("in_review");
    expect((await post(acknowledgementsRoute.POST, cr(number), { consumerId: dashboardId })).status).toBe(409);
    expect(await db.prisma.contractVersion.count({ where: { contractId, version: "2.0.0" } })).toBe(0);

    as(dataOwner);
    const published = await post(approvalsRoute.POST, cr(number), { decision: "approved" });
    expect(published.status).toBe(200);
    expect(published.json).toMatchObject({ status: "published", publishedVersion: "2.0.0", policySatisfied: true });
    const versions = await db.prisma.contractVersion.findMany({
      where: { contractId },
      select: { version: true, status: true, publishedAt: true, specText: true, changelog: true },
      orderBy: { version: "asc" },
    });
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      ["1.0.0", "active"],
      ["2.0.0", "active"],
    ]);
    expect(versions[1]).toMatchObject({ specText: BREAKING, changelog: "BREAKING: net_revenue removed; use the finance API." });
    expect(versions[1].publishedAt).not.toBeNull();
    const trail = await db.prisma.auditEvent.findMany({
      where: { OR: [{ targetType: "change_request" }, { action: "contract.version.publish" }] },
      select: { action: true },
      orderBy: { at: "asc" },
    });
    expect(trail.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        "change_request.propose",
        "change_request.submit",
        "change_request.approve",
        "change_request.edit",
        "change_request.acknowledge",
        "contract.version.publish",
      ]),
    );
    expect(await db.prisma.webhookDelivery.count({ where: { eventType: { in: ["change_request.approved", "change_request.published"] } } })).toBe(2);
    expect(await db.prisma.notification.count({ where: { userId: author.id, kind: "review.decided" } })).toBeGreaterThan(0);
  });

  it("answers 409 for transitions a published request no longer has", async () => {
    as(reviewer);
    expect((await post(approvalsRoute.POST, cr(number), { decision: "rejected", comment: "Too late" })).status).toBe(409);
    as(author);
    expect((await post(withdrawRoute.POST, cr(number), {})).status).toBe(409);
    expect((await call(requestRoute.PATCH, { method: "PATCH", params: cr(number), body: { title: "After the fact" } })).status).toBe(409);
  });
});

describe("exceptions, sending back and rejecting", () => {
  let number: number;

  beforeAll(async () => {
    // The contract's current version is now 2.0.0; a consumer nobody owns reads it.
    const current = await db.prisma.contractVersion.findFirstOrThrow({ where: { contractId, version: "2.0.0" } });
    orphanId = (
      await createConsumer(db.prisma, { contractVersionId: current.id, name: "Outlet P&L", fieldsUsed: ["channel"], ownerUserId: null, ownerTeamId: null })
    ).id;
  });

  it("lets an admin grant an exception for a consumer nobody can acknowledge for, with a reason and a future expiry", async () => {
    as(author);
    const proposed = await call(listRoute.POST, {
      method: "POST",
      body: { contractId, title: "Drop channel", specText: spec("3.0.0", { order_id: { type: "string" }, note: { type: "string" } }), submit: true },
    });
    expect(proposed.status).toBe(201);
    expect(proposed.json).toMatchObject({ status: "in_review", proposedVersion: "3.0.0" });
    number = proposed.json?.number as number;
    as(reviewer);
    expect((await post(exceptionsRoute.POST, cr(number), { reason: "Outlet P&L is being retired this month.", expiresAt: "2099-01-01" })).status).toBe(403);
    as(admin);
    const past = await post(exceptionsRoute.POST, cr(number), { reason: "Outlet P&L is being retired this month.", expiresAt: "2020-01-01" });
    expect(past.status).toBe(422);
    expect(past.json?.errors?.[0].pointer).toBe("/expiresAt");
    const noReason = await post(exceptionsRoute.POST, cr(number), { expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString() });
    expect(noReason.json?.errors?.[0].pointer).toBe("/reason");
    const granted = await post(exceptionsRoute.POST, cr(number), {
      reason: "Outlet P&L is being retired this month.",
      expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    });
    expect(granted.status).toBe(200);
    const ack = (granted.json?.steps as { kind: string; consumerId: string | null; satisfied: boolean; satisfiedBy: string | null }[]).find(
      (s) => s.consumerId === orphanId,
    );
    expect(ack).toMatchObject({ satisfied: true, satisfiedBy: expect.stringMatching(/^Admin exception by Ada Admin/) });
  });

  it("sends it back for changes, takes it again, and rejects it for good", async () => {
    as(dataOwner);
    const sentBack = await post(approvalsRoute.POST, cr(number), { decision: "changes_requested", comment: "Keep channel until Q3." });
    expect(sentBack.json?.status).toBe("changes_requested");
    expect((await post(approvalsRoute.POST, cr(number), { decision: "changes_requested" })).json?.errors?.[0].pointer).toBe("/comment");
    as(author);
    expect((await post(submitRoute.POST, cr(number), {})).json?.status).toBe("in_review");
    as(reviewer);
    const rejected = await post(approvalsRoute.POST, cr(number), { decision: "rejected", comment: "Channel is needed by finance." });
    expect(rejected.json?.status).toBe("rejected");
    expect(rejected.json?.decidedAt).not.toBeNull();
    expect((await post(approvalsRoute.POST, cr(number), { decision: "approved" })).status).toBe(409);
    expect(await db.prisma.contractVersion.count({ where: { contractId, version: "3.0.0" } })).toBe(0);
  });
});

describe("an admin who edits someone else's proposal", () => {
  it("may no longer approve or decide on it: another reviewer must", async () => {
    as(author);
    const proposed = await call(listRoute.POST, {
      method: "POST",
      body: {
        contractId,
        title: "Add a note",
        specText: spec("3.1.0", { order_id: { type: "string" }, channel: { type: "string" }, note: { type: "string" }, memo: { type: "string" } }),
        submit: true,
      },
    });
    expect(proposed.status).toBe(201);
    const number = proposed.json?.number as number;
    as(admin);
    const edited = await call(requestRoute.PATCH, { method: "PATCH", params: cr(number), body: { changelog: "Adds memo (edited by an admin)." } });
    expect(edited.status).toBe(200);
    expect((await call(requestRoute.GET, { params: cr(number) })).json?.actions).toMatchObject({ approve: false, reject: false, requestChanges: false });
    const approval = await post(approvalsRoute.POST, cr(number), { decision: "approved" });
    expect(approval.status).toBe(403);
    expect(approval.json?.detail).toMatch(/edited/);
    expect((await post(approvalsRoute.POST, cr(number), { decision: "rejected", comment: "No." })).status).toBe(403);
    expect(await db.prisma.changeRequestApproval.count({ where: { changeRequest: { number } } })).toBe(0);
    as(reviewer);
    expect((await post(approvalsRoute.POST, cr(number), { decision: "approved" })).status).toBe(200);
  });
});

describe("reading", () => {
  it("lists requests with filters and cursor pages, and reads one by CR number", async () => {
    as(viewer);
    const all = await call(listRoute.GET, { url: "http://test.local/api?limit=1" });
    expect(all.status).toBe(200);
    expect((all.json?.items as unknown[]).length).toBe(1);
    expect(all.json?.nextCursor).toEqual(expect.any(String));
    const next = await call(listRoute.GET, { url: `http://test.local/api?limit=1&cursor=${all.json?.nextCursor}` });
    expect(next.json).toMatchObject({ items: [expect.anything()] });
    expect((next.json?.items as { number: number }[])[0].number).not.toBe((all.json?.items as { number: number }[])[0].number);
    const published = await call(listRoute.GET, { url: "http://test.local/api?status=published&breaking=yes" });
    expect((published.json?.items as { status: string }[]).map((i) => i.status)).toEqual(["published"]);
    expect((await call(listRoute.GET, { url: "http://test.local/api?status=nonsense" })).status).toBe(422);
    const one = await call(requestRoute.GET, { params: { number: "CR-1" } });
    expect(one.status).toBe(200);
    expect(one.json?.actions).toMatchObject({ approve: false, edit: false });
    expect((await call(requestRoute.GET, { params: { number: "banana" } })).status).toBe(404);
  });

  it("takes comments from anyone who can read, and lists them", async () => {
    as(viewer);
    const created = await post(commentsRoute.POST, cr(1), {
      body: "Which finance API replaces net_revenue?",
      location: "/components/schemas/Order/properties/net_revenue",
    });
    expect(created.status).toBe(201);
    expect((await post(commentsRoute.POST, cr(1), { body: "" })).json?.errors?.[0].pointer).toBe("/body");
    const list = await call(commentsRoute.GET, { params: cr(1) });
    expect((list.json?.items as { body: string }[]).map((c) => c.body)).toEqual(["Which finance API replaces net_revenue?"]);
  });
});

describe("editing the document", () => {
  it("diffs a new text again against the current version and starts a new revision", async () => {
    as(author);
    const additive = spec("2.1.0", { order_id: { type: "string" }, channel: { type: "string" }, note: { type: "string" }, region: { type: "string" } });
    const draft = await call(listRoute.POST, { method: "POST", body: { contractId, title: "Add region", specText: additive } });
    expect(draft.json).toMatchObject({ status: "draft", baseVersion: "2.0.0", proposedVersion: "2.1.0", breakingCount: 0, revision: 1 });
    // order_id becomes an integer: breaking for every reader.
    const retyped = spec("3.0.0", { order_id: { type: "integer" }, channel: { type: "string" }, note: { type: "string" }, region: { type: "string" } });
    const edited = await call(requestRoute.PATCH, {
      method: "PATCH",
      params: cr(draft.json?.number as number),
      body: { specText: retyped, proposedVersion: "3.0.0" },
    });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ revision: 2, proposedVersion: "3.0.0" });
    expect(edited.json?.breakingCount).toBeGreaterThan(0);
  });
});
