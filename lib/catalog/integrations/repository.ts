import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { insertRows } from "@/lib/seed/catalog";
import { assessCompleteness } from "@/lib/catalog/completeness";
import { likeLiteral } from "@/lib/catalog/list-query";
import { decodeCursor, toCursorPage, type CursorPage } from "@/lib/pagination/cursor";
import type {
  IntegrationApiListQuery,
  IntegrationFilters,
  IntegrationListQuery,
  IntegrationOutput,
  IntegrationRecord,
  IntegrationSummary,
  MissingFilter,
} from "@/lib/catalog/integrations/schemas";

export const INTEGRATIONS_PAGE_SIZE = 25;

type Db = PrismaClient | Prisma.TransactionClient;

const ref = { select: { id: true, slug: true, name: true } } as const;
const person = { select: { id: true, name: true, email: true } } as const;
const liveContracts = { archivedAt: null } as const;

const summarySelect = {
  id: true,
  key: true,
  name: true,
  description: true,
  mechanism: true,
  pattern: true,
  frequency: true,
  criticality: true,
  healthStatus: true,
  lifecycle: true,
  monitoring: true,
  dataClassification: true,
  archivedAt: true,
  updatedAt: true,
  ownerTeamId: true,
  volumePerDay: true,
  fieldsExchanged: true,
  expectedLatencySeconds: true,
  sourceSystem: ref,
  targetSystem: ref,
  ownerTeam: ref,
  owners: { select: { role: true } },
} as const satisfies Prisma.IntegrationSelect;

type SummaryRow = Prisma.IntegrationGetPayload<{ select: typeof summarySelect }>;

/** How many rows of each relation the completeness score looks at. */
interface ChildCounts {
  escalationSteps: number;
  capabilities: number;
  contracts: number;
}

function completenessOf(row: SummaryRow, counts: ChildCounts) {
  return assessCompleteness({
    description: row.description,
    ownerRoles: row.owners.map((o) => o.role),
    escalationSteps: counts.escalationSteps,
    contracts: counts.contracts,
    monitoring: row.monitoring,
    volumePerDay: row.volumePerDay,
    frequency: row.frequency,
    fieldsExchanged: row.fieldsExchanged,
    capabilities: counts.capabilities,
    expectedLatencySeconds: row.expectedLatencySeconds,
  });
}

/**
 * Correlated counts for a page of ids. Prisma's `_count` select aggregates each whole relation table before joining
 * (GROUP BY over every escalation step, capability and contract): ~45 ms of every list page at 10,000 integrations.
 */
async function countChildren(db: Db, ids: string[]): Promise<Map<string, ChildCounts>> {
  const rows = await db.$queryRaw<({ id: string } & ChildCounts)[]>`
    SELECT i.id,
      (SELECT count(*)::int FROM "EscalationStep" e WHERE e."integrationId" = i.id) AS "escalationSteps",
      (SELECT count(*)::int FROM "IntegrationCapability" c WHERE c."integrationId" = i.id) AS "capabilities",
      (SELECT count(*)::int FROM "Contract" k WHERE k."integrationId" = i.id AND k."archivedAt" IS NULL) AS "contracts"
    FROM "Integration" i WHERE i.id IN (${Prisma.join(ids)})`;
  return new Map(rows.map(({ id, ...counts }) => [id, counts]));
}

function toSummary(row: SummaryRow, counts: ChildCounts): IntegrationSummary {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    description: row.description,
    sourceSystem: row.sourceSystem,
    targetSystem: row.targetSystem,
    ownerTeam: row.ownerTeam,
    mechanism: row.mechanism,
    pattern: row.pattern,
    frequency: row.frequency,
    criticality: row.criticality,
    healthStatus: row.healthStatus,
    lifecycle: row.lifecycle,
    monitoring: row.monitoring,
    dataClassification: row.dataClassification,
    archivedAt: row.archivedAt,
    updatedAt: row.updatedAt,
    completeness: completenessOf(row, counts),
  };
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
 * Search over what people remember of an integration: its key, name and description, a field it exchanges or a
 * data object (all in the trigger-maintained lowercase `searchText`, see decision 011) and the business glossary
 * of its contracts.
 */
