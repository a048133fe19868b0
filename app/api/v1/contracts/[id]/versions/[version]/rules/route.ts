import { z } from "zod";
import { NotFoundError } from "@/lib/auth/permissions";
import { defineOperation } from "@/lib/http/define-operation";
import { findVersionRulesForUpdate, toRulesOutput } from "@/lib/data-contracts/rules-repository";
import { setVersionRules } from "@/lib/data-contracts/set-version-rules";
import { DATA_RULES_BODY_BYTES, zDataRulesInput, zDataRulesOutput } from "@/lib/data-contracts/schemas";

const zVersionPath = z.object({ id: z.string().describe("The contract's id."), version: z.string().describe("The version, e.g. 1.2.0.") });

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/contracts/{id}/versions/{version}/rules",
  operationId: "getContractVersionRules",
  summary: "Read a version's executable rules",
  tag: "Data contracts",
  access: "catalog.read",
  pathParams: zVersionPath,
  response: { status: 200, description: "The version's rules (null when it has none), with the version's ETag.", schema: zDataRulesOutput },
  version: (rules) => rules.updatedAt,
  handler: async ({ db, params }) => {
    const row = await findVersionRulesForUpdate(db, params.id, decodeURIComponent(params.version));
    if (!row) throw new NotFoundError("The contract version");
    return toRulesOutput(row);
  },
});

export const PUT = defineOperation({
  method: "PUT",
  path: "/api/v1/contracts/{id}/versions/{version}/rules",
  operationId: "setContractVersionRules",
  summary: "Replace a version's executable rules",
  description:
    "Rules are CEL expressions over `payload`, `targets` and `integration`. They are compiled before anything is stored: a rule that cannot run is 422 naming `/rules/{i}/expression` with the line and column inside the expression (`ruleProblems`). Send If-Match with the version's ETag.",
  tag: "Data contracts",
  access: "catalog.update",
  pathParams: zVersionPath,
  body: zDataRulesInput,
  byteLimit: DATA_RULES_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 200, description: "The stored rules, with the version's new ETag.", schema: zDataRulesOutput },
  version: (rules) => rules.updatedAt,
  handler: ({ db, actor, params, input, ifMatch }) =>
    setVersionRules(db, { actor, contractId: params.id, version: decodeURIComponent(params.version), input, ifMatch }),
});
