import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/permissions";
import { announceDeprecation, cancelDeprecation, retireDeprecated, updateNoticePolicy, updateSunset } from "@/lib/deprecations/deprecation-use-cases";
import { acknowledgeMigration, updateMigrationStatus } from "@/lib/deprecations/migration-use-cases";
import { findDeprecationDetail, findDeprecations, findMyMigrations } from "@/lib/deprecations/repository";
import { zDeprecationListQuery } from "@/lib/deprecations/schemas";
import { DomainError } from "@/lib/errors/domain-errors";
import { domainProblem } from "@/lib/http/domain-problem";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";
import { announceInput, createDeprecationFixture, DAY, type DeprecationFixture } from "./deprecation-fixture";

let database: TestDatabase;
let fixture: DeprecationFixture;
const now = new Date("2026-06-01T09:00:00Z");
const clock = () => now;

beforeEach(async () => {
  await database?.close();
  database = await createTestDatabase();
  fixture = await createDeprecationFixture(database.prisma);
});
afterAll(async () => database?.close());

async function problemOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return domainProblem(error);
    throw error;
  }
  throw new Error("Expected the call to fail.");
}

async function announce(overrides: Record<string, unknown> = {}) {
  return announceDeprecation(database.prisma, { actor: fixture.actors.owner, input: announceInput(fixture, now, overrides), clock });
}

describe("announcing a deprecation", () => {
  it("marks the version deprecated, opens a migration per consumer, notifies their owners and webhooks, and schedules the jobs", async () => {
    const prisma = database.prisma;
    await prisma.webhookEndpoint.create({
      data: {
        name: "Gateway team",
        url: "https://hooks.example.com/in",
        secret: "s3cret",
        events: ["deprecation.announced"],
        createdById: fixture.users.admin.id,
      },
    });
    const { id } = await announce();
    expect(await prisma.webhookDelivery.findMany({ select: { eventType: true, eventId: true } })).toEqual([
      { eventType: "deprecation.announced", eventId: `deprecation:${id}:announced` },
    ]);
    expect(await prisma.job.count({ where: { kind: "webhook.deliver" } })).toBe(1);
    expect((await prisma.contractVersion.findUniqueOrThrow({ where: { id: fixture.v1.id } })).status).toBe("deprecated");
    const items = await prisma.migrationItem.findMany({ where: { deprecationId: id }, include: { consumer: true } });
    expect(items.map((item) => [item.consumer.name, item.status]).sort()).toEqual([
      ["Churn model", "notified"],
      ["Revenue dashboard", "notified"],
    ]);
    // The dashboard's owner, and the lead (not the plain member) of the team that owns the model.
    const notified = await prisma.notification.findMany({ where: { kind: "deprecation.announced" }, select: { userId: true } });
    expect(notified.map((n) => n.userId).sort()).toEqual([fixture.users.consumerOwner.id, fixture.users.analyticsLead.id].sort());
    const jobs = await prisma.job.findMany({
      where: { kind: { startsWith: "deprecation." } },
      orderBy: { runAt: "asc" },
      select: { kind: true, dedupeKey: true, runAt: true },
    });
    expect(jobs.map((job) => [job.kind, (job.runAt.getTime() - now.getTime()) / DAY])).toEqual([
      ["deprecation.escalation", 14],
      ["deprecation.reminder", 90],
      ["deprecation.reminder", 106],
      ["deprecation.reminder", 113],
    ]);
    expect(await prisma.auditEvent.count({ where: { action: "deprecation.announce", targetId: id } })).toBe(1);
  });

  it("refuses a notice shorter than the tier's minimum unless an admin grants an exception", async () => {
    const short = { sunsetAt: new Date(now.getTime() + 30 * DAY).toISOString() };
    expect(await problemOf(announce(short))).toMatchObject({ status: 422, errors: [{ pointer: "/sunsetAt" }] });
    expect(await problemOf(announce({ ...short, noticeExceptionReason: "The vendor switches it off in July." }))).toMatchObject({
      status: 403,
      errors: [{ pointer: "/noticeExceptionReason" }],
    });
    const { id } = await announceDeprecation(database.prisma, {
      actor: fixture.actors.admin,
      input: announceInput(fixture, now, { ...short, noticeExceptionReason: "The vendor switches it off in July." }),
      clock,
    });
    expect((await database.prisma.deprecation.findUniqueOrThrow({ where: { id } })).noticeExceptionReason).toBe("The vendor switches it off in July.");
  });

  it("uses the policy admins configured", async () => {
    await updateNoticePolicy(database.prisma, {
      actor: fixture.actors.admin,
      input: { criticality: "tier1", minimumNoticeDays: 150, acknowledgeWithinDays: 3 },
    });
    expect(await problemOf(announce())).toMatchObject({ status: 422, detail: expect.stringMatching(/150 days/) });
    await expect(
      updateNoticePolicy(database.prisma, { actor: fixture.actors.owner, input: { criticality: "tier1", minimumNoticeDays: 1, acknowledgeWithinDays: 1 } }),
    ).rejects.toThrow(ForbiddenError);
  });

  it("refuses another team's target, a sunset in the past, a bad replacement and a second announcement, writing nothing", async () => {
    await expect(announceDeprecation(database.prisma, { actor: fixture.actors.outsider, input: announceInput(fixture, now), clock })).rejects.toThrow(
      ForbiddenError,
    );
    expect(await problemOf(announce({ sunsetAt: "2026-01-01" }))).toMatchObject({
      status: 422,
      errors: [{ pointer: "/sunsetAt", detail: "The sunset date must be in the future." }],
    });
    expect(await problemOf(announce({ replacementVersionId: fixture.v1.id }))).toMatchObject({ status: 422, errors: [{ pointer: "/replacementVersionId" }] });
    expect(await database.prisma.deprecation.count()).toBe(0);
    expect(await database.prisma.job.count()).toBe(0);
    await announce();
    expect(await problemOf(announce())).toMatchObject({ status: 409, errors: [{ pointer: "/contractVersionId" }] });
  });

  it("deprecates an integration for the consumers of its contracts' versions in service", async () => {
    const { id } = await announce({
      targetKind: "integration",
      contractVersionId: undefined,
      integrationId: fixture.integration.id,
      replacementVersionId: undefined,
    });
    expect((await database.prisma.integration.findUniqueOrThrow({ where: { id: fixture.integration.id } })).lifecycle).toBe("deprecated");
    expect(await database.prisma.migrationItem.count({ where: { deprecationId: id } })).toBe(2);
  });
});

