import { z } from "zod";
import { NotFoundError } from "@/lib/auth/permissions";
import { defineOperation } from "@/lib/http/define-operation";
import { findIncident } from "@/lib/incidents/repository";
import { zIncidentOutput } from "@/lib/incidents/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/incidents/{id}",
  operationId: "getIncident",
  summary: "One incident, with the numbers that opened it and the latest ones",
  tag: "Incidents",
  access: "catalog.read",
  pathParams: z.object({ id: z.string().describe("The incident's id.") }),
  response: { status: 200, description: "The incident.", schema: zIncidentOutput },
  version: (incident) => incident.updatedAt,
  handler: async ({ db, params }) => {
    const incident = await findIncident(db, params.id);
    if (!incident) throw new NotFoundError("The incident");
    return incident;
  },
});
