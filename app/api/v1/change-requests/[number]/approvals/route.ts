import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { changeRequestNumberOf, DECISION_BODY_BYTES } from "@/lib/reviews/http";
import { decideOnChangeRequest } from "@/lib/reviews/review-decisions";
import { zDecisionInput, zChangeRequestOutput } from "@/lib/reviews/schemas";

/** One endpoint for a reviewer's or data owner's decision on the current revision: approve, request changes, reject. */
export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/change-requests/{number}/approvals",
  operationId: "decideChangeRequest",
  summary: "Approve, request changes or reject",
  description:
    "For reviewers and the data owner, never the author (403). Approving records every step the caller may satisfy; the approval that completes the policy publishes the new version in the same transaction. 409 when the request is not in review or the caller already approved this revision.",
  tag: "Reviews",
  access: "catalog.read",
  pathParams: z.object({ number: z.string().describe("The request's number, e.g. 12 or CR-12.") }),
  body: zDecisionInput,
  byteLimit: DECISION_BODY_BYTES,
  // The use case validates after loading the request and checking the caller's part in it.
  validatedAfter: "record",
  response: { status: 200, description: "The change request after the action, with the policy's checklist.", schema: zChangeRequestOutput },
  handler: ({ db, actor, params, input }) => decideOnChangeRequest(db, { actor, number: changeRequestNumberOf(params.number), input }),
});
