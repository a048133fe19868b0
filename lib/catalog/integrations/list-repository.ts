import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { likeLiteral } from "@/lib/db/like-literal";
import { decodeCursor, toCursorPage, type CursorPage } from "@/lib/pagination/cursor";
import { liveContracts, recordSelect, summarySelect, toRecord, toSummary, type ChildCounts } from "@/lib/catalog/integrations/integration-rows";
import type {
  IntegrationApiListQuery,
  IntegrationFilters,
  IntegrationListQuery,
  IntegrationRecord,
  IntegrationSummary,
  MissingFilter,
} from "@/lib/catalog/integrations/schemas";
import { archivedAtCondition } from "@/lib/catalog/archived-filter";

// List reads: the catalog page, the API's keyset pages and the CSV export's batches.

export const INTEGRATIONS_PAGE_SIZE = 25;

/**
 * Correlated counts for a page of ids. Prisma's `_count` select aggregates each whole relation table before joining
 * (GROUP BY over every escalation step, capability and contract): ~45 ms of every list page at 10,000 integrations.
 */
async function countChildren(db: PrismaClient, ids: string[]): Promise<Map<string, ChildCounts>> {
  const rows = await db.$queryRaw<({ id: string } & ChildCounts)[]>`
    SELECT i.id,
      (SELECT count(*)::int FROM "EscalationStep" e WHERE e."integrationId" = i.id) AS "escalationSteps",
      (SELECT count(*)::int FROM "IntegrationCapability" c WHERE c."integrationId" = i.id) AS "capabilities",
      (SELECT count(*)::int FROM "Contract" k WHERE k."integrationId" = i.id AND k."archivedAt" IS NULL) AS "contracts"
    FROM "Integration" i WHERE i.id IN (${Prisma.join(ids)})`;
  return new Map(rows.map(({ id, ...counts }) => [id, counts]));
}

const MISSING_WHERE: Record<MissingFilter, Prisma.IntegrationWhereInput> = {
  owner: { ownerTeamId: null, owners: { none: {} } },
  description: { OR: [{ description: null }, { description: "" }] },
  "technical-owner": { owners: { none: { role: "technical_owner" } } },
  "data-owner": { owners: { none: { role: "data_owner" } } },
  "source-owner": { owners: { none: { role: "source_owner" } } },
  "target-owner": { owners: { none: { role: "target_owner" } } },
  "escalation-path": { escalationPath: { none: {} } },
  contract: { contracts: { none: liveContracts } },
  monitoring: { monitoring: "none" },
  volume: { volumePerDay: null },
  // Frequency is required by the schema: an integration cannot lack it, so this filter matches nothing.
  frequency: { id: { in: [] } },
  fields: { fieldsExchanged: { isEmpty: true } },
  capability: { capabilities: { none: {} } },
  latency: { expectedLatencySeconds: null },
};

/**
 * Search over what people remember of an integration: its key, name and description, a field it exchanges, a data
 * object or the business glossary of its live contracts. All of it is in the trigger-maintained lowercase
 * `searchText` (decisions 011 and 064), so the substring match is one LIKE that the trigram index answers.
 */
function searchWhere(q: string): Prisma.IntegrationWhereInput {
  return { searchText: { contains: likeLiteral(q.toLowerCase()) } };
}

export function integrationWhere(filters: IntegrationFilters): Prisma.IntegrationWhereInput {
  const and: Prisma.IntegrationWhereInput[] = [];
  const archived = archivedAtCondition(filters.archived);
  if (archived) and.push(archived);
  if (filters.q) and.push(searchWhere(filters.q));
  if (filters.system) and.push({ OR: [{ sourceSystem: { slug: filters.system } }, { targetSystem: { slug: filters.system } }] });
  if (filters.team) and.push({ ownerTeam: { slug: filters.team } });
  if (filters.capability) and.push({ capabilities: { some: { capability: { slug: filters.capability } } } });
  if (filters.mechanism) and.push({ mechanism: { in: filters.mechanism } });
  if (filters.pattern) and.push({ pattern: { in: filters.pattern } });
  if (filters.frequency) and.push({ frequency: { in: filters.frequency } });
  if (filters.criticality) and.push({ criticality: { in: filters.criticality } });
  if (filters.health) and.push({ healthStatus: { in: filters.health } });
  if (filters.lifecycle) and.push({ lifecycle: { in: filters.lifecycle } });
  if (filters.classification) and.push({ dataClassification: { in: filters.classification } });
  if (filters.monitoring) and.push({ monitoring: { in: filters.monitoring } });
  if (filters.value) and.push({ businessValue: { in: filters.value.map(Number) } });
  if (filters.complexity) and.push({ complexity: { in: filters.complexity.map(Number) } });
  for (const gap of filters.missing ?? []) and.push(MISSING_WHERE[gap]);
  return and.length ? { AND: and } : {};
}

