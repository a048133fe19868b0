import { z } from "zod";
import { NotFoundError } from "@/lib/auth/permissions";
import { updateSunset } from "@/lib/deprecations/deprecation-use-cases";
import { findDeprecationDetail } from "@/lib/deprecations/repository";
import { apiRoute } from "@/lib/http/api-route";
import { etagOf, readIfMatch } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";

export const GET = apiRoute<{ id: string }>(async ({ params, db }) => {
  const detail = await findDeprecationDetail(db, params.id, new Date());
  if (!detail) throw new NotFoundError("The deprecation");
  return Response.json(detail, { headers: { etag: etagOf(detail.updatedAt) } });
});

/** Moves the sunset (the only field that changes after an announcement). */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params, db }) => {
  const input = await readJsonBody(request, z.unknown(), { maxBytes: 16 * 1024 });
  await updateSunset(db, { actor, deprecationId: params.id, input, ifMatch: readIfMatch(request) });
  const detail = (await findDeprecationDetail(db, params.id, new Date()))!;
  return Response.json(detail, { headers: { etag: etagOf(detail.updatedAt) } });
});
