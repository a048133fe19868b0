import { z } from "zod";
import { cancelDeprecation } from "@/lib/deprecations/deprecation-use-cases";
import { findDeprecationDetail } from "@/lib/deprecations/repository";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params, db }) => {
  await cancelDeprecation(db, { actor, deprecationId: params.id, input: await readJsonBody(request, z.unknown(), { maxBytes: 16 * 1024 }) });
  return Response.json(await findDeprecationDetail(db, params.id, new Date()));
});
