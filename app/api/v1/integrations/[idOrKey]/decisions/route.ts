import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { decidePayloads } from "@/lib/data-contracts/decide-payloads";
import { DECISIONS_BODY_BYTES, zDecisionRequest, zDecisionResponse } from "@/lib/data-contracts/schemas";

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/integrations/{idOrKey}/decisions",
  operationId: "decideIntegrationPayloads",
  summary: "Route payloads by the integration's data contract",
  description:
    "Send `{ payload, targets? }` or `{ items: [...] }` (up to 1,000). Each result is `deliver` or the route (quarantine, duplicate, manual_review, access_review, escalate, reject) with the rules that fired, their messages and field pointers, and the handler. A payload that is not a JSON object is rejected with the reason. Counts per route are kept per minute; payloads are not stored unless the integration keeps redacted samples. An API token with the `decisions` scope may call this operation and nothing else.",
  tag: "Data contracts",
  access: "integration.decide",
  pathParams: z.object({ idOrKey: z.string().describe("The integration's id or its key, e.g. INT-0042.") }),
  body: zDecisionRequest,
  byteLimit: DECISIONS_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 200, description: "One decision per payload, in the order sent.", schema: zDecisionResponse },
  handler: ({ db, actor, params, input }) => decidePayloads(db, { actor, idOrKey: params.idOrKey, input }),
});
