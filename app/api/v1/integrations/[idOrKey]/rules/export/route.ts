import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { exportRuleSet } from "@/lib/data-contracts/export-rule-set";
import { zRuleSetDocumentOutput } from "@/lib/data-contracts/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/integrations/{idOrKey}/rules/export",
  operationId: "exportIntegrationRules",
  summary: "Export the integration's rule set for offline evaluation",
  description:
    "The rules of the integration's active contract version, its payload schema and the handler of each route, as one JSON document that lib/data-contracts/evaluator (the code the decisions endpoint runs) evaluates anywhere.",
  tag: "Data contracts",
  access: "catalog.read",
  pathParams: z.object({ idOrKey: z.string().describe("The integration's id or its key, e.g. INT-0042.") }),
  response: { status: 200, description: "The rule set document (format interchange.data-contract-rules/1).", schema: zRuleSetDocumentOutput },
  handler: ({ db, params }) => exportRuleSet(db, params.idOrKey),
});
