import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { updateIntegration } from "@/lib/catalog/integrations/update-integration";
import { computeHealth } from "@/lib/signals/health/compute-health";
import { createIntegration, createTeam, createUser } from "@/test/factories";
import { call, serveRoutesFrom, signedIn } from "@/test/support/route-harness";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

vi.mock("@/lib/auth/actor", () => ({ getActor: async () => signedIn.actor }));

const { PUT, DELETE } = await import("@/app/api/v1/integrations/[idOrKey]/health-override/route");

const HOUR = 3_600_000;
let db: TestDatabase;
let detach: () => void;
let owner: Actor;
let outsider: Actor;
let key: string;

beforeAll(async () => {
  db = await createTestDatabase();
  detach = serveRoutesFrom(db);
  const team = await createTeam(db.prisma, { name: "Override team" });
  const otherTeam = await createTeam(db.prisma, { name: "Override other team" });
  const user = await createUser(db.prisma, { role: "owner", name: "Olive Override", memberships: [{ teamId: team.id }] });
  const other = await createUser(db.prisma, { role: "owner", name: "Otto Other", memberships: [{ teamId: otherTeam.id }] });
  owner = { id: user.id, email: user.email, name: user.name, role: "owner", teamIds: [team.id] };
  outsider = { id: other.id, email: other.email, name: other.name, role: "owner", teamIds: [otherTeam.id] };
  key = (await createIntegration(db.prisma, { name: "Override me", ownerTeamId: team.id, criticality: "tier2", frequency: "daily" })).key;
  // No signal yet: derived unmonitored.
  await computeHealth(db.prisma, new Date(), { unmonitoredAfterHours: 24 });
});
afterAll(async () => {
  detach?.();
  await db?.close();
});

const put = (body: unknown) => call(PUT, { method: "PUT", params: { idOrKey: key }, body });

describe("the health override", () => {
  it("needs a health, a reason and an end in the future, at most 90 days ahead, naming the field", async () => {
    signedIn.actor = owner;
    const future = new Date(Date.now() + 2 * HOUR).toISOString();
    expect((await put({ health: "healthy", until: future })).json?.errors?.[0].pointer).toBe("/reason");
    expect((await put({ health: "fragile", reason: "Planned outage", until: future })).json?.errors?.[0].pointer).toBe("/health");
    const past = await put({ health: "healthy", reason: "Planned outage", until: new Date(Date.now() - HOUR).toISOString() });
    expect([past.status, past.json?.errors?.[0].pointer]).toEqual([422, "/until"]);
    const far = await put({ health: "healthy", reason: "Planned outage", until: new Date(Date.now() + 91 * 24 * HOUR).toISOString() });
    expect([far.status, far.json?.errors?.[0].pointer]).toEqual([422, "/until"]);
  });

  it("is refused to another team's owner", async () => {
    signedIn.actor = outsider;
    const answer = await put({ health: "healthy", reason: "Not mine", until: new Date(Date.now() + HOUR).toISOString() });
    expect(answer.status).toBe(403);
  });

  it("shows the override with the derived health beside it, survives the health computation, and is audited", async () => {
    signedIn.actor = owner;
    const until = new Date(Date.now() + 2 * HOUR);
    const answer = await put({ health: "degraded", reason: "Supplier maintenance until tonight", until: until.toISOString() });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      healthStatus: "degraded",
      derivedHealth: "unmonitored",
      healthOverride: { health: "degraded", reason: "Supplier maintenance until tonight", until: until.toISOString(), by: { name: "Olive Override" } },
    });
    await computeHealth(db.prisma, new Date(), { unmonitoredAfterHours: 24 });
    expect(await db.prisma.integration.findUniqueOrThrow({ where: { key }, select: { healthStatus: true } })).toEqual({ healthStatus: "degraded" });
    // It ends by itself: a computation after `until` puts the derived health back.
    await computeHealth(db.prisma, new Date(until.getTime() + 1000), { unmonitoredAfterHours: 24 });
    expect(await db.prisma.integration.findUniqueOrThrow({ where: { key }, select: { healthStatus: true } })).toEqual({ healthStatus: "unmonitored" });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "integration.health.override", targetLabel: key } });
    expect(audit.after).toMatchObject({ healthStatus: "degraded", override: { reason: "Supplier maintenance until tonight" } });
  });

  it("can be ended early (audited), and ending none is a conflict", async () => {
    signedIn.actor = owner;
    await put({ health: "healthy", reason: "Sender reports wrong error counts", until: new Date(Date.now() + HOUR).toISOString() });
    const ended = await call(DELETE, { method: "DELETE", params: { idOrKey: key } });
    expect(ended.status).toBe(200);
    expect(ended.json).toMatchObject({ healthStatus: "unmonitored", healthOverride: null });
    expect(await db.prisma.auditEvent.count({ where: { action: "integration.health.override_end", targetLabel: key } })).toBe(1);
    expect((await call(DELETE, { method: "DELETE", params: { idOrKey: key } })).status).toBe(409);
  });

  it("is the only way to change health: the record's healthStatus is accepted and ignored, objectives are stored", async () => {
    const updated = await updateIntegration(db.prisma, {
      actor: owner,
      idOrKey: key,
      input: { healthStatus: "healthy", objectiveErrorRatePercent: 3, objectiveFreshnessHours: 30 },
      ifMatch: null,
    });
    expect(updated).toMatchObject({
      healthStatus: "unmonitored",
      objectiveErrorRatePercent: 3,
      objectiveLatencyMs: null,
      objectives: { errorRatePercent: 3, latencyMs: 300_000, freshnessHours: 30 },
    });
    await expect(updateIntegration(db.prisma, { actor: owner, idOrKey: key, input: { objectiveErrorRatePercent: 101 }, ifMatch: null })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["objectiveErrorRatePercent"] })],
    });
  });
});
