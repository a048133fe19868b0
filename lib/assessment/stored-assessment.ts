import { z } from "zod";
import { ANSWER_POSITIONS, QUESTION_IDS, type Answers, type QuestionId } from "@/lib/assessment/questions";
import type { DimensionEvidence, Evidence } from "@/lib/assessment/evidence";
import { jsonColumnSchema } from "@/lib/db/json-column";

// The JSON columns of an assessment (Assessment.answers, Assessment.evidence), read back through these schemas so
// that a row that does not have the shape the code expects fails loudly at the repository, not deep in a page.

const zAnswerPosition = z.union(ANSWER_POSITIONS.map((position) => z.literal(position)));

export const zStoredAnswers = jsonColumnSchema<Answers>()(
  z.object(Object.fromEntries(QUESTION_IDS.map((id) => [id, zAnswerPosition])) as Record<QuestionId, typeof zAnswerPosition>),
);

const zDimensionEvidence = jsonColumnSchema<DimensionEvidence>()(
  z.object({
    questionId: z.enum(QUESTION_IDS),
    measure: z.string(),
    numerator: z.number(),
    denominator: z.number(),
    share: z.number().nullable(),
    supports: zAnswerPosition.nullable(),
    findings: z.array(z.object({ label: z.string(), href: z.string(), count: z.number() })),
    note: z.string().optional(),
  }),
);

export const zStoredEvidence = jsonColumnSchema<Evidence>()(
  z.object(Object.fromEntries(QUESTION_IDS.map((id) => [id, zDimensionEvidence])) as Record<QuestionId, typeof zDimensionEvidence>),
);
