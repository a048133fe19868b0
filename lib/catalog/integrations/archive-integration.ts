import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { preconditionFailed } from "@/lib/concurrency/record-version";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { archiveIntegrationIfUnchanged, findIntegrationForUpdate } from "@/lib/catalog/integrations/write-repository";
import { countActiveConsumers, findIntegration } from "@/lib/catalog/integrations/detail-repository";
import { zArchiveInput } from "@/lib/catalog/archive-input";
import type { IntegrationOutput } from "@/lib/catalog/integrations/schemas";
import { Conflict } from "@/lib/errors/domain-errors";

/**
 * Archiving replaces deletion: the record stays readable with its reason. While consumers still use its contracts,
 * the owner must say what happens to them (the plan is kept in the audit trail).
 */
export async function archiveIntegration(
  db: PrismaClient,
  { actor, idOrKey, input, ifMatch = null }: { actor: Actor; idOrKey: string; input: unknown; ifMatch?: string[] | null },
): Promise<IntegrationOutput> {
  return runMutation(db, {
    actor,
    permission: "catalog.archive",
    action: "integration.archive",
    schema: zArchiveInput,
    input,
    load: (tx) => findIntegrationForUpdate(tx, idOrKey),
    ownershipOf: (integration) => integration,
    refuseClosed: (current) => (current.archivedAt ? new Conflict(`${current.key} is already archived.`) : null),
    ifMatch: { expected: ifMatch, version: (current) => current.updatedAt, what: "integration" },
    write: async (tx, { input, resource }) => {
      const current = resource;
      const activeConsumers = await countActiveConsumers(tx, current.id);
      if (activeConsumers > 0 && !input.consumerPlan) {
        throw new Conflict(
          `${activeConsumers} active consumer${activeConsumers === 1 ? "" : "s"} still use${activeConsumers === 1 ? "s" : ""} this integration's contracts.`,
          {
            extensions: { activeConsumers },
            issues: [{ pointer: "/consumerPlan", detail: "Say what happens to the active consumers (migrated where, by when)." }],
          },
        );
      }
      if (!(await archiveIntegrationIfUnchanged(tx, current.id, current.updatedAt, input.reason))) throw preconditionFailed("integration");
      const after = (await findIntegration(tx, current.id))!;
      return {
        result: after,
        target: { type: "integration", id: current.id, label: current.key },
        before: { archivedAt: null },
        after: { archivedAt: after.archivedAt, reason: input.reason, consumerPlan: input.consumerPlan ?? null, activeConsumers },
      };
    },
  });
}
