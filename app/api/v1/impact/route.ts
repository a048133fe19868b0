import { defineOperation } from "@/lib/http/define-operation";
import { findImpact } from "@/lib/graph/find-impact";
import { impactToCsv } from "@/lib/graph/impact";
import { zImpactQuery, zImpactResponse } from "@/lib/graph/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/impact",
  operationId: "getImpact",
  summary: "What breaks if this changes (downstream) or what feeds it (upstream)",
  description:
    "Everything transitively downstream or upstream of a system, integration, contract version or consumer, to a depth. With field= or dataObject=, only the integrations that carry it and the consumers that declare the field; without, the coarse system-level view (scope.level says which). format=csv exports it.",
  tag: "Graph",
  access: "catalog.read",
  query: zImpactQuery,
  response: {
    status: 200,
    description: "The impacted integrations, systems and consumers, capabilities affected and owners to notify",
    schema: zImpactResponse,
  },
  handler: async ({ db, actor, query }) => {
    const result = await findImpact(db, { actor, query });
    if (query.format === "json") return result;
    const filename = `${query.direction === "downstream" ? "impact" : "lineage"}-${query.kind}-${query.id}.csv`;
    return new Response(impactToCsv(result), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` },
    });
  },
});
