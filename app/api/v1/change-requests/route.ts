import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { etagOf } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";
import { readQuery } from "@/lib/http/read-query";
import { findChangeRequestsPage } from "@/lib/reviews/find-change-requests";
import { PROPOSAL_BODY_BYTES } from "@/lib/reviews/http";
import { proposeContractChange } from "@/lib/reviews/propose-contract-change";
import { zReviewApiListQuery } from "@/lib/reviews/schemas";

export const GET = apiRoute(async ({ request, actor, db }) => {
  return Response.json(await findChangeRequestsPage(db, { actor, query: readQuery(request, zReviewApiListQuery) }));
});

// The body is validated inside the use case, after authorization: someone who may not propose learns nothing.
export const POST = apiRoute(async ({ request, actor, db }) => {
  const created = await proposeContractChange(db, { actor, input: await readJsonBody(request, z.unknown(), { maxBytes: PROPOSAL_BODY_BYTES }) });
  return Response.json(created, { status: 201, headers: { etag: etagOf(created.updatedAt), location: `/api/v1/change-requests/${created.number}` } });
});
