import "server-only";
import { storedLinks } from "@/lib/catalog/links/schemas";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type {
  ContractFilters,
  ContractListQuery,
  ContractOutput,
  ContractVersionOutput,
  ContractVersionWithSpecOutput,
  GlossaryEntryInput,
  VersionApiListQuery,
} from "@/lib/catalog/contracts/schemas";
import { decodeCursor, toCursorPage, type CursorPage } from "@/lib/pagination/cursor";
import { archivedAtCondition } from "@/lib/catalog/archived-filter";

export const CONTRACTS_PAGE_SIZE = 25;

type Db = PrismaClient | Prisma.TransactionClient;

const VERSION_ORDER = [{ createdAt: "desc" }, { id: "desc" }] as const satisfies Prisma.ContractVersionOrderByWithRelationInput[];

export const contractSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  type: true,
  ownerTeam: { select: { id: true, name: true } },
  integration: { select: { id: true, key: true, name: true } },
  system: { select: { id: true, slug: true, name: true } },
  versions: { select: { version: true, status: true }, orderBy: VERSION_ORDER, take: 1 },
  _count: { select: { versions: true } },
  links: true,
  backstageRef: true,
  serviceNowId: true,
  leanIxId: true,
  archivedAt: true,
  archiveReason: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.ContractSelect;

type ContractRow = Prisma.ContractGetPayload<{ select: typeof contractSelect }>;

export function toContractOutput(row: ContractRow): ContractOutput {
  const { versions, _count, links, ...rest } = row;
  return { ...rest, links: storedLinks(links), latestVersion: versions[0] ?? null, versionCount: _count.versions };
}

const versionSelect = {
  id: true,
  contractId: true,
  version: true,
  status: true,
  changelog: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
  glossary: { select: { id: true, field: true, meaning: true, rules: true }, orderBy: { field: "asc" } },
  _count: { select: { consumers: { where: { archivedAt: null } } } },
} as const satisfies Prisma.ContractVersionSelect;

type VersionRow = Prisma.ContractVersionGetPayload<{ select: typeof versionSelect }>;

function toVersionOutput({ _count, ...row }: VersionRow): ContractVersionOutput {
  return { ...row, consumerCount: _count.consumers };
}

/**
 * Search covers what people remember about a contract: its name, slug and description, the glossary of any of
 * its versions (field names and meanings), the fields its consumers use and the fields its integration exchanges.
 */
/** No version has a spec document: the catalog's `spec=missing` filter and the dashboard's tile use this one rule. */
export const CONTRACT_WITHOUT_SPEC: Prisma.ContractWhereInput = { versions: { none: { AND: [{ specText: { not: null } }, { specText: { not: "" } }] } } };

export function contractWhere(filters: Partial<ContractFilters>): Prisma.ContractWhereInput {
  const q = filters.q;
  const and: Prisma.ContractWhereInput[] = [];
  if (q) {
    const text = { contains: q, mode: "insensitive" } as const;
    and.push({
      OR: [
        { name: text },
        { slug: text },
        { description: text },
        { versions: { some: { glossary: { some: { OR: [{ field: text }, { meaning: text }] } } } } },
        { versions: { some: { consumers: { some: { fieldsUsed: { has: q } } } } } },
        { integration: { fieldsExchanged: { has: q } } },
      ],
    });
  }
  if (filters.type) and.push({ type: filters.type });
  if (filters.team) and.push({ ownerTeamId: filters.team });
  if (filters.status) and.push({ versions: { some: { status: filters.status } } });
  if (filters.system) and.push({ systemId: filters.system });
  if (filters.integration) and.push({ integrationId: filters.integration });
  if (filters.spec === "missing") and.push(CONTRACT_WITHOUT_SPEC);
  const archived = archivedAtCondition(filters.archived);
  if (archived) and.push(archived);
  return { AND: and };
}

const SORTS: Record<ContractListQuery["sort"], Prisma.ContractOrderByWithRelationInput[]> = {
  name: [{ name: "asc" }, { id: "asc" }],
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
  created: [{ createdAt: "desc" }, { id: "desc" }],
};

