import { apiRoute } from "@/lib/http/api-route";
import { findImpact } from "@/lib/graph/find-impact";
import { impactToCsv } from "@/lib/graph/impact";
import { readQuery } from "@/lib/http/read-query";
import { zImpactQuery } from "@/lib/graph/schemas";

export const GET = apiRoute(async ({ request, actor, db }) => {
  const query = readQuery(request, zImpactQuery);
  const result = await findImpact(db, { actor, query });
  if (query.format === "json") return Response.json(result);
  const filename = `${query.direction === "downstream" ? "impact" : "lineage"}-${query.kind}-${query.id}.csv`;
  return new Response(impactToCsv(result), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` },
  });
});
