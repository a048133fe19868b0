import { z } from "zod";

/** Spectral's severities, plus "off" for a disabled rule. */
export const RULE_SEVERITIES = ["error", "warn", "info", "hint", "off"] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];
export type FindingSeverity = Exclude<RuleSeverity, "off">;

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
