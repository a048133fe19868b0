import { z } from "zod";
import { NotFoundError } from "@/lib/auth/permissions";
import { toAssessmentResult } from "@/lib/assessment/assessment-result";
import { findAssessmentById } from "@/lib/assessment/repository";
import { zAssessmentResult } from "@/lib/assessment/schemas";
import { defineOperation } from "@/lib/http/define-operation";

/** One completed assessment with its level, scores, plan and the evidence as it was when it was taken. */
export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/assessments/{id}",
  operationId: "getAssessment",
  summary: "One completed assessment, with the evidence as it was when it was taken",
  tag: "Assessments",
  access: "catalog.read",
  pathParams: z.object({ id: z.string() }),
  response: { status: 200, description: "The assessment.", schema: zAssessmentResult },
  handler: async ({ db, params }) => {
    const row = await findAssessmentById(db, params.id);
    if (!row) throw new NotFoundError("The assessment");
    return toAssessmentResult(row);
  },
});
