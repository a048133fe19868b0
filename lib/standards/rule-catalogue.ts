import { asyncapi, oas } from "@stoplight/spectral-rulesets";
import { areaOfRule, ORGANISATION_RULES, type StandardArea } from "@/lib/standards/organisation-rules";
import type { RuleOverrides, RuleSeverity } from "@/lib/standards/schemas";

/** Where a rule comes from: Spectral's OpenAPI or AsyncAPI ruleset, or the organisation's standards. */
export type RuleSource = "openapi" | "asyncapi" | "organisation";

export const RULE_SOURCE_LABELS: Record<RuleSource, string> = {
  openapi: "Spectral OpenAPI",
  asyncapi: "Spectral AsyncAPI",
  organisation: "Organisation standard",
};

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

const NUMERIC_SEVERITIES: Record<number, RuleSeverity> = { 0: "error", 1: "warn", 2: "info", 3: "hint", [-1]: "off" };

/**
 * Spectral's structural rules repeat what the portal checks before any document is stored (the official
 * meta-schemas, decision 023), and compile a whole meta-schema again for every document: two thirds of the time of
 * linting the demo's versions. They are off by default; an admin may turn them on.
 */
const REPEATS_PORTAL_VALIDATION: ReadonlySet<string> = new Set([
  "oas2-schema",
  "oas3-schema",
  "asyncapi-schema",
  "asyncapi-3-document-resolved",
  "asyncapi-3-document-unresolved",
]);

/** Spectral's default: a rule outside the "recommended" set is off; a rule without a severity warns. */
function builtInDefault(name: string, rule: BuiltInRule): RuleSeverity {
  if (rule.recommended === false || REPEATS_PORTAL_VALIDATION.has(name)) return "off";
  if (rule.severity === undefined) return "warn";
  if (typeof rule.severity === "number") return NUMERIC_SEVERITIES[rule.severity] ?? "warn";
  return rule.severity === "information" ? "info" : (rule.severity as RuleSeverity);
}

function builtIn(source: RuleSource, rules: Record<string, BuiltInRule>): CatalogueRule[] {
  return Object.entries(rules).map(([name, rule]) => ({
    name,
    source,
    area: areaOfRule(name),
    description: rule.description ?? rule.message ?? name,
    defaultSeverity: builtInDefault(name, rule),
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

/** Every rule of the catalogue with the severity it runs at under the overrides: what the page and the API show. */
export function rulesUnder(overrides: RuleOverrides): (CatalogueRule & { severity: RuleSeverity })[] {
  return RULE_CATALOGUE.map((rule) => ({ ...rule, severity: effectiveSeverity(rule.name, overrides) }));
}

/**
 * The overrides after an admin's change: a rule set back to its default drops out, so that the stored overrides
 * are exactly the rules that differ (and a later change of a built-in default is not masked by a stale copy).
 */
export function applySeverityChanges(overrides: RuleOverrides, changes: RuleOverrides): RuleOverrides {
  const next: RuleOverrides = { ...overrides };
  for (const [name, severity] of Object.entries(changes)) {
    if (CATALOGUE_BY_NAME.get(name)?.defaultSeverity === severity) delete next[name];
    else next[name] = severity;
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}

/** The severity a rule runs at under the admin's overrides. */
export function effectiveSeverity(name: string, overrides: RuleOverrides): RuleSeverity {
  return overrides[name] ?? CATALOGUE_BY_NAME.get(name)?.defaultSeverity ?? "off";
}

/** The built-in rules whose severity in the portal differs from Spectral's recommended ruleset. */
export function builtInSeveritiesToSet(overrides: RuleOverrides): Record<string, RuleSeverity> {
  const names = new Set([...REPEATS_PORTAL_VALIDATION, ...Object.keys(overrides)]);
  return Object.fromEntries(
    [...names]
      .filter((name) => CATALOGUE_BY_NAME.get(name)?.source !== "organisation" && isKnownRule(name))
      .map((name) => [name, effectiveSeverity(name, overrides)]),
  );
}
