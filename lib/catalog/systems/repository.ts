import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { decodeCursor, toCursorPage, type CursorPage } from "@/lib/pagination/cursor";
import type { SystemApiListQuery, SystemFilters, SystemListQuery, SystemOutput } from "@/lib/catalog/systems/schemas";
import { archivedAtCondition } from "@/lib/catalog/archived-filter";
import { storedLinks } from "@/lib/catalog/links/schemas";

export const SYSTEMS_PAGE_SIZE = 25;

type Db = PrismaClient | Prisma.TransactionClient;

const liveIntegrations = { archivedAt: null } as const;

const systemSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  kind: true,
  businessDomain: true,
  vendor: true,
  criticality: true,
  lifecycle: true,
  isExternal: true,
  links: true,
  backstageRef: true,
  serviceNowId: true,
  leanIxId: true,
  archivedAt: true,
  archiveReason: true,
  createdAt: true,
  updatedAt: true,
  ownerTeam: { select: { id: true, slug: true, name: true } },
  _count: { select: { outgoing: { where: liveIntegrations }, incoming: { where: liveIntegrations } } },
} as const satisfies Prisma.SystemSelect;

type SystemRow = Prisma.SystemGetPayload<{ select: typeof systemSelect }>;

function toOutput(row: SystemRow): SystemOutput {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    kind: row.kind,
    businessDomain: row.businessDomain,
    vendor: row.vendor,
    ownerTeam: row.ownerTeam,
    criticality: row.criticality,
    lifecycle: row.lifecycle,
    isExternal: row.isExternal,
    links: storedLinks(row.links),
    backstageRef: row.backstageRef,
    serviceNowId: row.serviceNowId,
    leanIxId: row.leanIxId,
    archivedAt: row.archivedAt,
    archiveReason: row.archiveReason,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    integrationCount: row._count.outgoing + row._count.incoming,
  };
}

export function systemWhere(filters: SystemFilters): Prisma.SystemWhereInput {
  const and: Prisma.SystemWhereInput[] = [];
  const archived = archivedAtCondition(filters.archived);
  if (archived) and.push(archived);
  if (filters.q) {
    const contains = { contains: filters.q, mode: "insensitive" } as const;
    and.push({ OR: [{ name: contains }, { slug: contains }, { description: contains }, { vendor: contains }, { businessDomain: contains }] });
  }
  if (filters.team) and.push({ ownerTeam: { slug: filters.team } });
  if (filters.kind) and.push({ kind: { in: filters.kind } });
  if (filters.criticality) and.push({ criticality: { in: filters.criticality } });
  if (filters.lifecycle) and.push({ lifecycle: { in: filters.lifecycle } });
  if (filters.external) and.push({ isExternal: filters.external === "yes" });
  if (filters.missing?.includes("owner")) and.push({ ownerTeamId: null });
  return and.length ? { AND: and } : {};
}

const SORT_FIELDS = { name: "name", slug: "slug", updated: "updatedAt", criticality: "criticality" } as const;

