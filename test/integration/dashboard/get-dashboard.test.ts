import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { METRICS_SNAPSHOT_JOB, scheduleMetricsSnapshots } from "@/lib/dashboard/metrics-snapshot";
import { riskScore } from "@/lib/dashboard/risk-score";
import { prioritisationQuadrant } from "@/lib/dashboard/prioritisation-quadrant";
import { JOB_HANDLERS } from "@/lib/jobs/job-handlers";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import {
  createBusinessCapability,
  createConsumer,
  createContract,
  createContractVersion,
  createIntegration,
  createSystem,
  createTeam,
  createUser,
} from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

// The route handler runs as in production except for the session and the database handle.
const session = vi.hoisted(() => ({ actor: null as Actor | null, db: null as PrismaClient | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));
vi.mock("@/lib/db", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/db")>()), getDb: async () => session.db }));
const { GET } = await import("@/app/api/v1/dashboard/route");

const NOW = new Date("2026-06-15T10:00:00Z");
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
const utcDay = (at: Date) => new Date(at.toISOString().slice(0, 10) + "T00:00:00Z");

let db: TestDatabase;
let viewer: Actor;

function snapshotFigures(kpis: Record<string, number>, health: Record<string, number> = { healthy: 1 }) {
  return { kpis, health, patterns: { point_to_point: 1 } };
}

beforeAll(async () => {
  db = await createTestDatabase();
  session.db = db.prisma;
  const exec = await createUser(db.prisma, { role: "viewer", email: "exec@acme.test", name: "Eve Exec" });
  viewer = { id: exec.id, email: exec.email, name: exec.name, role: "viewer", teamIds: [] };
  session.actor = viewer;
  const dana = await createUser(db.prisma, { role: "owner", email: "dana@acme.test", name: "Dana Data" });
  const tom = await createUser(db.prisma, { role: "owner", email: "tom@acme.test", name: "Tom Tech" });
  const finance = await createTeam(db.prisma, { slug: "finance", name: "Finance systems" });
  const commerce = await createTeam(db.prisma, { slug: "commerce", name: "Commerce" });
  const revenue = await createBusinessCapability(db.prisma, { slug: "revenue-reporting", name: "Revenue reporting" });
  const ai = await createBusinessCapability(db.prisma, { slug: "ai-model-feed", name: "AI model feed" });
  await createBusinessCapability(db.prisma, { slug: "unused", name: "Unused capability" });
  const [crm, erp, bi, shop] = [
    await createSystem(db.prisma, { slug: "crm", name: "CRM" }),
    await createSystem(db.prisma, { slug: "erp", name: "ERP" }),
    await createSystem(db.prisma, { slug: "bi", name: "BI" }),
    await createSystem(db.prisma, { slug: "shop", name: "Shop" }),
  ];
  const owned = [
    { role: "data_owner" as const, userId: dana.id },
    { role: "technical_owner" as const, userId: tom.id },
  ];

  // A healthy, fully governed tier-1 revenue feed: no fragility at all, so never a risk.
  const governed = await createIntegration(db.prisma, {
    key: "INT-0001",
    sourceSystemId: crm.id,
    targetSystemId: erp.id,
    ownerTeamId: finance.id,
    criticality: "tier1",
    businessValue: 5,
    complexity: 2,
    owners: owned,
    capabilityIds: [revenue.id],
    pattern: "event_driven",
  });
  const governedContract = await createContract(db.prisma, { integrationId: governed.id, ownerTeamId: finance.id });
  const governedVersion = await createContractVersion(db.prisma, { contractId: governedContract.id });
  await createConsumer(db.prisma, { contractVersionId: governedVersion.id, capabilityIds: [revenue.id] });
  await createConsumer(db.prisma, { contractVersionId: governedVersion.id, kind: "ai_model", capabilityIds: [ai.id] });
  await createConsumer(db.prisma, { contractVersionId: governedVersion.id, archivedAt: daysAgo(3) });

  // Failing, unowned, no contract, point-to-point, tier 1, feeding both capabilities: the worst risk.
  await createIntegration(db.prisma, {
    key: "INT-0002",
    sourceSystemId: erp.id,
    targetSystemId: bi.id,
    ownerTeamId: finance.id,
    criticality: "tier1",
    businessValue: 4,
    complexity: 4,
    healthStatus: "failing",
    pattern: "point_to_point",
    owners: [],
    escalationPath: [{ position: 1, contact: "#finance-oncall" }],
    capabilityIds: [revenue.id, ai.id],
  });

  // Degraded with a contract that has no version (unversioned, and a contract without a spec).
  const degraded = await createIntegration(db.prisma, {
    key: "INT-0003",
    sourceSystemId: shop.id,
    targetSystemId: erp.id,
    ownerTeamId: commerce.id,
    criticality: "tier2",
    businessValue: 2,
    complexity: 1,
    healthStatus: "degraded",
    owners: [{ role: "technical_owner", userId: tom.id }],
    capabilityIds: [revenue.id],
  });
  await createContract(db.prisma, { integrationId: degraded.id, ownerTeamId: commerce.id });

  // Fragile, with a version that has no spec text, a deprecation past its sunset and a consumer not migrated.
  const fragile = await createIntegration(db.prisma, {
    key: "INT-0004",
    sourceSystemId: shop.id,
    targetSystemId: bi.id,
    ownerTeamId: commerce.id,
    criticality: "tier3",
    businessValue: null,
    complexity: 3,
    healthStatus: "fragile",
    owners: owned,
    capabilityIds: [ai.id],
  });
  const fragileContract = await createContract(db.prisma, { integrationId: fragile.id, ownerTeamId: commerce.id });
  const fragileVersion = await createContractVersion(db.prisma, { contractId: fragileContract.id, specText: null });
  const stuck = await createConsumer(db.prisma, { contractVersionId: fragileVersion.id });
  const moved = await createConsumer(db.prisma, { contractVersionId: fragileVersion.id });
  const overdue = await db.prisma.deprecation.create({
    data: {
      targetKind: "contract_version",
      contractVersionId: fragileVersion.id,
      reason: "v2 replaces it",
      announcedAt: daysAgo(120),
      sunsetAt: daysAgo(10),
      createdById: dana.id,
    },
  });
  await db.prisma.migrationItem.createMany({
    data: [
      { deprecationId: overdue.id, consumerId: stuck.id, status: "acknowledged" },
      { deprecationId: overdue.id, consumerId: moved.id, status: "migrated" },
    ],
  });

  // Deprecations that are not overdue: all consumers migrated, sunset still ahead, or cancelled.
  const other = await createIntegration(db.prisma, {
    key: "INT-0005",
    sourceSystemId: crm.id,
    targetSystemId: shop.id,
    criticality: "tier4",
    businessValue: 1,
    complexity: 5,
    // No signal within the threshold (decision 050): the one unmonitored integration.
    healthStatus: "unmonitored",
    owners: owned,
  });
  const otherContract = await createContract(db.prisma, { integrationId: other.id });
  const otherVersion = await createContractVersion(db.prisma, { contractId: otherContract.id });
  const done = await createConsumer(db.prisma, { contractVersionId: otherVersion.id });
  const migrated = await db.prisma.deprecation.create({
    data: { targetKind: "integration", integrationId: other.id, reason: "Replaced", announcedAt: daysAgo(100), sunsetAt: daysAgo(5), createdById: dana.id },
  });
  await db.prisma.migrationItem.create({ data: { deprecationId: migrated.id, consumerId: done.id, status: "migrated" } });
  const future = await db.prisma.deprecation.create({
    data: { targetKind: "integration", integrationId: other.id, reason: "Later", announcedAt: daysAgo(10), sunsetAt: daysAgo(-30), createdById: dana.id },
  });
  await db.prisma.migrationItem.create({ data: { deprecationId: future.id, consumerId: done.id, status: "notified" } });
  const cancelled = await db.prisma.deprecation.create({
    data: {
      targetKind: "integration",
      integrationId: other.id,
      reason: "Changed our mind",
      announcedAt: daysAgo(100),
      sunsetAt: daysAgo(20),
      status: "cancelled",
      createdById: dana.id,
    },
  });
  await db.prisma.migrationItem.create({ data: { deprecationId: cancelled.id, consumerId: done.id, status: "notified" } });

  // Left out of every figure: archived, and retired.
  await createIntegration(db.prisma, {
    key: "INT-0006",
    sourceSystemId: crm.id,
    targetSystemId: erp.id,
    healthStatus: "failing",
    monitoring: "none",
    archivedAt: daysAgo(1),
    capabilityIds: [revenue.id],
    criticality: "tier1",
  });
  await createIntegration(db.prisma, {
    key: "INT-0007",
    sourceSystemId: crm.id,
    targetSystemId: erp.id,
    healthStatus: "failing",
    monitoring: "none",
    lifecycle: "retired",
    capabilityIds: [revenue.id],
    criticality: "tier1",
  });
  // An archived contract without a spec is not counted either.
  await createContract(db.prisma, { systemId: bi.id, archivedAt: daysAgo(2) });

  for (const status of ["draft", "in_review", "changes_requested", "approved", "published", "rejected", "withdrawn"] as const) {
    await db.prisma.changeRequest.create({
      data: { contractId: governedContract.id, title: `Change ${status}`, proposedVersion: "2.0.0", specText: "{}", status, authorId: tom.id },
    });
  }

  const answers = { inventory: 2, monitoring: 2, standards: 2, delivery: 2, "data-quality": 2, "change-communication": 2 };
  await db.prisma.assessment.create({ data: { scope: "organisation", answers, total: 12, level: 2, evidence: {}, takenById: dana.id, takenAt: daysAgo(60) } });
  await db.prisma.assessment.create({ data: { scope: "organisation", answers, total: 18, level: 3, evidence: {}, takenById: dana.id, takenAt: daysAgo(5) } });
  await db.prisma.assessment.create({
    data: { scope: "team", teamId: finance.id, answers, total: 24, level: 4, evidence: {}, takenById: dana.id, takenAt: daysAgo(1) },
  });

  // History: the snapshot 31 days back is the comparison; the one 45 days back is too old to be "30 days ago".
  await db.prisma.metricSnapshot.create({
    data: {
      day: utcDay(daysAgo(31)),
      figures: snapshotFigures({
        integrations: 3,
        critical: 1,
        unowned: 2,
        unmonitored: 2,
        failingOrDegraded: 0,
        contractsWithoutSpec: 4,
        deprecationsOverdue: 0,
        openChangeRequests: 1,
      }),
    },
  });
  await db.prisma.metricSnapshot.create({
    data: {
      day: utcDay(daysAgo(45)),
      figures: {
        ...snapshotFigures({
          integrations: 1,
          critical: 0,
          unowned: 0,
          unmonitored: 0,
          failingOrDegraded: 0,
          contractsWithoutSpec: 0,
          deprecationsOverdue: 0,
          openChangeRequests: 0,
        }),
        seeded: true,
      },
    },
  });
  // A row in an older shape is skipped, not fatal.
  await db.prisma.metricSnapshot.create({ data: { day: utcDay(daysAgo(20)), figures: { something: "else" } } });
});
afterAll(() => db?.close());

/** Everything the figures derive from, read with plain Prisma queries and computed here in JS. */
async function independentFigures(now = NOW) {
  const all = await db.prisma.integration.findMany({
    include: {
      owners: true,
      capabilities: { include: { capability: true } },
      contracts: { include: { versions: { include: { consumers: true, deprecations: { include: { migrations: true } } } } } },
      deprecations: { include: { migrations: true } },
    },
  });
  const live = all.filter((i) => i.archivedAt === null && i.lifecycle !== "retired");
  const overdueDeprecation = (d: { status: string; sunsetAt: Date; migrations: { status: string }[] }) =>
    d.status === "announced" && d.sunsetAt < now && d.migrations.some((m) => m.status !== "migrated");
  const facts = live.map((i) => {
    const contracts = i.contracts.filter((c) => c.archivedAt === null);
    return {
      key: i.key,
      integration: i,
      risk: riskScore({
        criticality: i.criticality,
        businessValue: i.businessValue,
        capabilities: i.capabilities.length,
        consumers: contracts.flatMap((c) => c.versions.flatMap((v) => v.consumers)).filter((c) => c.archivedAt === null).length,
        hasDataOwner: i.owners.some((o) => o.role === "data_owner"),
        monitored: i.healthStatus !== "unmonitored",
        contracts: contracts.length,
        versionedContracts: contracts.filter((c) => c.versions.length > 0).length,
        health: i.healthStatus,
        pattern: i.pattern,
        overdueDeprecation: i.deprecations.some(overdueDeprecation) || contracts.some((c) => c.versions.some((v) => v.deprecations.some(overdueDeprecation))),
      }),
    };
  });
  const contracts = await db.prisma.contract.findMany({ include: { versions: true } });
  const deprecations = await db.prisma.deprecation.findMany({ include: { migrations: true } });
  const changeRequests = await db.prisma.changeRequest.findMany();
  return {
    live,
    facts,
    kpis: {
      integrations: live.length,
      critical: live.filter((i) => i.criticality === "tier1").length,
      unowned: live.filter((i) => !i.owners.some((o) => o.role === "data_owner")).length,
      unmonitored: live.filter((i) => i.healthStatus === "unmonitored").length,
      failingOrDegraded: live.filter((i) => ["failing", "degraded"].includes(i.healthStatus)).length,
      contractsWithoutSpec: contracts.filter((c) => c.archivedAt === null && !c.versions.some((v) => v.specText)).length,
      deprecationsOverdue: deprecations.filter(overdueDeprecation).length,
      openChangeRequests: changeRequests.filter((c) => ["in_review", "changes_requested", "approved"].includes(c.status)).length,
    },
  };
}

describe("getDashboard on a seeded database", () => {
  it("shows headline figures equal to an independent count, with the value from the snapshot 30 days ago", async () => {
    const expected = await independentFigures();
    const dashboard = await getDashboard(db.prisma, { actor: viewer, now: NOW });
    const values = Object.fromEntries(dashboard.kpis.map((k) => [k.key, k.value]));
    expect(values).toEqual(expected.kpis);
    // The fixture exercises every figure, so the equality is not vacuous.
    expect(values).toEqual({
      integrations: 5,
      critical: 2,
      unowned: 2,
      unmonitored: 1,
      failingOrDegraded: 2,
      contractsWithoutSpec: 2,
      deprecationsOverdue: 1,
      openChangeRequests: 3,
    });
    expect(dashboard.comparedWith).toBe(utcDay(daysAgo(31)).toISOString().slice(0, 10));
    expect(dashboard.kpis.find((k) => k.key === "unowned")).toMatchObject({
      previous: 2,
      href: "/catalog?missing=data-owner&lifecycle=planned,active,deprecated",
    });
    expect(dashboard.kpis.find((k) => k.key === "contractsWithoutSpec")).toMatchObject({ previous: 4, href: "/catalog/contracts?spec=missing" });
  });

  it("ranks risks by impact times fragility computed independently, with reasons and the owner to call", async () => {
    const expected = (await independentFigures()).facts
      .filter((f) => f.risk.score > 0)
      .sort((a, b) => b.risk.score - a.risk.score || b.risk.impact - a.risk.impact || a.key.localeCompare(b.key));
    const { risks } = await getDashboard(db.prisma, { actor: viewer, now: NOW });
    expect(risks.map((r) => [r.key, r.score])).toEqual(expected.map((f) => [f.key, f.risk.score]));
    expect(risks.map((r) => r.key)).not.toContain("INT-0001");
    const [worst] = risks;
    expect(worst.key).toBe("INT-0002");
    expect(worst.reasons.map((r) => r.factor)).toEqual(["failing", "unowned", "no-contract", "point-to-point"]);
    expect(worst.ownerToCall).toEqual({ name: "#finance-oncall", contact: "#finance-oncall", role: "Escalation step 1" });
    const fragile = risks.find((r) => r.key === "INT-0004")!;
    expect(fragile.reasons.map((r) => r.factor)).toContain("overdue-deprecation");
    expect(fragile.ownerToCall).toMatchObject({ name: "Tom Tech", contact: "tom@acme.test", role: "Technical owner" });
    expect(risks.find((r) => r.key === "INT-0003")!.reasons.map((r) => r.factor)).toContain("unversioned");
  });

  it("lists each capability's dependencies as the catalog filter would, leaving out capabilities nothing uses", async () => {
    const { live } = await independentFigures();
    const { capabilities } = await getDashboard(db.prisma, { actor: viewer, now: NOW });
    expect(capabilities.map((c) => c.slug).sort()).toEqual(["ai-model-feed", "revenue-reporting"]);
    for (const capability of capabilities) {
      const members = live.filter((i) => i.capabilities.some((c) => c.capability.slug === capability.slug));
      expect(capability.integrations).toBe(members.length);
      expect(capability.critical).toBe(members.filter((i) => i.criticality === "tier1").length);
      expect(capability.failingOrDegraded).toBe(members.filter((i) => ["failing", "degraded"].includes(i.healthStatus)).length);
      expect(capability.systemCount).toBe(new Set(members.flatMap((i) => [i.sourceSystemId, i.targetSystemId])).size);
      expect(capability.href).toBe(`/catalog?capability=${capability.slug}&lifecycle=planned,active,deprecated`);
    }
    const revenue = capabilities.find((c) => c.slug === "revenue-reporting")!;
    expect(revenue).toMatchObject({ integrations: 3, critical: 2, consumers: 1, weakestLink: { key: "INT-0002" } });
    expect(capabilities.find((c) => c.slug === "ai-model-feed")!.consumers).toBe(1);
  });

  it("places rated integrations in the guide's quadrants and counts the unrated", async () => {
    const { live } = await independentFigures();
    const { prioritisation } = await getDashboard(db.prisma, { actor: viewer, now: NOW });
    const counts = Object.fromEntries(prioritisation.quadrants.map((q) => [q.quadrant, q.count]));
    const expected: Record<string, number> = { "do-first": 0, "plan-carefully": 0, "batch-together": 0, "reconsider-or-defer": 0 };
    for (const i of live) {
      const quadrant = prioritisationQuadrant(i.businessValue, i.complexity);
      if (quadrant) expected[quadrant] += 1;
    }
    expect(counts).toEqual(expected);
    expect(counts).toEqual({ "do-first": 1, "plan-carefully": 1, "batch-together": 1, "reconsider-or-defer": 1 });
    expect(prioritisation.unrated).toBe(1);
    expect(prioritisation.quadrants.find((q) => q.quadrant === "do-first")!.href).toBe(
      "/catalog?value=3,4,5&complexity=1,2&lifecycle=planned,active,deprecated",
    );
  });

  it("reads the readiness level and its value 30 days ago from the organisation's assessments", async () => {
    const { readiness } = await getDashboard(db.prisma, { actor: viewer, now: NOW });
    expect(readiness).toMatchObject({ level: 3, levelName: "Developing Capability", total: 18, previousLevel: 2 });
    expect(readiness.trend.map((t) => t.level)).toEqual([2, 3]);
  });

  it("charts health over time from the snapshots and today, and says which history was seeded", async () => {
    const expected = await independentFigures();
    const dashboard = await getDashboard(db.prisma, { actor: viewer, now: NOW });
    expect(dashboard.healthHistory.map((h) => h.day)).toEqual([utcDay(daysAgo(45)), utcDay(daysAgo(31)), utcDay(NOW)].map((d) => d.toISOString().slice(0, 10)));
    const today = dashboard.healthHistory.at(-1)!;
    expect(Object.values(today.health).reduce((a, b) => a + b, 0)).toBe(expected.kpis.integrations);
    expect(dashboard.seededHistoryUntil).toBe(utcDay(daysAgo(45)).toISOString().slice(0, 10));
    expect(dashboard.patternMix.find((p) => p.pattern === "point_to_point")!.count).toBe(expected.live.filter((i) => i.pattern === "point_to_point").length);
  });

  it("shows no trend when no snapshot is about 30 days old, rather than inventing one", async () => {
    const dashboard = await getDashboard(db.prisma, { actor: viewer, now: new Date(NOW.getTime() + 20 * DAY) });
    expect(dashboard.comparedWith).toBeNull();
    expect(dashboard.kpis.every((k) => k.previous === null)).toBe(true);
  });

  it("answers the same figures over the API, as JSON and as CSV, and 422 for an unknown format", async () => {
    const json = await GET(new Request("http://interchange.test/api/v1/dashboard"), { params: Promise.resolve({}) });
    expect(json.status).toBe(200);
    const body = (await json.json()) as { kpis: { key: string; value: number }[] };
    // The handler measures at the real time, so the expectation is computed at it too.
    const expected = await independentFigures(new Date());
    expect(Object.fromEntries(body.kpis.map((k) => [k.key, k.value]))).toEqual(expected.kpis);

    const csv = await GET(new Request("http://interchange.test/api/v1/dashboard?format=csv"), { params: Promise.resolve({}) });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toBe("section,item,value,previous,detail,link");
    expect(text).toContain(`kpi,Unowned,${expected.kpis.unowned},`);
    expect(text).toContain("capability,Revenue reporting,3,");

    const bad = await GET(new Request("http://interchange.test/api/v1/dashboard?format=xml"), { params: Promise.resolve({}) });
    expect(bad.status).toBe(422);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
  });

  it("refuses an anonymous caller", async () => {
    session.actor = null;
    try {
      const response = await GET(new Request("http://interchange.test/api/v1/dashboard"), { params: Promise.resolve({}) });
      expect(response.status).toBe(401);
    } finally {
      session.actor = viewer;
    }
  });
});

describe("getDashboard's cached answer", () => {
  it("is reused while nothing is written, and recomputed after a write", async () => {
    const first = await getDashboard(db.prisma, { actor: viewer, now: NOW });
    expect(await getDashboard(db.prisma, { actor: viewer, now: NOW })).toBe(first);
    const before = first.kpis.find((k) => k.key === "integrations")!.value;
    const extra = await createIntegration(db.prisma, { key: "INT-0099" });
    try {
      const after = await getDashboard(db.prisma, { actor: viewer, now: NOW });
      expect(after).not.toBe(first);
      expect(after.kpis.find((k) => k.key === "integrations")!.value).toBe(before + 1);
    } finally {
      await db.prisma.integration.delete({ where: { id: extra.id } });
    }
  });

  it("is not reused a minute later, when a sunset may have passed", async () => {
    const first = await getDashboard(db.prisma, { actor: viewer, now: NOW });
    expect(await getDashboard(db.prisma, { actor: viewer, now: new Date(NOW.getTime() + 60_000) })).not.toBe(first);
  });
});

describe("the daily metrics snapshot", () => {
  it("is taken by the job, schedules the next day once, and is not re-enqueued when today's exists", async () => {
    const at = new Date("2026-06-20T00:00:05Z");
    await scheduleMetricsSnapshots(db.prisma, at);
    await scheduleMetricsSnapshots(db.prisma, at);
    expect(await db.prisma.job.count({ where: { kind: METRICS_SNAPSHOT_JOB } })).toBe(1);

    const result = await runDueJobs({ db: db.prisma, handlers: JOB_HANDLERS, clock: () => at });
    expect(result).toEqual({ succeeded: 1, retried: 0, dead: 0 });
    const snapshot = await db.prisma.metricSnapshot.findUniqueOrThrow({ where: { day: new Date("2026-06-20T00:00:00Z") } });
    const expected = await independentFigures();
    expect((snapshot.figures as { kpis: Record<string, number> }).kpis.integrations).toBe(expected.kpis.integrations);
    const next = await db.prisma.job.findUniqueOrThrow({ where: { dedupeKey: "metrics-snapshot:2026-06-21" } });
    expect(next).toMatchObject({ kind: METRICS_SNAPSHOT_JOB, status: "pending", runAt: new Date("2026-06-21T00:00:00Z") });

    // Today is covered: starting the server again enqueues nothing.
    await db.prisma.job.deleteMany({ where: { dedupeKey: "metrics-snapshot:2026-06-20" } });
    await scheduleMetricsSnapshots(db.prisma, at);
    expect(await db.prisma.job.count({ where: { dedupeKey: "metrics-snapshot:2026-06-20" } })).toBe(0);
  });
});

describe("getDashboard on an empty database", () => {
  it("answers zeros, no trend and empty lists", async () => {
    const empty = await createTestDatabase();
    try {
      const dashboard = await getDashboard(empty.prisma, { actor: viewer, now: NOW });
      expect(dashboard.kpis.every((k) => k.value === 0 && k.previous === null)).toBe(true);
      expect(dashboard).toMatchObject({
        comparedWith: null,
        capabilities: [],
        risks: [],
        seededHistoryUntil: null,
        readiness: { level: null, previousLevel: null },
      });
      expect(dashboard.healthHistory).toHaveLength(1);
    } finally {
      await empty.close();
    }
  });
});
