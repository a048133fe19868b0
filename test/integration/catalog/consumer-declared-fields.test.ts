import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createConsumer, createContract, createContractVersion, createTeam, createUser } from "@/test/factories";
import { call, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

const consumersRoute = await import("@/app/api/v1/consumers/route");
const { findConsumerFieldProblems } = await import("@/lib/catalog/consumers/find-declared-field-problems");
const consumerRoute = await import("@/app/api/v1/consumers/[id]/route");

let db: TestDatabase;
let detach: () => void;
let teamId: string;
const versions: Record<string, string> = {};

// Order API 2.0.0 describes order_id, net_revenue and customer.tax_region; 3.0.0 renames net_revenue to net_amount.
const spec = (revenueField: string) =>
  JSON.stringify({
    openapi: "3.1.0",
    info: { title: "Order API", version: "2.0.0" },
    paths: {
      "/orders": {
        get: {
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
          properties: {
            order_id: { type: "string" },
            [revenueField]: { type: "number" },
            customer: { type: "object", properties: { tax_region: { type: "string" } } },
          },
        },
      },
    },
  });

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  teamId = (await createTeam(db.prisma, { name: "Analytics" })).id;
  const admin = await createUser(db.prisma, { role: "admin" });
  signedIn.actor = { id: admin.id, email: admin.email, name: admin.name, role: "admin", teamIds: [] } satisfies Actor;
  const contract = await createContract(db.prisma, { slug: "order-api", name: "Order API" });
  versions.v2 = (await createContractVersion(db.prisma, { contractId: contract.id, version: "2.0.0", specText: spec("net_revenue") })).id;
  versions.v3 = (await createContractVersion(db.prisma, { contractId: contract.id, version: "3.0.0", specText: spec("net_amount") })).id;
}, 60_000);

afterAll(async () => {
  detach?.();
  await db?.close();
});

const consumer = (fieldsUsed: string[], contractVersionId = versions.v2) => ({
  name: `Revenue dashboard ${fieldsUsed.join(" ")}`,
  kind: "dashboard",
  contractVersionId,
  fieldsUsed,
  purpose: "Daily net revenue by channel.",
  ownerTeamId: teamId,
});

describe("a consumer's declared fields, checked against the contract version it consumes", () => {
  it("refuses a field the version does not describe, naming each entry with the nearest fields, and writes nothing", async () => {
    const before = await db.prisma.consumer.count();
    const refused = await call(consumersRoute.POST, { method: "POST", body: consumer(["order_id", "no_such_field_xyz", "net_revenu"]) });
    expect(refused.status).toBe(422);
    expect(refused.json?.errors?.map((e) => e.pointer)).toEqual(["/fieldsUsed/1", "/fieldsUsed/2"]);
    expect(refused.json?.errors?.[0].detail).toBe('"no_such_field_xyz" is not a field or operation of Order API 2.0.0.');
    expect(refused.json?.errors?.[1].detail).toContain('Did you mean "net_revenue"?');
    expect(await db.prisma.consumer.count()).toBe(before);
  });

  it("accepts names, dotted paths, JSON pointers (stored as dotted paths) and operations", async () => {
    const created = await call(consumersRoute.POST, {
      method: "POST",
      body: consumer(["net_revenue", "customer.tax_region", "/customer/tax_region", "GET /orders", "tax_region"]),
    });
    expect(created.status).toBe(201);
    expect(created.json?.fieldsUsed).toEqual(["net_revenue", "customer.tax_region", "customer.tax_region", "GET /orders", "tax_region"]);
    const wrongPath = await call(consumersRoute.POST, { method: "POST", body: consumer(["customer.net_revenue"]) });
    expect(wrongPath.status).toBe(422);
  });

  it("checks an update of the fields, and a move to a version that no longer describes them", async () => {
    const created = await call(consumersRoute.POST, { method: "POST", body: consumer(["order_id", "net_revenue"]) });
    const id = created.json?.id as string;
    const etag = () => call(consumerRoute.GET, { params: { id } }).then((answer) => answer.headers.get("etag")!);
    const badEdit = await call(consumerRoute.PATCH, {
      method: "PATCH",
      params: { id },
      headers: { "if-match": await etag() },
      body: { fieldsUsed: ["ordr_id"] },
    });
    expect(badEdit.status).toBe(422);
    expect(badEdit.json?.errors?.[0]).toMatchObject({ pointer: "/fieldsUsed/0" });
    expect(badEdit.json?.errors?.[0].detail).toContain('Did you mean "order_id"?');
    const move = await call(consumerRoute.PATCH, {
      method: "PATCH",
      params: { id },
      headers: { "if-match": await etag() },
      body: { contractVersionId: versions.v3 },
    });
    expect(move.status).toBe(422);
    expect(move.json?.errors?.[0].pointer).toBe("/fieldsUsed/1");
    expect(move.json?.errors?.[0].detail).toContain("Order API 3.0.0");
    expect(move.json?.errors?.[0].detail).toContain('Did you mean "net_amount"?');
  });

  it("lists the declarations made before fields were checked for their owners to fix, with suggestions", async () => {
    // Written around the use case, as older records and seeded data were.
    const older = await createConsumer(db.prisma, {
      contractVersionId: versions.v3,
      name: "Older board pack",
      ownerTeamId: teamId,
      fieldsUsed: ["order_id", "net_revenue"],
    });
    await createConsumer(db.prisma, { contractVersionId: versions.v3, name: "Archived pack", fieldsUsed: ["nope"], archivedAt: new Date() });
    const rows = await findConsumerFieldProblems(db.prisma, { actor: signedIn.actor! });
    expect(rows.map((row) => [row.consumer.name, row.version.version, row.problems])).toEqual([
      ["Older board pack", "3.0.0", [{ index: 1, entry: "net_revenue", suggestions: ["net_amount"] }]],
    ]);
    expect((await findConsumerFieldProblems(db.prisma, { actor: signedIn.actor!, consumerId: older.id })).length).toBe(1);
  });
});
