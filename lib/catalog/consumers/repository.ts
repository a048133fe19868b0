import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ConsumerFilters, ConsumerListQuery, ConsumerOutput } from "@/lib/catalog/consumers/schemas";
import { decodeCursor, toCursorPage, type CursorPage } from "@/lib/pagination/cursor";
import { archivedAtCondition } from "@/lib/catalog/archived-filter";

export const CONSUMERS_PAGE_SIZE = 25;

type Db = PrismaClient | Prisma.TransactionClient;

const consumerSelect = {
  id: true,
  name: true,
  kind: true,
  purpose: true,
  fieldsUsed: true,
  ownerTeam: { select: { id: true, name: true } },
  system: { select: { id: true, slug: true, name: true } },
  capabilities: { select: { capability: { select: { id: true, slug: true, name: true } } }, orderBy: { capability: { name: "asc" } } },
  contractVersion: { select: { id: true, version: true, status: true, contract: { select: { id: true, slug: true, name: true } } } },
  archivedAt: true,
  archiveReason: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.ConsumerSelect;

function toConsumerOutput({ capabilities, ...row }: Prisma.ConsumerGetPayload<{ select: typeof consumerSelect }>): ConsumerOutput {
  return { ...row, capabilities: capabilities.map((c) => c.capability) };
}

/** Search covers the consumer's name and purpose, the fields it uses and the contract it reads. */
export function consumerWhere(filters: Partial<ConsumerFilters>): Prisma.ConsumerWhereInput {
  const and: Prisma.ConsumerWhereInput[] = [];
  if (filters.q) {
    const text = { contains: filters.q, mode: "insensitive" } as const;
    and.push({
      OR: [{ name: text }, { purpose: text }, { fieldsUsed: { has: filters.q } }, { contractVersion: { contract: { OR: [{ name: text }, { slug: text }] } } }],
    });
  }
  if (filters.kind) and.push({ kind: filters.kind });
  if (filters.team) and.push({ ownerTeamId: filters.team });
  if (filters.contract) and.push({ contractVersion: { contract: { slug: filters.contract } } });
  const archived = archivedAtCondition(filters.archived);
  if (archived) and.push(archived);
  return { AND: and };
}

const SORTS: Record<ConsumerListQuery["sort"], Prisma.ConsumerOrderByWithRelationInput[]> = {
  name: [{ name: "asc" }, { id: "asc" }],
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
};

export async function findConsumers(db: PrismaClient, query: ConsumerListQuery): Promise<{ consumers: ConsumerOutput[]; total: number }> {
  const where = consumerWhere(query);
  const [consumers, total] = await Promise.all([
    db.consumer.findMany({
      where,
      select: consumerSelect,
      orderBy: SORTS[query.sort],
      skip: (query.page - 1) * CONSUMERS_PAGE_SIZE,
      take: CONSUMERS_PAGE_SIZE,
    }),
    db.consumer.count({ where }),
  ]);
  return { consumers: consumers.map(toConsumerOutput), total };
}

export async function findConsumersPage(
  db: PrismaClient,
  query: ConsumerFilters & { sort: ConsumerListQuery["sort"]; limit: number; cursor?: string },
): Promise<CursorPage<ConsumerOutput>> {
  const and: Prisma.ConsumerWhereInput[] = [consumerWhere(query)];
  if (query.cursor) {
    const [key, id] = decodeCursor(query.cursor, 2) as [string, string];
    and.push(
      query.sort === "name"
        ? { OR: [{ name: { gt: key } }, { name: key, id: { gt: id } }] }
        : { OR: [{ updatedAt: { lt: new Date(key) } }, { updatedAt: new Date(key), id: { lt: id } }] },
    );
  }
  const rows = await db.consumer.findMany({ where: { AND: and }, select: consumerSelect, orderBy: SORTS[query.sort], take: query.limit + 1 });
  return toCursorPage(rows.map(toConsumerOutput), query.limit, (row) => [query.sort === "name" ? row.name : row.updatedAt.toISOString(), row.id]);
}

export async function findConsumer(db: Db, id: string): Promise<ConsumerOutput | null> {
  const row = await db.consumer.findUnique({ where: { id }, select: consumerSelect });
  return row ? toConsumerOutput(row) : null;
}

export async function insertConsumer(
  tx: Prisma.TransactionClient,
  data: Prisma.ConsumerUncheckedCreateInput,
  capabilityIds: readonly string[] = [],
): Promise<ConsumerOutput> {
  const row = await tx.consumer.create({
    data: { ...data, capabilities: { createMany: { data: capabilityIds.map((capabilityId) => ({ capabilityId })) } } },
    select: consumerSelect,
  });
  return toConsumerOutput(row);
}

/** Replaces the consumer's capabilities with exactly these. */
export async function replaceConsumerCapabilities(tx: Prisma.TransactionClient, consumerId: string, capabilityIds: readonly string[]): Promise<void> {
  await tx.consumerCapability.deleteMany({ where: { consumerId } });
  await tx.consumerCapability.createMany({ data: capabilityIds.map((capabilityId) => ({ consumerId, capabilityId })) });
}

/** Which of these capability ids exist. */
export async function findExistingCapabilityIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  const rows = await db.businessCapability.findMany({ where: { id: { in: [...ids] } }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

export async function findCapabilityOptions(db: Db) {
  return db.businessCapability.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function updateConsumerIfUnchanged(
  tx: Prisma.TransactionClient,
  id: string,
  expectedUpdatedAt: Date,
  data: Prisma.ConsumerUncheckedUpdateManyInput,
): Promise<boolean> {
  const { count } = await tx.consumer.updateMany({ where: { id, updatedAt: expectedUpdatedAt }, data: { ...data, updatedAt: new Date() } });
  return count === 1;
}

/** The version a consumer may point at: it must exist, and neither it nor its contract be retired or archived. */
export async function findConsumableVersion(db: Db, id: string) {
  return db.contractVersion.findUnique({
    where: { id },
    select: { id: true, status: true, version: true, contract: { select: { name: true, archivedAt: true } } },
  });
}

/** A contract version's document and name, to check the fields a consumer declares against it. */
export async function findVersionDocument(db: Db, id: string) {
  return db.contractVersion.findUnique({ where: { id }, select: { specText: true, version: true, contract: { select: { name: true } } } });
}

/** The versions offered by the consumer form, newest contracts' names first. */
export async function findVersionOptions(db: Db) {
  const versions = await db.contractVersion.findMany({
    where: { status: { not: "retired" }, contract: { archivedAt: null } },
    select: { id: true, version: true, status: true, contract: { select: { slug: true, name: true } } },
    orderBy: [{ contract: { name: "asc" } }, { createdAt: "desc" }],
  });
  return versions;
}