function searchWhere(q: string): Prisma.IntegrationWhereInput {
  const contains = { contains: likeLiteral(q), mode: "insensitive" } as const;
  return {
    OR: [
      { searchText: { contains: likeLiteral(q.toLowerCase()) } },
      { contracts: { some: { archivedAt: null, versions: { some: { glossary: { some: { OR: [{ field: contains }, { meaning: contains }] } } } } } } },
    ],
  };
}

export function integrationWhere(filters: IntegrationFilters): Prisma.IntegrationWhereInput {
  const and: Prisma.IntegrationWhereInput[] = [];
  if (filters.archived === "exclude") and.push({ archivedAt: null });
  if (filters.archived === "only") and.push({ archivedAt: { not: null } });
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
  return { integrations: await summariesInOrder(db, page.map((row) => row.id)), total, health };
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
  return { items: await summariesInOrder(db, page.items.map((row) => row.id)), nextCursor: page.nextCursor };
}

/** The record without its validation rules and exception routes: what the CSV export writes. */
const recordSelect = {
  ...summarySelect,
  direction: true,
  dataObjects: true,
  format: true,
  containsPersonalData: true,
  permittedUses: true,
  businessValue: true,
  complexity: true,
  approvalState: true,
  healthCheckedAt: true,
  monitoringNotes: true,
  archiveReason: true,
  createdAt: true,
  owners: { select: { role: true, user: person }, orderBy: { role: "asc" } },
  escalationPath: { select: { position: true, contact: true, user: person }, orderBy: { position: "asc" } },
  capabilities: { select: { capability: ref }, orderBy: { capability: { name: "asc" } } },
  contracts: { where: liveContracts, select: { id: true } },
} as const satisfies Prisma.IntegrationSelect;

const outputSelect = {
  ...recordSelect,
  validationRules: { select: { kind: true, field: true, description: true }, orderBy: [{ kind: "asc" }, { field: "asc" }, { description: "asc" }] },
  exceptionRoutes: { select: { errorType: true, action: true, handler: true }, orderBy: { errorType: "asc" } },
} as const satisfies Prisma.IntegrationSelect;

function toRecord(row: Prisma.IntegrationGetPayload<{ select: typeof recordSelect }>): IntegrationRecord {
  const counts = { escalationSteps: row.escalationPath.length, capabilities: row.capabilities.length, contracts: row.contracts.length };
  return {
    ...toSummary(row, counts),
    direction: row.direction,
    dataObjects: row.dataObjects,
    fieldsExchanged: row.fieldsExchanged,
    format: row.format,
    volumePerDay: row.volumePerDay,
    containsPersonalData: row.containsPersonalData,
    permittedUses: row.permittedUses,
    businessValue: row.businessValue,
    complexity: row.complexity,
    approvalState: row.approvalState,
    healthCheckedAt: row.healthCheckedAt,
    monitoringNotes: row.monitoringNotes,
    expectedLatencySeconds: row.expectedLatencySeconds,
    archiveReason: row.archiveReason,
    createdAt: row.createdAt,
    owners: row.owners,
    escalationPath: row.escalationPath,
    capabilities: row.capabilities.map((c) => c.capability),
  };
}

