import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { readStoredRules } from "@/lib/data-contracts/stored-rules";
import type { DataRules, DataRulesOutput } from "@/lib/data-contracts/schemas";

type Db = PrismaClient | Prisma.TransactionClient;

const exceptionRoutesSelect = { select: { action: true, handler: true } } as const;

const versionSelect = {
  id: true,
  version: true,
  updatedAt: true,
  specText: true,
  dataRules: true,
  contract: {
    select: {
      id: true,
      slug: true,
      ownerTeamId: true,
      archivedAt: true,
      integration: { select: { key: true, approvalState: true, exceptionRoutes: exceptionRoutesSelect } },
    },
  },
} as const;

export async function findVersionRulesForUpdate(tx: Db, contractId: string, version: string) {
  const row = await tx.contractVersion.findUnique({ where: { contractId_version: { contractId, version } }, select: versionSelect });
  return row && { ...row, dataRules: readStoredRules(row.dataRules) };
}
export type VersionRulesRow = NonNullable<Awaited<ReturnType<typeof findVersionRulesForUpdate>>>;

export function toRulesOutput(row: Pick<VersionRulesRow, "version" | "updatedAt" | "dataRules" | "contract">): DataRulesOutput {
  return { contract: { id: row.contract.id, slug: row.contract.slug }, version: row.version, updatedAt: row.updatedAt, dataRules: row.dataRules };
}

/** Compare-and-set on the version's `updatedAt`, like every edit of a version: false when someone changed it since. */
export async function updateVersionRulesIfUnchanged(tx: Db, id: string, expectedUpdatedAt: Date, dataRules: DataRules): Promise<Date | null> {
  const updatedAt = new Date();
  const { count } = await tx.contractVersion.updateMany({
    where: { id, updatedAt: expectedUpdatedAt },
    data: { dataRules: dataRules as Prisma.InputJsonValue, updatedAt },
  });
  return count === 1 ? updatedAt : null;
}

/**
 * An integration and the rules that govern it: the newest active version, with rules, of a contract that governs
 * the integration and is not archived. Null version when there is none.
 */
export async function findIntegrationRuleSource(db: Db, idOrKey: string) {
  const integration = await db.integration.findFirst({
    where: { OR: [{ id: idOrKey }, { key: idOrKey }] },
    select: {
      id: true,
      key: true,
      approvalState: true,
      ownerTeamId: true,
      archivedAt: true,
      containsPersonalData: true,
      keepFailingSamples: true,
      exceptionRoutes: exceptionRoutesSelect,
      contracts: {
        where: { archivedAt: null },
        select: {
          slug: true,
          versions: {
            where: { status: "active" },
            select: { id: true, version: true, updatedAt: true, specText: true, dataRules: true, publishedAt: true },
          },
        },
      },
    },
  });
  if (!integration) return null;
  const { contracts, ...rest } = integration;
  const governing = contracts
    .flatMap((contract) => contract.versions.map((version) => ({ ...version, slug: contract.slug })))
    .filter((version) => version.dataRules !== null)
    .sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0))[0];
  return {
    integration: rest,
    version: governing ? { ...governing, dataRules: readStoredRules(governing.dataRules)! } : null,
  };
}

/**
 * Who may own a route's queue, for the rule editor's handler field: teams by slug (as the demo's exception routing
 * names them) and people by e-mail. A handler is free text in the rules, so a name not listed is still accepted.
 */
export async function findHandlerOptions(db: Db) {
  const [teams, people] = await Promise.all([
    db.team.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db.user.findMany({ where: { disabledAt: null }, select: { email: true, name: true }, orderBy: { name: "asc" }, take: 500 }),
  ]);
  return [...teams.map((t) => ({ value: t.slug, label: `${t.name} (team)` })), ...people.map((p) => ({ value: p.email, label: `${p.name} (person)` }))];
}
