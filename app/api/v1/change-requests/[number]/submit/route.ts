import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { changeRequestNumberOf, DECISION_BODY_BYTES } from "@/lib/reviews/http";
import { submitChangeRequest } from "@/lib/reviews/review-decisions";
import { zSubmitInput, zChangeRequestOutput } from "@/lib/reviews/schemas";

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/change-requests/{number}/submit",
  operationId: "submitChangeRequest",
  summary: "Submit for review",
  description: "From draft or changes requested; 409 otherwise.",
  tag: "Reviews",
  access: "contract.propose",
  pathParams: z.object({ number: z.string().describe("The request's number, e.g. 12 or CR-12.") }),
  body: zSubmitInput,
  byteLimit: DECISION_BODY_BYTES,
  // The use case validates after loading the request and checking the caller's part in it.
  validatedAfter: "record",
  response: { status: 200, description: "The change request after the action, with the policy's checklist.", schema: zChangeRequestOutput },
  handler: ({ db, actor, params, input }) => submitChangeRequest(db, { actor, number: changeRequestNumberOf(params.number), input }),
});
