import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { IntegrationFacts } from "@/lib/dashboard/dashboard-figures";
import { zSnapshotFigures, type SnapshotFigures } from "@/lib/dashboard/schemas";
import { toJsonColumn } from "@/lib/db/json-column";
import { OPEN_STATUSES } from "@/lib/reviews/schemas";
import { CONTRACT_WITHOUT_SPEC } from "@/lib/catalog/contracts/repository";

type Db = PrismaClient | Prisma.TransactionClient;

/** Change requests still waiting on someone: under review, sent back, or approved but not yet published. */

// Rows travel as one delimited string per table: PGlite hands each row and cell to Prisma one by one (about 1.4 s
// for 10,000 integrations × 12 columns) and builds JSON slowly (0.2 s), while string_agg takes 30 ms. Ids, keys,
// enums and numbers never hold these control characters.
const FIELD = String.fromCharCode(31);
const ROW = String.fromCharCode(30);
const rowsOf = (text: string | null): string[][] => (text ? text.split(ROW).map((row) => row.split(FIELD)) : []);
const numberOrNull = (text: string) => (text === "" ? null : Number(text));

/**
 * Live integrations (not archived, not retired) with their ownership, contract, consumer, capability and
 * deprecation facts, in one statement of independent single-table aggregates joined here in JS. One SQL join
 * across them was tried first: PGlite never gathers planner statistics (no autovacuum), and without them
 * PostgreSQL chose a nested loop over the aggregated subqueries: 45 million comparisons, 15 s at 10,000
 * integrations. Uncorrelated scalar subqueries each run once, whatever the statistics say.
 */
export async function loadIntegrationFacts(db: Db, now: Date): Promise<IntegrationFacts[]> {
  const [row] = await db.$queryRaw<Record<"integrations" | "dataOwned" | "contracts" | "versions" | "consumers" | "capabilities" | "overdue", string | null>[]>`
    SELECT
      (SELECT string_agg(concat_ws(chr(31), id, key, criticality, coalesce("businessValue"::text, ''), coalesce(complexity::text, ''),
                         "healthStatus", pattern, mechanism, "sourceSystemId", "targetSystemId", coalesce("ownerTeamId", '')), chr(30))
         FROM "Integration" WHERE "archivedAt" IS NULL AND lifecycle <> 'retired') AS integrations,
      (SELECT string_agg("integrationId", chr(30)) FROM "IntegrationOwner" WHERE role = 'data_owner') AS "dataOwned",
      (SELECT string_agg(id || chr(31) || "integrationId", chr(30)) FROM "Contract" WHERE "archivedAt" IS NULL AND "integrationId" IS NOT NULL) AS contracts,
      (SELECT string_agg(id || chr(31) || "contractId", chr(30)) FROM "ContractVersion") AS versions,
      (SELECT string_agg("contractVersionId", chr(30)) FROM "Consumer" WHERE "archivedAt" IS NULL) AS consumers,
      (SELECT string_agg("integrationId" || chr(31) || "capabilityId", chr(30)) FROM "IntegrationCapability") AS capabilities,
      (SELECT string_agg(DISTINCT coalesce(d."integrationId", c."integrationId"), chr(30))
         FROM "Deprecation" d
         LEFT JOIN "ContractVersion" v ON v.id = d."contractVersionId"
         LEFT JOIN "Contract" c ON c.id = v."contractId"
         WHERE d.status = 'announced' AND d."sunsetAt" < ${now}
           AND EXISTS (SELECT 1 FROM "MigrationItem" m WHERE m."deprecationId" = d.id AND m.status <> 'migrated')) AS overdue`;

  const contractOfVersion = new Map(rowsOf(row.versions).map(([id, contractId]) => [id, contractId]));
  const consumersOfContract = new Map<string, number>();
  for (const [versionId] of rowsOf(row.consumers)) {
    const contractId = contractOfVersion.get(versionId)!;
    consumersOfContract.set(contractId, (consumersOfContract.get(contractId) ?? 0) + 1);
  }
  const versioned = new Set(contractOfVersion.values());
  const contractFacts = new Map<string, { contracts: number; versionedContracts: number; consumers: number }>();
  for (const [contractId, integrationId] of rowsOf(row.contracts)) {
    const facts = contractFacts.get(integrationId) ?? { contracts: 0, versionedContracts: 0, consumers: 0 };
    facts.contracts += 1;
    if (versioned.has(contractId)) facts.versionedContracts += 1;
    facts.consumers += consumersOfContract.get(contractId) ?? 0;
    contractFacts.set(integrationId, facts);
  }
  const capabilityIds = new Map<string, string[]>();
  for (const [integrationId, capabilityId] of rowsOf(row.capabilities)) {
    const ids = capabilityIds.get(integrationId);
    if (ids) ids.push(capabilityId);
    else capabilityIds.set(integrationId, [capabilityId]);
  }
  const owned = new Set(rowsOf(row.dataOwned).map(([id]) => id));
  const overdue = new Set(rowsOf(row.overdue).map(([id]) => id));

  return rowsOf(row.integrations).map(
    ([id, key, criticality, businessValue, complexity, health, pattern, mechanism, sourceSystemId, targetSystemId, ownerTeamId]) => ({
      id,
      key,
      criticality: criticality as IntegrationFacts["criticality"],
      businessValue: numberOrNull(businessValue),
      complexity: numberOrNull(complexity),
      health: health as IntegrationFacts["health"],
      pattern: pattern as IntegrationFacts["pattern"],
      mechanism: mechanism as IntegrationFacts["mechanism"],
      sourceSystemId,
      targetSystemId,
      ownerTeamId: ownerTeamId || null,
      hasDataOwner: owned.has(id),
      ...(contractFacts.get(id) ?? { contracts: 0, versionedContracts: 0, consumers: 0 }),
      capabilityIds: (capabilityIds.get(id) ?? []).sort(),
      overdueDeprecation: overdue.has(id),
    }),
  );
}

