import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { PERMISSION_TABLE, ROLES } from "@/lib/auth/permissions";
import { decodeCursor, toCursorPage, type CursorPage } from "@/lib/pagination/cursor";
import type { ImpactConsumer } from "@/lib/reviews/impact-summary";
import type { StoredDiff } from "@/lib/reviews/diff-snapshot";
import { zStoredDiff } from "@/lib/reviews/stored-diff";
import { diffGlossary, type GlossaryChange, type GlossaryTerm } from "@/lib/reviews/glossary-diff";
import { fromJsonColumn, jsonColumnSchema, toJsonColumn } from "@/lib/db/json-column";
import { z } from "zod";
import { zStandardsReport, type StandardsReport } from "@/lib/standards/schemas";
import { countErrors } from "@/lib/standards/standards-delta";
import { findCurrentRuleset } from "@/lib/standards/repository";
import { OPEN_STATUSES, type ChangeRequestListItem, type ChangeRequestStatus, type ReviewApiListQuery, type ReviewListQuery } from "@/lib/reviews/schemas";

type Db = PrismaClient | Prisma.TransactionClient;

export const REVIEWS_PAGE_SIZE = 25;

const personSelect = { id: true, name: true, email: true } as const satisfies Prisma.UserSelect;

export const contractForReviewSelect = {
  id: true,
  slug: true,
  name: true,
  type: true,
  ownerTeamId: true,
  ownerUserId: true,
  archivedAt: true,
  ownerUser: { select: { name: true } },
  integration: { select: { owners: { where: { role: "data_owner" }, select: { userId: true, user: { select: { name: true } } } } } },
} as const satisfies Prisma.ContractSelect;

export type ContractForReview = Prisma.ContractGetPayload<{ select: typeof contractForReviewSelect }>;

/** By id, or by slug (handier in CI scripts). */
export async function findContractForReview(db: Db, idOrSlug: string): Promise<ContractForReview | null> {
  return db.contract.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] }, select: contractForReviewSelect });
}

/**
 * The version a proposal is diffed against: the newest active version, or the newest of any status when none is
 * active (a contract whose only versions are drafts). Null for a contract without versions.
 */
export async function findCurrentVersion(db: Db, contractId: string): Promise<{ id: string; version: string; specText: string | null } | null> {
  const select = { id: true, version: true, specText: true } as const;
  const order = [
    { publishedAt: { sort: "desc", nulls: "last" } },
    { createdAt: "desc" },
    { id: "desc" },
  ] as const satisfies Prisma.ContractVersionOrderByWithRelationInput[];
  return (
    (await db.contractVersion.findFirst({ where: { contractId, status: "active" }, select, orderBy: order })) ??
    (await db.contractVersion.findFirst({ where: { contractId }, select, orderBy: order }))
  );
}

export async function versionExists(db: Db, contractId: string, version: string): Promise<boolean> {
  return (await db.contractVersion.count({ where: { contractId, version } })) > 0;
}

