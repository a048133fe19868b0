import { z } from "zod";
import { retireDeprecated } from "@/lib/deprecations/deprecation-use-cases";
import { findDeprecationDetail } from "@/lib/deprecations/repository";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params, db }) => {
  const input = request.headers.get("content-type") ? await readJsonBody(request, z.unknown(), { maxBytes: 16 * 1024 }) : {};
  await retireDeprecated(db, { actor, deprecationId: params.id, input });
  return Response.json(await findDeprecationDetail(db, params.id, new Date()));
});
