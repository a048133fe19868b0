import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Demo data only: 90 days of dashboard snapshots *invented* for the demo enterprise, so that its trend tiles and
 * health chart show something on the first day. Each row is marked `seeded: true` and the dashboard says so.
 *
 * The story, anchored on the demo catalog as loaded (yesterday's figures equal today's): a governance programme
 * that began three months ago. Integrations were registered steadily (88% of today's count 90 days ago); ownership,
 * monitoring and contract specs improved (60%, 40% and 50% more gaps back then); point-to-point links were being
 * replaced by events (30% more then); and a three-day incident five to six weeks ago pushed several integrations
 * into failing. Real snapshots written by the daily job replace this history day by day.
 */
export const DEMO_HISTORY_DAYS = 90;

const DAY_MS = 86_400_000;
const live = { archivedAt: null, lifecycle: { not: "retired" } } as const satisfies Prisma.IntegrationWhereInput;

async function currentFigures(tx: Prisma.TransactionClient) {
  const [integrations, critical, unowned, unmonitored, contractsWithoutSpec, health, patterns] = await Promise.all([
    tx.integration.count({ where: live }),
    tx.integration.count({ where: { ...live, criticality: "tier1" } }),
    tx.integration.count({ where: { ...live, owners: { none: { role: "data_owner" } } } }),
    tx.integration.count({ where: { ...live, monitoring: "none" } }),
    tx.contract.count({ where: { archivedAt: null, versions: { none: { AND: [{ specText: { not: null } }, { specText: { not: "" } }] } } } }),
    tx.integration.groupBy({ by: ["healthStatus"], where: live, _count: { _all: true } }),
    tx.integration.groupBy({ by: ["pattern"], where: live, _count: { _all: true } }),
  ]);
  return {
    integrations,
    critical,
    unowned,
    unmonitored,
    contractsWithoutSpec,
    health: Object.fromEntries(health.map((h) => [h.healthStatus, h._count._all])) as Record<string, number>,
    patterns: Object.fromEntries(patterns.map((p) => [p.pattern, p._count._all])) as Record<string, number>,
  };
}

/** A day `daysAgo` back: `progress` runs from 0 (90 days ago) to 1 (today). */
function figuresOn(now: Awaited<ReturnType<typeof currentFigures>>, daysAgo: number) {
  const progress = 1 - daysAgo / DEMO_HISTORY_DAYS;
  const then = (value: number, extraBack: number) => Math.round(value * (1 + extraBack * (1 - progress)));
  const integrations = Math.round(now.integrations * (0.88 + 0.12 * progress));
  const incident = daysAgo >= 36 && daysAgo <= 38 ? 4 : 0;
  const failingNow = (now.health.failing ?? 0) + (now.health.degraded ?? 0);
  const failingOrDegraded = Math.max(0, failingNow + Math.round(1.5 * Math.sin(daysAgo / 5)) + incident);
  const failing = Math.min(failingOrDegraded, (now.health.failing ?? 0) + incident);
  const fragile = then(now.health.fragile ?? 0, 0.3);
  const unknown = then(now.health.unknown ?? 0, 0.5);
  // Derived states: batches went stale as often then as now, and signal coverage grew over the quarter.
  const stale = now.health.stale ?? 0;
  const unmonitored = then(now.health.unmonitored ?? 0, 0.4);
  const healthy = Math.max(0, integrations - failingOrDegraded - fragile - unknown - stale - unmonitored);
  const pointToPoint = Math.min(integrations, then(now.patterns.point_to_point ?? 0, 0.3));
  const otherPatterns = Object.entries(now.patterns).filter(([pattern]) => pattern !== "point_to_point");
  const otherTotal = otherPatterns.reduce((sum, [, count]) => sum + count, 0) || 1;
  const patterns: Record<string, number> = { point_to_point: pointToPoint };
  for (const [pattern, count] of otherPatterns) patterns[pattern] = Math.round(((integrations - pointToPoint) * count) / otherTotal);
  return {
    kpis: {
      integrations,
      critical: Math.min(integrations, Math.round(now.critical * (0.9 + 0.1 * progress))),
      unowned: Math.min(integrations, then(now.unowned, 0.6)),
      unmonitored: Math.min(integrations, then(now.unmonitored, 0.4)),
      failingOrDegraded,
      contractsWithoutSpec: then(now.contractsWithoutSpec, 0.5),
      deprecationsOverdue: 0,
      openChangeRequests: 0,
    },
    health: { healthy, fragile, degraded: failingOrDegraded - failing, failing, stale, unmonitored, unknown },
    patterns,
    seeded: true,
  };
}

/** Replaces the snapshot history with the invented one (the days before today; today's is measured for real). */
export async function seedDemoDashboardHistory(tx: Prisma.TransactionClient, { now }: { now: Date }): Promise<void> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const figures = await currentFigures(tx);
  await tx.metricSnapshot.deleteMany({});
  await tx.metricSnapshot.createMany({
    data: Array.from({ length: DEMO_HISTORY_DAYS }, (_, i) => {
      const daysAgo = DEMO_HISTORY_DAYS - i;
      return { day: new Date(today - daysAgo * DAY_MS), figures: figuresOn(figures, daysAgo) };
    }),
  });
}
