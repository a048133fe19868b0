import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { changeRequestNumberOf, DECISION_BODY_BYTES } from "@/lib/reviews/http";
import { grantReviewException } from "@/lib/reviews/review-decisions";
import { zExceptionInput, zChangeRequestOutput } from "@/lib/reviews/schemas";

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/change-requests/{number}/exceptions",
  operationId: "grantReviewException",
  summary: "Grant an admin exception",
  description: "Admins only: stands in for missing consumer acknowledgements until `expiresAt` (at most 180 days), with a reason.",
  tag: "Reviews",
  access: "contract.review.exception",
  pathParams: z.object({ number: z.string().describe("The request's number, e.g. 12 or CR-12.") }),
  body: zExceptionInput(),
  byteLimit: DECISION_BODY_BYTES,
  // The use case validates after loading the request and checking the caller's part in it.
  validatedAfter: "record",
  response: { status: 200, description: "The change request after the action, with the policy's checklist.", schema: zChangeRequestOutput },
  handler: ({ db, actor, params, input }) => grantReviewException(db, { actor, number: changeRequestNumberOf(params.number), input }),
});
