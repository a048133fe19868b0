import type { CurrentRuleset } from "@/lib/standards/repository";
import { rulesUnder } from "@/lib/standards/rule-catalogue";
import type { RulesetOutput } from "@/lib/standards/schemas";

/** The ruleset as the API answers it: its version and every rule with the severity it runs at. */
export function describeRuleset(ruleset: CurrentRuleset): RulesetOutput {
  return {
    version: ruleset.version,
    createdAt: ruleset.createdAt,
    requireExceptionForNewErrors: ruleset.requireExceptionForNewErrors,
    overrides: ruleset.overrides,
    rules: rulesUnder(ruleset.overrides),
    scorecard: ruleset.scorecard,
  };
}
