import { z } from "zod";
import { ANSWER_POSITIONS, QUESTION_IDS, type Answers, type QuestionId } from "@/lib/assessment/questions";
import type { DimensionEvidence, Evidence } from "@/lib/assessment/evidence";

// The JSON columns of an assessment (Assessment.answers, Assessment.evidence), read back through these schemas so
// that a row that does not have the shape the code expects fails loudly at the repository, not deep in a page.

const zAnswerPosition = z.union(ANSWER_POSITIONS.map((position) => z.literal(position)));

export const zStoredAnswers = z.object(Object.fromEntries(QUESTION_IDS.map((id) => [id, zAnswerPosition])) as Record<QuestionId, typeof zAnswerPosition>) satisfies z.ZodType<Answers>;

const zDimensionEvidence = z.object({
  questionId: z.enum(QUESTION_IDS),
  measure: z.string(),
  numerator: z.number(),
  denominator: z.number(),
  share: z.number().nullable(),
  supports: zAnswerPosition.nullable(),
  findings: z.array(z.object({ label: z.string(), href: z.string(), count: z.number() })),
  note: z.string().optional(),
}) satisfies z.ZodType<DimensionEvidence>;

export const zStoredEvidence = z.object(Object.fromEntries(QUESTION_IDS.map((id) => [id, zDimensionEvidence])) as Record<QuestionId, typeof zDimensionEvidence>) satisfies z.ZodType<Evidence>;
