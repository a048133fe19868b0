import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { archiveContract } from "@/lib/catalog/contracts/contract-use-cases";
import { ARCHIVE_BODY_BYTES, LEGACY_ARCHIVE_BODY_FIELDS, zArchiveInput } from "@/lib/catalog/archive-input";
import { zContractOutput } from "@/lib/catalog/contracts/schemas";

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/{id}/archive",
  operationId: "archiveContract",
  summary: "Archive a contract",
  description:
    "Archiving replaces deletion. 422 naming /consumerPlan while active consumers remain and no plan is given. Deprecated until 2027-06-30: the plan sent as `consumerImpact` (answered with Deprecation and Sunset headers).",
  tag: "Contracts",
  access: "catalog.archive",
  pathParams: z.object({ id: z.string().describe("The contract's id.") }),
  body: zArchiveInput,
  byteLimit: ARCHIVE_BODY_BYTES,
  validatedAfter: "record",
  deprecatedBodyFields: LEGACY_ARCHIVE_BODY_FIELDS,
  response: { status: 200, description: "The archived contract.", schema: zContractOutput },
  version: (contract) => contract.updatedAt,
  handler: ({ db, actor, params, input, ifMatch }) => archiveContract(db, { actor, contractId: params.id, input, ifMatch }),
});
