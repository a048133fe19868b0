import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/auth/permissions";
import { Conflict, DomainError } from "@/lib/errors/domain-errors";
import { domainProblem } from "@/lib/http/domain-problem";
import { etagOf } from "@/lib/http/etag";
import { archiveIntegration } from "@/lib/catalog/integrations/archive-integration";
import { createIntegration } from "@/lib/catalog/integrations/create-integration";
import { updateIntegration } from "@/lib/catalog/integrations/update-integration";
import { findIntegration } from "@/lib/catalog/integrations/detail-repository";
import { findIntegrations, findIntegrationsPage } from "@/lib/catalog/integrations/list-repository";
import { zIntegrationApiListQuery, zIntegrationListQuery } from "@/lib/catalog/integrations/schemas";
import {
  createBusinessCapability,
  createConsumer,
  createContract,
  createContractVersion,
  createIntegration as insertIntegration,
  createSystem,
  createTeam,
  createUser,
} from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let db: TestDatabase;
let admin: Actor;
let owner: Actor;
let otherOwner: Actor;
let viewer: Actor;
let teamSlug: string;
let otherTeamSlug: string;

const actorOf = (user: { id: string; email: string; name: string; role: Actor["role"] }, teamIds: string[] = []): Actor => ({ ...user, teamIds });

const validInput = () => ({
  name: "Orders to warehouse",
  description: "Confirmed orders go to the warehouse for picking.",
  sourceSystem: "shop",
  targetSystem: "warehouse",
  ownerTeam: teamSlug,
  direction: "one_way",
  mechanism: "event_message",
  pattern: "event_driven",
  frequency: "real_time",
  fieldsExchanged: ["order_id", "sku"],
  volumePerDay: 5000,
  monitoring: "apm_tracing",
  expectedLatencySeconds: 5,
  owners: { technical_owner: "tech@acme.test", data_owner: "data@acme.test", source_owner: "tech@acme.test", target_owner: "data@acme.test" },
  escalationPath: [{ user: "tech@acme.test" }, { contact: "#warehouse-oncall" }],
  capabilities: ["order-fulfilment"],
});

const auditCount = () => db.prisma.auditEvent.count();
const statusOf = (error: unknown) => (error instanceof DomainError ? domainProblem(error).status : error);

beforeAll(async () => {
  db = await createTestDatabase();
  const team = await createTeam(db.prisma, { slug: "fulfilment", name: "Fulfilment" });
  const other = await createTeam(db.prisma, { slug: "finance", name: "Finance" });
  teamSlug = team.slug;
  otherTeamSlug = other.slug;
  admin = actorOf(await createUser(db.prisma, { role: "admin", email: "admin@acme.test" }));
  owner = actorOf(await createUser(db.prisma, { role: "owner", email: "owner@acme.test" }), [team.id]);
  otherOwner = actorOf(await createUser(db.prisma, { role: "owner", email: "other@acme.test" }), [other.id]);
  viewer = actorOf(await createUser(db.prisma, { role: "viewer", email: "viewer@acme.test" }));
  await createUser(db.prisma, { email: "tech@acme.test", name: "Tess Tech" });
  await createUser(db.prisma, { email: "data@acme.test", name: "Dana Data" });
  await createSystem(db.prisma, { slug: "shop", name: "Shop" });
  await createSystem(db.prisma, { slug: "warehouse", name: "Warehouse" });
  await createBusinessCapability(db.prisma, { slug: "order-fulfilment", name: "Order fulfilment" });
});
afterAll(() => db.close());

