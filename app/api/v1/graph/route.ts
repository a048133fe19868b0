import { apiRoute } from "@/lib/http/api-route";
import { findGraph } from "@/lib/graph/find-graph";
import { readQuery } from "@/lib/http/read-query";
import { zGraphQuery } from "@/lib/graph/schemas";

export const GET = apiRoute(async ({ request, actor, db }) => {
  const query = readQuery(request, zGraphQuery);
  return Response.json(await findGraph(db, { actor, query }));
});
