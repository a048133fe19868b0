import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { Conflict } from "@/lib/errors/domain-errors";
import { systemClock, type Clock } from "@/lib/jobs/clock";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { publishEvent } from "@/lib/webhooks/publish-event";
import { acknowledgeIncidentRow, findIncidentForUpdate, incidentState } from "./repository";
import { zAcknowledgeIncidentInput } from "./schemas";

/** Says "I am on it": the incident stays unresolved, the others who were alerted see who took it. */
export async function acknowledgeIncident(
  db: PrismaClient,
  { actor, incidentId, input, clock = systemClock }: { actor: Actor; incidentId: string; input: unknown; clock?: Clock },
) {
  return runMutation(db, {
    actor,
    permission: "incident.manage",
    action: "incident.acknowledge",
    schema: zAcknowledgeIncidentInput,
    input,
    load: (tx) => findIncidentForUpdate(tx, incidentId),
    ownershipOf: (incident) => ({ ownerTeamId: incident.integration.ownerTeamId }),
    refuseClosed: (incident) => {
      if (incident.resolvedAt) return new Conflict("This incident is resolved: there is nothing to acknowledge.");
      if (incident.acknowledgedAt) return new Conflict("This incident is already acknowledged.");
      return null;
    },
    write: async (tx, { input: parsed, resource: incident }) => {
      const at = clock();
      if (!(await acknowledgeIncidentRow(tx, incident, { actorId: actor.id, at, note: parsed.note ?? null }))) {
        throw new Conflict("This incident changed meanwhile; reload it and try again.");
      }
      await publishEvent(tx, {
        id: `incident:${incident.id}:acknowledged`,
        type: "incident.acknowledged",
        occurredAt: at,
        data: { incidentId: incident.id, integration: incident.integration.key, cause: incident.cause, by: actor.name, note: parsed.note ?? null },
      });
      return {
        result: { id: incident.id },
        target: { type: "incident", id: incident.id, label: incident.text.slice(0, 200) },
        before: { state: incidentState(incident) },
        after: { state: "acknowledged", note: parsed.note ?? null },
      };
    },
  });
}
