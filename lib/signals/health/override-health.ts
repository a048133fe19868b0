import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { byIdOrKey, findIntegration } from "@/lib/catalog/integrations/detail-repository";
import type { IntegrationOutput } from "@/lib/catalog/integrations/schemas";
import { Conflict, InvalidField } from "@/lib/errors/domain-errors";
import { systemClock, type Clock } from "@/lib/jobs/clock";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { findIntegrationForHealthOverride, writeHealthOverride } from "./health-repository";
import { HEALTH_OVERRIDE_MAX_DAYS, zHealthOverrideInput } from "./schemas";

const DAY_MS = 24 * 3_600_000;

/**
 * Overrides an integration's derived health until a date, with a reason (decision 051): for what the signals cannot
 * know (a planned outage, a sender that reports wrongly). The derived health is still computed and shown beside it;
 * the override ends by itself at `until`.
 */
export async function overrideHealth(
  db: PrismaClient,
  { actor, idOrKey, input, clock = systemClock }: { actor: Actor; idOrKey: string; input: unknown; clock?: Clock },
): Promise<IntegrationOutput> {
  return runMutation(db, {
    actor,
    permission: "catalog.update",
    action: "integration.health.override",
    schema: zHealthOverrideInput,
    input,
    load: (tx) => findIntegrationForHealthOverride(tx, byIdOrKey(idOrKey)),
    ownershipOf: (integration) => integration,
    refuseClosed: (integration) => (integration.archivedAt ? new Conflict(`${integration.key} is archived; archived records are read-only.`) : null),
    write: async (tx, { input: parsed, resource: integration }) => {
      const now = clock();
      if (parsed.until.getTime() <= now.getTime()) throw new InvalidField("/until", "The override must end in the future.");
      if (parsed.until.getTime() > now.getTime() + HEALTH_OVERRIDE_MAX_DAYS * DAY_MS) {
        throw new InvalidField("/until", `An override lasts at most ${HEALTH_OVERRIDE_MAX_DAYS} days.`);
      }
      await writeHealthOverride(tx, integration.id, { health: parsed.health, reason: parsed.reason, until: parsed.until, byId: actor.id });
      return {
        result: (await findIntegration(tx, integration.id))!,
        target: { type: "integration", id: integration.id, label: integration.key },
        before: overrideState(integration),
        after: {
          healthStatus: parsed.health,
          derivedHealth: integration.derivedHealth,
          override: { health: parsed.health, reason: parsed.reason, until: parsed.until },
        },
      };
    },
  });
}

export function overrideState(integration: {
  healthStatus: string;
  derivedHealth: string;
  healthOverride: string | null;
  healthOverrideReason: string | null;
  healthOverrideUntil: Date | null;
}) {
  return {
    healthStatus: integration.healthStatus,
    derivedHealth: integration.derivedHealth,
    override: integration.healthOverride
      ? { health: integration.healthOverride, reason: integration.healthOverrideReason, until: integration.healthOverrideUntil }
      : null,
  };
}
