import { z } from "zod";
import { authorize, NotFoundError } from "@/lib/auth/permissions";
import { apiRoute } from "@/lib/http/api-route";
import { readIfMatch } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";
import { systemResponse } from "@/lib/catalog/systems/http";
import { findSystem } from "@/lib/catalog/systems/repository";
import { updateSystem } from "@/lib/catalog/systems/update-system";

const zAnyJson = z.unknown();

export const GET = apiRoute<{ idOrSlug: string }>(async ({ actor, params, db }) => {
  authorize(actor, "catalog.read");
  const system = await findSystem(db, params.idOrSlug);
  if (!system) throw new NotFoundError(`System ${params.idOrSlug}`);
  return systemResponse(system);
});

export const PATCH = apiRoute<{ idOrSlug: string }>(async ({ request, actor, params, db }) => {
  authorize(actor, "catalog.update");
  const input = await readJsonBody(request, zAnyJson, { maxBytes: 64 * 1024 });
  return systemResponse(await updateSystem(db, { actor, idOrSlug: params.idOrSlug, input, ifMatch: readIfMatch(request) }));
});
