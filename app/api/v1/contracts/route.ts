import { defineOperation } from "@/lib/http/define-operation";
import { LEGACY_ARCHIVED_QUERY } from "@/lib/catalog/archived-filter";
import { createContract } from "@/lib/catalog/contracts/contract-use-cases";
import { findContractsPage } from "@/lib/catalog/contracts/repository";
import { CONTRACT_BODY_BYTES, zContractApiListQuery, zContractOutput, zContractPageOutput, zCreateContractInput } from "@/lib/catalog/contracts/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/contracts",
  operationId: "listContracts",
  summary: "List contracts",
  description: "Filters as in the web list; `q` searches names, descriptions, glossaries, consumers' fields and the integration's fields. Cursor pagination.",
  tag: "Contracts",
  access: "catalog.read",
  query: zContractApiListQuery,
  deprecatedQueryValues: LEGACY_ARCHIVED_QUERY,
  response: { status: 200, description: "A page of contracts.", schema: zContractPageOutput },
  handler: ({ db, query }) => findContractsPage(db, query),
});

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/contracts",
  operationId: "createContract",
  summary: "Register a contract",
  tag: "Contracts",
  access: "catalog.create",
  body: zCreateContractInput,
  byteLimit: CONTRACT_BODY_BYTES,
  // The use case authorizes against the integration's team first: someone who may not create learns nothing.
  validatedAfter: "record",
  response: { status: 201, description: "The contract, with its ETag.", schema: zContractOutput },
  version: (contract) => contract.updatedAt,
  location: (contract) => `/api/v1/contracts/${contract.id}`,
  handler: ({ db, actor, input }) => createContract(db, { actor, input }),
});
