import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { changeRequestNumberOf, DECISION_BODY_BYTES } from "@/lib/reviews/http";
import { acknowledgeBreakingChange } from "@/lib/reviews/review-decisions";
import { zAcknowledgeInput, zChangeRequestOutput } from "@/lib/reviews/schemas";

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/change-requests/{number}/acknowledgements",
  operationId: "acknowledgeBreakingChange",
  summary: "Acknowledge a breaking change for a consumer",
  description: "By the consumer's owner or a member of its team; may complete the policy and publish.",
  tag: "Reviews",
  access: "catalog.read",
  pathParams: z.object({ number: z.string().describe("The request's number, e.g. 12 or CR-12.") }),
  body: zAcknowledgeInput,
  byteLimit: DECISION_BODY_BYTES,
  // The use case validates after loading the request and checking the caller's part in it.
  validatedAfter: "record",
  response: { status: 200, description: "The change request after the action, with the policy's checklist.", schema: zChangeRequestOutput },
  handler: ({ db, actor, params, input }) => acknowledgeBreakingChange(db, { actor, number: changeRequestNumberOf(params.number), input }),
});
