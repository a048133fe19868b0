import { defineOperation } from "@/lib/http/define-operation";
import { findChangeRequestsPage } from "@/lib/reviews/find-change-requests";
import { PROPOSAL_BODY_BYTES } from "@/lib/reviews/http";
import { proposeContractChange } from "@/lib/reviews/propose-contract-change";
import { zChangeRequestOutput, zChangeRequestPageOutput, zProposeChangeInput, zReviewApiListQuery } from "@/lib/reviews/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/change-requests",
  operationId: "listChangeRequests",
  summary: "List change requests",
  description:
    "`tab=open` (in review or changes requested: submitted, not yet decided), `mine` (the caller's) or `all`; filters by contract (id or slug), status, breaking and a search. Cursor pagination, newest activity first.",
  tag: "Reviews",
  access: "catalog.read",
  query: zReviewApiListQuery,
  response: { status: 200, description: "A page of change requests.", schema: zChangeRequestPageOutput },
  handler: ({ db, actor, query }) => findChangeRequestsPage(db, { actor, query }),
});

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/change-requests",
  operationId: "proposeContractChange",
  summary: "Propose a new version of a contract",
  description:
    "Diffs the document against the contract's current version and stores the diff. `proposedVersion` defaults to the version the changes call for; `submit: true` sends it for review at once (reviewers, the data owner and affected consumer owners are notified).",
  tag: "Reviews",
  access: "contract.propose",
  body: zProposeChangeInput,
  byteLimit: PROPOSAL_BODY_BYTES,
  // The body is validated inside the use case, after authorizing against the contract: someone who may not propose learns nothing.
  validatedAfter: "record",
  response: { status: 201, description: "The change request, with its ETag.", schema: zChangeRequestOutput },
  version: (created) => created.updatedAt,
  location: (created) => `/api/v1/change-requests/${created.number}`,
  handler: ({ db, actor, input }) => proposeContractChange(db, { actor, input }),
});
