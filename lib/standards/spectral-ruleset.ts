import type { RulesetDefinition } from "@stoplight/spectral-core";
import { oas3 } from "@stoplight/spectral-formats";
import { schema } from "@stoplight/spectral-functions";
import { asyncapi, oas } from "@stoplight/spectral-rulesets";
import { ORGANISATION_RULES } from "@/lib/standards/organisation-rules";
import { effectiveSeverity, isKnownRule } from "@/lib/standards/rule-catalogue";
import type { RuleOverrides } from "@/lib/standards/schemas";

/**
 * The ruleset the portal runs: Spectral's recommended OpenAPI and AsyncAPI rules, the organisation's rules, and the
 * admin's severities. `ruleset-file.ts` writes the same rules as `.spectral.yaml` for teams' CI.
 */
export function spectralRuleset(overrides: RuleOverrides): RulesetDefinition {
  const organisation = Object.fromEntries(
    ORGANISATION_RULES.map((rule) => [
      rule.name,
      {
        description: rule.description,
        message: rule.message,
        severity: effectiveSeverity(rule.name, overrides),
        given: rule.given,
        formats: [oas3],
        then: { function: schema, functionOptions: { schema: rule.schema, dialect: "draft7", allErrors: true } },
      },
    ]),
  );
  const builtIn = Object.fromEntries(Object.entries(overrides).filter(([name]) => isKnownRule(name) && !(name in organisation)));
  return {
    extends: [
      [oas as RulesetDefinition, "recommended"],
      [asyncapi as RulesetDefinition, "recommended"],
    ],
    rules: { ...organisation, ...builtIn },
  } as RulesetDefinition;
}