describe("migrations", () => {
  it("lets the consumer's owner and its team acknowledge and progress, and nobody else", async () => {
    const { id } = await announce();
    const item = await acknowledgeMigration(database.prisma, {
      actor: fixture.actors.consumerOwner,
      deprecationId: id,
      consumerId: fixture.dashboard.id,
      clock,
    });
    expect(item).toMatchObject({ status: "acknowledged", acknowledgedAt: now });
    const blocked = await updateMigrationStatus(database.prisma, {
      actor: fixture.actors.analyticsMember,
      deprecationId: id,
      consumerId: fixture.model.id,
      input: { status: "blocked", blockedReason: "Waits for the feature store upgrade." },
      clock,
    });
    expect(blocked).toMatchObject({ status: "blocked", blockedReason: "Waits for the feature store upgrade." });
    await expect(
      updateMigrationStatus(database.prisma, {
        actor: fixture.actors.outsider,
        deprecationId: id,
        consumerId: fixture.model.id,
        input: { status: "migrated" },
      }),
    ).rejects.toThrow(ForbiddenError);
    expect(await database.prisma.auditEvent.count({ where: { action: "deprecation.migration.update" } })).toBe(2);
  });

  it("records one acknowledgement when two arrive at once (a double click, or two owners)", async () => {
    const { id } = await announce();
    const update = (status: string) =>
      updateMigrationStatus(database.prisma, {
        actor: fixture.actors.consumerOwner,
        deprecationId: id,
        consumerId: fixture.dashboard.id,
        input: { status },
        clock,
      }).then(
        () => "ok",
        (error: unknown) => (error instanceof DomainError ? domainProblem(error).status : error),
      );
    const outcomes = await Promise.all([update("acknowledged"), update("acknowledged")]);
    expect(outcomes.sort()).toEqual([409, "ok"]);
    expect(await database.prisma.auditEvent.count({ where: { action: "deprecation.migration.update" } })).toBe(1);
  });

  it("answers a bad transition with a conflict naming the status", async () => {
    const { id } = await announce();
    await updateMigrationStatus(database.prisma, {
      actor: fixture.actors.consumerOwner,
      deprecationId: id,
      consumerId: fixture.dashboard.id,
      input: { status: "migrated" },
      clock,
    });
    expect(
      await problemOf(
        updateMigrationStatus(database.prisma, {
          actor: fixture.actors.consumerOwner,
          deprecationId: id,
          consumerId: fixture.dashboard.id,
          input: { status: "notified" },
        }),
      ),
    ).toMatchObject({ status: 409, errors: [{ pointer: "/status" }] });
    expect(
      await problemOf(
        updateMigrationStatus(database.prisma, {
          actor: fixture.actors.analyticsMember,
          deprecationId: id,
          consumerId: fixture.model.id,
          input: { status: "blocked" },
        }),
      ),
    ).toMatchObject({ status: 422, errors: [{ pointer: "/blockedReason" }] });
  });

  it("shows a person the migrations of consumers they or their teams own", async () => {
    await announce();
    expect((await findMyMigrations(database.prisma, fixture.actors.consumerOwner)).map((item) => item.consumer.name)).toEqual(["Revenue dashboard"]);
    expect((await findMyMigrations(database.prisma, fixture.actors.analyticsMember)).map((item) => item.consumer.name).sort()).toEqual([
      "Churn model",
      "Revenue dashboard",
    ]);
    expect(await findMyMigrations(database.prisma, fixture.actors.outsider)).toEqual([]);
  });
});

