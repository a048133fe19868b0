import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { preconditionFailed } from "@/lib/concurrency/record-version";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { zArchiveInput } from "@/lib/catalog/archive-input";
import { countSystemDependants, findSystem, findSystemForUpdate, updateSystemIfUnchanged } from "@/lib/catalog/systems/repository";
import type { SystemOutput } from "@/lib/catalog/systems/schemas";
import { Conflict } from "@/lib/errors/domain-errors";

/**
 * Archives a system with a reason. While live integrations or active consumers still depend on it, the owner must
 * say what happens to them; the plan is kept in the audit trail.
 */
export async function archiveSystem(
  db: PrismaClient,
  { actor, idOrSlug, input, ifMatch = null }: { actor: Actor; idOrSlug: string; input: unknown; ifMatch?: string[] | null },
): Promise<SystemOutput> {
  return runMutation(db, {
    actor,
    permission: "catalog.archive",
    action: "system.archive",
    schema: zArchiveInput,
    input,
    load: (tx) => findSystemForUpdate(tx, idOrSlug),
    ownershipOf: (system) => system,
    refuseClosed: (current) => (current.archivedAt ? new Conflict(`${current.slug} is already archived.`) : null),
    ifMatch: { expected: ifMatch, version: (current) => current.updatedAt, what: "system" },
    write: async (tx, { input, resource }) => {
      const current = resource;
      const dependants = await countSystemDependants(tx, current.id);
      if ((dependants.integrations > 0 || dependants.consumers > 0) && !input.consumerPlan) {
        throw new Conflict(`${dependants.integrations} live integration(s) and ${dependants.consumers} active consumer(s) still depend on this system.`, {
          extensions: dependants,
          issues: [{ pointer: "/consumerPlan", detail: "Say what happens to the integrations and consumers that depend on it." }],
        });
      }
      if (!(await updateSystemIfUnchanged(tx, current.id, current.updatedAt, { archivedAt: new Date(), archiveReason: input.reason })))
        throw preconditionFailed("system");
      const after = (await findSystem(tx, current.id))!;
      return {
        result: after,
        target: { type: "system", id: current.id, label: current.slug },
        before: { archivedAt: null },
        after: { archivedAt: after.archivedAt, reason: input.reason, consumerPlan: input.consumerPlan ?? null, ...dependants },
      };
    },
  });
}
