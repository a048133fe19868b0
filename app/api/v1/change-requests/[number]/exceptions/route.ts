import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { changeRequestNumberOf, DECISION_BODY_BYTES } from "@/lib/reviews/http";
import { grantReviewException } from "@/lib/reviews/review-decisions";

export const POST = apiRoute<{ number: string }>(async ({ request, actor, params, db }) => {
  const number = changeRequestNumberOf(params.number);
  const input = await readJsonBody(request, z.unknown(), { maxBytes: DECISION_BODY_BYTES });
  return Response.json(await grantReviewException(db, { actor, number, input }));
});