describe("sunset changes, retirement and cancellation", () => {
  it("moves the sunset, reschedules the reminders and tells those still migrating", async () => {
    const { id } = await announce();
    const later = new Date(now.getTime() + 150 * DAY);
    await updateSunset(database.prisma, { actor: fixture.actors.owner, deprecationId: id, input: { sunsetAt: later.toISOString() }, clock });
    expect((await database.prisma.deprecation.findUniqueOrThrow({ where: { id } })).sunsetAt).toEqual(later);
    expect(await database.prisma.job.count({ where: { kind: "deprecation.reminder", dedupeKey: { endsWith: `:${later.getTime()}` } } })).toBe(3);
    expect(await database.prisma.notification.count({ where: { kind: "deprecation.sunset_changed" } })).toBe(2);
    expect(
      await problemOf(updateSunset(database.prisma, { actor: fixture.actors.owner, deprecationId: id, input: { sunsetAt: "2026-05-01" }, clock })),
    ).toMatchObject({ status: 422, errors: [{ pointer: "/sunsetAt" }] });
    expect(
      await problemOf(
        updateSunset(database.prisma, {
          actor: fixture.actors.owner,
          deprecationId: id,
          input: { sunsetAt: new Date(now.getTime() + 20 * DAY).toISOString() },
          clock,
        }),
      ),
    ).toMatchObject({ status: 422 });
  });

  it("refuses to retire while consumers have not migrated, unless an admin overrides with a reason", async () => {
    const { id } = await announce();
    await updateMigrationStatus(database.prisma, {
      actor: fixture.actors.consumerOwner,
      deprecationId: id,
      consumerId: fixture.dashboard.id,
      input: { status: "migrated" },
      clock,
    });
    expect(await problemOf(retireDeprecated(database.prisma, { actor: fixture.actors.owner, deprecationId: id, input: {}, clock }))).toMatchObject({
      status: 409,
      errors: [{ pointer: "/overrideReason", detail: expect.stringMatching(/1 consumer has not migrated \(Churn model\)/) }],
    });
    await expect(
      retireDeprecated(database.prisma, { actor: fixture.actors.owner, deprecationId: id, input: { overrideReason: "We are in a hurry." }, clock }),
    ).rejects.toThrow(ForbiddenError);
    await retireDeprecated(database.prisma, {
      actor: fixture.actors.admin,
      deprecationId: id,
      input: { overrideReason: "The model is being decommissioned anyway." },
      clock,
    });
    const detail = await findDeprecationDetail(database.prisma, id, now);
    expect(detail).toMatchObject({ status: "retired", retireOverrideReason: "The model is being decommissioned anyway.", progress: { total: 2, migrated: 1 } });
    expect((await database.prisma.contractVersion.findUniqueOrThrow({ where: { id: fixture.v1.id } })).status).toBe("retired");
    expect(
      await problemOf(
        updateMigrationStatus(database.prisma, {
          actor: fixture.actors.analyticsMember,
          deprecationId: id,
          consumerId: fixture.model.id,
          input: { status: "migrated" },
        }),
      ),
    ).toMatchObject({ status: 409 });
  });

  it("retires without override once everyone has migrated", async () => {
    const { id } = await announce();
    for (const consumer of [fixture.dashboard, fixture.model]) {
      await updateMigrationStatus(database.prisma, {
        actor: fixture.actors.analyticsMember,
        deprecationId: id,
        consumerId: consumer.id,
        input: { status: "migrated" },
        clock,
      });
    }
    await retireDeprecated(database.prisma, { actor: fixture.actors.owner, deprecationId: id, input: {}, clock });
    expect((await database.prisma.deprecation.findUniqueOrThrow({ where: { id } })).status).toBe("retired");
    expect(await database.prisma.auditEvent.count({ where: { action: "deprecation.retire", targetId: id } })).toBe(1);
  });

  it("cancels: the version returns to service", async () => {
    const { id } = await announce();
    await cancelDeprecation(database.prisma, { actor: fixture.actors.owner, deprecationId: id, input: { reason: "Announced by mistake." }, clock });
    expect((await database.prisma.contractVersion.findUniqueOrThrow({ where: { id: fixture.v1.id } })).status).toBe("active");
    expect(await problemOf(retireDeprecated(database.prisma, { actor: fixture.actors.admin, deprecationId: id, input: {}, clock }))).toMatchObject({
      status: 409,
    });
  });
});

