import { z } from "zod";
import type { ApiOperation } from "@/lib/api-docs/operation";
import { zGraphQuery, zImpactQuery } from "@/lib/graph/schemas";

// Node and edge objects carry the facts the graph page shows (see lib/graph/model.ts); documented loosely here so
// that the document does not pin every display field.
const zGraphElement = z.looseObject({ id: z.string(), type: z.string() });

const zGraphResponse = z.looseObject({ nodes: z.array(zGraphElement), edges: z.array(zGraphElement) });

const zImpactResponse = z.looseObject({
  totals: z.record(z.string(), z.number().int()),
  graph: z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) }),
});

export const graphApiOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/graph",
    operationId: "getGraph",
    summary: "The dependency graph, filtered, or the neighbourhood of a system or integration",
    description: "Pass filters (domain, team, criticality, health, mechanism, capability, lifecycle), or focusKind, focusId and depth for a neighbourhood.",
    tag: "Graph",
    permission: "catalog.read",
    query: zGraphQuery,
    responses: { 200: { description: "Nodes (systems, consumers) and edges (integrations, consumption)", schema: zGraphResponse } },
  },
  {
    method: "get",
    path: "/api/v1/impact",
    operationId: "getImpact",
    summary: "What breaks if this changes (downstream) or what feeds it (upstream)",
    description: "Everything transitively downstream or upstream of a system, integration, contract version or consumer, to a depth; format=csv exports it.",
    tag: "Graph",
    permission: "catalog.read",
    query: zImpactQuery,
    responses: { 200: { description: "The impacted integrations, systems and consumers, capabilities affected and owners to notify", schema: zImpactResponse } },
  },
];
