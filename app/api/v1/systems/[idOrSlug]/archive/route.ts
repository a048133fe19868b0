import { z } from "zod";
import { authorize } from "@/lib/auth/permissions";
import { apiRoute } from "@/lib/http/api-route";
import { readIfMatch } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";
import { archiveSystem } from "@/lib/catalog/systems/archive-system";
import { systemResponse } from "@/lib/catalog/systems/http";

const zAnyJson = z.unknown();

/** Archiving replaces DELETE: it needs a reason (and a plan for what depends on the system), so it takes a body. */
export const POST = apiRoute<{ idOrSlug: string }>(async ({ request, actor, params, db }) => {
  authorize(actor, "catalog.archive");
  const input = await readJsonBody(request, zAnyJson, { maxBytes: 16 * 1024 });
  return systemResponse(await archiveSystem(db, { actor, idOrSlug: params.idOrSlug, input, ifMatch: readIfMatch(request) }));
});
