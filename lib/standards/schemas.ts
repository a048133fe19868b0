import { z } from "zod";
import { STANDARD_AREAS } from "@/lib/standards/organisation-rules";
import { emptyAsUndefined } from "@/lib/validation/primitives";

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