const SORT_FIELDS = {
  key: "key",
  name: "name",
  updated: "updatedAt",
  criticality: "criticality",
  health: "healthStatus",
} as const;

/**
 * Loads summaries for ids chosen by a cheap query first. Selecting the relation counts in the sorting query made
 * PostgreSQL (PGlite especially) compute them for every matching row before the LIMIT: seconds at 10,000 rows.
 */
async function summariesInOrder(db: PrismaClient, ids: string[]): Promise<IntegrationSummary[]> {
  if (ids.length === 0) return [];
  const [rows, counts] = await Promise.all([db.integration.findMany({ where: { id: { in: ids } }, select: summarySelect }), countChildren(db, ids)]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => toSummary(byId.get(id)!, counts.get(id)!));
}

/**
 * The catalog list: one page of summaries, the health of everything the filters match (for the chart) and the
 * total, which is the sum of the health groups: one scan of the matches instead of a separate count.
 */
export async function findIntegrations(
  db: PrismaClient,
  query: IntegrationListQuery,
  pageSize = INTEGRATIONS_PAGE_SIZE,
): Promise<{ integrations: IntegrationSummary[]; total: number; health: Record<string, number> }> {
  const where = integrationWhere(query);
  const field = SORT_FIELDS[query.sort];
  const [page, groups] = await Promise.all([
    db.integration.findMany({
      where,
      select: { id: true },
      orderBy: [{ [field]: query.dir }, { id: "asc" }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
    }),
    db.integration.groupBy({ by: ["healthStatus"], where, _count: { _all: true } }),
  ]);
  const health = Object.fromEntries(groups.map((g) => [g.healthStatus, g._count._all]));
  const total = groups.reduce((sum, g) => sum + g._count._all, 0);
  return {
    integrations: await summariesInOrder(
      db,
      page.map((row) => row.id),
    ),
    total,
    health,
  };
}

/** The API list: keyset pagination on (sort field, id). */
export async function findIntegrationsPage(db: PrismaClient, query: IntegrationApiListQuery): Promise<CursorPage<IntegrationSummary>> {
  const field = SORT_FIELDS[query.sort];
  const and: Prisma.IntegrationWhereInput[] = [integrationWhere(query)];
  if (query.cursor) {
    const [value, id] = decodeCursor(query.cursor, 2);
    const after = query.dir === "asc" ? "gt" : "lt";
    const sortValue = field === "updatedAt" ? new Date(String(value)) : String(value);
    and.push({ OR: [{ [field]: { [after]: sortValue } }, { [field]: sortValue, id: { [after]: String(id) } }] });
  }
  const rows = await db.integration.findMany({
    where: { AND: and },
    select: { id: true, key: true, name: true, updatedAt: true },
    orderBy: [{ [field]: query.dir }, { id: query.dir }],
    take: query.limit + 1,
  });
  const page = toCursorPage(rows, query.limit, (row) => [field === "updatedAt" ? row.updatedAt.toISOString() : row[field], row.id]);
  return {
    items: await summariesInOrder(
      db,
      page.items.map((row) => row.id),
    ),
    nextCursor: page.nextCursor,
  };
}

/**
 * Every integration the filters match, in key order, fetched in batches so a large export does not hold one huge
 * query. Without rules and routes: the CSV has no columns for them, and loading them doubled the export's time.
 */
export async function* findIntegrationsForExport(db: PrismaClient, filters: IntegrationFilters, batchSize = 1_000): AsyncGenerator<IntegrationRecord[]> {
  let afterKey: string | undefined;
  for (;;) {
    const rows = await db.integration.findMany({
      where: { AND: [integrationWhere(filters), ...(afterKey ? [{ key: { gt: afterKey } }] : [])] },
      select: recordSelect,
      orderBy: { key: "asc" },
      take: batchSize,
    });
    if (rows.length === 0) return;
    yield rows.map(toRecord);
    afterKey = rows[rows.length - 1].key;
    if (rows.length < batchSize) return;
  }
}
