import { defineOperation } from "@/lib/http/define-operation";
import { changeRuleset } from "@/lib/standards/change-ruleset";
import { describeRuleset } from "@/lib/standards/describe-ruleset";
import { findCurrentRuleset } from "@/lib/standards/repository";
import { RULESET_CHANGE_BODY_BYTES, zRulesetChangeInput, zRulesetOutput } from "@/lib/standards/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/standards/ruleset",
  operationId: "getStandardsRuleset",
  summary: "Get the API standards' ruleset",
  description:
    "Every rule (the organisation's and Spectral's recommended OpenAPI and AsyncAPI rules) with the severity it runs at, and the review policy for new error-level findings.",
  tag: "Standards",
  access: "catalog.read",
  response: { status: 200, description: "The current ruleset version, with its ETag.", schema: zRulesetOutput },
  version: (ruleset) => ruleset.createdAt,
  handler: async ({ db }) => describeRuleset(await findCurrentRuleset(db)),
});

export const PATCH = defineOperation({
  method: "PATCH",
  path: "/api/v1/standards/ruleset",
  operationId: "changeStandardsRuleset",
  summary: "Change the API standards' ruleset",
  description:
    "Admins only. Sets the severity of the rules named (`off` disables a rule) and whether a proposal introducing an error-level finding needs an exception. Each change saves a new ruleset version and is audited; send If-Match with the ETag of the version it is based on (412 when another change came first). Stored findings are linted again in the background.",
  tag: "Standards",
  access: "standards.manage",
  body: zRulesetChangeInput,
  byteLimit: RULESET_CHANGE_BODY_BYTES,
  // The pipeline validates it again with the rule catalogue, which names an unknown rule.
  validatedAfter: "record",
  response: { status: 200, description: "The new ruleset version, with its ETag.", schema: zRulesetOutput },
  version: (ruleset) => ruleset.createdAt,
  handler: ({ db, actor, input, ifMatch }) => changeRuleset(db, { actor, input, ifMatch }),
});
