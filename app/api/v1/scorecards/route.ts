import { defineOperation } from "@/lib/http/define-operation";
import { computeScorecards } from "@/lib/scorecards/compute-scorecards";
import { zScorecardsOutput, zScorecardsQuery } from "@/lib/scorecards/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/scorecards",
  operationId: "getScorecards",
  summary: "Scorecards: each integration's level, the failing rules, and roll-ups by team, domain and capability",
  description:
    "Bronze, Silver and Gold are computed from the catalog's facts, the API standards' findings and the monitoring signals. `rule=` lists only the integrations failing that rule.",
  tag: "Standards",
  access: "catalog.read",
  query: zScorecardsQuery,
  response: { status: 200, description: "The scorecards.", schema: zScorecardsOutput },
  handler: ({ db, query }) => computeScorecards(db, query),
});
