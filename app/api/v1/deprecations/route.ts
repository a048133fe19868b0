import { z } from "zod";
import { readQuery } from "@/lib/http/read-query";
import { announceDeprecation } from "@/lib/deprecations/deprecation-use-cases";
import { findDeprecationDetail, findDeprecationsPage } from "@/lib/deprecations/repository";
import { zDeprecationApiListQuery } from "@/lib/deprecations/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { etagOf } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";

export const GET = apiRoute(async ({ request, actor, db }) => {
  return Response.json(await findDeprecationsPage(db, readQuery(request, zDeprecationApiListQuery), { actor, now: new Date() }));
});

// The body is validated inside the use case, after authorization.
export const POST = apiRoute(async ({ request, actor, db }) => {
  const { id } = await announceDeprecation(db, { actor, input: await readJsonBody(request, z.unknown(), { maxBytes: 64 * 1024 }) });
  const detail = (await findDeprecationDetail(db, id, new Date()))!;
  return Response.json(detail, { status: 201, headers: { etag: etagOf(detail.updatedAt), location: `/api/v1/deprecations/${id}` } });
});
