import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { HttpError } from "@/lib/http/http-error";
import { readJsonBody } from "@/lib/http/read-json-body";
import { validationProblem } from "@/lib/http/domain-problem";
import { changeRequestNumberOf, DECISION_BODY_BYTES } from "@/lib/reviews/http";
import { approveChangeRequest, rejectChangeRequest, requestChanges } from "@/lib/reviews/review-decisions";
import { zDecisionInput } from "@/lib/reviews/schemas";

const DECIDE = { approved: approveChangeRequest, changes_requested: requestChanges, rejected: rejectChangeRequest } as const;

/** One endpoint for a reviewer's or data owner's decision on the current revision: approve, request changes, reject. */
export const POST = apiRoute<{ number: string }>(async ({ request, actor, params, db }) => {
  const number = changeRequestNumberOf(params.number);
  const body = await readJsonBody(request, z.unknown(), { maxBytes: DECISION_BODY_BYTES });
  const parsed = zDecisionInput.safeParse(body);
  if (!parsed.success) throw new HttpError(validationProblem(parsed.error));
  const { decision, comment } = parsed.data;
  return Response.json(await DECIDE[decision](db, { actor, number, input: comment === undefined ? {} : { comment } }));
});
