import { z } from "zod";
import { authorize } from "@/lib/auth/permissions";
import { apiRoute } from "@/lib/http/api-route";
import { readIfMatch } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";
import { archiveIntegration } from "@/lib/catalog/integrations/archive-integration";
import { integrationResponse } from "@/lib/catalog/integrations/http";

const zAnyJson = z.unknown();

/** Archiving replaces DELETE: it needs a reason (and a plan for active consumers), so it takes a body. */
export const POST = apiRoute<{ idOrKey: string }>(async ({ request, actor, params, db }) => {
  authorize(actor, "catalog.archive");
  const input = await readJsonBody(request, zAnyJson, { maxBytes: 16 * 1024 });
  return integrationResponse(await archiveIntegration(db, { actor, idOrKey: params.idOrKey, input, ifMatch: readIfMatch(request) }));
});
