import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { AuditApiQuery, AuditEventOutput, AuditQuery } from "@/lib/audit/schemas";
import { redactAuditValue } from "@/lib/audit/redact-audit-values";
import { decodeCursor, toCursorPage, type CursorPage } from "@/lib/pagination/cursor";

export const AUDIT_PAGE_SIZE = 50;

const auditSelect = {
  id: true,
  at: true,
  actorId: true,
  actorLabel: true,
  action: true,
  targetType: true,
  targetId: true,
  targetLabel: true,
  before: true,
  after: true,
} as const satisfies Prisma.AuditEventSelect;

type AuditRow = Prisma.AuditEventGetPayload<{ select: typeof auditSelect }>;

/** Rows as pages and the API show them: secrets redacted even in rows written before they were redacted on write. */
function toAuditOutput(row: AuditRow): AuditEventOutput {
  return { ...row, before: redactAuditValue(row.targetType, row.before), after: redactAuditValue(row.targetType, row.after) };
}

const newestFirst = [{ at: "desc" }, { id: "desc" }] as const satisfies Prisma.AuditEventOrderByWithRelationInput[];

function auditWhere(query: Omit<AuditQuery, "page">): Prisma.AuditEventWhereInput {
  return {
    ...(query.actorId ? { actorId: query.actorId } : {}),
    ...(query.targetType ? { targetType: query.targetType } : {}),
    ...(query.targetId ? { targetId: query.targetId } : {}),
    ...(query.action ? { action: { startsWith: query.action } } : {}),
    ...(query.from || query.to ? { at: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lte: query.to } : {}) } } : {}),
  };
}

/** Newest first. A record's history is `findAuditEvents(db, { targetType, targetId, page: 1 })`. */
export async function findAuditEvents(db: PrismaClient, query: AuditQuery, pageSize = AUDIT_PAGE_SIZE): Promise<{ events: AuditEventOutput[]; total: number }> {
  const where = auditWhere(query);
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({ where, select: auditSelect, orderBy: newestFirst, skip: (query.page - 1) * pageSize, take: pageSize }),
    db.auditEvent.count({ where }),
  ]);
  return { events: events.map(toAuditOutput), total };
}

/** The API's keyset-paginated form: newest first, the cursor being the last row's (at, id). */
export async function findAuditEventPage(db: PrismaClient, query: AuditApiQuery): Promise<CursorPage<AuditEventOutput>> {
  const filters = auditWhere(query);
  let where = filters;
  if (query.cursor) {
    const [at, id] = decodeCursor(query.cursor, 2);
    const cursorAt = new Date(String(at));
    where = { AND: [filters, { OR: [{ at: { lt: cursorAt } }, { at: cursorAt, id: { lt: String(id) } }] }] };
  }
  const rows = await db.auditEvent.findMany({ where, select: auditSelect, orderBy: newestFirst, take: query.limit + 1 });
  return toCursorPage(rows.map(toAuditOutput), query.limit, (row) => [row.at.toISOString(), row.id]);
}

/** The people who changed something, for the actor filter. */
export async function findAuditActors(db: PrismaClient): Promise<{ id: string; name: string; email: string }[]> {
  return db.user.findMany({ where: { auditEvents: { some: {} } }, select: { id: true, name: true, email: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

/** The entity types and actions that occur in the trail, for the filter selects. */
export async function findAuditVocabulary(db: PrismaClient): Promise<{ targetTypes: string[]; actions: string[] }> {
  const [types, actions] = await Promise.all([
    db.auditEvent.groupBy({ by: ["targetType"], orderBy: { targetType: "asc" } }),
    db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
  ]);
  return { targetTypes: types.map((t) => t.targetType), actions: actions.map((a) => a.action) };
}

/**
 * The human keys of the records audit rows point at (integration key, system/contract/team slug), by
 * `${type}:${id}`. Records deleted since have no entry: their rows show the label without a link.
 */
export async function findAuditTargetKeys(db: PrismaClient, events: Pick<AuditEventOutput, "targetType" | "targetId">[]): Promise<Map<string, string>> {
  const idsOf = (type: string) => [...new Set(events.filter((e) => e.targetType === type).map((e) => e.targetId))];
  const [integrations, systems, contracts, teams, changeRequests] = await Promise.all([
    db.integration.findMany({ where: { id: { in: idsOf("integration") } }, select: { id: true, key: true } }),
    db.system.findMany({ where: { id: { in: idsOf("system") } }, select: { id: true, slug: true } }),
    db.contract.findMany({ where: { id: { in: idsOf("contract") } }, select: { id: true, slug: true } }),
    db.team.findMany({ where: { id: { in: idsOf("team") } }, select: { id: true, slug: true } }),
    db.changeRequest.findMany({ where: { id: { in: idsOf("change_request") } }, select: { id: true, number: true } }),
  ]);
  return new Map([
    ...integrations.map((r) => [`integration:${r.id}`, r.key] as const),
    ...systems.map((r) => [`system:${r.id}`, r.slug] as const),
    ...contracts.map((r) => [`contract:${r.id}`, r.slug] as const),
    ...teams.map((r) => [`team:${r.id}`, r.slug] as const),
    ...changeRequests.map((r) => [`change_request:${r.id}`, String(r.number)] as const),
  ]);
}
