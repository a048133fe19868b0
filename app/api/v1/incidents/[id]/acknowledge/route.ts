import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { acknowledgeIncident } from "@/lib/incidents/acknowledge-incident";
import { findIncident } from "@/lib/incidents/repository";
import { INCIDENT_ACTION_BODY_BYTES, zAcknowledgeIncidentInput, zIncidentOutput } from "@/lib/incidents/schemas";

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/incidents/{id}/acknowledge",
  operationId: "acknowledgeIncident",
  summary: "Acknowledge an incident: you are on it",
  description:
    "Only an unresolved incident that nobody acknowledged yet (409 otherwise). `note` says what is being done. The owning team's owners and admins may.",
  tag: "Incidents",
  access: "incident.manage",
  pathParams: z.object({ id: z.string().describe("The incident's id.") }),
  body: zAcknowledgeIncidentInput,
  byteLimit: INCIDENT_ACTION_BODY_BYTES,
  bodyOptional: true,
  // The use case validates after authorizing against the incident's team.
  validatedAfter: "record",
  response: { status: 200, description: "The incident.", schema: zIncidentOutput },
  handler: async ({ db, actor, params, input }) => {
    await acknowledgeIncident(db, { actor, incidentId: params.id, input });
    return (await findIncident(db, params.id))!;
  },
});