function toOutput(row: Prisma.IntegrationGetPayload<{ select: typeof outputSelect }>): IntegrationOutput {
  return { ...toRecord(row), validationRules: row.validationRules, exceptionRoutes: row.exceptionRoutes };
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

/** The current version and owning team of each existing key, for an import that updates what exists. */
export async function findIntegrationsByKeys(tx: Prisma.TransactionClient, keys: string[]) {
  const rows = await tx.integration.findMany({ where: { key: { in: keys } }, select: { id: true, key: true, ownerTeamId: true, updatedAt: true, archivedAt: true } });
  return new Map(rows.map((r) => [r.key, r]));
}

/** Accepts the cuid or the human key (INT-0042; imports may bring other prefixes): keys have a dash, cuids never. */
export function byIdOrKey(idOrKey: string): Prisma.IntegrationWhereUniqueInput {
  return idOrKey.includes("-") ? { key: idOrKey.toUpperCase() } : { id: idOrKey };
}

export async function findIntegration(db: Db, idOrKey: string): Promise<IntegrationOutput | null> {
  const row = await db.integration.findUnique({ where: byIdOrKey(idOrKey), select: outputSelect });
  return row ? toOutput(row) : null;
}

/** Everything the detail page shows beyond the record itself: contracts, versions, consumers, neighbours. */
export async function findIntegrationSurroundings(db: PrismaClient, integration: Pick<IntegrationOutput, "id" | "sourceSystem" | "targetSystem">) {
  const neighbourSelect = { id: true, key: true, name: true, healthStatus: true, sourceSystem: ref, targetSystem: ref } as const;
  const [contracts, upstream, downstream] = await Promise.all([
    db.contract.findMany({
      where: { integrationId: integration.id },
      orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
      select: {
        id: true,
        slug: true,
        name: true,
        type: true,
        archivedAt: true,
        versions: {
          orderBy: { createdAt: "desc" },
          select: {
            id: true,
            version: true,
            status: true,
            publishedAt: true,
            glossary: { select: { field: true, meaning: true }, orderBy: { field: "asc" } },
            consumers: {
              where: { archivedAt: null },
              orderBy: { name: "asc" },
              select: { id: true, name: true, kind: true, fieldsUsed: true, purpose: true, ownerTeam: ref },
            },
          },
        },
      },
    }),
    db.integration.findMany({
      where: { archivedAt: null, targetSystemId: integration.sourceSystem.id, id: { not: integration.id } },
      select: neighbourSelect,
      orderBy: { key: "asc" },
      take: 20,
    }),
    db.integration.findMany({
      where: { archivedAt: null, sourceSystemId: integration.targetSystem.id, id: { not: integration.id } },
      select: neighbourSelect,
      orderBy: { key: "asc" },
      take: 20,
    }),
  ]);
  return { contracts, upstream, downstream };
}
export type IntegrationSurroundings = Awaited<ReturnType<typeof findIntegrationSurroundings>>;

/** Non-archived consumers of versions of the integration's non-archived contracts. */
export async function countActiveConsumers(db: Db, integrationId: string): Promise<number> {
  return db.consumer.count({ where: { archivedAt: null, contractVersion: { contract: { archivedAt: null, integrationId } } } });
}

// ------------------------------------------------------------------------------------------------------------
// Writes (inside runMutation's transaction)
// ------------------------------------------------------------------------------------------------------------

export async function findIntegrationForUpdate(tx: Prisma.TransactionClient, idOrKey: string) {
  return tx.integration.findUnique({ where: byIdOrKey(idOrKey), select: { id: true, key: true, name: true, ownerTeamId: true, updatedAt: true, archivedAt: true } });
}
export type IntegrationForUpdate = NonNullable<Awaited<ReturnType<typeof findIntegrationForUpdate>>>;

/**
 * Serializes whatever gives an integration its key until the transaction ends. Without it, two creates at once read
 * the same MAX and the second insert failed on the unique key (a 500); with it, the second waits, then sees the first.
 */
export async function lockIntegrationKeys(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext('interchange.integration-key'))`;
}

/**
 * The next free INT-NNNN key; takes the key lock first, so the key stays free until the transaction commits.
 * Keys of other shapes (imports may bring their own) are ignored.
 */
export async function nextIntegrationKey(tx: Prisma.TransactionClient): Promise<string> {
  await lockIntegrationKeys(tx);
  const rows = await tx.$queryRaw<{ max: number | null }[]>`SELECT MAX(CAST(SUBSTRING("key" FROM 5) AS INTEGER)) AS max FROM "Integration" WHERE "key" ~ '^INT-[0-9]{1,9}$'`;
  const next = Number(rows[0]?.max ?? 0) + 1;
  return `INT-${String(next).padStart(4, "0")}`;
}

export async function integrationKeyExists(tx: Prisma.TransactionClient, key: string): Promise<boolean> {
  return (await tx.integration.count({ where: { key } })) > 0;
}

type ChildRows = "owners" | "escalationPath" | "capabilities" | "validationRules" | "exceptionRoutes";

/** Scalar columns and resolved relations of a create or update; absent keys are left unchanged. */
export interface IntegrationWrite {
  scalars: Omit<Prisma.IntegrationUncheckedUpdateInput, ChildRows | "key" | "id">;
  owners?: { role: IntegrationOutput["owners"][number]["role"]; userId: string }[];
  escalationPath?: { position: number; userId: string | null; contact: string | null }[];
  capabilityIds?: string[];
  validationRules?: IntegrationOutput["validationRules"];
  exceptionRoutes?: IntegrationOutput["exceptionRoutes"];
}

export async function insertIntegration(tx: Prisma.TransactionClient, key: string, write: IntegrationWrite): Promise<IntegrationOutput> {
  const created = await tx.integration.create({
    data: {
      ...(write.scalars as Prisma.IntegrationUncheckedCreateInput),
      key,
      owners: { createMany: { data: write.owners ?? [] } },
      escalationPath: { createMany: { data: write.escalationPath ?? [] } },
      capabilities: { createMany: { data: (write.capabilityIds ?? []).map((capabilityId) => ({ capabilityId })) } },
      validationRules: { createMany: { data: write.validationRules ?? [] } },
      exceptionRoutes: { createMany: { data: write.exceptionRoutes ?? [] } },
    },
    select: { id: true },
  });
  return (await findIntegration(tx, created.id))!;
}

/**
 * Compare-and-set on updatedAt: the row changes only if nobody changed it since it was loaded. Returns false when
 * someone did (the caller answers 412), so two concurrent editors cannot both win.
 */
export async function updateIntegrationIfUnchanged(tx: Prisma.TransactionClient, id: string, loadedAt: Date, write: IntegrationWrite): Promise<boolean> {
  return (await updateIntegrationsIfUnchanged(tx, [{ id, loadedAt, write }])) === 1;
}

const UPDATE_BATCH_SIZE = 1_000;
const COLUMN_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * The compare-and-set update of many integrations in a handful of statements (an import of thousands of rows took
 * one round trip per row and relation before): one UPDATE ... FROM json_populate_recordset per batch of rows naming
 * the same columns, then each relation replaced for all rows at once. Returns how many rows were unchanged since
 * loaded and therefore updated; when that is fewer than asked, no relation is touched and the caller must roll back.
 */
export async function updateIntegrationsIfUnchanged(tx: Prisma.TransactionClient, updates: { id: string; loadedAt: Date; write: IntegrationWrite }[]): Promise<number> {
  const now = new Date().toISOString();
  const byColumns = new Map<string, typeof updates>();
  for (const update of updates) {
    const columns = Object.keys(update.write.scalars).filter((c) => update.write.scalars[c as keyof IntegrationWrite["scalars"]] !== undefined).sort().join(",");
    byColumns.set(columns, [...(byColumns.get(columns) ?? []), update]);
  }
  let updated = 0;
  for (const [columnList, group] of byColumns) {
    const columns = columnList ? columnList.split(",") : [];
    for (const column of columns) if (!COLUMN_NAME.test(column)) throw new Error(`Refusing to update unexpected column "${column}".`);
    const assignments = [...columns.map((c) => `"${c}" = x."${c}"`), `"updatedAt" = $2::timestamp(3)`].join(", ");
    for (let start = 0; start < group.length; start += UPDATE_BATCH_SIZE) {
      const batch = group.slice(start, start + UPDATE_BATCH_SIZE).map(({ id, loadedAt, write }) => ({ ...write.scalars, id, updatedAt: loadedAt }));
      updated += await tx.$executeRawUnsafe(
        `UPDATE "Integration" AS i SET ${assignments} FROM json_populate_recordset(NULL::"Integration", $1::json) AS x WHERE i.id = x.id AND i."updatedAt" = x."updatedAt"`,
        JSON.stringify(batch),
        now,
      );
    }
  }
  if (updated !== updates.length) return updated;
  await replaceChildRows(tx, updates);
  return updated;
}

const CHILD_TABLES = {
  owners: "IntegrationOwner",
  escalationPath: "EscalationStep",
  capabilityIds: "IntegrationCapability",
  validationRules: "ValidationRule",
  exceptionRoutes: "ExceptionRoute",
} as const satisfies Partial<Record<keyof IntegrationWrite, Prisma.ModelName>>;

/** Each relation's new rows for one integration, as table columns. */
function childRows(id: string, write: IntegrationWrite): { [K in keyof typeof CHILD_TABLES]: object[] | undefined } {
  const withId = <T extends object>(rows: T[] | undefined) => rows?.map((row) => ({ id: randomUUID(), ...row, integrationId: id }));
  return {
    owners: write.owners?.map((o) => ({ ...o, integrationId: id })),
    escalationPath: withId(write.escalationPath),
    capabilityIds: write.capabilityIds?.map((capabilityId) => ({ capabilityId, integrationId: id })),
    validationRules: withId(write.validationRules),
    exceptionRoutes: withId(write.exceptionRoutes),
  };
}

/**
 * Replaces, for every update that names a relation, all of that relation's rows: one DELETE with the ids as a single
 * JSON parameter, then bulk inserts (Prisma's deleteMany/createMany with thousands of bound values took seconds each).
 */
async function replaceChildRows(tx: Prisma.TransactionClient, updates: { id: string; write: IntegrationWrite }[]): Promise<void> {
  for (const [relation, table] of Object.entries(CHILD_TABLES) as [keyof typeof CHILD_TABLES, Prisma.ModelName][]) {
    const ids = updates.filter((u) => u.write[relation] !== undefined).map((u) => u.id);
    if (ids.length) await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "integrationId" IN (SELECT json_array_elements_text($1::json))`, JSON.stringify(ids));
  }
  await insertChildRows(tx, updates);
}