/** Loads full rows for ids chosen by a cheap sorting query (see summariesInOrder in the integrations repository). */
async function systemsInOrder(db: PrismaClient, ids: string[]): Promise<SystemOutput[]> {
  if (ids.length === 0) return [];
  const rows = await db.system.findMany({ where: { id: { in: ids } }, select: systemSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => toOutput(byId.get(id)!));
}

export async function findSystems(db: PrismaClient, query: SystemListQuery, pageSize = SYSTEMS_PAGE_SIZE): Promise<{ systems: SystemOutput[]; total: number }> {
  const where = systemWhere(query);
  const [page, total] = await Promise.all([
    db.system.findMany({
      where,
      select: { id: true },
      orderBy: [{ [SORT_FIELDS[query.sort]]: query.dir }, { id: "asc" }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
    }),
    db.system.count({ where }),
  ]);
  return {
    systems: await systemsInOrder(
      db,
      page.map((row) => row.id),
    ),
    total,
  };
}

export async function findSystemsPage(db: PrismaClient, query: SystemApiListQuery): Promise<CursorPage<SystemOutput>> {
  const field = SORT_FIELDS[query.sort];
  const and: Prisma.SystemWhereInput[] = [systemWhere(query)];
  if (query.cursor) {
    const [value, id] = decodeCursor(query.cursor, 2);
    const after = query.dir === "asc" ? "gt" : "lt";
    const sortValue = field === "updatedAt" ? new Date(String(value)) : String(value);
    and.push({ OR: [{ [field]: { [after]: sortValue } }, { [field]: sortValue, id: { [after]: String(id) } }] });
  }
  const rows = await db.system.findMany({
    where: { AND: and },
    select: { id: true, slug: true, name: true, updatedAt: true },
    orderBy: [{ [field]: query.dir }, { id: query.dir }],
    take: query.limit + 1,
  });
  const page = toCursorPage(rows, query.limit, (row) => [field === "updatedAt" ? row.updatedAt.toISOString() : row[field], row.id]);
  return {
    items: await systemsInOrder(
      db,
      page.items.map((row) => row.id),
    ),
    nextCursor: page.nextCursor,
  };
}

/** Accepts the cuid or the slug. Slugs are lowercase and cuids are too, so both are tried. */
export async function findSystem(db: Db, idOrSlug: string): Promise<SystemOutput | null> {
  const row = await db.system.findFirst({ where: { OR: [{ slug: idOrSlug }, { id: idOrSlug }] }, select: systemSelect });
  return row ? toOutput(row) : null;
}

/** What the detail page shows around a system: its integrations both ways, its contracts and what it consumes. */
export async function findSystemSurroundings(db: PrismaClient, systemId: string) {
  const integrationSelect = {
    id: true,
    key: true,
    name: true,
    healthStatus: true,
    criticality: true,
    sourceSystem: { select: { slug: true, name: true } },
    targetSystem: { select: { slug: true, name: true } },
  } as const;
  const [outgoing, incoming, contracts, consumes] = await Promise.all([
    db.integration.findMany({ where: { sourceSystemId: systemId, archivedAt: null }, select: integrationSelect, orderBy: { key: "asc" }, take: 100 }),
    db.integration.findMany({ where: { targetSystemId: systemId, archivedAt: null }, select: integrationSelect, orderBy: { key: "asc" }, take: 100 }),
    db.contract.findMany({ where: { systemId, archivedAt: null }, select: { id: true, slug: true, name: true, type: true }, orderBy: { name: "asc" } }),
    db.consumer.findMany({
      where: { systemId, archivedAt: null },
      select: {
        id: true,
        name: true,
        purpose: true,
        fieldsUsed: true,
        contractVersion: { select: { version: true, contract: { select: { slug: true, name: true } } } },
      },
      orderBy: { name: "asc" },
    }),
  ]);
  return { outgoing, incoming, contracts, consumes };
}

/** What still depends on a system: live integrations into or out of it, and active consumers of its contracts. */
export async function countSystemDependants(db: Db, systemId: string): Promise<{ integrations: number; consumers: number }> {
  const [integrations, consumers] = await Promise.all([
    db.integration.count({ where: { archivedAt: null, OR: [{ sourceSystemId: systemId }, { targetSystemId: systemId }] } }),
    db.consumer.count({ where: { archivedAt: null, contractVersion: { contract: { archivedAt: null, systemId } } } }),
  ]);
  return { integrations, consumers };
}

export async function findSystemForUpdate(tx: Prisma.TransactionClient, idOrSlug: string) {
  return tx.system.findFirst({
    where: { OR: [{ slug: idOrSlug }, { id: idOrSlug }] },
    select: { id: true, slug: true, ownerTeamId: true, updatedAt: true, archivedAt: true },
  });
}

export async function systemSlugExists(tx: Prisma.TransactionClient, slug: string): Promise<boolean> {
  return (await tx.system.count({ where: { slug } })) > 0;
}

export async function insertSystem(tx: Prisma.TransactionClient, data: Prisma.SystemUncheckedCreateInput): Promise<SystemOutput> {
  const { id } = await tx.system.create({ data, select: { id: true } });
  return (await findSystem(tx, id))!;
}

/** Compare-and-set on updatedAt (see lib/http/etag.ts): false when someone changed the row since it was loaded. */
export async function updateSystemIfUnchanged(
  tx: Prisma.TransactionClient,
  id: string,
  loadedAt: Date,
  data: Prisma.SystemUncheckedUpdateManyInput,
): Promise<boolean> {
  const { count } = await tx.system.updateMany({ where: { id, updatedAt: loadedAt }, data: { ...data, updatedAt: new Date() } });
  return count === 1;
}

export async function findTeamIdBySlug(tx: Db, slug: string): Promise<string | null> {
  return (await tx.team.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
}

export async function findTeamOptions(db: PrismaClient) {
  return db.team.findMany({ select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } });
}