export async function findContracts(db: PrismaClient, query: ContractListQuery): Promise<{ contracts: ContractOutput[]; total: number }> {
  const where = contractWhere(query);
  const [rows, total] = await Promise.all([
    db.contract.findMany({
      where,
      select: contractSelect,
      orderBy: SORTS[query.sort],
      skip: (query.page - 1) * CONTRACTS_PAGE_SIZE,
      take: CONTRACTS_PAGE_SIZE,
    }),
    db.contract.count({ where }),
  ]);
  return { contracts: rows.map(toContractOutput), total };
}

/** Keyset pagination for the API, by name or by last change (newest first), ties broken by id. */
export async function findContractsPage(
  db: PrismaClient,
  query: ContractFilters & { sort: "name" | "updated"; limit: number; cursor?: string },
): Promise<CursorPage<ContractOutput>> {
  const and: Prisma.ContractWhereInput[] = [contractWhere(query)];
  if (query.cursor) {
    const [key, id] = decodeCursor(query.cursor, 2) as [string, string];
    and.push(
      query.sort === "name"
        ? { OR: [{ name: { gt: key } }, { name: key, id: { gt: id } }] }
        : { OR: [{ updatedAt: { lt: new Date(key) } }, { updatedAt: new Date(key), id: { lt: id } }] },
    );
  }
  const rows = await db.contract.findMany({ where: { AND: and }, select: contractSelect, orderBy: SORTS[query.sort], take: query.limit + 1 });
  return toCursorPage(rows.map(toContractOutput), query.limit, (row) => [query.sort === "name" ? row.name : row.updatedAt.toISOString(), row.id]);
}

export async function findContract(db: Db, where: { id: string } | { slug: string }): Promise<ContractOutput | null> {
  const row = await db.contract.findUnique({ where, select: contractSelect });
  return row ? toContractOutput(row) : null;
}

export async function findContractVersions(db: Db, contractId: string): Promise<ContractVersionOutput[]> {
  const rows = await db.contractVersion.findMany({ where: { contractId }, select: versionSelect, orderBy: VERSION_ORDER });
  return rows.map(toVersionOutput);
}

/** The API's version list: newest first, keyset-paginated on (createdAt, id). */
export async function findContractVersionsPage(db: Db, contractId: string, query: VersionApiListQuery): Promise<CursorPage<ContractVersionOutput>> {
  const and: Prisma.ContractVersionWhereInput[] = [{ contractId }, ...(query.status ? [{ status: query.status }] : [])];
  if (query.cursor) {
    const [at, id] = decodeCursor(query.cursor, 2) as [string, string];
    and.push({ OR: [{ createdAt: { lt: new Date(at) } }, { createdAt: new Date(at), id: { lt: id } }] });
  }
  const rows = await db.contractVersion.findMany({ where: { AND: and }, select: versionSelect, orderBy: VERSION_ORDER, take: query.limit + 1 });
  return toCursorPage(rows.map(toVersionOutput), query.limit, (row) => [row.createdAt.toISOString(), row.id]);
}

export async function findContractVersion(db: Db, contractId: string, version: string): Promise<ContractVersionWithSpecOutput | null> {
  const row = await db.contractVersion.findUnique({ where: { contractId_version: { contractId, version } }, select: { ...versionSelect, specText: true } });
  if (!row) return null;
  const { specText, ...rest } = row;
  return { ...toVersionOutput(rest), specText };
}

