import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { changeRequestNumberOf, DECISION_BODY_BYTES } from "@/lib/reviews/http";
import { decideOnChangeRequest } from "@/lib/reviews/review-decisions";

/** One endpoint for a reviewer's or data owner's decision on the current revision: approve, request changes, reject. */
export const POST = apiRoute<{ number: string }>(async ({ request, actor, params, db }) => {
  const number = changeRequestNumberOf(params.number);
  const input = await readJsonBody(request, z.unknown(), { maxBytes: DECISION_BODY_BYTES });
  return Response.json(await decideOnChangeRequest(db, { actor, number, input }));
});
