import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { updateContractVersion } from "@/lib/catalog/contracts/contract-use-cases";
import { Conflict } from "@/lib/errors/domain-errors";
import { createConsumer, createContract, createContractVersion, createIntegration, createTeam, createUser } from "@/test/factories";
import { call, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

const versionRoute = await import("@/app/api/v1/contracts/[id]/versions/[version]/route");
const listRoute = await import("@/app/api/v1/change-requests/route");
const requestRoute = await import("@/app/api/v1/change-requests/[number]/route");
const approvalsRoute = await import("@/app/api/v1/change-requests/[number]/approvals/route");
const acknowledgementsRoute = await import("@/app/api/v1/change-requests/[number]/acknowledgements/route");

let detachRoutes: () => void;
let db: TestDatabase;
let author: Actor;
let reviewer: Actor;
let dataOwner: Actor;
let dashboardOwner: Actor;
let contractId: string;
let dashboardId: string;

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

const SPEC = JSON.stringify(
  {
    openapi: "3.1.0",
    info: { title: "Orders", version: "1.0.0" },
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
    components: {
      schemas: {
        Order: {
          type: "object",
          required: ["order_id"],
          properties: { order_id: { type: "string" }, net_revenue: { type: "number" }, channel: { type: "string" } },
        },
      },
    },
  },
  null,
  2,
);

const NET_REVENUE = { field: "net_revenue", meaning: "Gross revenue minus discounts and refunds, excluding tax.", rules: "Recognised at shipment." };
const CHANNEL = { field: "channel", meaning: "Where the order was placed: web, store or marketplace.", rules: null };
// The meaning drift of the seeds' first failure mode: tax is now included.
const DRIFTED = { ...NET_REVENUE, meaning: "Gross revenue minus discounts, including sales tax." };

const audits = () => db.prisma.auditEvent.count();
const glossaryOf = async (version: string) =>
  (
    await db.prisma.glossaryEntry.findMany({
      where: { contractVersion: { contractId, version } },
      orderBy: { field: "asc" },
      select: { field: true, meaning: true },
    })
  ).map((entry) => `${entry.field}: ${entry.meaning}`);

beforeAll(async () => {
  db = await createTestDatabase();
  detachRoutes = serveRoutesFrom(db);
  const orders = await createTeam(db.prisma, { name: "Order Platform" });
  const analytics = await createTeam(db.prisma, { name: "Analytics" });
  const signsIn = { passwordHash: "scrypt$not-used" };
  author = actorOf(await createUser(db.prisma, { ...signsIn, role: "owner", name: "Olga Author", memberships: [{ teamId: orders.id }] }), [orders.id]);
  reviewer = actorOf(await createUser(db.prisma, { ...signsIn, role: "reviewer", name: "Rita Reviewer" }));
  dataOwner = actorOf(await createUser(db.prisma, { ...signsIn, role: "viewer", name: "Dora Data" }));
  dashboardOwner = actorOf(await createUser(db.prisma, { ...signsIn, role: "owner", name: "Priya Analyst", memberships: [{ teamId: analytics.id }] }), [
    analytics.id,
  ]);
  const integration = await createIntegration(db.prisma, { ownerTeamId: orders.id, owners: [{ role: "data_owner", userId: dataOwner.id }] });
  const contract = await createContract(db.prisma, {
    slug: "orders-api",
    name: "Orders API",
    type: "openapi",
    ownerTeamId: orders.id,
    integrationId: integration.id,
  });
  contractId = contract.id;
  const v1 = await createContractVersion(db.prisma, { contractId, version: "1.0.0", status: "active", specText: SPEC, glossary: [NET_REVENUE, CHANNEL] });
  dashboardId = (
    await createConsumer(db.prisma, {
      contractVersionId: v1.id,
      name: "Revenue Dashboard",
      kind: "dashboard",
      fieldsUsed: ["order_id", "net_revenue"],
      ownerUserId: dashboardOwner.id,
      ownerTeamId: analytics.id,
    })
  ).id;
  // Reads only the channel: a change of net_revenue's meaning is none of its business.
  await createConsumer(db.prisma, { contractVersionId: v1.id, name: "Channel Monitor", fieldsUsed: ["order_id", "channel"], ownerTeamId: analytics.id });
});
afterAll(async () => {
  detachRoutes();
  await db.close();
});

describe("changing a field's meaning in a published version's glossary", () => {
  it("is refused through the API, naming the glossary and pointing at a proposal, and changes nothing", async () => {
    as(author);
    const before = await audits();
    const response = await call(versionRoute.PATCH, {
      method: "PATCH",
      params: { id: contractId, version: "1.0.0" },
      body: { glossary: [DRIFTED, CHANNEL] },
    });
    expect(response.status).toBe(409);
    expect(response.json?.errors?.[0].pointer).toBe("/glossary");
    expect(response.json?.errors?.[0].detail).toMatch(/propos/i);
    expect(await glossaryOf("1.0.0")).toEqual([`channel: ${CHANNEL.meaning}`, `net_revenue: ${NET_REVENUE.meaning}`]);
    expect(await audits()).toBe(before);
  });

  it("is refused through the use case the version form calls, as a field error the form shows inline", async () => {
    const refused = updateContractVersion(db.prisma, { actor: author, contractId, version: "1.0.0", input: { glossary: [DRIFTED, CHANNEL] }, ifMatch: null });
    await expect(refused).rejects.toBeInstanceOf(Conflict);
    await expect(refused).rejects.toMatchObject({ issues: [{ pointer: "/glossary" }] });
  });

  it("is refused when it removes a field's meaning, but a definition for a field that had none is saved", async () => {
    as(author);
    const removed = await call(versionRoute.PATCH, { method: "PATCH", params: { id: contractId, version: "1.0.0" }, body: { glossary: [CHANNEL] } });
    expect(removed.status).toBe(409);
    const currency = { field: "currency", meaning: "ISO 4217 code of every amount.", rules: null };
    const added = await call(versionRoute.PATCH, {
      method: "PATCH",
      params: { id: contractId, version: "1.0.0" },
      body: { glossary: [NET_REVENUE, CHANNEL, currency] },
    });
    expect(added.status).toBe(200);
    expect(await glossaryOf("1.0.0")).toContain(`currency: ${currency.meaning}`);
    await db.prisma.glossaryEntry.deleteMany({ where: { field: "currency" } });
  });

  it("still saves the status and changelog when the same glossary comes back", async () => {
    as(author);
    const response = await call(versionRoute.PATCH, {
      method: "PATCH",
      params: { id: contractId, version: "1.0.0" },
      body: { changelog: "First published version.", glossary: [CHANNEL, NET_REVENUE] },
    });
    expect(response.status).toBe(200);
  });
});

describe("a glossary change proposed for review", () => {
  let number: number;

  it("carries the current document when none is sent, and shows the meaning change next to the schema changes", async () => {
    as(author);
    const response = await call(listRoute.POST, {
      method: "POST",
      body: { contractId, title: "Tax in revenue figures", glossary: [DRIFTED, CHANNEL], submit: true },
    });
    expect(response.status).toBe(201);
    number = response.json?.number as number;
    expect(response.json).toMatchObject({ status: "in_review", baseVersion: "1.0.0", proposedVersion: "1.1.0", changeCount: 0 });
    expect(response.json?.glossaryChanges).toEqual([
      {
        field: "net_revenue",
        kind: "meaning_changed",
        before: { meaning: NET_REVENUE.meaning, rules: NET_REVENUE.rules },
        after: { meaning: DRIFTED.meaning, rules: DRIFTED.rules },
      },
    ]);
  });

  it("needs the acknowledgement of the consumers that declared the field, and only theirs", async () => {
    const response = await call(requestRoute.GET, { params: { number: String(number) } });
    const steps = response.json?.steps as { kind: string; consumerId: string | null; label: string }[];
    expect(steps.map((step) => [step.kind, step.consumerId])).toEqual([
      ["reviewer", null],
      ["data_owner", null],
      ["consumer_acknowledgement", dashboardId],
    ]);
    expect(steps[2].label).toMatch(/meaning/);
  });

  it("notifies the owner of the consumer that declared the field", async () => {
    const notified = await db.prisma.notification.findMany({ where: { userId: dashboardOwner.id, kind: "review.requested" } });
    expect(notified).toHaveLength(1);
    expect(notified[0].body ?? notified[0].title).toMatch(/net_revenue/);
  });

  it("publishes the new meaning as a new version once reviewed and acknowledged, leaving the old version as it was", async () => {
    as(reviewer);
    expect((await call(approvalsRoute.POST, { method: "POST", params: { number: String(number) }, body: { decision: "approved" } })).status).toBe(200);
    as(dataOwner);
    const approved = await call(approvalsRoute.POST, { method: "POST", params: { number: String(number) }, body: { decision: "approved" } });
    expect(approved.json?.status).toBe("in_review");
    as(dashboardOwner);
    const acknowledged = await call(acknowledgementsRoute.POST, { method: "POST", params: { number: String(number) }, body: { consumerId: dashboardId } });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.json).toMatchObject({ status: "published", publishedVersion: "1.1.0" });
    const ack = (acknowledged.json?.steps as { kind: string; satisfiedBy: string | null }[]).find((step) => step.kind === "consumer_acknowledgement");
    expect(ack?.satisfiedBy).toBe("Priya Analyst");
    expect(await glossaryOf("1.1.0")).toEqual([`channel: ${CHANNEL.meaning}`, `net_revenue: ${DRIFTED.meaning}`]);
    expect(await glossaryOf("1.0.0")).toEqual([`channel: ${CHANNEL.meaning}`, `net_revenue: ${NET_REVENUE.meaning}`]);
  });
});
