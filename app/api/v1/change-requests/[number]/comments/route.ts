import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { findChangeRequestComments } from "@/lib/reviews/find-change-requests";
import { changeRequestNumberOf, DECISION_BODY_BYTES } from "@/lib/reviews/http";
import { commentOnChangeRequest } from "@/lib/reviews/review-decisions";
import { zCommentInput, zCommentListOutput, zCommentOutput } from "@/lib/reviews/schemas";

const zRequestPath = z.object({ number: z.string().describe("The request's number, e.g. 12 or CR-12.") });

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/change-requests/{number}/comments",
  operationId: "listChangeRequestComments",
  summary: "List a change request's comments",
  tag: "Reviews",
  access: "catalog.read",
  pathParams: zRequestPath,
  response: { status: 200, description: "The comments, oldest first.", schema: zCommentListOutput },
  handler: ({ db, params }) => findChangeRequestComments(db, changeRequestNumberOf(params.number)),
});

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/change-requests/{number}/comments",
  operationId: "commentOnChangeRequest",
  summary: "Comment on a change request",
  tag: "Reviews",
  access: "catalog.read",
  pathParams: zRequestPath,
  body: zCommentInput,
  byteLimit: DECISION_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 201, description: "The comment.", schema: zCommentOutput },
  handler: ({ db, actor, params, input }) => commentOnChangeRequest(db, { actor, number: changeRequestNumberOf(params.number), input }),
});