/**
 * The transaction snapshot ("xmin:xmax:in-progress ids"): about 1 ms to read, and it changes whenever any transaction
 * starts writing or finishes, so an unchanged value means nothing was written since it was last read.
 */
export async function readWriteSnapshot(db: Db): Promise<string> {
  const rows = await db.$queryRaw<{ snapshot: string }[]>`SELECT txid_current_snapshot()::text AS snapshot`;
  return rows[0]?.snapshot ?? "";
}

/** Live contracts none of whose versions has a spec document. */
export async function countContractsWithoutSpec(db: Db): Promise<number> {
  return db.contract.count({ where: { archivedAt: null, ...CONTRACT_WITHOUT_SPEC } });
}

/** Announced deprecations past their sunset while some consumer has not migrated. */
export async function countOverdueDeprecations(db: Db, now: Date): Promise<number> {
  return db.deprecation.count({ where: { status: "announced", sunsetAt: { lt: now }, migrations: { some: { status: { not: "migrated" } } } } });
}

export async function countOpenChangeRequests(db: Db): Promise<number> {
  return db.changeRequest.count({ where: { status: { in: [...OPEN_STATUSES] } } });
}

export async function loadCapabilities(db: Db) {
  const rows = await db.businessCapability.findMany({
    select: { id: true, slug: true, name: true, _count: { select: { consumers: { where: { consumer: { archivedAt: null } } } } } },
    orderBy: { name: "asc" },
  });
  return rows.map((row) => ({ id: row.id, slug: row.slug, name: row.name, consumers: row._count.consumers }));
}

export async function loadSystemLinks(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.system.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true } });
}

export async function loadTeamLinks(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.team.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true } });
}

export async function loadIntegrationNames(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.integration.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
}

/** Names of the integrations shown, and whom to call about each: escalation path's first step, owners by role, team. */
export async function loadContactFacts(db: Db, integrationIds: string[]) {
  if (integrationIds.length === 0) return [];
  return db.integration.findMany({
    where: { id: { in: integrationIds } },
    select: {
      id: true,
      name: true,
      ownerTeam: { select: { slug: true, name: true } },
      escalationPath: { orderBy: { position: "asc" }, take: 1, select: { position: true, contact: true, user: { select: { name: true, email: true } } } },
      owners: { select: { role: true, user: { select: { name: true, email: true } } } },
    },
  });
}
export type ContactFacts = Awaited<ReturnType<typeof loadContactFacts>>[number];

export interface SnapshotRow {
  day: Date;
  figures: SnapshotFigures;
}

/** Snapshots from `from` (a UTC day) on, oldest first; a row whose figures no longer parse is skipped, not fatal. */
export async function loadSnapshots(db: Db, from: Date): Promise<SnapshotRow[]> {
  const rows = await db.metricSnapshot.findMany({ where: { day: { gte: from } }, select: { day: true, figures: true }, orderBy: { day: "asc" } });
  return rows.flatMap((row) => {
    const figures = zSnapshotFigures.safeParse(row.figures);
    return figures.success ? [{ day: row.day, figures: figures.data }] : [];
  });
}

export async function hasSnapshot(db: Db, day: Date): Promise<boolean> {
  return (await db.metricSnapshot.count({ where: { day } })) > 0;
}

/** Writes the day's snapshot; running again the same day replaces it with the newer figures. */
export async function saveSnapshot(db: Db, day: Date, figures: SnapshotFigures): Promise<void> {
  const json = toJsonColumn(figures);
  await db.metricSnapshot.upsert({ where: { day }, create: { day, figures: json }, update: { figures: json } });
}

/** Live integrations (not archived, not retired) with their effective health, its reason and their capabilities. */
export async function findHealthMapIntegrations(db: PrismaClient, now: Date) {
  const rows = await db.integration.findMany({
    where: { archivedAt: null, lifecycle: { not: "retired" } },
    select: {
      key: true,
      name: true,
      healthStatus: true,
      healthReason: true,
      healthOverride: true,
      healthOverrideReason: true,
      healthOverrideUntil: true,
      capabilities: { select: { capability: { select: { name: true } } } },
    },
    orderBy: { key: "asc" },
  });
  return rows.map((row) => ({
    key: row.key,
    name: row.name,
    health: row.healthStatus,
    // While a manual override lasts, the health shown is the override's, and so is the reason.
    reason:
      row.healthOverride && row.healthOverrideUntil && row.healthOverrideUntil > now
        ? `set by hand: ${row.healthOverrideReason ?? "no reason given"}`
        : row.healthReason,
    capabilities: row.capabilities.map((link) => link.capability.name),
  }));
}
