import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { findChangeRequest } from "@/lib/reviews/find-change-requests";
import { changeRequestNumberOf, PROPOSAL_BODY_BYTES } from "@/lib/reviews/http";
import { editChangeRequest } from "@/lib/reviews/propose-contract-change";
import { zChangeRequestDetailOutput, zChangeRequestOutput, zEditChangeInput } from "@/lib/reviews/schemas";

const zRequestPath = z.object({ number: z.string().describe("The request's number, e.g. 12 or CR-12.") });

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/change-requests/{number}",
  operationId: "getChangeRequest",
  summary: "Read a change request",
  description: "With the diff's changes, the affected consumers, the approval checklist and what the caller may do.",
  tag: "Reviews",
  access: "catalog.read",
  pathParams: zRequestPath,
  response: { status: 200, description: "The change request, with its ETag.", schema: zChangeRequestDetailOutput },
  version: (detail) => detail.updatedAt,
  handler: async ({ db, actor, params }) => {
    const { request, actions, changes } = await findChangeRequest(db, { actor, number: changeRequestNumberOf(params.number) });
    return { ...request, changes, actions: { ...actions, acknowledge: actions.acknowledge.map((consumer) => consumer.id) } };
  },
});

export const PATCH = defineOperation({
  method: "PATCH",
  path: "/api/v1/change-requests/{number}",
  operationId: "editChangeRequest",
  summary: "Edit an open change request",
  description: "A new document, version or changelog starts a new revision: approvals given so far stop counting. Send If-Match with the ETag you read.",
  tag: "Reviews",
  access: "contract.propose",
  pathParams: zRequestPath,
  body: zEditChangeInput,
  byteLimit: PROPOSAL_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 200, description: "The edited change request.", schema: zChangeRequestOutput },
  version: (edited) => edited.updatedAt,
  handler: ({ db, actor, params, input, ifMatch }) => editChangeRequest(db, { actor, number: changeRequestNumberOf(params.number), input, ifMatch }),
});
