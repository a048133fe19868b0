import { asyncapi, oas } from "@stoplight/spectral-rulesets";
import { ORGANISATION_RULES, type StandardArea } from "@/lib/standards/organisation-rules";
import type { RuleOverrides, RuleSeverity } from "@/lib/standards/schemas";

/** Where a rule comes from: Spectral's OpenAPI or AsyncAPI ruleset, or the organisation's standards. */
export type RuleSource = "openapi" | "asyncapi" | "organisation";

export interface CatalogueRule {
  name: string;
  source: RuleSource;
  area: StandardArea | null;
  description: string;
  defaultSeverity: RuleSeverity;
}

interface BuiltInRule {
  description?: string;
  message?: string;
  recommended?: boolean;
  severity?: number | string;
}

/** The built-in rules the organisation's standards count as documentation (operationIds and descriptions). */
const BUILT_IN_AREAS: Record<string, StandardArea> = {
  "operation-operationId": "documentation",
  "operation-description": "documentation",
  "info-description": "documentation",
  "oas3-operation-security-defined": "authentication",
  "oas2-operation-security-defined": "authentication",
};

const NUMERIC_SEVERITIES: Record<number, RuleSeverity> = { 0: "error", 1: "warn", 2: "info", 3: "hint", [-1]: "off" };

/** Spectral's default: a rule outside the "recommended" set is off; a rule without a severity warns. */
function builtInDefault(rule: BuiltInRule): RuleSeverity {
  if (rule.recommended === false) return "off";
  if (rule.severity === undefined) return "warn";
  if (typeof rule.severity === "number") return NUMERIC_SEVERITIES[rule.severity] ?? "warn";
  return rule.severity === "information" ? "info" : (rule.severity as RuleSeverity);
}

function builtIn(source: RuleSource, rules: Record<string, BuiltInRule>): CatalogueRule[] {
  return Object.entries(rules).map(([name, rule]) => ({
    name,
    source,
    area: BUILT_IN_AREAS[name] ?? null,
    description: rule.description ?? rule.message ?? name,
    defaultSeverity: builtInDefault(rule),
  }));
}

/** Every rule an admin can tune: the organisation's first, then Spectral's recommended OpenAPI and AsyncAPI rules. */
export const RULE_CATALOGUE: readonly CatalogueRule[] = [
  ...ORGANISATION_RULES.map((rule) => ({
    name: rule.name,
    source: "organisation" as const,
    area: rule.area,
    description: rule.description,
    defaultSeverity: rule.defaultSeverity,
  })),
  ...builtIn("openapi", (oas as unknown as { rules: Record<string, BuiltInRule> }).rules),
  ...builtIn("asyncapi", (asyncapi as unknown as { rules: Record<string, BuiltInRule> }).rules),
];

const CATALOGUE_BY_NAME = new Map(RULE_CATALOGUE.map((rule) => [rule.name, rule]));

export function isKnownRule(name: string): boolean {
  return CATALOGUE_BY_NAME.has(name);
}

/** The severity a rule runs at under the admin's overrides. */
export function effectiveSeverity(name: string, overrides: RuleOverrides): RuleSeverity {
  return overrides[name] ?? CATALOGUE_BY_NAME.get(name)?.defaultSeverity ?? "off";
}
