import { defineOperation } from "@/lib/http/define-operation";
import { getPortalOverview } from "@/lib/overview/repository";
import { zPortalOverview } from "@/lib/overview/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/overview",
  operationId: "getOverview",
  summary: "Catalog counts and gaps",
  tag: "Overview",
  access: "catalog.read",
  response: { status: 200, description: "Counts of the catalog and its governance gaps.", schema: zPortalOverview },
  handler: ({ db }) => getPortalOverview(db),
});
