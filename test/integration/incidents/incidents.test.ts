import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { acknowledgeIncident } from "@/lib/incidents/acknowledge-incident";
import type { IntegrationEvaluation } from "@/lib/incidents/incident-plan";
import { reconcileIncidents } from "@/lib/incidents/reconcile-incidents";
import { findIncident } from "@/lib/incidents/repository";
import { resolveIncident } from "@/lib/incidents/resolve-incident";
import { createBusinessCapability, createConsumer, createContract, createContractVersion, createIntegration, createTeam, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let database: TestDatabase;
let integrationId: string;
let ownerActor: Actor;
let outsider: Actor;
let ownerId: string;
let onCallId: string;

// Tuesday 2026-12-01 10:00 UTC.
const hour = new Date(Date.UTC(2026, 11, 1, 10));
const later = (minutes: number) => new Date(hour.getTime() + 60 * 60_000 + minutes * 60_000);
const drop = { state: "anomalous", finding: { cause: "volume_drop", observed: 152, expected: 400, threshold: 221, deviation: 0.62 } } as const;

function volume(verdict: IntegrationEvaluation["causes"]["volume_drop"]): IntegrationEvaluation[] {
  return [{ integrationId, causes: { volume_drop: verdict } }];
}

beforeAll(async () => {
  database = await createTestDatabase();
  const prisma = database.prisma;
  const team = await createTeam(prisma, { name: "Order platform" });
  const otherTeam = await createTeam(prisma, { name: "Elsewhere" });
  const owner = await createUser(prisma, { role: "owner", name: "Olive Owner", memberships: [{ teamId: team.id }] });
  const onCall = await createUser(prisma, { role: "viewer", name: "Oscar On-call" });
  const other = await createUser(prisma, { role: "owner", name: "Otto Other", memberships: [{ teamId: otherTeam.id }] });
  ownerId = owner.id;
  onCallId = onCall.id;
  ownerActor = { id: owner.id, email: owner.email, name: owner.name, role: "owner", teamIds: [team.id] };
  outsider = { id: other.id, email: other.email, name: other.name, role: "owner", teamIds: [otherTeam.id] };
  const capability = await createBusinessCapability(prisma, { name: "Revenue reporting" });
  const integration = await createIntegration(prisma, {
    name: "Order events to revenue dashboard",
    ownerTeamId: team.id,
    owners: [{ role: "technical_owner", userId: owner.id }],
    escalationPath: [{ position: 1, userId: onCall.id }],
    capabilityIds: [capability.id],
  });
  integrationId = integration.id;
  const contract = await createContract(prisma, { integrationId, ownerTeamId: team.id });
  const version = await createContractVersion(prisma, { contractId: contract.id, version: "1.0.0", status: "active" });
  await createConsumer(prisma, { contractVersionId: version.id, name: "Revenue dashboard" });
}, 60_000);

afterAll(async () => database?.close());

describe("incidents from anomaly verdicts", () => {
  it("opens one incident naming what the integration feeds, and notifies the owners and the first escalation step once", async () => {
    const prisma = database.prisma;
    expect(await reconcileIncidents(prisma, volume({ verdict: drop, windowStart: hour }), later(5))).toEqual({ opened: 1, updated: 0, resolved: 0 });
    // The next cycles still see the drop: the same incident, no second alert.
    expect(await reconcileIncidents(prisma, volume({ verdict: drop, windowStart: hour }), later(10))).toEqual({ opened: 0, updated: 1, resolved: 0 });
    expect(await reconcileIncidents(prisma, volume({ verdict: { state: "hold" }, windowStart: hour }), later(15))).toEqual({
      opened: 0,
      updated: 0,
      resolved: 0,
    });

    const incidents = await prisma.incident.findMany({ where: { integrationId } });
    expect(incidents).toHaveLength(1);
    expect(incidents[0].text).toBe(
      "Order events to revenue dashboard: volume 62% below a typical Tuesday 10:00 UTC (152 records, usually 400); feeds Revenue reporting; used by Revenue dashboard",
    );
    const notifications = await prisma.notification.findMany({ where: { kind: "incident.opened" } });
    expect(notifications.map((row) => row.userId).sort()).toEqual([ownerId, onCallId].sort());
    const audit = await prisma.auditEvent.findMany({ where: { targetId: incidents[0].id } });
    expect(audit.map((row) => [row.action, row.actorLabel])).toEqual([["incident.open", "system"]]);
  });

  it("refuses acknowledgement by another team's owner, and records the owner's with an audit row", async () => {
    const prisma = database.prisma;
    const incident = await prisma.incident.findFirstOrThrow({ where: { integrationId, openSlot: true } });
    await expect(acknowledgeIncident(prisma, { actor: outsider, incidentId: incident.id, input: {} })).rejects.toMatchObject({ permission: "incident.manage" });
    await acknowledgeIncident(prisma, { actor: ownerActor, incidentId: incident.id, input: { note: "Restarting the order consumer" }, clock: () => later(20) });
    const acknowledged = await findIncident(prisma, incident.id);
    expect(acknowledged).toMatchObject({
      state: "acknowledged",
      acknowledgedBy: { name: "Olive Owner" },
      acknowledgementNote: "Restarting the order consumer",
    });
    await expect(acknowledgeIncident(prisma, { actor: ownerActor, incidentId: incident.id, input: {} })).rejects.toThrow(/already acknowledged/);
    expect(await prisma.auditEvent.count({ where: { targetId: incident.id, action: "incident.acknowledge" } })).toBe(1);
  });

  it("resolves by itself when the cause clears, and a later drop opens (and notifies) a new incident", async () => {
    const prisma = database.prisma;
    expect(await reconcileIncidents(prisma, volume({ verdict: { state: "clear" }, windowStart: hour }), later(70))).toEqual({
      opened: 0,
      updated: 0,
      resolved: 1,
    });
    const resolved = await prisma.incident.findFirstOrThrow({ where: { integrationId } });
    expect(resolved).toMatchObject({ resolvedById: null, openSlot: null });
    expect(resolved.resolutionNote).toMatch(/Resolved automatically/);

    expect(await reconcileIncidents(prisma, volume({ verdict: drop, windowStart: later(120) }), later(125))).toEqual({ opened: 1, updated: 0, resolved: 0 });
    expect(await prisma.notification.count({ where: { kind: "incident.opened", userId: ownerId } })).toBe(2);
  });

  it("resolves by hand with a note, and refuses a second resolution", async () => {
    const prisma = database.prisma;
    const incident = await prisma.incident.findFirstOrThrow({ where: { integrationId, openSlot: true } });
    await expect(resolveIncident(prisma, { actor: ownerActor, incidentId: incident.id, input: { note: "" } })).rejects.toThrow();
    await resolveIncident(prisma, { actor: ownerActor, incidentId: incident.id, input: { note: "Upstream shop was in maintenance" } });
    expect(await findIncident(prisma, incident.id)).toMatchObject({
      state: "resolved",
      resolvedBy: { name: "Olive Owner" },
      resolutionNote: "Upstream shop was in maintenance",
    });
    await expect(resolveIncident(prisma, { actor: ownerActor, incidentId: incident.id, input: { note: "again" } })).rejects.toThrow(/already resolved/);
  });

  it("lets the database itself refuse a second unresolved incident of the same cause", async () => {
    const prisma = database.prisma;
    const row = { integrationId, cause: "error_spike" as const, text: "x", openingFigures: {}, latestFigures: {}, windowStart: hour, lastSeenAt: hour };
    await prisma.incident.create({ data: row });
    await expect(prisma.incident.create({ data: row })).rejects.toThrow();
    // A resolved row must give up its slot: the check constraint refuses one that keeps it.
    await expect(prisma.incident.create({ data: { ...row, cause: "dead_letter_growth", resolvedAt: hour } })).rejects.toThrow();
  });
});
