import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { assessCompleteness } from "@/lib/catalog/completeness";
import { decodeCursor, toCursorPage, type CursorPage } from "@/lib/pagination/cursor";
import type {
  IntegrationApiListQuery,
  IntegrationFilters,
  IntegrationListQuery,
  IntegrationOutput,
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
  _count: { select: { escalationPath: true, capabilities: true, contracts: { where: liveContracts } } },
} as const satisfies Prisma.IntegrationSelect;

type SummaryRow = Prisma.IntegrationGetPayload<{ select: typeof summarySelect }>;

function completenessOf(row: SummaryRow) {
  return assessCompleteness({
    description: row.description,
    ownerRoles: row.owners.map((o) => o.role),
    escalationSteps: row._count.escalationPath,
    contracts: row._count.contracts,
    monitoring: row.monitoring,
    volumePerDay: row.volumePerDay,
    frequency: row.frequency,
    fieldsExchanged: row.fieldsExchanged,
    capabilities: row._count.capabilities,
    expectedLatencySeconds: row.expectedLatencySeconds,
  });
}

function toSummary(row: SummaryRow): IntegrationSummary {
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
    completeness: completenessOf(row),
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
 * Full-text search over what people remember of an integration: its key, name and description, a field it
 * exchanges (exact field name, as written in contracts) and the business glossary of its contracts.
 */
function searchWhere(q: string): Prisma.IntegrationWhereInput {
  const contains = { contains: q, mode: "insensitive" } as const;
  return {
    OR: [
      { key: contains },
      { name: contains },
      { description: contains },
      { fieldsExchanged: { has: q } },
      { dataObjects: { has: q } },
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
  const rows = await db.integration.findMany({ where: { id: { in: ids } }, select: summarySelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => toSummary(byId.get(id)!));
}

/** The catalog list: one page of summaries and the total, for the page-numbered UI. */
export async function findIntegrations(db: PrismaClient, query: IntegrationListQuery, pageSize = INTEGRATIONS_PAGE_SIZE): Promise<{ integrations: IntegrationSummary[]; total: number }> {
  const where = integrationWhere(query);
  const field = SORT_FIELDS[query.sort];
  const [page, total] = await Promise.all([
    db.integration.findMany({
      where,
      select: { id: true },
      orderBy: [{ [field]: query.dir }, { id: "asc" }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
    }),
    db.integration.count({ where }),
  ]);
  return { integrations: await summariesInOrder(db, page.map((row) => row.id)), total };
}

/** Health of everything the filters match, for the list's chart. */
export async function countIntegrationsByHealth(db: PrismaClient, filters: IntegrationFilters): Promise<Record<string, number>> {
  const groups = await db.integration.groupBy({ by: ["healthStatus"], where: integrationWhere(filters), _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.healthStatus, g._count._all]));
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

const outputSelect = {
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
} as const satisfies Prisma.IntegrationSelect;

type OutputRow = Prisma.IntegrationGetPayload<{ select: typeof outputSelect }>;

function toOutput(row: OutputRow): IntegrationOutput {
  return {
    ...toSummary(row),
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

/** Every integration the filters match, in key order, fetched in batches so a large export does not hold one huge query. */
export async function* findIntegrationsForExport(db: PrismaClient, filters: IntegrationFilters, batchSize = 1_000): AsyncGenerator<IntegrationOutput[]> {
  let afterKey: string | undefined;
  for (;;) {
    const rows = await db.integration.findMany({
      where: { AND: [integrationWhere(filters), ...(afterKey ? [{ key: { gt: afterKey } }] : [])] },
      select: outputSelect,
      orderBy: { key: "asc" },
      take: batchSize,
    });
    if (rows.length === 0) return;
    yield rows.map(toOutput);
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
  const [contracts, upstream, downstream, validationRules, exceptionRoutes] = await Promise.all([
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
    db.validationRule.findMany({ where: { integrationId: integration.id }, select: { id: true, kind: true, field: true, description: true } }),
    db.exceptionRoute.findMany({ where: { integrationId: integration.id }, select: { id: true, errorType: true, action: true, handler: true }, orderBy: { errorType: "asc" } }),
  ]);
  return { contracts, upstream, downstream, validationRules, exceptionRoutes };
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

/** The next free INT-NNNN key. Keys of other shapes (imports may bring their own) are ignored. */
export async function nextIntegrationKey(tx: Prisma.TransactionClient): Promise<string> {
  const rows = await tx.$queryRaw<{ max: number | null }[]>`SELECT MAX(CAST(SUBSTRING("key" FROM 5) AS INTEGER)) AS max FROM "Integration" WHERE "key" ~ '^INT-[0-9]{1,9}$'`;
  const next = Number(rows[0]?.max ?? 0) + 1;
  return `INT-${String(next).padStart(4, "0")}`;
}

export async function integrationKeyExists(tx: Prisma.TransactionClient, key: string): Promise<boolean> {
  return (await tx.integration.count({ where: { key } })) > 0;
}

/** Scalar columns and resolved relations of a create or update; absent keys are left unchanged. */
export interface IntegrationWrite {
  scalars: Omit<Prisma.IntegrationUncheckedUpdateInput, "owners" | "escalationPath" | "capabilities" | "key" | "id">;
  owners?: { role: IntegrationOutput["owners"][number]["role"]; userId: string }[];
  escalationPath?: { position: number; userId: string | null; contact: string | null }[];
  capabilityIds?: string[];
}

export async function insertIntegration(tx: Prisma.TransactionClient, key: string, write: IntegrationWrite): Promise<IntegrationOutput> {
  const created = await tx.integration.create({
    data: {
      ...(write.scalars as Prisma.IntegrationUncheckedCreateInput),
      key,
      owners: { createMany: { data: write.owners ?? [] } },
      escalationPath: { createMany: { data: write.escalationPath ?? [] } },
      capabilities: { createMany: { data: (write.capabilityIds ?? []).map((capabilityId) => ({ capabilityId })) } },
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
  const { count } = await tx.integration.updateMany({ where: { id, updatedAt: loadedAt }, data: { ...(write.scalars as Prisma.IntegrationUncheckedUpdateManyInput), updatedAt: new Date() } });
  if (count === 0) return false;
  if (write.owners) {
    await tx.integrationOwner.deleteMany({ where: { integrationId: id } });
    await tx.integrationOwner.createMany({ data: write.owners.map((o) => ({ ...o, integrationId: id })) });
  }
  if (write.escalationPath) {
    await tx.escalationStep.deleteMany({ where: { integrationId: id } });
    await tx.escalationStep.createMany({ data: write.escalationPath.map((s) => ({ ...s, integrationId: id })) });
  }
  if (write.capabilityIds) {
    await tx.integrationCapability.deleteMany({ where: { integrationId: id } });
    await tx.integrationCapability.createMany({ data: write.capabilityIds.map((capabilityId) => ({ capabilityId, integrationId: id })) });
  }
  return true;
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

/** Choices the list's filters offer: live systems, teams and capabilities. */
export async function findIntegrationFilterOptions(db: PrismaClient) {
  const [systems, teams, capabilities] = await Promise.all([
    db.system.findMany({ where: { archivedAt: null }, select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db.team.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db.businessCapability.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { systems, teams, capabilities };
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