describe("the deprecations list", () => {
  it("filters overdue ones and counts progress, blocked and overdue consumers", async () => {
    const { id } = await announce();
    await updateMigrationStatus(database.prisma, {
      actor: fixture.actors.consumerOwner,
      deprecationId: id,
      consumerId: fixture.dashboard.id,
      input: { status: "migrated" },
      clock,
    });
    await updateMigrationStatus(database.prisma, {
      actor: fixture.actors.analyticsMember,
      deprecationId: id,
      consumerId: fixture.model.id,
      input: { status: "blocked", blockedReason: "No budget." },
      clock,
    });
    const afterSunset = new Date(now.getTime() + 121 * DAY);
    const list = (query: Record<string, string>, at: Date) =>
      findDeprecations(database.prisma, zDeprecationListQuery.parse(query), { actor: fixture.actors.owner, now: at });
    expect((await list({ overdue: "true" }, now)).total).toBe(0);
    const overdue = await list({ overdue: "true" }, afterSunset);
    expect(overdue.deprecations[0].progress).toEqual({ total: 2, migrated: 1, blocked: 1, notAcknowledged: 0, overdue: 1 });
    expect((await list({ q: "cancelled orders" }, now)).total).toBe(1);
    expect((await list({ q: "nothing like it" }, now)).total).toBe(0);
    expect((await list({ mine: "true" }, now)).total).toBe(1);
    expect((await findDeprecations(database.prisma, zDeprecationListQuery.parse({ mine: "true" }), { actor: fixture.actors.outsider, now })).total).toBe(0);
  });
});
