import { defineOperation } from "@/lib/http/define-operation";
import { findGraph } from "@/lib/graph/find-graph";
import { zGraphQuery, zGraphResponse } from "@/lib/graph/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/graph",
  operationId: "getGraph",
  summary: "The dependency graph, filtered, or the neighbourhood of a system or integration",
  description: "Pass filters (domain, team, criticality, health, mechanism, capability, lifecycle), or focusKind, focusId and depth for a neighbourhood.",
  tag: "Graph",
  access: "catalog.read",
  query: zGraphQuery,
  response: { status: 200, description: "Nodes (systems, consumers) and edges (integrations, consumption)", schema: zGraphResponse },
  handler: ({ db, actor, query }) => findGraph(db, { actor, query }),
});