/** The consumers of each version of a contract, for its detail page. */
export async function findContractConsumers(db: Db, contractId: string) {
  return db.consumer.findMany({
    where: { contractVersion: { contractId } },
    select: {
      id: true,
      name: true,
      kind: true,
      fieldsUsed: true,
      purpose: true,
      archivedAt: true,
      contractVersion: { select: { version: true } },
      ownerTeam: { select: { id: true, name: true } },
      system: { select: { slug: true, name: true } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export async function countActiveConsumersOfContract(db: Db, contractId: string): Promise<number> {
  return db.consumer.count({ where: { archivedAt: null, contractVersion: { contractId } } });
}

export async function slugExists(db: Db, slug: string): Promise<boolean> {
  return (await db.contract.count({ where: { slug } })) > 0;
}

export async function insertContract(tx: Prisma.TransactionClient, data: Prisma.ContractUncheckedCreateInput): Promise<ContractOutput> {
  return toContractOutput(await tx.contract.create({ data, select: contractSelect }));
}

/** Compare-and-set on updatedAt: false when someone else changed the record since `expectedUpdatedAt`. */
export async function updateContractIfUnchanged(
  tx: Prisma.TransactionClient,
  id: string,
  expectedUpdatedAt: Date,
  data: Prisma.ContractUncheckedUpdateManyInput,
): Promise<boolean> {
  const { count } = await tx.contract.updateMany({ where: { id, updatedAt: expectedUpdatedAt }, data: { ...data, updatedAt: new Date() } });
  return count === 1;
}

export async function insertContractVersion(
  tx: Prisma.TransactionClient,
  data: {
    contractId: string;
    version: string;
    status: ContractVersionOutput["status"];
    specText: string;
    changelog: string | null;
    publishedAt: Date | null;
    glossary: GlossaryEntryInput[];
  },
): Promise<ContractVersionOutput> {
  const { glossary, ...fields } = data;
  const row = await tx.contractVersion.create({
    data: {
      ...fields,
      glossary: { createMany: { data: glossary.map((entry) => ({ field: entry.field, meaning: entry.meaning, rules: entry.rules ?? null })) } },
    },
    select: versionSelect,
  });
  return toVersionOutput(row);
}

export async function findVersionForUpdate(tx: Prisma.TransactionClient, contractId: string, version: string) {
  return tx.contractVersion.findUnique({
    where: { contractId_version: { contractId, version } },
    select: { ...versionSelect, contract: { select: { id: true, slug: true, ownerTeamId: true, archivedAt: true } } },
  });
}

export async function updateVersionIfUnchanged(
  tx: Prisma.TransactionClient,
  id: string,
  expectedUpdatedAt: Date,
  data: { status?: ContractVersionOutput["status"]; changelog?: string | null; publishedAt?: Date | null; glossary?: GlossaryEntryInput[] },
): Promise<ContractVersionOutput | null> {
  const { glossary, ...fields } = data;
  const { count } = await tx.contractVersion.updateMany({ where: { id, updatedAt: expectedUpdatedAt }, data: { ...fields, updatedAt: new Date() } });
  if (count !== 1) return null;
  if (glossary) {
    await tx.glossaryEntry.deleteMany({ where: { contractVersionId: id } });
    await tx.glossaryEntry.createMany({
      data: glossary.map((entry) => ({ contractVersionId: id, field: entry.field, meaning: entry.meaning, rules: entry.rules ?? null })),
    });
  }
  return toVersionOutput(await tx.contractVersion.findUniqueOrThrow({ where: { id }, select: versionSelect }));
}

/** The team and user choices of the forms, and the references a contract may point at. */
export async function findTeamOptions(db: Db) {
  return db.team.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function findSystemOptions(db: Db) {
  return db.system.findMany({ where: { archivedAt: null }, select: { id: true, name: true, slug: true }, orderBy: { name: "asc" } });
}

export async function findIntegrationOptions(db: Db) {
  return db.integration.findMany({ where: { archivedAt: null }, select: { id: true, key: true, name: true }, orderBy: { key: "asc" } });
}

export async function referencesExist(db: Db, refs: { teamId?: string | null; systemId?: string | null; integrationId?: string | null }) {
  const [team, system, integration] = await Promise.all([
    refs.teamId ? db.team.count({ where: { id: refs.teamId } }) : 1,
    refs.systemId ? db.system.count({ where: { id: refs.systemId } }) : 1,
    refs.integrationId ? db.integration.count({ where: { id: refs.integrationId } }) : 1,
  ]);
  return { team: team > 0, system: system > 0, integration: integration > 0 };
}

/** The headline numbers above the contracts list: what is documented, and who still relies on outdated versions. */
export async function findContractStats(db: Db) {
  const current = { archivedAt: null } as const;
  const [contracts, withActiveVersion, withoutVersion, consumersOnOutdated] = await Promise.all([
    db.contract.count({ where: current }),
    db.contract.count({ where: { ...current, versions: { some: { status: "active" } } } }),
    db.contract.count({ where: { ...current, versions: { none: {} } } }),
    db.consumer.count({ where: { archivedAt: null, contractVersion: { status: { in: ["deprecated", "retired"] } } } }),
  ]);
  return { contracts, withActiveVersion, withoutVersion, consumersOnOutdated };
}
