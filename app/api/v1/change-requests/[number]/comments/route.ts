import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { findChangeRequestComments } from "@/lib/reviews/find-change-requests";
import { changeRequestNumberOf, DECISION_BODY_BYTES } from "@/lib/reviews/http";
import { commentOnChangeRequest } from "@/lib/reviews/review-decisions";

export const GET = apiRoute<{ number: string }>(async ({ params, db }) => {
  return Response.json(await findChangeRequestComments(db, changeRequestNumberOf(params.number)));
});

export const POST = apiRoute<{ number: string }>(async ({ request, actor, params, db }) => {
  const number = changeRequestNumberOf(params.number);
  const input = await readJsonBody(request, z.unknown(), { maxBytes: DECISION_BODY_BYTES });
  return Response.json(await commentOnChangeRequest(db, { actor, number, input }), { status: 201 });
});
