import { z } from "zod";
import { authorize, NotFoundError } from "@/lib/auth/permissions";
import { apiRoute } from "@/lib/http/api-route";
import { readIfMatch } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";
import { integrationResponse } from "@/lib/catalog/integrations/http";
import { findIntegration } from "@/lib/catalog/integrations/detail-repository";
import { updateIntegration } from "@/lib/catalog/integrations/update-integration";

// The use case validates after authorizing against the owning team, so that another team learns nothing.
const zAnyJson = z.unknown();

export const GET = apiRoute<{ idOrKey: string }>(async ({ actor, params, db }) => {
  authorize(actor, "catalog.read");
  const integration = await findIntegration(db, params.idOrKey);
  if (!integration) throw new NotFoundError(`Integration ${params.idOrKey}`);
  return integrationResponse(integration);
});

export const PATCH = apiRoute<{ idOrKey: string }>(async ({ request, actor, params, db }) => {
  authorize(actor, "catalog.update");
  const input = await readJsonBody(request, zAnyJson, { maxBytes: 256 * 1024 });
  const updated = await updateIntegration(db, { actor, idOrKey: params.idOrKey, input, ifMatch: readIfMatch(request) });
  return integrationResponse(updated);
});
