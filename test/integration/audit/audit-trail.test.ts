import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { findAuditActors, findAuditEventPage, findAuditTargetKeys, findAuditVocabulary } from "@/lib/audit/repository";
import { GET as getAudit } from "@/app/api/v1/audit/route";
import { createSystem, createTeam, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { apiRequest, noParams, serveRoutesFrom } from "@/test/support/route-harness";

let db: TestDatabase;
let detach: () => void;
let admin: Actor;
let owner: Actor;
let systemId: string;
let secret: string;

const asActor = (user: { id: string; email: string; name: string; role: Actor["role"] }): Actor => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  teamIds: [],
});

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  admin = asActor(await createUser(db.prisma, { role: "admin", email: "ada@acme.test", name: "Ada Admin" }));
  owner = asActor(await createUser(db.prisma, { role: "owner", email: "otto@acme.test", name: "Otto Owner" }));
  await createUser(db.prisma, { role: "viewer", email: "quiet@acme.test", name: "Quiet Person" });
  const team = await createTeam(db.prisma);
  systemId = (await createSystem(db.prisma, { slug: "order-hub", ownerTeamId: team.id })).id;
  // Twelve changes at known times, alternating actors.
  for (let i = 0; i < 12; i++) {
    await db.prisma.$transaction((tx) =>
      recordAuditEvent(tx, {
        actor: i % 2 === 0 ? admin : owner,
        action: i < 6 ? "system.update" : "integration.create",
        target: i < 6 ? { type: "system", id: systemId, label: "Order hub" } : { type: "integration", id: `int-${i}` },
        before: { n: i },
        after: { n: i + 1 },
      }),
    );
  }
  secret = (await createApiToken(db.prisma, { actor: owner, input: { name: "audit reader", scope: "read" } })).secret;
});
afterAll(async () => {
  detach();
  await db.close();
});

describe("findAuditEventPage", () => {
  it("walks the whole filtered trail with cursors, newest first, without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await findAuditEventPage(db.prisma, { targetType: "system", limit: 4, cursor });
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    const all = await db.prisma.auditEvent.findMany({ where: { targetType: "system" }, orderBy: [{ at: "desc" }, { id: "desc" }] });
    expect(seen).toEqual(all.map((e) => e.id));
  });

  it("filters by actor, action prefix and time", async () => {
    const byOwner = await findAuditEventPage(db.prisma, { actorId: owner.id, action: "integration.", limit: 50 });
    expect(byOwner.items.length).toBe(3);
    expect(byOwner.items.every((e) => e.actorId === owner.id && e.action === "integration.create")).toBe(true);
    const future = await findAuditEventPage(db.prisma, { from: new Date(Date.now() + 3600_000), limit: 50 });
    expect(future.items).toEqual([]);
  });
});

describe("audit filter vocabulary and links", () => {
  it("lists only the people who acted, and the types and actions that occur", async () => {
    expect((await findAuditActors(db.prisma)).map((a) => a.email)).toEqual(["ada@acme.test", "otto@acme.test"]);
    const vocabulary = await findAuditVocabulary(db.prisma);
    expect(vocabulary.targetTypes).toEqual(["api_token", "integration", "system"]);
    expect(vocabulary.actions).toContain("system.update");
  });

  it("looks up the slug of systems and leaves deleted records unlinked", async () => {
    const keys = await findAuditTargetKeys(db.prisma, [
      { targetType: "system", targetId: systemId },
      { targetType: "integration", targetId: "int-6" },
    ]);
    expect(keys.get(`system:${systemId}`)).toBe("order-hub");
    expect(keys.has("integration:int-6")).toBe(false);
  });
});

describe("GET /api/v1/audit", () => {
  it("answers a filtered page and a cursor to the next", async () => {
    const response = await getAudit(apiRequest(`/api/v1/audit?targetType=system&limit=5`, { token: secret }), noParams);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: { targetType: string; before: unknown }[]; nextCursor: string | null };
    expect(body.items).toHaveLength(5);
    expect(body.items[0]).toMatchObject({ targetType: "system", before: { n: 5 } });
    const next = await getAudit(apiRequest(`/api/v1/audit?targetType=system&limit=5&cursor=${body.nextCursor}`, { token: secret }), noParams);
    expect(((await next.json()) as { items: unknown[]; nextCursor: null }).items).toHaveLength(1);
  });

  it("names the failing query parameter", async () => {
    const response = await getAudit(apiRequest(`/api/v1/audit?from=yesterday`, { token: secret }), noParams);
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: { pointer: string }[] }).errors[0].pointer).toBe("/from");
    const badCursor = await getAudit(apiRequest(`/api/v1/audit?cursor=garbage`, { token: secret }), noParams);
    expect(badCursor.status).toBe(400);
  });
});
