import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { insertIntegration, integrationKeyExists, lockIntegrationKeys, nextIntegrationKey } from "@/lib/catalog/integrations/write-repository";
import { resolveIntegrationReferences, unresolvedReferences } from "@/lib/catalog/integrations/resolve-references";
import { zIntegrationInput, type IntegrationOutput } from "@/lib/catalog/integrations/schemas";
import { Conflict } from "@/lib/errors/domain-errors";

/** An owner registers an integration for one of their teams (admins for any team). */
export async function createIntegration(db: PrismaClient, { actor, input }: { actor: Actor; input: unknown }): Promise<IntegrationOutput> {
  return runMutation(db, {
    actor,
    permission: "catalog.create",
    action: "integration.create",
    schema: zIntegrationInput,
    input,
    write: async (tx, { input }) => {
      const { key: requestedKey, ...record } = input;
      const { write, ownerTeamId, errors } = await resolveIntegrationReferences(tx, record);
      if (errors.length) throw unresolvedReferences(errors);
      authorize(actor, "catalog.create", { ownerTeamId: ownerTeamId ?? null });
      if (requestedKey) await lockIntegrationKeys(tx);
      if (requestedKey && (await integrationKeyExists(tx, requestedKey))) {
        throw new Conflict(`The key ${requestedKey} is taken.`, {
          issues: [{ pointer: "/key", detail: "Another integration has this key; leave it empty to get the next free one." }],
        });
      }
      const created = await insertIntegration(tx, requestedKey ?? (await nextIntegrationKey(tx)), write);
      return { result: created, target: { type: "integration", id: created.id, label: created.key }, after: created };
    },
  });
}