/** Consumers of a version, as impact assessment and the policy need them. Archived consumers are gone. */
export async function findImpactConsumers(db: Db, versionId: string | null): Promise<ImpactConsumer[]> {
  if (!versionId) return [];
  const rows = await db.consumer.findMany({
    where: { contractVersionId: versionId, archivedAt: null },
    select: {
      id: true,
      name: true,
      kind: true,
      fieldsUsed: true,
      ownerUserId: true,
      ownerTeamId: true,
      ownerUser: { select: { name: true } },
      ownerTeam: { select: { name: true } },
      capabilities: { select: { capability: { select: { name: true } } } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    fieldsUsed: row.fieldsUsed,
    ownerUserId: row.ownerUserId,
    ownerTeamId: row.ownerTeamId,
    owner: row.ownerUser?.name ?? row.ownerTeam?.name ?? null,
    capabilities: row.capabilities.map((link) => link.capability.name),
  }));
}

const requestSelect = {
  id: true,
  number: true,
  title: true,
  description: true,
  status: true,
  revision: true,
  proposedVersion: true,
  changelog: true,
  glossary: true,
  diff: true,
  breakingCount: true,
  changeCount: true,
  standards: true,
  newStandardsErrors: true,
  authorId: true,
  editorIds: true,
  contractId: true,
  baseVersionId: true,
  submittedAt: true,
  decidedAt: true,
  createdAt: true,
  updatedAt: true,
  author: { select: personSelect },
  contract: { select: contractForReviewSelect },
  baseVersion: { select: { id: true, version: true } },
  publishedVersion: { select: { version: true } },
  approvals: {
    select: {
      id: true,
      revision: true,
      kind: true,
      decision: true,
      userId: true,
      consumerId: true,
      comment: true,
      exceptionReason: true,
      exceptionExpiresAt: true,
      createdAt: true,
      user: { select: personSelect },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} as const satisfies Prisma.ChangeRequestSelect;

type RequestRow = Prisma.ChangeRequestGetPayload<{ select: typeof requestSelect }>;

export interface ReviewContext extends Omit<RequestRow, "diff" | "standards" | "glossary"> {
  diff: StoredDiff | null;
  standards: StandardsReport | null;
  consumers: ImpactConsumer[];
  /** The glossary the proposal gives the new version; null carries the base version's over. */
  glossary: GlossaryTerm[] | null;
  glossaryChanges: GlossaryChange[];
  /** The API standards' review policy now: whether new error-level findings need an exception (lib/standards). */
  requireExceptionForNewErrors: boolean;
}

// ChangeRequest.glossary is a JSON column, read back through this schema like the diff.
const zStoredGlossary = jsonColumnSchema<GlossaryTerm[]>()(
  z.array(z.object({ field: z.string(), meaning: z.string(), rules: z.string().nullable().optional() })),
);

/** What the proposal stores of a glossary: null when it says nothing about it. */
export function storedGlossaryColumn(glossary: readonly GlossaryTerm[] | null): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return glossary === null ? Prisma.DbNull : toJsonColumn(glossary.map(({ field, meaning, rules }) => ({ field, meaning, rules: rules ?? null })));
}

export async function findGlossary(db: Db, versionId: string | null): Promise<GlossaryTerm[]> {
  if (!versionId) return [];
  return db.glossaryEntry.findMany({ where: { contractVersionId: versionId }, select: { field: true, meaning: true, rules: true }, orderBy: { field: "asc" } });
}

/** A change request with everything the policy and the request page need, but not the documents' texts. */
export async function findReviewContext(db: Db, where: { number: number } | { id: string }): Promise<ReviewContext | null> {
  const row = await db.changeRequest.findUnique({ where, select: requestSelect });
  if (!row) return null;
  const glossary = row.glossary === null ? null : fromJsonColumn(zStoredGlossary, row.glossary, "ChangeRequest.glossary");
  return {
    ...row,
    diff: row.diff === null ? null : fromJsonColumn(zStoredDiff, row.diff, "ChangeRequest.diff"),
    standards: row.standards === null ? null : fromJsonColumn(zStandardsReport, row.standards, "ChangeRequest.standards"),
    consumers: await findImpactConsumers(db, row.baseVersionId),
    glossary,
    glossaryChanges: glossary === null ? [] : diffGlossary(await findGlossary(db, row.baseVersionId), glossary),
    requireExceptionForNewErrors: (await findCurrentRuleset(db)).requireExceptionForNewErrors,
  };
}

/** The two texts the review page compares: the base version's (null for a first version) and the proposal's. */
export async function findDiffTexts(db: Db, id: string): Promise<{ base: string | null; proposed: string } | null> {
  const row = await db.changeRequest.findUnique({ where: { id }, select: { specText: true, baseVersion: { select: { specText: true } } } });
  return row ? { base: row.baseVersion?.specText ?? null, proposed: row.specText } : null;
}

export async function findProposalText(db: Db, id: string): Promise<string | null> {
  return (await db.changeRequest.findUnique({ where: { id }, select: { specText: true } }))?.specText ?? null;
}

export async function insertChangeRequest(
  tx: Prisma.TransactionClient,
  data: Prisma.ChangeRequestUncheckedCreateInput,
): Promise<{ id: string; number: number }> {
  return tx.changeRequest.create({ data, select: { id: true, number: true } });
}

/**
 * Compare-and-set: writes only while the request is still in the state (and revision) it was loaded in, so two
 * concurrent decisions cannot both pass the policy. Answers whether it wrote.
 */
export async function updateChangeRequestIf(
  tx: Prisma.TransactionClient,
  expected: { id: string; status: ChangeRequestStatus; revision: number },
  data: Prisma.ChangeRequestUncheckedUpdateManyInput,
): Promise<boolean> {
  const { count } = await tx.changeRequest.updateMany({ where: { id: expected.id, status: expected.status, revision: expected.revision }, data });
  return count === 1;
}

export async function insertApprovals(tx: Prisma.TransactionClient, rows: Prisma.ChangeRequestApprovalCreateManyInput[]): Promise<void> {
  if (rows.length > 0) await tx.changeRequestApproval.createMany({ data: rows });
}

export async function insertComment(tx: Prisma.TransactionClient, data: Prisma.ChangeRequestCommentUncheckedCreateInput) {
  return tx.changeRequestComment.create({ data, select: { id: true, body: true, location: true, createdAt: true, author: { select: personSelect } } });
}

export async function findComments(db: Db, changeRequestId: string) {
  return db.changeRequestComment.findMany({
    where: { changeRequestId },
    select: { id: true, body: true, location: true, createdAt: true, author: { select: personSelect } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 1000,
  });
}

/**
 * Inserts the approved proposal as the contract's new active version, with its glossary or else the base version's,
 * and its executable rules or else the base version's.
 */
export async function insertPublishedVersion(
  tx: Prisma.TransactionClient,
  {
    contractId,
    baseVersionId,
    changeRequestId,
    version,
    specText,
    changelog,
    publishedAt,
    standards,
    glossary: proposedGlossary,
  }: {
    changeRequestId: string;
    contractId: string;
    baseVersionId: string | null;
    glossary: GlossaryTerm[] | null;
    version: string;
    specText: string;
    changelog: string | null;
    publishedAt: Date;
    standards: StandardsReport | null;
  },
): Promise<{ id: string; version: string }> {
  const glossary = (proposedGlossary ?? (await findGlossary(tx, baseVersionId))).map(({ field, meaning, rules }) => ({ field, meaning, rules: rules ?? null }));
  const proposed = (await tx.changeRequest.findUnique({ where: { id: changeRequestId }, select: { dataRules: true } }))?.dataRules ?? null;
  const dataRules =
    proposed ??
    (baseVersionId ? ((await tx.contractVersion.findUnique({ where: { id: baseVersionId }, select: { dataRules: true } }))?.dataRules ?? null) : null);
  const created = await tx.contractVersion.create({
    data: {
      contractId,
      version,
      status: "active",
      specText,
      changelog,
      publishedAt,
      glossary: { createMany: { data: glossary } },
      ...(dataRules === null ? {} : { dataRules }),
      // The proposal's findings become the version's; under an older ruleset they are linted again (lintStaleVersions).
      ...(standards
        ? { lintFindings: toJsonColumn(standards.findings), lintErrorCount: countErrors(standards.findings), lintRulesetVersion: standards.rulesetVersion }
        : {}),
    },
    select: { id: true, version: true },
  });
  // A new version is a change of the contract: its ETag moves so that stale editors notice.
  await tx.contract.update({ where: { id: contractId }, data: { updatedAt: publishedAt } });
  return created;
}

/** Everyone who may review: the roles the permission table grants contract.review. Disabled accounts are left out. */
export async function findReviewerIds(db: Db): Promise<string[]> {
  const roles = ROLES.filter((role) => PERMISSION_TABLE[role]["contract.review"] !== "none");
  const rows = await db.user.findMany({ where: { role: { in: [...roles] }, disabledAt: null, passwordHash: { not: null } }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** The people who answer for consumers: their owner user, or the members of their owning team when none is named. */
export async function findConsumerOwnerIds(db: Db, consumers: readonly { ownerUserId: string | null; ownerTeamId: string | null }[]): Promise<string[]> {
  const ids = new Set(consumers.flatMap((consumer) => (consumer.ownerUserId ? [consumer.ownerUserId] : [])));
  const teamIds = [...new Set(consumers.filter((consumer) => !consumer.ownerUserId && consumer.ownerTeamId).map((consumer) => consumer.ownerTeamId!))];
  if (teamIds.length > 0) {
    const members = await db.teamMembership.findMany({ where: { teamId: { in: teamIds }, user: { disabledAt: null } }, select: { userId: true } });
    for (const member of members) ids.add(member.userId);
  }
  return [...ids];
}

// ---------------------------------------------------------------------------------------------------------------
// Lists
// ---------------------------------------------------------------------------------------------------------------

const listSelect = {
  id: true,
  number: true,
  title: true,
  status: true,
  proposedVersion: true,
  revision: true,
  breakingCount: true,
  changeCount: true,
  submittedAt: true,
  decidedAt: true,
  createdAt: true,
  updatedAt: true,
  author: { select: personSelect },
  contract: { select: { id: true, slug: true, name: true } },
  baseVersion: { select: { version: true } },
} as const satisfies Prisma.ChangeRequestSelect;

type ListRow = Prisma.ChangeRequestGetPayload<{ select: typeof listSelect }>;

function toListItem({ baseVersion, ...row }: ListRow): ChangeRequestListItem {
  return { ...row, baseVersion: baseVersion?.version ?? null };
}

export function changeRequestWhere(
  filters: { q?: string; contract?: string; status?: ChangeRequestStatus; breaking?: "yes" | "no" },
  scope: { openOnly?: boolean; authorId?: string; ids?: string[] } = {},
): Prisma.ChangeRequestWhereInput {
  const and: Prisma.ChangeRequestWhereInput[] = [];
  if (filters.q) {
    const text = { contains: filters.q, mode: "insensitive" } as const;
    const number = /^(?:cr-)?(\d{1,9})$/i.exec(filters.q);
    and.push({
      OR: [
        { title: text },
        { description: text },
        { contract: { name: text } },
        { contract: { slug: text } },
        ...(number ? [{ number: Number(number[1]) }] : []),
      ],
    });
  }
  if (filters.contract) and.push({ OR: [{ contractId: filters.contract }, { contract: { slug: filters.contract } }] });
  if (filters.status) and.push({ status: filters.status });
  else if (scope.openOnly) and.push({ status: { in: [...OPEN_STATUSES] } });
  if (filters.breaking === "yes") and.push({ breakingCount: { gt: 0 } });
  if (filters.breaking === "no") and.push({ breakingCount: 0 });
  if (scope.authorId) and.push({ authorId: scope.authorId });
  if (scope.ids) and.push({ id: { in: scope.ids } });
  return { AND: and };
}

const LIST_ORDER = [{ updatedAt: "desc" }, { id: "desc" }] as const satisfies Prisma.ChangeRequestOrderByWithRelationInput[];

export async function findChangeRequestList(
  db: Db,
  where: Prisma.ChangeRequestWhereInput,
  page: number,
): Promise<{ items: ChangeRequestListItem[]; total: number }> {
  const [rows, total] = await Promise.all([
    db.changeRequest.findMany({ where, select: listSelect, orderBy: LIST_ORDER, skip: (page - 1) * REVIEWS_PAGE_SIZE, take: REVIEWS_PAGE_SIZE }),
    db.changeRequest.count({ where }),
  ]);
  return { items: rows.map(toListItem), total };
}

export async function findChangeRequestCursorPage(
  db: Db,
  where: Prisma.ChangeRequestWhereInput,
  query: Pick<ReviewApiListQuery, "limit" | "cursor">,
): Promise<CursorPage<ChangeRequestListItem>> {
  const and: Prisma.ChangeRequestWhereInput[] = [where];
  if (query.cursor) {
    const [updatedAt, id] = decodeCursor(query.cursor, 2) as [string, string];
    const at = new Date(updatedAt);
    and.push({ OR: [{ updatedAt: { lt: at } }, { updatedAt: at, id: { lt: id } }] });
  }
  const rows = await db.changeRequest.findMany({ where: { AND: and }, select: listSelect, orderBy: LIST_ORDER, take: query.limit + 1 });
  return toCursorPage(rows.map(toListItem), query.limit, (row) => [row.updatedAt.toISOString(), row.id]);
}

/**
 * Requests in review where the actor might have something to do, narrowed in SQL; the policy decides per request.
 * `reviewsAll`: the actor holds contract.review (or stands in for data owners), so every request in review qualifies.
 */
export async function findQueueCandidateIds(
  db: Db,
  actor: { id: string; teamIds: readonly string[] },
  reviewsAll: boolean,
  filters: Pick<ReviewListQuery, "q" | "contract" | "breaking">,
): Promise<string[]> {
  const mine: Prisma.ChangeRequestWhereInput[] = [
    { contract: { integration: { owners: { some: { role: "data_owner", userId: actor.id } } } } },
    { contract: { integration: null, ownerUserId: actor.id } },
    {
      baseVersion: {
        consumers: {
          some: { archivedAt: null, OR: [{ ownerUserId: actor.id }, ...(actor.teamIds.length > 0 ? [{ ownerTeamId: { in: [...actor.teamIds] } }] : [])] },
        },
      },
    },
  ];
  const where: Prisma.ChangeRequestWhereInput = { AND: [changeRequestWhere({ ...filters, status: "in_review" }), ...(reviewsAll ? [] : [{ OR: mine }])] };
  const rows = await db.changeRequest.findMany({ where, select: { id: true }, orderBy: LIST_ORDER, take: 2000 });
  return rows.map((row) => row.id);
}

export async function findContractFilterOptions(db: Db): Promise<{ value: string; label: string }[]> {
  const rows = await db.contract.findMany({ where: { changeRequests: { some: {} } }, select: { slug: true, name: true }, orderBy: { name: "asc" }, take: 500 });
  return rows.map((row) => ({ value: row.slug, label: row.name }));
}

/** Open proposals of one contract, for its page. */
export async function findOpenRequestsOfContract(db: Db, contractId: string): Promise<ChangeRequestListItem[]> {
  const rows = await db.changeRequest.findMany({
    where: { contractId, status: { in: ["draft", ...OPEN_STATUSES] } },
    select: listSelect,
    orderBy: LIST_ORDER,
    take: 20,
  });
  return rows.map(toListItem);
}

/** The stored diff columns of a change request: SQL NULL (not JSON null) when there is nothing to compare. */
export function storedStandardsColumns(report: StandardsReport | null) {
  return {
    standards: report ? toJsonColumn(report) : Prisma.DbNull,
    newStandardsErrors: countErrors(report?.introduced ?? []),
  };
}

export function storedDiffColumns(diff: StoredDiff | null) {
  return {
    diff: diff ? toJsonColumn(diff) : Prisma.DbNull,
    breakingCount: diff?.counts.breaking ?? 0,
    changeCount: diff?.changes.length ?? 0,
  };
}
