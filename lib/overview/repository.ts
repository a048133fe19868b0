import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { zPortalOverview, type PortalOverview } from "@/lib/overview/schemas";

const live = { archivedAt: null } as const;
const liveIntegrations = { archivedAt: null, lifecycle: { not: "retired" } } as const satisfies Prisma.IntegrationWhereInput;

/** The home page's counts: what the catalog holds and where its obvious gaps are. */
export async function getPortalOverview(db: PrismaClient): Promise<PortalOverview> {
  const [
    systems,
    integrations,
    criticalIntegrations,
    contracts,
    contractVersions,
    consumers,
    teams,
    withoutDataOwner,
    unmonitored,
    failingOrDegraded,
    withoutContract,
    health,
  ] = await Promise.all([
    db.system.count({ where: live }),
    db.integration.count({ where: liveIntegrations }),
    db.integration.count({ where: { ...liveIntegrations, criticality: "tier1" } }),
    db.contract.count({ where: live }),
    db.contractVersion.count({ where: { contract: live } }),
    db.consumer.count({ where: live }),
    db.team.count(),
    db.integration.count({ where: { ...liveIntegrations, owners: { none: { role: "data_owner" } } } }),
    db.integration.count({ where: { ...liveIntegrations, healthStatus: "unmonitored" } }),
    db.integration.count({ where: { ...liveIntegrations, healthStatus: { in: ["failing", "degraded"] } } }),
    db.integration.count({ where: { ...liveIntegrations, contracts: { none: { archivedAt: null } } } }),
    db.integration.groupBy({ by: ["healthStatus"], where: liveIntegrations, _count: { _all: true } }),
  ]);
  return zPortalOverview.parse({
    systems,
    integrations,
    criticalIntegrations,
    contracts,
    contractVersions,
    consumers,
    teams,
    gaps: { withoutDataOwner, unmonitored, failingOrDegraded, withoutContract },
    health: Object.fromEntries(health.map((row) => [row.healthStatus, row._count._all])),
  });
}