describe("createIntegration", () => {
  it("registers the whole record with owners, escalation path and capability, audits it and scores it complete but for the contract", async () => {
    const before = await auditCount();
    const created = await createIntegration(db.prisma, { actor: owner, input: validInput() });
    expect(created.key).toMatch(/^INT-\d{4}$/);
    expect(created.owners.map((o) => [o.role, o.user.email]).sort()).toEqual([
      ["data_owner", "data@acme.test"],
      ["source_owner", "tech@acme.test"],
      ["target_owner", "data@acme.test"],
      ["technical_owner", "tech@acme.test"],
    ]);
    expect(created.escalationPath).toEqual([
      { position: 1, user: expect.objectContaining({ email: "tech@acme.test" }), contact: null },
      { position: 2, user: null, contact: "#warehouse-oncall" },
    ]);
    expect(created.completeness.missing.map((m) => m.key)).toEqual(["contract"]);
    expect(await auditCount()).toBe(before + 1);
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { targetId: created.id } });
    expect(event).toMatchObject({ action: "integration.create", actorId: owner.id, targetLabel: created.key });
  });

  it("refuses an owner creating for another team, and a viewer before validating; writes nothing", async () => {
    const before = await auditCount();
    const count = await db.prisma.integration.count();
    await expect(createIntegration(db.prisma, { actor: otherOwner, input: validInput() })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createIntegration(db.prisma, { actor: viewer, input: { nonsense: true } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await auditCount()).toBe(before);
    expect(await db.prisma.integration.count()).toBe(count);
  });

  it("names the reference that does not exist, and unknown fields or wrong types", async () => {
    const error = await createIntegration(db.prisma, {
      actor: admin,
      input: { ...validInput(), targetSystem: "nowhere", owners: { data_owner: "ghost@acme.test" } },
    }).catch((e: unknown) => e);
    expect(statusOf(error)).toBe(422);
    expect(domainProblem(error as DomainError).errors).toEqual([
      { pointer: "/targetSystem", detail: 'No system has the slug "nowhere".' },
      { pointer: "/owners/data_owner", detail: "No registered person has the e-mail ghost@acme.test." },
    ]);
    const unknown = await createIntegration(db.prisma, { actor: admin, input: { ...validInput(), colour: "red" } }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(ZodError);
    const wrongType = await createIntegration(db.prisma, { actor: admin, input: { ...validInput(), volumePerDay: "lots" } }).catch((e: unknown) => e);
    expect((wrongType as ZodError).issues[0].path).toEqual(["volumePerDay"]);
  });

  it("refuses a key that is taken", async () => {
    await createIntegration(db.prisma, { actor: admin, input: { ...validInput(), key: "INT-9000" } });
    const error = await createIntegration(db.prisma, { actor: admin, input: { ...validInput(), key: "INT-9000" } }).catch((e: unknown) => e);
    expect(statusOf(error)).toBe(409);
  });

  it("gives simultaneous creates without a key distinct keys, and one of two racing for the same key a 409", async () => {
    const created = await Promise.allSettled(Array.from({ length: 6 }, () => createIntegration(db.prisma, { actor: owner, input: validInput() })));
    expect(created.map((r) => r.status)).toEqual(Array(6).fill("fulfilled"));
    const keys = created.map((r) => (r as PromiseFulfilledResult<{ key: string }>).value.key);
    expect(new Set(keys).size).toBe(6);

    const racing = await Promise.allSettled([
      createIntegration(db.prisma, { actor: admin, input: { ...validInput(), key: "INT-9100" } }),
      createIntegration(db.prisma, { actor: admin, input: { ...validInput(), key: "INT-9100" } }),
      createIntegration(db.prisma, { actor: admin, input: validInput() }),
    ]);
    expect(racing.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(racing.filter((r) => r.status === "rejected").map((r) => statusOf((r as PromiseRejectedResult).reason))).toEqual([409]);
  });

  it("records validation rules and exception routes, one route per error type", async () => {
    const rules = [
      { kind: "required_field", field: "order_id", description: "Orders without an id are quarantined." },
      { kind: "channel_requirement", description: "Only approved channels." },
    ];
    const routes = [
      { errorType: "missing_required_field", action: "quarantine", handler: "integration_support" },
      { errorType: "unauthorized", action: "access_review" },
    ];
    const created = await createIntegration(db.prisma, { actor: owner, input: { ...validInput(), validationRules: rules, exceptionRoutes: routes } });
    expect(created.validationRules).toEqual([
      { kind: "required_field", field: "order_id", description: "Orders without an id are quarantined." },
      { kind: "channel_requirement", field: null, description: "Only approved channels." },
    ]);
    expect(created.exceptionRoutes).toEqual([
      { errorType: "missing_required_field", action: "quarantine", handler: "integration_support" },
      { errorType: "unauthorized", action: "access_review", handler: null },
    ]);
    const twice = await createIntegration(db.prisma, {
      actor: owner,
      input: { ...validInput(), exceptionRoutes: [routes[0], { ...routes[0], action: "error_queue" }] },
    }).catch((e: unknown) => e);
    expect((twice as ZodError).issues.map((i) => i.path)).toEqual([["exceptionRoutes", 1, "errorType"]]);
  });
});

describe("updateIntegration", () => {
  it("changes only what is named, and audits before and after", async () => {
    const created = await createIntegration(db.prisma, { actor: owner, input: validInput() });
    const updated = await updateIntegration(db.prisma, {
      actor: owner,
      idOrKey: created.key,
      input: { monitoringNotes: "Grafana board orders-prod" },
      ifMatch: [etagOf(created.updatedAt)],
    });
    expect(updated.monitoringNotes).toBe("Grafana board orders-prod");
    expect(updated.owners).toHaveLength(4);
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { targetId: created.id, action: "integration.update" } });
    expect(event.before).toMatchObject({ monitoringNotes: null });
    expect(event.after).toMatchObject({ monitoringNotes: "Grafana board orders-prod" });
  });

  it("replaces validation rules and exception routes when named, and keeps them when not", async () => {
    const created = await createIntegration(db.prisma, {
      actor: owner,
      input: {
        ...validInput(),
        validationRules: [{ kind: "uniqueness", field: "event_id", description: "Replays are dropped." }],
        exceptionRoutes: [{ errorType: "duplicate_event", action: "deduplicate" }],
      },
    });
    const renamed = await updateIntegration(db.prisma, { actor: owner, idOrKey: created.key, input: { name: "Renamed" }, ifMatch: null });
    expect(renamed.validationRules).toHaveLength(1);
    expect(renamed.exceptionRoutes).toHaveLength(1);
    const replaced = await updateIntegration(db.prisma, {
      actor: owner,
      idOrKey: created.key,
      input: { validationRules: [], exceptionRoutes: [{ errorType: "schema_violation", action: "escalate_to_producer", handler: "producer_team" }] },
      ifMatch: [etagOf(renamed.updatedAt)],
    });
    expect(replaced.validationRules).toEqual([]);
    expect(replaced.exceptionRoutes).toEqual([{ errorType: "schema_violation", action: "escalate_to_producer", handler: "producer_team" }]);
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { targetId: created.id, action: "integration.update" }, orderBy: { at: "desc" } });
    expect(event.after).toMatchObject({ exceptionRoutes: [{ errorType: "schema_violation" }] });
  });

  it("of two editors who loaded the same version, the second gets 412 and the first change is kept", async () => {
    const created = await createIntegration(db.prisma, { actor: owner, input: validInput() });
    const etag = [etagOf(created.updatedAt)];
    await updateIntegration(db.prisma, { actor: owner, idOrKey: created.id, input: { name: "First editor" }, ifMatch: etag });
    const error = await updateIntegration(db.prisma, { actor: admin, idOrKey: created.id, input: { name: "Second editor" }, ifMatch: etag }).catch(
      (e: unknown) => e,
    );
    expect(statusOf(error)).toBe(412);
    expect((await findIntegration(db.prisma, created.id))!.name).toBe("First editor");
  });

  it("two concurrent updates with the same version: exactly one wins", async () => {
    const created = await createIntegration(db.prisma, { actor: owner, input: validInput() });
    const etag = [etagOf(created.updatedAt)];
    const results = await Promise.allSettled([
      updateIntegration(db.prisma, { actor: owner, idOrKey: created.id, input: { name: "A" }, ifMatch: etag }),
      updateIntegration(db.prisma, { actor: admin, idOrKey: created.id, input: { name: "B" }, ifMatch: etag }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(statusOf(rejected.reason)).toBe(412);
  });

  it("refuses another team's owner (403) and an unknown id (404)", async () => {
    const created = await createIntegration(db.prisma, { actor: owner, input: validInput() });
    await expect(updateIntegration(db.prisma, { actor: otherOwner, idOrKey: created.key, input: { name: "Mine now" }, ifMatch: null })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      updateIntegration(db.prisma, { actor: owner, idOrKey: created.key, input: { ownerTeam: otherTeamSlug }, ifMatch: null }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateIntegration(db.prisma, { actor: admin, idOrKey: "INT-NOPE", input: { name: "x" }, ifMatch: null })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await findIntegration(db.prisma, created.id))!.name).toBe("Orders to warehouse");
  });
});

describe("archiveIntegration", () => {
  it("needs a plan for active consumers, then archives with the reason", async () => {
    const created = await createIntegration(db.prisma, { actor: owner, input: validInput() });
    const contract = await createContract(db.prisma, { integrationId: created.id });
    const version = await createContractVersion(db.prisma, { contractId: contract.id });
    await createConsumer(db.prisma, { contractVersionId: version.id });
    const refused = await archiveIntegration(db.prisma, { actor: owner, idOrKey: created.key, input: { reason: "Replaced by the new flow" } }).catch(
      (e: unknown) => e,
    );
    expect(statusOf(refused)).toBe(409);
    expect(domainProblem(refused as DomainError).errors?.[0].pointer).toBe("/consumerPlan");
    expect((await findIntegration(db.prisma, created.id))!.archivedAt).toBeNull();

    const archived = await archiveIntegration(db.prisma, {
      actor: owner,
      idOrKey: created.key,
      input: { reason: "Replaced by the new flow", consumerPlan: "BI moves to INT-0100 by March" },
    });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(archived.archiveReason).toBe("Replaced by the new flow");
    await expect(updateIntegration(db.prisma, { actor: owner, idOrKey: created.key, input: { name: "x" }, ifMatch: null })).rejects.toBeInstanceOf(Conflict);
  });

  it("refuses a viewer", async () => {
    const created = await createIntegration(db.prisma, { actor: owner, input: validInput() });
    await expect(archiveIntegration(db.prisma, { actor: viewer, idOrKey: created.key, input: { reason: "because" } })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("findIntegrations", () => {
  let shopId: string;
  let warehouseId: string;
  beforeAll(async () => {
    shopId = (await db.prisma.system.findUniqueOrThrow({ where: { slug: "shop" } })).id;
    warehouseId = (await db.prisma.system.findUniqueOrThrow({ where: { slug: "warehouse" } })).id;
    const billing = await createSystem(db.prisma, { slug: "billing", name: "Billing" });
    await insertIntegration(db.prisma, {
      key: "INT-8001",
      name: "Invoices to ledger",
      sourceSystemId: billing.id,
      targetSystemId: warehouseId,
      healthStatus: "degraded",
      monitoring: "none",
      fieldsExchanged: ["invoice_number"],
    });
    const glossaryHolder = await insertIntegration(db.prisma, {
      key: "INT-8002",
      name: "Customer status feed",
      sourceSystemId: shopId,
      targetSystemId: billing.id,
      healthStatus: "healthy",
    });
    const contract = await createContract(db.prisma, { integrationId: glossaryHolder.id });
    await createContractVersion(db.prisma, {
      contractId: contract.id,
      glossary: [{ field: "loyalty_tier", meaning: "Bronze, silver or gold membership level" }],
    });
  });

  const list = (params: Record<string, string>) => findIntegrations(db.prisma, zIntegrationListQuery.parse(params), 100);

  it("searches names, exchanged fields and the glossary", async () => {
    expect((await list({ q: "invoices" })).integrations.map((i) => i.key)).toEqual(["INT-8001"]);
    expect((await list({ q: "invoice_number" })).integrations.map((i) => i.key)).toEqual(["INT-8001"]);
    expect((await list({ q: "membership level" })).integrations.map((i) => i.key)).toEqual(["INT-8002"]);
  });

  it("searches case-insensitively in what the database keeps current: a renamed record is found by its new name only", async () => {
    expect((await list({ q: "int-8001" })).integrations.map((i) => i.key)).toEqual(["INT-8001"]);
    expect((await list({ q: "INVOICE_NUMBER" })).integrations.map((i) => i.key)).toEqual(["INT-8001"]);
    // A LIKE wildcard in the search is a literal character, not "anything".
    expect((await list({ q: "invoice%number" })).integrations).toEqual([]);
    await db.prisma.integration.update({ where: { key: "INT-8002" }, data: { name: "Tier changes feed", fieldsExchanged: ["member_tier"] } });
    expect((await list({ q: "member_tier" })).integrations.map((i) => i.key)).toEqual(["INT-8002"]);
    expect((await list({ q: "customer status" })).integrations).toEqual([]);
  });

  it("counts the matches by health, and the total is their sum", async () => {
    const result = await list({ archived: "include" });
    expect(result.total).toBe(await db.prisma.integration.count());
    expect(Object.values(result.health).reduce((a, b) => a + b, 0)).toBe(result.total);
    expect(result.health.degraded).toBe(await db.prisma.integration.count({ where: { healthStatus: "degraded" } }));
  });

  it("filters by the home page's parameters", async () => {
    expect((await list({ health: "failing,degraded", system: "billing" })).integrations.map((i) => i.key)).toEqual(["INT-8001"]);
    const monitoringNone = await list({ monitoring: "none" });
    expect(monitoringNone.integrations.every((i) => i.monitoring === "none")).toBe(true);
    expect(monitoringNone.integrations.map((i) => i.key)).toContain("INT-8001");
    const noDataOwner = await list({ missing: "data-owner" });
    expect(noDataOwner.integrations.map((i) => i.key).sort()).toEqual(["INT-8001", "INT-8002"]);
    const noContract = await list({ missing: "contract", system: "billing" });
    expect(noContract.integrations.map((i) => i.key)).toEqual(["INT-8001"]);
  });

  it("filters by business value and complexity ratings (the dashboard's prioritisation matrix links)", async () => {
    await db.prisma.integration.update({ where: { key: "INT-8001" }, data: { businessValue: 5, complexity: 1 } });
    await db.prisma.integration.update({ where: { key: "INT-8002" }, data: { businessValue: 2, complexity: 4 } });
    expect((await list({ value: "3,4,5", complexity: "1,2", system: "billing" })).integrations.map((i) => i.key)).toEqual(["INT-8001"]);
    expect((await list({ value: "1,2", complexity: "3,4,5", system: "billing" })).integrations.map((i) => i.key)).toEqual(["INT-8002"]);
    const rated = await list({ value: "5" });
    const expected = await db.prisma.integration.findMany({ where: { archivedAt: null, businessValue: 5 }, select: { key: true }, orderBy: { key: "asc" } });
    expect(rated.integrations.map((i) => i.key)).toEqual(expected.map((i) => i.key));
    expect(zIntegrationListQuery.safeParse({ value: "6" }).success).toBe(false);
  });

  it("hides archived records unless asked, and sorts", async () => {
    const all = await list({ archived: "include" });
    const live = await list({});
    expect(all.total).toBeGreaterThan(live.total);
    expect(live.integrations.every((i) => i.archivedAt === null)).toBe(true);
    const byName = await list({ sort: "name", dir: "desc" });
    const names = byName.integrations.map((i) => i.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
  });

  it("walks the API list with cursors without repeating or skipping a row", async () => {
    const everything = (await list({})).integrations.map((i) => i.key);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await findIntegrationsPage(db.prisma, zIntegrationApiListQuery.parse({ limit: "2", ...(cursor ? { cursor } : {}) }));
      seen.push(...page.items.map((i) => i.key));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(everything);
  });
});
