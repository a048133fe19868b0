import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import type { AuditAction, AuditTargetType } from "@/lib/audit/audit-vocabulary";
import { redactAuditValue } from "@/lib/audit/redact-audit-values";

export interface AuditTarget {
  type: AuditTargetType;
  id: string;
  label?: string;
}

export interface AuditEntry {
  actor: Actor | null;
  action: AuditAction;
  target: AuditTarget;
  before?: unknown;
  after?: unknown;
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  // Dates and other non-JSON values become what JSON.stringify makes of them, as an API would show them.
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

/** Appends one audit row; call it inside the transaction that makes the change. */
export async function recordAuditEvent(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorLabel: entry.actor ? `${entry.actor.name} <${entry.actor.email}>` : "system",
      action: entry.action,
      targetType: entry.target.type,
      targetId: entry.target.id,
      targetLabel: entry.target.label ?? null,
      before: toJson(redactAuditValue(entry.target.type, entry.before)),
      after: toJson(redactAuditValue(entry.target.type, entry.after)),
    },
  });
}
