import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { checkCandidate } from "@/lib/reviews/check-candidate";
import { PROPOSAL_BODY_BYTES } from "@/lib/reviews/http";
import { zCheckAnswerOutput, zCheckCandidateInput } from "@/lib/reviews/schemas";

/** The pre-merge gate for CI: diff, verdict and affected consumers of a candidate document; writes nothing. */
export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/{id}/check",
  operationId: "checkContractCandidate",
  summary: "Check a candidate contract document (CI gate)",
  description:
    "Diffs a candidate document against the contract's current version and answers the verdict (breaking, warning, non-breaking, informational, no-changes, first-version), every change with its id, the version check and the consumers it breaks. The semantic-version rule is always checked: against `version` when given, else the candidate's info.version, else the next version derived from the latest active one (`versionCheck.source`). Creates nothing; a read-only API token may call it. `{id}` takes the id or the slug.",
  tag: "Reviews",
  access: "catalog.read",
  changesNothing: true,
  pathParams: z.object({ id: z.string().describe("The contract's id or slug.") }),
  body: zCheckCandidateInput,
  byteLimit: PROPOSAL_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 200, description: "What publishing the candidate would change.", schema: zCheckAnswerOutput },
  handler: ({ db, actor, params, input }) => checkCandidate(db, { actor, contractId: params.id, input }),
});
