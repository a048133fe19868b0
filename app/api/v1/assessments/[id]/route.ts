import { authorize, NotFoundError } from "@/lib/auth/permissions";
import { toAssessmentResult } from "@/lib/assessment/assessment-result";
import { findAssessmentById } from "@/lib/assessment/repository";
import { apiRoute } from "@/lib/http/api-route";

/** One completed assessment with its level, scores, plan and the evidence as it was when it was taken. */
export const GET = apiRoute<{ id: string }>(async ({ actor, params, db }) => {
  authorize(actor, "catalog.read");
  const row = await findAssessmentById(db, params.id);
  if (!row) throw new NotFoundError("The assessment");
  return Response.json(toAssessmentResult(row));
});
