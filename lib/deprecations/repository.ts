import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Criticality, MigrationStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/permissions";
import { decodeCursor, toCursorPage, type CursorPage } from "@/lib/pagination/cursor";
import type { LifecyclePolicy } from "@/lib/contract-diff";
import { DEFAULT_CRITICALITY, resolveNoticePolicy, type NoticePolicyTable } from "@/lib/deprecations/notice-policy";
import { sunsetHeaders } from "@/lib/deprecations/sunset-headers";
import type { DeprecationDetail, DeprecationFilters, DeprecationListQuery, DeprecationSummary, MigrationItemOutput } from "@/lib/deprecations/schemas";

type Db = PrismaClient | Prisma.TransactionClient;

export const DEPRECATIONS_PAGE_SIZE = 20;

// ------------------------------------------------------------------------------------------------------------
// What is deprecated
// ------------------------------------------------------------------------------------------------------------

const teamRef = { select: { id: true, name: true } } as const;

const targetSelect = {
  contractVersion: {
    select: {
      id: true,
      version: true,
      status: true,
      contract: {
        select: { id: true, slug: true, name: true, archivedAt: true, ownerTeam: teamRef, integration: { select: { id: true, criticality: true } } },
      },
    },
  },
  integration: { select: { id: true, key: true, name: true, lifecycle: true, archivedAt: true, criticality: true, ownerTeam: teamRef } },
} as const satisfies Prisma.DeprecationSelect;

type TargetRows = Prisma.DeprecationGetPayload<{ select: typeof targetSelect }>;

/** The thing a deprecation is about, the same shape whichever its kind. */
export interface DeprecationTarget {
  kind: "contract_version" | "integration";
  id: string;
  label: string;
  href: string;
  ownerTeam: { id: string; name: string } | null;
  criticality: Criticality;
  /** Whose escalation path is walked when consumer owners stay silent: the integration, or the contract's. */
  escalationIntegrationId: string | null;
  /** The version's status or the integration's lifecycle. */
  state: string;
  archived: boolean;
}

export function versionHref(contractSlug: string, version: string): string {
  return `/catalog/contracts/${contractSlug}/versions/${encodeURIComponent(version)}`;
}

function toTarget(rows: TargetRows): DeprecationTarget {
  if (rows.contractVersion) {
    const { contract, ...version } = rows.contractVersion;
    return {
      kind: "contract_version",
      id: version.id,
      label: `${contract.name} ${version.version}`,
      href: versionHref(contract.slug, version.version),
      ownerTeam: contract.ownerTeam,
      criticality: contract.integration?.criticality ?? DEFAULT_CRITICALITY,
      escalationIntegrationId: contract.integration?.id ?? null,
      state: version.status,
      archived: contract.archivedAt !== null,
    };
  }
  const integration = rows.integration!;
  return {
    kind: "integration",
    id: integration.id,
    label: `${integration.key} · ${integration.name}`,
    href: `/catalog/integrations/${integration.key}`,
    ownerTeam: integration.ownerTeam,
    criticality: integration.criticality,
    escalationIntegrationId: integration.id,
    state: integration.lifecycle,
    archived: integration.archivedAt !== null,
  };
}

/** Loads a would-be target for an announcement; null when it does not exist. */
export async function findTarget(db: Db, kind: DeprecationTarget["kind"], id: string): Promise<DeprecationTarget | null> {
  if (kind === "contract_version") {
    const contractVersion = await db.contractVersion.findUnique({ where: { id }, select: targetSelect.contractVersion.select });
    return contractVersion ? toTarget({ contractVersion, integration: null }) : null;
  }
  const integration = await db.integration.findUnique({ where: { id }, select: targetSelect.integration.select });
  return integration ? toTarget({ contractVersion: null, integration }) : null;
}

/**
 * Locks the target's row until the transaction ends, so that two simultaneous announcements of the same version
 * or integration cannot both find no open deprecation.
 */
