import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { currentVersion } from "@/lib/assessment/evidence";
import type { IntegrationFacts } from "@/lib/scorecards/scorecard-rules";

type Db = PrismaClient | Prisma.TransactionClient;

/** The facts the scorecard rules read, for every integration not archived (of one team when given). */
export async function findIntegrationFacts(db: Db, teamSlug: string | null): Promise<IntegrationFacts[]> {
  const rows = await db.integration.findMany({
    where: { archivedAt: null, ...(teamSlug ? { ownerTeam: { slug: teamSlug } } : {}) },
    select: {
      key: true,
      name: true,
      lifecycle: true,
      lastSignalAt: true,
      derivedHealth: true,
      objectiveErrorRatePercent: true,
      objectiveLatencyMs: true,
      objectiveFreshnessHours: true,
      ownerTeam: { select: { slug: true, name: true } },
      sourceSystem: { select: { businessDomain: true } },
      capabilities: { select: { capability: { select: { slug: true, name: true } } } },
      owners: { select: { role: true } },
      _count: { select: { escalationPath: true, validationRules: true } },
      deprecations: { where: { status: "announced" }, select: { id: true } },
      contracts: {
        where: { archivedAt: null },
        select: {
          versions: {
            select: {
              status: true,
              createdAt: true,
              lintErrorCount: true,
              dataRules: true,
              consumers: { where: { archivedAt: null }, select: { fieldsUsed: true } },
            },
          },
        },
      },
    },
    orderBy: [{ key: "asc" }],
  });
  return rows.map((row) => {
    const current = row.contracts.map((contract) => currentVersion(contract.versions)).filter((version) => version !== null);
    return {
      key: row.key,
      name: row.name,
      team: row.ownerTeam,
      domain: row.sourceSystem.businessDomain || null,
      capabilities: row.capabilities.map(({ capability }) => capability),
      ownerRoles: row.owners.map((owner) => owner.role),
      escalationSteps: row._count.escalationPath,
      contracts: current.map((version) => ({ status: version.status, lintErrorCount: version.lintErrorCount, hasDataRules: version.dataRules !== null })),
      consumerFieldCounts: current.flatMap((version) => version.consumers.map((consumer) => consumer.fieldsUsed.length)),
      lastSignalAt: row.lastSignalAt,
      objectivesDefined: row.objectiveErrorRatePercent !== null || row.objectiveLatencyMs !== null || row.objectiveFreshnessHours !== null,
      derivedHealth: row.derivedHealth,
      validationRules: row._count.validationRules,
      lifecycle: row.lifecycle,
      announcedDeprecations: row.deprecations.length,
    };
  });
}
