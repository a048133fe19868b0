import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { archiveContract } from "@/lib/catalog/contracts/contract-use-cases";
import { zArchiveInput, zContractOutput } from "@/lib/catalog/contracts/schemas";
import { ARCHIVE_BODY_BYTES } from "@/lib/catalog/integrations/schemas";

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/{id}/archive",
  operationId: "archiveContract",
  summary: "Archive a contract",
  description: "Archiving replaces deletion. With active consumers, `consumerImpact` must say what happens to them.",
  tag: "Contracts",
  access: "catalog.archive",
  pathParams: z.object({ id: z.string().describe("The contract's id.") }),
  body: zArchiveInput,
  byteLimit: ARCHIVE_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 200, description: "The archived contract.", schema: zContractOutput },
  version: (contract) => contract.updatedAt,
  handler: ({ db, actor, params, input, ifMatch }) => archiveContract(db, { actor, contractId: params.id, input, ifMatch }),
});
