import { z } from "zod";
import { NotFoundError } from "@/lib/auth/permissions";
import { defineOperation } from "@/lib/http/define-operation";
import { updateContract } from "@/lib/catalog/contracts/contract-use-cases";
import { findContract } from "@/lib/catalog/contracts/repository";
import { CONTRACT_BODY_BYTES, zContractOutput, zUpdateContractInput } from "@/lib/catalog/contracts/schemas";

const zContractPath = z.object({ id: z.string().describe("The contract's id.") });

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/contracts/{id}",
  operationId: "getContract",
  summary: "Read a contract",
  tag: "Contracts",
  access: "catalog.read",
  pathParams: zContractPath,
  response: { status: 200, description: "The contract, with its ETag.", schema: zContractOutput },
  version: (contract) => contract.updatedAt,
  handler: async ({ db, params }) => {
    const contract = await findContract(db, { id: params.id });
    if (!contract) throw new NotFoundError("The contract");
    return contract;
  },
});

export const PATCH = defineOperation({
  method: "PATCH",
  path: "/api/v1/contracts/{id}",
  operationId: "updateContract",
  summary: "Edit a contract",
  description: "Send If-Match with the ETag you read: a contract changed since answers 412 and nothing is written.",
  tag: "Contracts",
  access: "catalog.update",
  pathParams: zContractPath,
  body: zUpdateContractInput,
  byteLimit: CONTRACT_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 200, description: "The edited contract.", schema: zContractOutput },
  version: (contract) => contract.updatedAt,
  handler: ({ db, actor, params, input, ifMatch }) => updateContract(db, { actor, contractId: params.id, input, ifMatch }),
});
