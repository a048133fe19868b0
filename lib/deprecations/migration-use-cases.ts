import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { can, ForbiddenError, NotFoundError, type Actor } from "@/lib/auth/permissions";
import { conflictOn, invalidField } from "@/lib/catalog/contracts/contract-errors";
import { systemClock, type Clock } from "@/lib/jobs/clock";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { applyMigrationChange, checkMigrationTransition } from "@/lib/deprecations/migration-state";
import { findDeprecationForUpdate, findMigrationItem, findMigrationItemOutput } from "@/lib/deprecations/repository";
import { zUpdateMigrationInput, type MigrationItemOutput } from "@/lib/deprecations/schemas";

/**
 * Who may record a consumer's migration: its owner, a member of its owning team, or whoever manages the
 * deprecation (the deprecated target's team, admins).
 */
export function mayUpdateMigration(
  actor: Actor,
  consumer: { ownerUserId: string | null; ownerTeamId: string | null },
  targetOwnerTeamId: string | null,
): boolean {
  if (consumer.ownerUserId === actor.id) return true;
  if (consumer.ownerTeamId && actor.teamIds.includes(consumer.ownerTeamId)) return true;
  return can(actor, "deprecation.manage", { ownerTeamId: targetOwnerTeamId });
}

/** A consumer's owner records where their migration stands: acknowledged, migrating, migrated or blocked (with a reason). */
export async function updateMigrationStatus(
  db: PrismaClient,
  { actor, deprecationId, consumerId, input, clock = systemClock }: { actor: Actor; deprecationId: string; consumerId: string; input: unknown; clock?: Clock },
): Promise<MigrationItemOutput> {
  return runMutation(db, {
    actor,
    // Reading is everyone's; the real check needs the consumer's owners and runs in load, before validation.
    permission: "catalog.read",
    action: "deprecation.migration.update",
    schema: zUpdateMigrationInput,
    input,
    load: async (tx) => {
      // One after the other: a transaction is one connection, which runs one query at a time anyway.
      const deprecation = await findDeprecationForUpdate(tx, deprecationId);
      const item = await findMigrationItem(tx, deprecationId, consumerId);
      if (!deprecation || !item) throw new NotFoundError("The migration");
      if (!mayUpdateMigration(actor, item.consumer, deprecation.target.ownerTeam?.id ?? null)) throw new ForbiddenError("deprecation.manage");
      return { deprecation, item };
    },
    write: async (tx, { input: parsed, resource }) => {
      const { deprecation, item } = resource;
      if (deprecation.status !== "announced") throw conflictOn("/status", `This deprecation is ${deprecation.status}: its migrations are closed.`);
      const verdict = checkMigrationTransition(item.status, parsed);
      if (!verdict.ok) {
        if (verdict.pointer === "/status") throw conflictOn(verdict.pointer, verdict.detail);
        throw invalidField(verdict.pointer, verdict.detail);
      }
      const data = applyMigrationChange(item, parsed, { now: clock(), actorId: actor.id });
      // Compare-and-set on the status read: a change made meanwhile is not silently overwritten.
      const { count } = await tx.migrationItem.updateMany({ where: { id: item.id, status: item.status, updatedAt: item.updatedAt }, data });
      if (count !== 1) throw conflictOn("/status", "This migration was updated by someone else meanwhile. Reload and try again.");
      const updated = await findMigrationItemOutput(tx, item.id);
      return {
        result: updated,
        target: { type: "deprecation", id: deprecation.id, label: `${deprecation.target.label} · ${item.consumer.name}` },
        before: { consumer: item.consumer.name, status: item.status, blockedReason: item.blockedReason },
        after: { consumer: item.consumer.name, status: updated.status, blockedReason: updated.blockedReason, reopenReason: parsed.reopenReason ?? undefined },
      };
    },
  });
}

/** Says "we have seen the notice": stops escalation for this consumer. */
export async function acknowledgeMigration(
  db: PrismaClient,
  context: { actor: Actor; deprecationId: string; consumerId: string; clock?: Clock },
): Promise<MigrationItemOutput> {
  return updateMigrationStatus(db, { ...context, input: { status: "acknowledged" } });
}
