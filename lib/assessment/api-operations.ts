import { z } from "zod";
import type { ApiOperation } from "@/lib/api-docs/operation";
import { zAssessmentApiListQuery, zAssessmentSummary, zTakeAssessmentInput } from "@/lib/assessment/schemas";

const zLink = z.object({ label: z.string(), count: z.number().int(), href: z.string() });

/** The shape of AssessmentResult (lib/assessment/assessment-result.ts), for the API document. */
export const zAssessmentResult = zAssessmentSummary.extend({
  levelDescription: z.string(),
  levelImprovements: z.array(z.string()),
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

/** The lead registers these in lib/api-docs/operations.ts (catalog-platform branch) with one line. */
export const assessmentApiOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/assessments",
    operationId: "listAssessments",
    summary: "List completed readiness assessments, newest first",
    description: "Filter with scope=organisation or a team's slug, and level=1..4. Cursor pagination.",
    tag: "Assessments",
    permission: "catalog.read",
    query: zAssessmentApiListQuery,
    responses: { 200: { description: "A page of assessments.", schema: z.object({ items: z.array(zAssessmentSummary), nextCursor: z.string().nullable() }) } },
  },
  {
    method: "post",
    path: "/api/v1/assessments",
    operationId: "takeAssessment",
    summary: "Take the readiness assessment for a team or the organisation",
    description: "Six answers, each the position of the chosen answer (1 weakest to 4 strongest). An invalid answer is named by its JSON pointer, e.g. /answers/standards.",
    tag: "Assessments",
    permission: "assessment.take",
    body: zTakeAssessmentInput,
    responses: { 201: { description: "The level, scores, improvement plan and evidence.", schema: zAssessmentResult } },
  },
  {
    method: "get",
    path: "/api/v1/assessments/{id}",
    operationId: "getAssessment",
    summary: "One completed assessment, with the evidence as it was when it was taken",
    tag: "Assessments",
    permission: "catalog.read",
    pathParams: z.object({ id: z.string() }),
    responses: { 200: { description: "The assessment.", schema: zAssessmentResult } },
  },
];
