import { apiRoute } from "@/lib/http/api-route";
import { findGraph } from "@/lib/graph/find-graph";
import { parseQueryParameters } from "@/lib/graph/query-parameters";
import { zGraphQuery } from "@/lib/graph/schemas";

export const GET = apiRoute(async ({ request, actor, db }) => {
  const query = parseQueryParameters(request, zGraphQuery);
  return Response.json(await findGraph(db, { actor, query }));
});
