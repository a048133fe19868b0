import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { Conflict } from "@/lib/errors/domain-errors";
import { systemClock, type Clock } from "@/lib/jobs/clock";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { publishEvent } from "@/lib/webhooks/publish-event";
import { findIncidentForUpdate, incidentState, resolveIncidentRow } from "./repository";
import { zResolveIncidentInput } from "./schemas";

/**
 * Closes an incident by hand, with a note saying what fixed it. If the anomaly is still there at the next
 * evaluation, a new incident opens (and notifies): resolving does not silence a cause that persists.
 */
export async function resolveIncident(
  db: PrismaClient,
  { actor, incidentId, input, clock = systemClock }: { actor: Actor; incidentId: string; input: unknown; clock?: Clock },
) {
  return runMutation(db, {
    actor,
    permission: "incident.manage",
    action: "incident.resolve",
    schema: zResolveIncidentInput,
    input,
    load: (tx) => findIncidentForUpdate(tx, incidentId),
    ownershipOf: (incident) => ({ ownerTeamId: incident.integration.ownerTeamId }),
    refuseClosed: (incident) => (incident.resolvedAt ? new Conflict("This incident is already resolved.") : null),
    write: async (tx, { input: parsed, resource: incident }) => {
      const at = clock();
      if (!(await resolveIncidentRow(tx, incident.id, { actorId: actor.id, at, note: parsed.note, version: incident.updatedAt }))) {
        throw new Conflict("This incident changed meanwhile; reload it and try again.");
      }
      await publishEvent(tx, {
        id: `incident:${incident.id}:resolved`,
        type: "incident.resolved",
        occurredAt: at,
        data: { incidentId: incident.id, integration: incident.integration.key, cause: incident.cause, by: actor.name, note: parsed.note },
      });
      return {
        result: { id: incident.id },
        target: { type: "incident", id: incident.id, label: incident.text.slice(0, 200) },
        before: { state: incidentState(incident) },
        after: { state: "resolved", note: parsed.note },
      };
    },
  });
}