/** Bulk-inserts the relation rows of many integrations (new ones from an import, or updated ones after the delete). */
export async function insertChildRows(tx: Prisma.TransactionClient, integrations: { id: string; write: IntegrationWrite }[]): Promise<void> {
  const now = new Date();
  const rowsOf = integrations.map((i) => childRows(i.id, i.write));
  for (const [relation, table] of Object.entries(CHILD_TABLES) as [keyof typeof CHILD_TABLES, Prisma.ModelName][]) {
    await insertRows(tx, table, rowsOf.flatMap((rows) => rows[relation] ?? []), now);
  }
}

export async function archiveIntegrationIfUnchanged(tx: Prisma.TransactionClient, id: string, loadedAt: Date, reason: string): Promise<boolean> {
  const { count } = await tx.integration.updateMany({ where: { id, updatedAt: loadedAt }, data: { archivedAt: new Date(), archiveReason: reason, updatedAt: new Date() } });
  return count === 1;
}

// ------------------------------------------------------------------------------------------------------------
// Reference resolution
// ------------------------------------------------------------------------------------------------------------

export async function findSystemIdsBySlug(tx: Db, slugs: string[]) {
  const rows = await tx.system.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, archivedAt: true } });
  return new Map(rows.map((r) => [r.slug, r]));
}
export async function findTeamIdsBySlug(tx: Db, slugs: string[]) {
  const rows = await tx.team.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  return new Map(rows.map((r) => [r.slug, r.id]));
}
export async function findUserIdsByEmail(tx: Db, emails: string[]) {
  const rows = await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
}
export async function findCapabilityIdsBySlug(tx: Db, slugs: string[]) {
  const rows = await tx.businessCapability.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/**
 * Choices the list's filters offer: teams and capabilities, and only the selected system (there can be thousands;
 * the system filter searches them as the person types).
 */
export async function findIntegrationFilterOptions(db: PrismaClient, systemSlug: string | undefined) {
  const [selectedSystem, teams, capabilities] = await Promise.all([
    systemSlug ? db.system.findUnique({ where: { slug: systemSlug }, select: { slug: true, name: true } }) : null,
    db.team.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db.businessCapability.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { selectedSystem, teams, capabilities };
}

/** Choices the form offers: live systems, teams, capabilities and people who can hold a role. */
export async function findIntegrationFormOptions(db: PrismaClient) {
  const [systems, teams, capabilities, people] = await Promise.all([
    db.system.findMany({ where: { archivedAt: null }, select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db.team.findMany({ select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } }),
    db.businessCapability.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db.user.findMany({ where: { disabledAt: null }, select: { email: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { systems, teams, capabilities, people };
}
export type IntegrationFormOptions = Awaited<ReturnType<typeof findIntegrationFormOptions>>;
