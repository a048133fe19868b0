import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { preconditionFailed } from "@/lib/concurrency/record-version";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { findIntegration } from "@/lib/catalog/integrations/detail-repository";
import { findIntegrationForUpdate, updateIntegrationIfUnchanged } from "@/lib/catalog/integrations/write-repository";
import { resolveIntegrationReferences, unresolvedReferences } from "@/lib/catalog/integrations/resolve-references";
import { zIntegrationUpdateInput, type IntegrationOutput } from "@/lib/catalog/integrations/schemas";
import { Conflict } from "@/lib/errors/domain-errors";

/**
 * Changes the fields the input names. `ifMatch` is the ETag the editor loaded (If-Match, or the form's hidden
 * version): when the record changed since, nothing is written and the answer is 412.
 */
export async function updateIntegration(
  db: PrismaClient,
  { actor, idOrKey, input, ifMatch }: { actor: Actor; idOrKey: string; input: unknown; ifMatch: string[] | null },
): Promise<IntegrationOutput> {
  return runMutation(db, {
    actor,
    permission: "catalog.update",
    action: "integration.update",
    schema: zIntegrationUpdateInput,
    input,
    load: (tx) => findIntegrationForUpdate(tx, idOrKey),
    ownershipOf: (integration) => integration,
    refuseClosed: (current) => (current.archivedAt ? new Conflict(`${current.key} is archived; archived records are read-only.`) : null),
    ifMatch: { expected: ifMatch, version: (current) => current.updatedAt, what: "integration" },
    write: async (tx, { input, resource }) => {
      const current = resource;
      const { write, ownerTeamId, errors } = await resolveIntegrationReferences(tx, input);
      if (errors.length) throw unresolvedReferences(errors);
      // Handing a record to another team needs the right to change that team's records too.
      if (ownerTeamId !== undefined) authorize(actor, "catalog.update", { ownerTeamId });
      const before = await findIntegration(tx, current.id);
      if (!(await updateIntegrationIfUnchanged(tx, current.id, current.updatedAt, write))) throw preconditionFailed("integration");
      const after = (await findIntegration(tx, current.id))!;
      return { result: after, target: { type: "integration", id: current.id, label: current.key }, before, after };
    },
  });
}