export async function lockTarget(tx: Prisma.TransactionClient, target: Pick<DeprecationTarget, "kind" | "id">) {
  if (target.kind === "contract_version") await tx.$queryRaw`SELECT id FROM "ContractVersion" WHERE id = ${target.id} FOR UPDATE`;
  else await tx.$queryRaw`SELECT id FROM "Integration" WHERE id = ${target.id} FOR UPDATE`;
}

/** An open (announced) deprecation of the same target, which a second announcement would duplicate. */
export async function findOpenDeprecationOf(db: Db, target: Pick<DeprecationTarget, "kind" | "id">) {
  return db.deprecation.findFirst({
    where: { status: "announced", ...(target.kind === "contract_version" ? { contractVersionId: target.id } : { integrationId: target.id }) },
    select: { id: true },
  });
}

/**
 * Who consumes the target: the consumers of a contract version, or for an integration the consumers of its
 * contracts' versions still in service (active or deprecated). Archived consumers are gone already.
 */
export async function findConsumersOfTarget(db: Db, target: Pick<DeprecationTarget, "kind" | "id">) {
  return db.consumer.findMany({
    where: {
      archivedAt: null,
      ...(target.kind === "contract_version"
        ? { contractVersionId: target.id }
        : { contractVersion: { status: { in: ["active", "deprecated"] }, contract: { integrationId: target.id, archivedAt: null } } }),
    },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** Marks the target deprecated, retired or back in service: what the catalog and the graph show. */
export async function setTargetState(tx: Prisma.TransactionClient, target: Pick<DeprecationTarget, "kind" | "id">, state: "active" | "deprecated" | "retired") {
  if (target.kind === "contract_version") await tx.contractVersion.update({ where: { id: target.id }, data: { status: state } });
  else await tx.integration.update({ where: { id: target.id }, data: { lifecycle: state } });
}

// ------------------------------------------------------------------------------------------------------------
// Who hears about it
// ------------------------------------------------------------------------------------------------------------

/**
 * The people answerable for each consumer: its owner, else the leads of its owning team, else that team's members.
 * People whose account is disabled are skipped.
 */
export async function findConsumerOwners(db: Db, consumerIds: readonly string[]): Promise<Map<string, string[]>> {
  const consumers = await db.consumer.findMany({
    where: { id: { in: [...consumerIds] } },
    select: {
      id: true,
      ownerUser: { select: { id: true, disabledAt: true } },
      ownerTeam: { select: { memberships: { where: { user: { disabledAt: null } }, select: { userId: true, isLead: true } } } },
    },
  });
  const owners = new Map<string, string[]>();
  for (const consumer of consumers) {
    if (consumer.ownerUser && !consumer.ownerUser.disabledAt) owners.set(consumer.id, [consumer.ownerUser.id]);
    else {
      const members = consumer.ownerTeam?.memberships ?? [];
      const leads = members.filter((m) => m.isLead);
      owners.set(
        consumer.id,
        (leads.length ? leads : members).map((m) => m.userId),
      );
    }
  }
  return owners;
}

export async function findEscalationSteps(db: Db, integrationId: string) {
  return db.escalationStep.findMany({ where: { integrationId }, orderBy: { position: "asc" }, select: { position: true, userId: true, contact: true } });
}

// ------------------------------------------------------------------------------------------------------------
// Notice policy
// ------------------------------------------------------------------------------------------------------------

export async function findNoticePolicy(db: Db): Promise<NoticePolicyTable> {
  return resolveNoticePolicy(await db.noticePolicy.findMany({ select: { criticality: true, minimumNoticeDays: true, acknowledgeWithinDays: true } }));
}

export async function upsertNoticePolicy(
  tx: Prisma.TransactionClient,
  row: { criticality: Criticality; minimumNoticeDays: number; acknowledgeWithinDays: number },
) {
  return tx.noticePolicy.upsert({
    where: { criticality: row.criticality },
    create: row,
    update: { minimumNoticeDays: row.minimumNoticeDays, acknowledgeWithinDays: row.acknowledgeWithinDays },
  });
}

// ------------------------------------------------------------------------------------------------------------
// Deprecations
// ------------------------------------------------------------------------------------------------------------

const deprecationSelect = {
  id: true,
  status: true,
  targetKind: true,
  reason: true,
  migrationGuideUrl: true,
  announcedAt: true,
  sunsetAt: true,
  retiredAt: true,
  updatedAt: true,
  ...targetSelect,
  replacementVersion: { select: { id: true, version: true, contract: { select: { slug: true, name: true } } } },
  replacementIntegration: { select: { id: true, key: true, name: true } },
} as const satisfies Prisma.DeprecationSelect;

type DeprecationRow = Prisma.DeprecationGetPayload<{ select: typeof deprecationSelect }>;

const detailSelect = {
  ...deprecationSelect,
  migrationGuide: true,
  noticeExceptionReason: true,
  retireOverrideReason: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true } },
} as const satisfies Prisma.DeprecationSelect;

/** What use cases load before changing a deprecation. */
export async function findDeprecationForUpdate(db: Db, id: string) {
  const row = await db.deprecation.findUnique({ where: { id }, select: { ...detailSelect, createdById: true } });
  return row ? { ...row, target: toTarget(row) } : null;
}
export type DeprecationForUpdate = NonNullable<Awaited<ReturnType<typeof findDeprecationForUpdate>>>;

type Progress = DeprecationSummary["progress"];

async function progressOf(db: Db, rows: readonly { id: string; sunsetAt: Date; status: string }[], now: Date): Promise<Map<string, Progress>> {
  const counts = rows.length
    ? await db.migrationItem.groupBy({ by: ["deprecationId", "status"], where: { deprecationId: { in: rows.map((r) => r.id) } }, _count: { _all: true } })
    : [];
  const byDeprecation = new Map<string, Partial<Record<MigrationStatus, number>>>();
  for (const count of counts) {
    const entry = byDeprecation.get(count.deprecationId) ?? {};
    entry[count.status] = count._count._all;
    byDeprecation.set(count.deprecationId, entry);
  }
  return new Map(
    rows.map((row) => {
      const c = byDeprecation.get(row.id) ?? {};
      const total = Object.values(c).reduce((sum, n) => sum + (n ?? 0), 0);
      const migrated = c.migrated ?? 0;
      const overdue = row.status === "announced" && row.sunsetAt.getTime() < now.getTime() ? total - migrated : 0;
      return [row.id, { total, migrated, blocked: c.blocked ?? 0, notAcknowledged: c.notified ?? 0, overdue }];
    }),
  );
}

function toSummary(row: DeprecationRow, progress: Progress): DeprecationSummary {
  const replacement = row.replacementVersion
    ? {
        kind: "contract_version" as const,
        id: row.replacementVersion.id,
        label: `${row.replacementVersion.contract.name} ${row.replacementVersion.version}`,
        href: versionHref(row.replacementVersion.contract.slug, row.replacementVersion.version),
      }
    : row.replacementIntegration
      ? {
          kind: "integration" as const,
          id: row.replacementIntegration.id,
          label: `${row.replacementIntegration.key} · ${row.replacementIntegration.name}`,
          href: `/catalog/integrations/${row.replacementIntegration.key}`,
        }
      : null;
  const { kind, id, label, href, ownerTeam, criticality } = toTarget(row);
  return {
    id: row.id,
    status: row.status,
    target: { kind, id, label, href, ownerTeam, criticality },
    reason: row.reason,
    replacement,
    migrationGuideUrl: row.migrationGuideUrl,
    announcedAt: row.announcedAt,
    sunsetAt: row.sunsetAt,
    retiredAt: row.retiredAt,
    progress,
    updatedAt: row.updatedAt,
  };
}

function consumerOwnedBy(actor: Actor): Prisma.ConsumerWhereInput {
  return { OR: [{ ownerUserId: actor.id }, ...(actor.teamIds.length ? [{ ownerTeamId: { in: [...actor.teamIds] } }] : [])] };
}

export function deprecationWhere(filters: Partial<DeprecationFilters>, { actor, now }: { actor: Actor; now: Date }): Prisma.DeprecationWhereInput {
  const and: Prisma.DeprecationWhereInput[] = [];
  if (filters.q) {
    const text = { contains: filters.q, mode: "insensitive" } as const;
    and.push({
      OR: [
        { reason: text },
        { contractVersion: { OR: [{ version: text }, { contract: { OR: [{ name: text }, { slug: text }] } }] } },
        { integration: { OR: [{ name: text }, { key: text }] } },
      ],
    });
  }
  if (filters.status?.length) and.push({ status: { in: filters.status } });
  if (filters.kind) and.push({ targetKind: filters.kind });
  if (filters.overdue) and.push({ status: "announced", sunsetAt: { lt: now }, migrations: { some: { status: { not: "migrated" } } } });
  if (filters.mine) {
    const teams = [...actor.teamIds];
    and.push({
      OR: [
        { createdById: actor.id },
        { contractVersion: { contract: { ownerTeamId: { in: teams } } } },
        { integration: { ownerTeamId: { in: teams } } },
        { migrations: { some: { consumer: consumerOwnedBy(actor) } } },
      ],
    });
  }
  return { AND: and };
}

const SORTS: Record<DeprecationListQuery["sort"], Prisma.DeprecationOrderByWithRelationInput[]> = {
  sunset: [{ sunsetAt: "asc" }, { id: "asc" }],
  "-sunset": [{ sunsetAt: "desc" }, { id: "desc" }],
  announced: [{ announcedAt: "desc" }, { id: "desc" }],
};

export async function findDeprecations(
  db: PrismaClient,
  query: DeprecationListQuery,
  context: { actor: Actor; now: Date },
): Promise<{ deprecations: DeprecationSummary[]; total: number }> {
  const where = deprecationWhere(query, context);
  const [rows, total] = await Promise.all([
    db.deprecation.findMany({
      where,
      select: deprecationSelect,
      orderBy: SORTS[query.sort],
      skip: (query.page - 1) * DEPRECATIONS_PAGE_SIZE,
      take: DEPRECATIONS_PAGE_SIZE,
    }),
    db.deprecation.count({ where }),
  ]);
  const progress = await progressOf(db, rows, context.now);
  return { deprecations: rows.map((row) => toSummary(row, progress.get(row.id)!)), total };
}

/** The API's list: by sunset, cursor-paginated. */
export async function findDeprecationsPage(
  db: PrismaClient,
  query: DeprecationFilters & { limit: number; cursor?: string },
  context: { actor: Actor; now: Date },
): Promise<CursorPage<DeprecationSummary>> {
  const and: Prisma.DeprecationWhereInput[] = [deprecationWhere(query, context)];
  if (query.cursor) {
    const [sunset, id] = decodeCursor(query.cursor, 2) as [string, string];
    and.push({ OR: [{ sunsetAt: { gt: new Date(sunset) } }, { sunsetAt: new Date(sunset), id: { gt: id } }] });
  }
  const rows = await db.deprecation.findMany({ where: { AND: and }, select: deprecationSelect, orderBy: SORTS.sunset, take: query.limit + 1 });
  const page = toCursorPage(rows, query.limit, (row) => [row.sunsetAt.toISOString(), row.id]);
  const progress = await progressOf(db, page.items, context.now);
  return { items: page.items.map((row) => toSummary(row, progress.get(row.id)!)), nextCursor: page.nextCursor };
}

/** Every deprecation on a time axis, for the timeline chart: a bounded, small table in any real portal. */
export async function findTimeline(db: PrismaClient, where: Prisma.DeprecationWhereInput, limit = 60) {
  const rows = await db.deprecation.findMany({ where, select: deprecationSelect, orderBy: SORTS.sunset, take: limit });
  return rows.map((row) => ({ id: row.id, label: toTarget(row).label, status: row.status, announcedAt: row.announcedAt, sunsetAt: row.sunsetAt }));
}

const migrationSelect = {
  id: true,
  status: true,
  blockedReason: true,
  acknowledgedAt: true,
  migratedAt: true,
  escalationLevel: true,
  updatedAt: true,
  consumer: { select: { id: true, name: true, kind: true, ownerUser: { select: { id: true, name: true } }, ownerTeam: teamRef } },
} as const satisfies Prisma.MigrationItemSelect;

export async function findDeprecationDetail(db: Db, id: string, now: Date): Promise<DeprecationDetail | null> {
  const row = await db.deprecation.findUnique({ where: { id }, select: detailSelect });
  if (!row) return null;
  const [progress, migrations] = await Promise.all([
    progressOf(db, [row], now),
    db.migrationItem.findMany({ where: { deprecationId: id }, select: migrationSelect, orderBy: [{ consumer: { name: "asc" } }, { id: "asc" }] }),
  ]);
  return {
    ...toSummary(row, progress.get(row.id)!),
    migrationGuide: row.migrationGuide,
    noticeExceptionReason: row.noticeExceptionReason,
    retireOverrideReason: row.retireOverrideReason,
    createdBy: row.createdBy,
    migrations: migrations as MigrationItemOutput[],
    gatewayHeaders: sunsetHeaders(row).map(([name, value]) => ({ name, value })),
  };
}

export async function findMigrationItem(db: Db, deprecationId: string, consumerId: string) {
  return db.migrationItem.findUnique({
    where: { deprecationId_consumerId: { deprecationId, consumerId } },
    select: { ...migrationSelect, consumer: { select: { ...migrationSelect.consumer.select, ownerUserId: true, ownerTeamId: true } } },
  });
}

export async function findMigrationItemOutput(db: Db, id: string): Promise<MigrationItemOutput> {
  return (await db.migrationItem.findUniqueOrThrow({ where: { id }, select: migrationSelect })) as MigrationItemOutput;
}

/** The migrations a person answers for: consumers they own, or that their teams own, of open deprecations first. */
export async function findMyMigrations(db: PrismaClient, actor: Actor) {
  return db.migrationItem
    .findMany({
      where: { consumer: consumerOwnedBy(actor), deprecation: { status: "announced" } },
      select: {
        ...migrationSelect,
        deprecation: { select: { id: true, reason: true, sunsetAt: true, migrationGuideUrl: true, ...targetSelect } },
      },
      orderBy: [{ deprecation: { sunsetAt: "asc" } }, { consumer: { name: "asc" } }],
      take: 200,
    })
    .then((items) =>
      items.map(({ deprecation, ...item }) => ({
        ...item,
        deprecation: {
          id: deprecation.id,
          reason: deprecation.reason,
          sunsetAt: deprecation.sunsetAt,
          migrationGuideUrl: deprecation.migrationGuideUrl,
          target: toTarget(deprecation),
        },
      })),
    );
}

/** Open deprecations of a version or an integration, for its catalog page. */
export async function findDeprecationsOfTarget(db: Db, target: Pick<DeprecationTarget, "kind" | "id">) {
  return db.deprecation.findMany({
    where: target.kind === "contract_version" ? { contractVersionId: target.id } : { integrationId: target.id },
    select: { id: true, status: true, sunsetAt: true, announcedAt: true },
    orderBy: { announcedAt: "desc" },
  });
}

export async function findCalendarRows(db: PrismaClient) {
  const rows = await db.deprecation.findMany({
    where: { status: { in: ["announced", "retired"] } },
    select: { id: true, status: true, reason: true, migrationGuideUrl: true, sunsetAt: true, createdAt: true, updatedAt: true, ...targetSelect },
    orderBy: [{ sunsetAt: "asc" }, { id: "asc" }],
    take: 2000,
  });
  return rows.map((row) => ({ ...row, target: toTarget(row) }));
}

/** Replacement choices for the deprecate form: versions in service, and live integrations. */
export async function findReplacementOptions(db: Db, exclude: Pick<DeprecationTarget, "kind" | "id">) {
  const [versions, integrations] = await Promise.all([
    exclude.kind === "contract_version"
      ? db.contractVersion.findMany({
          where: { id: { not: exclude.id }, status: { in: ["active", "approved", "draft", "proposed"] }, contract: { archivedAt: null } },
          select: { id: true, version: true, contract: { select: { name: true } } },
          orderBy: [{ contract: { name: "asc" } }, { createdAt: "desc" }],
          take: 500,
        })
      : Promise.resolve([]),
    db.integration.findMany({
      where: { id: { not: exclude.id }, archivedAt: null, lifecycle: { in: ["planned", "active"] } },
      select: { id: true, key: true, name: true },
      orderBy: { key: "asc" },
      take: 1000,
    }),
  ]);
  return {
    versions: versions.map((v) => ({ id: v.id, label: `${v.contract.name} ${v.version}` })),
    integrations: integrations.map((i) => ({ id: i.id, label: `${i.key} · ${i.name}` })),
  };
}

/** The headline numbers of the deprecations page (and the executive dashboard). */
export async function countDeprecationStats(db: PrismaClient, now: Date) {
  const [open, overdue, blocked, awaitingAcknowledgement] = await Promise.all([
    db.deprecation.count({ where: { status: "announced" } }),
    db.deprecation.count({ where: { status: "announced", sunsetAt: { lt: now }, migrations: { some: { status: { not: "migrated" } } } } }),
    db.migrationItem.count({ where: { status: "blocked", deprecation: { status: "announced" } } }),
    db.migrationItem.count({ where: { status: "notified", deprecation: { status: "announced" } } }),
  ]);
  return { open, overdue, blocked, awaitingAcknowledgement };
}

/** Who owns each consumer of a deprecation, to decide who may update which migration. */
export async function findMigrationOwnership(db: Db, deprecationId: string) {
  const items = await db.migrationItem.findMany({
    where: { deprecationId },
    select: { consumer: { select: { id: true, ownerUserId: true, ownerTeamId: true } } },
  });
  return new Map(items.map(({ consumer }) => [consumer.id, { ownerUserId: consumer.ownerUserId, ownerTeamId: consumer.ownerTeamId }]));
}

/**
 * What the diff engine needs to judge a proposal's x-sunset dates (decision 010): the minimum notice of the
 * contract's tier from the admins' notice policy, and the latest sunset already announced to consumers by an open
 * deprecation of the base version or of the integration the contract governs. The latest one, because moving an
 * operation's sunset before any promise made to consumers breaks that promise.
 */
export async function findLifecyclePolicy(
  db: Db,
  { contractId, baseVersionId, now }: { contractId: string; baseVersionId: string; now: Date },
): Promise<LifecyclePolicy> {
  const contract = await db.contract.findUnique({ where: { id: contractId }, select: { integration: { select: { id: true, criticality: true } } } });
  const policy = await findNoticePolicy(db);
  const targets: Prisma.DeprecationWhereInput[] = [{ contractVersionId: baseVersionId }];
  if (contract?.integration) targets.push({ integrationId: contract.integration.id });
  const recorded = await db.deprecation.findFirst({
    where: { status: "announced", OR: targets },
    select: { sunsetAt: true },
    orderBy: [{ sunsetAt: "desc" }, { id: "asc" }],
  });
  return {
    now,
    minimumNoticeDays: policy[contract?.integration?.criticality ?? DEFAULT_CRITICALITY].minimumNoticeDays,
    recordedSunset: recorded?.sunsetAt ?? null,
  };
}
