import { defineOperation } from "@/lib/http/define-operation";
import { findImpact } from "@/lib/graph/find-impact";
import { impactToCsv } from "@/lib/graph/impact";
import { zImpactResponse, zLineageQuery } from "@/lib/graph/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/lineage",
  operationId: "getLineage",
  summary: "What feeds this (upstream lineage), by field or data object when asked",
  description:
    "Everything transitively upstream of a system, integration, contract version or consumer: GET /api/v1/impact with direction=upstream. With field= or dataObject=, only the integrations that carry it; without, the coarse system-level view (scope.level says which). format=csv exports it.",
  tag: "Graph",
  access: "catalog.read",
  query: zLineageQuery,
  response: {
    status: 200,
    description: "The systems, integrations and contract versions that feed the focus, and owners to notify",
    schema: zImpactResponse,
  },
  handler: async ({ db, actor, query }) => {
    const result = await findImpact(db, { actor, query: { ...query, direction: "upstream" } });
    if (query.format === "json") return result;
    return new Response(impactToCsv(result), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="lineage-${query.kind}-${query.id}.csv"` },
    });
  },
});
