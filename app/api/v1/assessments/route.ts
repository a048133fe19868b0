import { authorize } from "@/lib/auth/permissions";
import { findAssessmentPage } from "@/lib/assessment/repository";
import { zAssessmentApiListQuery } from "@/lib/assessment/schemas";
import { takeAssessment } from "@/lib/assessment/take-assessment";
import { apiRoute } from "@/lib/http/api-route";
import { HttpError } from "@/lib/http/http-error";
import { validationProblem } from "@/lib/http/problem-details";
import { readJsonBody } from "@/lib/http/read-json-body";
import { z } from "zod";

/** History of completed assessments, newest first. Filters: scope=organisation|<team slug>, level=1..4; cursor paging. */
export const GET = apiRoute(async ({ request, actor, db }) => {
  authorize(actor, "catalog.read");
  const parsed = zAssessmentApiListQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new HttpError(validationProblem(parsed.error, "query"));
  return Response.json(await findAssessmentPage(db, parsed.data));
});

/** Takes the assessment: { scope, team?, answers } answers 201 with the level, scores, plan and evidence. */
export const POST = apiRoute(async ({ request, actor, db }) => {
  // Refuse before reading the body: someone who may not take it learns nothing from validation messages.
  authorize(actor, "assessment.take");
  const input = await readJsonBody(request, z.unknown(), { maxBytes: 8192 });
  const result = await takeAssessment(db, { actor, input });
  return Response.json(result, { status: 201, headers: { location: `/api/v1/assessments/${result.id}` } });
});
