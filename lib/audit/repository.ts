import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { AuditEventOutput, AuditQuery } from "@/lib/audit/schemas";

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

/** Newest first. A record's history is `findAuditEvents(db, { targetType, targetId, page: 1 })`. */
export async function findAuditEvents(db: PrismaClient, query: AuditQuery, pageSize = AUDIT_PAGE_SIZE): Promise<{ events: AuditEventOutput[]; total: number }> {
  const where: Prisma.AuditEventWhereInput = {
    ...(query.actorId ? { actorId: query.actorId } : {}),
    ...(query.targetType ? { targetType: query.targetType } : {}),
    ...(query.targetId ? { targetId: query.targetId } : {}),
    ...(query.action ? { action: { startsWith: query.action } } : {}),
    ...(query.from || query.to ? { at: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lte: query.to } : {}) } } : {}),
  };
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({ where, select: auditSelect, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (query.page - 1) * pageSize, take: pageSize }),
    db.auditEvent.count({ where }),
  ]);
  return { events, total };
}
