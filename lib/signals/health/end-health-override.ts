import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { byIdOrKey, findIntegration } from "@/lib/catalog/integrations/detail-repository";
import type { IntegrationOutput } from "@/lib/catalog/integrations/schemas";
import { Conflict } from "@/lib/errors/domain-errors";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { findIntegrationForHealthOverride, writeHealthOverride } from "./health-repository";
import { overrideState } from "./override-health";
import { zEndHealthOverrideInput } from "./schemas";

/** Ends an override before its date: the derived health is in force again at once. */
export async function endHealthOverride(db: PrismaClient, { actor, idOrKey }: { actor: Actor; idOrKey: string }): Promise<IntegrationOutput> {
  return runMutation(db, {
    actor,
    permission: "catalog.update",
    action: "integration.health.override_end",
    schema: zEndHealthOverrideInput,
    input: {},
    load: (tx) => findIntegrationForHealthOverride(tx, byIdOrKey(idOrKey)),
    ownershipOf: (integration) => integration,
    refuseClosed: (integration) => {
      if (integration.archivedAt) return new Conflict(`${integration.key} is archived; archived records are read-only.`);
      return integration.healthOverride ? null : new Conflict(`${integration.key} has no health override to end.`);
    },
    write: async (tx, { resource: integration }) => {
      await writeHealthOverride(tx, integration.id, null);
      return {
        result: (await findIntegration(tx, integration.id))!,
        target: { type: "integration", id: integration.id, label: integration.key },
        before: overrideState(integration),
        after: { healthStatus: integration.derivedHealth, derivedHealth: integration.derivedHealth, override: null },
      };
    },
  });
}
