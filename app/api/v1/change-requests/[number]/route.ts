import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { etagOf, readIfMatch } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";
import { findChangeRequest } from "@/lib/reviews/find-change-requests";
import { changeRequestNumberOf, PROPOSAL_BODY_BYTES } from "@/lib/reviews/http";
import { editChangeRequest } from "@/lib/reviews/propose-contract-change";

export const GET = apiRoute<{ number: string }>(async ({ actor, params, db }) => {
  const { request, actions, changes } = await findChangeRequest(db, { actor, number: changeRequestNumberOf(params.number) });
  return Response.json({ ...request, changes, actions: { ...actions, acknowledge: actions.acknowledge.map((consumer) => consumer.id) } }, { headers: { etag: etagOf(request.updatedAt) } });
});

export const PATCH = apiRoute<{ number: string }>(async ({ request, actor, params, db }) => {
  const number = changeRequestNumberOf(params.number);
  const input = await readJsonBody(request, z.unknown(), { maxBytes: PROPOSAL_BODY_BYTES });
  const edited = await editChangeRequest(db, { actor, number, input, ifMatch: readIfMatch(request) });
  return Response.json(edited, { headers: { etag: etagOf(edited.updatedAt) } });
});
