import { defineOperation } from "@/lib/http/define-operation";
import { findIncidentsPage } from "@/lib/incidents/repository";
import { zIncidentListQuery, zIncidentPage } from "@/lib/incidents/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/incidents",
  operationId: "listIncidents",
  summary: "List incidents opened by anomalies in the integrations' signals",
  description:
    "Newest first. `integration` takes an id or key; `state` is open, acknowledged, resolved or unresolved (open or acknowledged). Cursor pagination.",
  tag: "Incidents",
  access: "catalog.read",
  query: zIncidentListQuery,
  response: { status: 200, description: "A page of incidents.", schema: zIncidentPage },
  handler: ({ db, query }) => findIncidentsPage(db, query),
});
