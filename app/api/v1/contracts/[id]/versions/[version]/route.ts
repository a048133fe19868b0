import { z } from "zod";
import { NotFoundError } from "@/lib/auth/permissions";
import { defineOperation } from "@/lib/http/define-operation";
import { updateContractVersion } from "@/lib/catalog/contracts/contract-use-cases";
import { findContractVersion } from "@/lib/catalog/contracts/repository";
import { VERSION_UPDATE_BODY_BYTES, zContractVersionOutput, zContractVersionWithSpecOutput, zUpdateVersionInput } from "@/lib/catalog/contracts/schemas";

const zVersionPath = z.object({ id: z.string().describe("The contract's id."), version: z.string().describe("The version, e.g. 1.2.0.") });

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/contracts/{id}/versions/{version}",
  operationId: "getContractVersion",
  summary: "Read a version with its document",
  tag: "Contracts",
  access: "catalog.read",
  pathParams: zVersionPath,
  response: { status: 200, description: "The version, its glossary and its document.", schema: zContractVersionWithSpecOutput },
  version: (version) => version.updatedAt,
  handler: async ({ db, params }) => {
    const version = await findContractVersion(db, params.id, decodeURIComponent(params.version));
    if (!version) throw new NotFoundError("The contract version");
    return version;
  },
});

/** Status, changelog and glossary; the document of a version never changes (publish a new version instead). */
export const PATCH = defineOperation({
  method: "PATCH",
  path: "/api/v1/contracts/{id}/versions/{version}",
  operationId: "updateContractVersion",
  summary: "Change a version's status, changelog or glossary",
  tag: "Contracts",
  access: "catalog.update",
  pathParams: zVersionPath,
  body: zUpdateVersionInput,
  byteLimit: VERSION_UPDATE_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 200, description: "The version.", schema: zContractVersionOutput },
  version: (version) => version.updatedAt,
  handler: ({ db, actor, params, input, ifMatch }) =>
    updateContractVersion(db, { actor, contractId: params.id, version: decodeURIComponent(params.version), input, ifMatch }),
});
