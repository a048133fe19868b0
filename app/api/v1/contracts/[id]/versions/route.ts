import { z } from "zod";
import { NotFoundError } from "@/lib/auth/permissions";
import { defineOperation } from "@/lib/http/define-operation";
import { etagOf } from "@/lib/http/etag";
import { createContractVersion } from "@/lib/catalog/contracts/contract-use-cases";
import { findContract, findContractVersionsPage } from "@/lib/catalog/contracts/repository";
import {
  MAX_VERSION_BODY_BYTES,
  zContractVersionOutput,
  zContractVersionPageOutput,
  zCreateVersionInput,
  zVersionApiListQuery,
} from "@/lib/catalog/contracts/schemas";

const zContractPath = z.object({ id: z.string().describe("The contract's id.") });

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/contracts/{id}/versions",
  operationId: "listContractVersions",
  summary: "List a contract's versions",
  tag: "Contracts",
  access: "catalog.read",
  pathParams: zContractPath,
  query: zVersionApiListQuery,
  response: { status: 200, description: "Newest first, without their documents; cursor pagination.", schema: zContractVersionPageOutput },
  handler: async ({ db, params, query }) => {
    const contract = await findContract(db, { id: params.id });
    if (!contract) throw new NotFoundError("The contract");
    return findContractVersionsPage(db, contract.id, query);
  },
});

// Spec documents up to 10 MB: this route is also how the web form uploads them (server actions stop at 1 MB).
export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/{id}/versions",
  operationId: "createContractVersion",
  summary: "Add a version",
  description:
    "The spec document (up to 10 MB, JSON or YAML) is validated as the contract's type; problems answer 422 with `specIssues` (pointer, line, column, message).",
  tag: "Contracts",
  access: "catalog.update",
  pathParams: zContractPath,
  body: zCreateVersionInput,
  byteLimit: MAX_VERSION_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 201, description: "The version.", schema: zContractVersionOutput },
  version: (version) => version.updatedAt,
  handler: async ({ db, actor, params, input }) => {
    const version = await createContractVersion(db, { actor, contractId: params.id, input });
    return Response.json(zContractVersionOutput.parse(version), {
      status: 201,
      headers: { etag: etagOf(version.updatedAt), location: `/api/v1/contracts/${params.id}/versions/${encodeURIComponent(version.version)}` },
    });
  },
});
