import { createRulesetFunction, type RulesetDefinition } from "@stoplight/spectral-core";
import { oas3 } from "@stoplight/spectral-formats";
import { schema } from "@stoplight/spectral-functions";
import { asyncapi, oas } from "@stoplight/spectral-rulesets";
import { Ajv, type ValidateFunction } from "ajv";
import { ORGANISATION_RULES } from "@/lib/standards/organisation-rules";
import { builtInSeveritiesToSet, effectiveSeverity } from "@/lib/standards/rule-catalogue";
import type { RuleOverrides } from "@/lib/standards/schemas";

/**
 * The ruleset the portal runs: Spectral's recommended OpenAPI and AsyncAPI rules, the organisation's rules, and the
 * admin's severities. `ruleset-file.ts` writes the same rules as `.spectral.yaml` for teams' CI.
 */

// Spectral's `schema` function compiles its schema again for every document (its Ajv instances are per document):
// about a third of the time of linting a small spec. The organisation's schemas are compiled once per process
// instead; a test checks that both functions report the same findings.
const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map<string, ValidateFunction>(ORGANISATION_RULES.map((rule) => [rule.name, ajv.compile(rule.schema)]));

const unescapePointer = (segment: string) => segment.replace(/~1/g, "/").replace(/~0/g, "~");

const compiledSchema = createRulesetFunction<unknown, { rule: string }>(
  { input: null, options: { type: "object", properties: { rule: { type: "string" } }, required: ["rule"], additionalProperties: false } },
  (target, { rule }, { path }) => {
    const validate = validators.get(rule)!;
    if (target === undefined || validate(target)) return;
    return (validate.errors ?? []).map((error) => ({
      message: error.message ?? "does not meet the standard",
      path: [...path, ...(error.instancePath ? error.instancePath.slice(1).split("/").map(unescapePointer) : [])],
    }));
  },
);

export function spectralRuleset(overrides: RuleOverrides, { coreSchemaFunction = false }: { coreSchemaFunction?: boolean } = {}): RulesetDefinition {
  const organisation = Object.fromEntries(
    ORGANISATION_RULES.map((rule) => [
      rule.name,
      {
        description: rule.description,
        message: rule.message,
        severity: effectiveSeverity(rule.name, overrides),
        given: rule.given,
        formats: [oas3],
        then: coreSchemaFunction
          ? { function: schema, functionOptions: { schema: rule.schema, dialect: "draft7", allErrors: true } }
          : { function: compiledSchema, functionOptions: { rule: rule.name } },
      },
    ]),
  );
  const builtIn = builtInSeveritiesToSet(overrides);
  return {
    extends: [
      [oas as RulesetDefinition, "recommended"],
      [asyncapi as RulesetDefinition, "recommended"],
    ],
    rules: { ...organisation, ...builtIn },
  } as RulesetDefinition;
}
