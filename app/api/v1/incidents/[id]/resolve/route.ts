import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { resolveIncident } from "@/lib/incidents/resolve-incident";
import { findIncident } from "@/lib/incidents/repository";
import { INCIDENT_ACTION_BODY_BYTES, zResolveIncidentInput, zIncidentOutput } from "@/lib/incidents/schemas";

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/incidents/{id}/resolve",
  operationId: "resolveIncident",
  summary: "Resolve an incident by hand, saying what fixed it",
  description:
    "`note` (3 to 2,000 characters) is required. If the anomaly persists, the next evaluation opens a new incident. The owning team's owners and admins may.",
  tag: "Incidents",
  access: "incident.manage",
  pathParams: z.object({ id: z.string().describe("The incident's id.") }),
  body: zResolveIncidentInput,
  byteLimit: INCIDENT_ACTION_BODY_BYTES,
  // The use case validates after authorizing against the incident's team.
  validatedAfter: "record",
  response: { status: 200, description: "The incident.", schema: zIncidentOutput },
  handler: async ({ db, actor, params, input }) => {
    await resolveIncident(db, { actor, incidentId: params.id, input });
    return (await findIncident(db, params.id))!;
  },
});
