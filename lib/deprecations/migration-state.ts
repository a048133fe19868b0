import type { MigrationStatus } from "@/lib/generated/prisma/enums";

export const MIGRATION_STATUSES = ["notified", "acknowledged", "migrating", "migrated", "blocked"] as const satisfies readonly MigrationStatus[];

/**
 * Where a consumer's migration may go next. Nothing returns to `notified`: an owner who has seen the notice has
 * seen it. `migrated` is final, except that an owner who finds they are not done after all may reopen it to
 * `migrating` with a reason (the honest answer beats a false "migrated" at retirement). `blocked` may be set again
 * to change its reason.
 */
const NEXT: Readonly<Record<MigrationStatus, readonly MigrationStatus[]>> = {
  notified: ["acknowledged", "migrating", "migrated", "blocked"],
  acknowledged: ["migrating", "migrated", "blocked"],
  migrating: ["migrated", "blocked"],
  blocked: ["blocked", "acknowledged", "migrating", "migrated"],
  migrated: ["migrating"],
};

export interface MigrationChange {
  status: MigrationStatus;
  blockedReason?: string | null;
  reopenReason?: string | null;
}

export type TransitionVerdict = { ok: true } | { ok: false; pointer: string; detail: string };

export function allowedNextStatuses(from: MigrationStatus): readonly MigrationStatus[] {
  return NEXT[from];
}

export function checkMigrationTransition(from: MigrationStatus, change: MigrationChange): TransitionVerdict {
  if (!NEXT[from].includes(change.status)) {
    const allowed = NEXT[from];
    return {
      ok: false,
      pointer: "/status",
      detail: `A migration that is ${from} cannot become ${change.status}${allowed.length ? ` (it can become ${allowed.join(", ")})` : ""}.`,
    };
  }
  if (change.status === "blocked" && !change.blockedReason?.trim()) return { ok: false, pointer: "/blockedReason", detail: "Say what blocks the migration." };
  if (from === "migrated" && !change.reopenReason?.trim()) return { ok: false, pointer: "/reopenReason", detail: "Say why a finished migration is reopened." };
  return { ok: true };
}

/** The fields a status change writes: the first step away from `notified` is the acknowledgement. */
export function applyMigrationChange(
  item: { status: MigrationStatus; acknowledgedAt: Date | null },
  change: MigrationChange,
  { now, actorId }: { now: Date; actorId: string },
) {
  const firstAcknowledgement = item.acknowledgedAt === null;
  return {
    status: change.status,
    blockedReason: change.status === "blocked" ? change.blockedReason!.trim() : null,
    ...(firstAcknowledgement ? { acknowledgedAt: now, acknowledgedById: actorId } : {}),
    migratedAt: change.status === "migrated" ? now : null,
  };
}
