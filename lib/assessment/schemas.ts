import { z } from "zod";
import { referenceTo } from "@/lib/validation/filter-reference";
import { QUESTIONS, QUESTION_IDS, type AnswerPosition, type QuestionId } from "@/lib/assessment/questions";
import { emptyAsUndefined } from "@/lib/validation/primitives";

const answerMessage = (id: QuestionId) => `Choose an answer to "${QUESTIONS.find((q) => q.id === id)!.text}": 1 (weakest) to 4 (strongest).`;

const answerShape = Object.fromEntries(
  QUESTION_IDS.map((id) => [
    id,
    z
      .number({ error: answerMessage(id) })
      .int({ error: answerMessage(id) })
      .min(1, { error: answerMessage(id) })
      .max(4, { error: answerMessage(id) }),
  ]),
) as unknown as Record<QuestionId, z.ZodType<AnswerPosition>>;

/** The six answers, each the position of the chosen answer (1 weakest, 4 strongest); an unknown question is named. */
export const zAnswers = z.looseObject(answerShape).superRefine((value, ctx) => {
  for (const key of Object.keys(value)) {
    if (!(QUESTION_IDS as string[]).includes(key)) {
      ctx.addIssue({ code: "custom", path: [key], message: `Unknown question "${key}"; the questions are ${QUESTION_IDS.join(", ")}.` });
    }
  }
}) as unknown as z.ZodType<Record<QuestionId, AnswerPosition>>;

export const ASSESSMENT_SCOPES = ["team", "organisation"] as const;
export type AssessmentScope = (typeof ASSESSMENT_SCOPES)[number];

export const zTakeAssessmentInput = z
  .strictObject({
    scope: z.enum(ASSESSMENT_SCOPES, { error: 'Choose the scope: "team" or "organisation".' }),
    /** The team's slug; required for a team assessment, refused for the organisation's. */
    team: z.string().trim().min(1).max(100).optional(),
    answers: zAnswers,
  })
  .superRefine((value, ctx) => {
    if (value.scope === "team" && !value.team) ctx.addIssue({ code: "custom", path: ["team"], message: "Choose the team being assessed." });
    if (value.scope === "organisation" && value.team) ctx.addIssue({ code: "custom", path: ["team"], message: "An organisation-wide assessment has no team." });
  });
export type TakeAssessmentInput = z.infer<typeof zTakeAssessmentInput>;

// An HTML form submits an empty field as "": that means "no filter", not an invalid value.

export const zAssessmentFilters = z.object({
  /** "organisation", or a team's slug. */
  scope: referenceTo(z.preprocess(emptyAsUndefined, z.string().trim().max(100).optional()), "assessment-scope"),
  level: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(4).optional()),
});
export type AssessmentFilters = z.infer<typeof zAssessmentFilters>;

export const zAssessmentListQuery = zAssessmentFilters.extend({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type AssessmentListQuery = z.infer<typeof zAssessmentListQuery>;

export const zAssessmentApiListQuery = zAssessmentFilters.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional(),
});
export type AssessmentApiListQuery = z.infer<typeof zAssessmentApiListQuery>;

const zRef = z.object({ id: z.string(), slug: z.string(), name: z.string() });

export const zAssessmentSummary = z.object({
  id: z.string(),
  scope: z.enum(ASSESSMENT_SCOPES),
  team: zRef.nullable(),
  level: z.number().int(),
  levelName: z.string(),
  total: z.number().int(),
  answers: z.record(z.string(), z.number()),
  takenBy: z.object({ id: z.string(), name: z.string() }),
  takenAt: z.date(),
});
export type AssessmentSummary = z.infer<typeof zAssessmentSummary>;

const zLink = z.object({ label: z.string(), count: z.number().int(), href: z.string() });

/** The shape of AssessmentResult (lib/assessment/assessment-result.ts), for the API document. */
export const zAssessmentResult = zAssessmentSummary.extend({
  levelDescription: z.string(),
  levelImprovements: z.array(z.string()),
  evidenceLevel: z
    .object({ level: z.number().int(), levelName: z.string(), total: z.number().int(), unsupported: z.array(z.string()) })
    .describe("The level the catalog's evidence supports: each answer capped at what its evidence supports."),
  scores: z.array(z.object({ questionId: z.string(), dimension: z.string(), points: z.number().int(), max: z.number().int(), answer: z.string() })),
  plan: z.array(
    z.object({
      questionId: z.string(),
      dimension: z.string(),
      points: z.number().int(),
      effectivePoints: z.number().int(),
      overclaimed: z.boolean(),
      why: z.string(),
      next: z.string(),
      links: z.array(z.object({ label: z.string(), href: z.string(), count: z.number().int().optional() })),
    }),
  ),
  evidence: z.record(
    z.string(),
    z.object({
      questionId: z.string(),
      measure: z.string(),
      numerator: z.number().int(),
      denominator: z.number().int(),
      share: z.number().int().nullable(),
      supports: z.number().int().nullable(),
      findings: z.array(zLink),
      note: z.string().optional(),
    }),
  ),
});

/** One page of the assessment history. */
export const zAssessmentPage = z.object({ items: z.array(zAssessmentSummary), nextCursor: z.string().nullable() });

/** The largest assessment the API accepts: six answers and a scope. */
export const ASSESSMENT_BODY_BYTES = 8192;
