import { z } from "zod";
import { STANDARD_AREAS } from "@/lib/standards/organisation-rules";
import { emptyAsUndefined } from "@/lib/validation/primitives";
import { zScorecardDefinition } from "@/lib/scorecards/schemas";

/** Spectral's severities, plus "off" for a disabled rule. */
export const RULE_SEVERITIES = ["error", "warn", "info", "hint", "off"] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];
export type FindingSeverity = Exclude<RuleSeverity, "off">;

export const RULE_SEVERITY_LABELS: Record<RuleSeverity, string> = {
  error: "Error",
  warn: "Warning",
  info: "Information",
  hint: "Hint",
  off: "Off",
};

export const zRuleSeverity = z.enum(RULE_SEVERITIES);

/** The admin's choices: a severity per rule name; a rule not named keeps its default. */
export const zRuleOverrides = z.record(z.string().regex(/^[a-z0-9$][a-z0-9_$.-]{0,99}$/i, "Not a rule name."), zRuleSeverity);
export type RuleOverrides = z.infer<typeof zRuleOverrides>;

/** One violation of a rule, where it is in the document (1-based line and column, and a JSON pointer). */
export const zLintFinding = z.object({
  rule: z.string(),
  severity: z.enum(["error", "warn", "info", "hint"]),
  message: z.string(),
  pointer: z.string(),
  line: z.number().int(),
  column: z.number().int(),
});
export type LintFinding = z.infer<typeof zLintFinding>;

/** The standards part of a proposal or a `/check` answer: the candidate's findings and its delta to the base. */
export const zStandardsReport = z.object({
  rulesetVersion: z.number().int(),
  findings: z.array(zLintFinding),
  introduced: z.array(zLintFinding),
  fixed: z.array(zLintFinding),
  /** "introduces 2 violations, fixes 1". */
  summary: z.string(),
});
export type StandardsReport = z.infer<typeof zStandardsReport>;

/** The findings page's filters, all in the URL so a link from the assessment or a scorecard opens exactly them. */
export const zFindingsQuery = z.object({
  area: z.preprocess(emptyAsUndefined, z.enum(STANDARD_AREAS).optional()),
  rule: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[a-z0-9$][a-z0-9_$.-]{0,99}$/i)
      .optional(),
  ),
  severity: z.preprocess(emptyAsUndefined, z.enum(["error", "warn", "info", "hint"]).optional()),
  team: z.preprocess(emptyAsUndefined, z.string().max(100).optional()),
});
export type FindingsQuery = z.infer<typeof zFindingsQuery>;

/** Rule names as Spectral spells them; the use case also checks that each names a rule of the catalogue. */
const zRuleName = z.string().regex(/^[a-z0-9$][a-z0-9_$.-]{0,99}$/i, "Not a rule name.");

/**
 * An admin's change to the ruleset: the severities of the rules named (a rule set back to its default severity
 * drops its override) and whether a proposal introducing an error-level finding needs an exception in review.
 */
export const zRulesetChangeInput = z
  .strictObject({
    rules: z.record(zRuleName, zRuleSeverity).optional().describe("Severity per rule name; rules not named keep theirs."),
    requireExceptionForNewErrors: z.boolean().optional().describe("Whether a proposal introducing an error-level finding needs an admin exception."),
    scorecard: zScorecardDefinition.optional().describe("The scorecard levels' rules, replacing the current ones."),
  })
  .refine((value) => value.rules !== undefined || value.requireExceptionForNewErrors !== undefined || value.scorecard !== undefined, {
    message: "Give the rules to change, requireExceptionForNewErrors or scorecard.",
  });
export const RULESET_CHANGE_BODY_BYTES = 64 * 1024;

export const zRulesetRuleOutput = z.object({
  name: z.string(),
  source: z.enum(["openapi", "asyncapi", "organisation"]),
  area: z.string().nullable().describe("The organisation standard the rule checks, if any."),
  description: z.string(),
  defaultSeverity: zRuleSeverity,
  severity: zRuleSeverity,
});

export const zRulesetOutput = z.object({
  version: z.number().int().describe("0 is the defaults, before any admin change; every change adds one."),
  createdAt: z.date().describe("When this version was saved (the epoch for the defaults); its ETag."),
  requireExceptionForNewErrors: z.boolean(),
  overrides: zRuleOverrides.describe("The severities that differ from the rules' defaults."),
  rules: z.array(zRulesetRuleOutput),
  scorecard: zScorecardDefinition,
});
export type RulesetOutput = z.infer<typeof zRulesetOutput>;
