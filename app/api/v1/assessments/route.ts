import { defineOperation } from "@/lib/http/define-operation";
import { findAssessmentPage } from "@/lib/assessment/repository";
import { ASSESSMENT_BODY_BYTES, zAssessmentApiListQuery, zAssessmentPage, zAssessmentResult, zTakeAssessmentInput } from "@/lib/assessment/schemas";
import { takeAssessment } from "@/lib/assessment/take-assessment";

/** History of completed assessments, newest first. Filters: scope=organisation|<team slug>, level=1..4; cursor paging. */
export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/assessments",
  operationId: "listAssessments",
  summary: "List completed readiness assessments, newest first",
  description: "Filter with scope=organisation or a team's slug, and level=1..4. Cursor pagination.",
  tag: "Assessments",
  access: "catalog.read",
  query: zAssessmentApiListQuery,
  response: { status: 200, description: "A page of assessments.", schema: zAssessmentPage },
  handler: ({ db, query }) => findAssessmentPage(db, query),
});

/** Takes the assessment: { scope, team?, answers } answers 201 with the level, scores, plan and evidence. */
export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/assessments",
  operationId: "takeAssessment",
  summary: "Take the readiness assessment for a team or the organisation",
  description:
    "Six answers, each the position of the chosen answer (1 weakest to 4 strongest). An invalid answer is named by its JSON pointer, e.g. /answers/standards.",
  tag: "Assessments",
  access: "assessment.take",
  body: zTakeAssessmentInput,
  byteLimit: ASSESSMENT_BODY_BYTES,
  response: { status: 201, description: "The level, scores, improvement plan and evidence.", schema: zAssessmentResult },
  location: (result) => `/api/v1/assessments/${result.id}`,
  handler: ({ db, actor, input }) => takeAssessment(db, { actor, input }),
});
