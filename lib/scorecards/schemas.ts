import { z } from "zod";
import { emptyAsUndefined } from "@/lib/validation/primitives";

export const SCORECARD_LEVELS = ["bronze", "silver", "gold"] as const;
export type ScorecardLevel = (typeof SCORECARD_LEVELS)[number];
export const SCORECARD_LEVEL_LABELS: Record<ScorecardLevel, string> = { bronze: "Bronze", silver: "Silver", gold: "Gold" };

export const SCORECARD_RULE_IDS = [
  "owners-by-role",
  "escalation-path",
  "active-contract",
  "no-error-findings",
  "consumers-declare-fields",
  "signals-present",
  "objectives-met",
  "validation-rules-defined",
  "deprecation-policy-followed",
] as const;
export type ScorecardRuleId = (typeof SCORECARD_RULE_IDS)[number];
export const zScorecardRuleId = z.enum(SCORECARD_RULE_IDS);

/** Which rules each level requires; a level also requires every level below it. */
export const zScorecardDefinition = z
  .strictObject({
    levels: z.strictObject({
      bronze: z.array(zScorecardRuleId).max(SCORECARD_RULE_IDS.length),
      silver: z.array(zScorecardRuleId).max(SCORECARD_RULE_IDS.length),
      gold: z.array(zScorecardRuleId).max(SCORECARD_RULE_IDS.length),
    }),
  })
  .superRefine((definition, context) => {
    // A rule belongs to one level at most: in two, the lower one would decide alone and the higher mislead.
    const seen = new Set<string>();
    for (const level of SCORECARD_LEVELS) {
      definition.levels[level].forEach((rule, index) => {
        if (seen.has(rule)) context.addIssue({ code: "custom", path: ["levels", level, index], message: `${rule} is already in a lower level.` });
        seen.add(rule);
      });
    }
  });
export type ScorecardDefinition = z.infer<typeof zScorecardDefinition>;

/** The scorecards page's and API's filters, all in the URL: a failing rule's link opens exactly its failing records. */
export const zScorecardsQuery = z.object({
  rule: z.preprocess(emptyAsUndefined, zScorecardRuleId.optional()).describe("Only the integrations failing this rule."),
  team: z.preprocess(emptyAsUndefined, z.string().max(100).optional()).describe("Only the integrations of this team (slug)."),
});
export type ScorecardsQuery = z.infer<typeof zScorecardsQuery>;

const zLevelOrNone = z.enum(SCORECARD_LEVELS).nullable().describe("The highest level whose rules (and every lower level's) pass; null below Bronze.");

const zRollUpRow = z.object({
  key: z.string(),
  label: z.string(),
  integrations: z.number().int(),
  none: z.number().int(),
  bronze: z.number().int(),
  silver: z.number().int(),
  gold: z.number().int(),
});
export type RollUpRow = z.infer<typeof zRollUpRow>;

export const zScorecardsOutput = z.object({
  definition: zScorecardDefinition,
  rules: z.array(
    z.object({
      id: zScorecardRuleId,
      level: z.enum(SCORECARD_LEVELS),
      label: z.string(),
      failing: z.number().int(),
      href: z.string().describe("The failing records."),
    }),
  ),
  integrations: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      team: z.string().nullable(),
      level: zLevelOrNone,
      failing: z.array(zScorecardRuleId),
    }),
  ),
  rollUps: z.object({ team: z.array(zRollUpRow), domain: z.array(zRollUpRow), capability: z.array(zRollUpRow) }),
});
export type ScorecardsOutput = z.infer<typeof zScorecardsOutput>;
