import { z } from "zod";
import { authorize } from "@/lib/auth/permissions";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { readQuery } from "@/lib/http/read-query";
import { createSystem } from "@/lib/catalog/systems/create-system";
import { systemResponse } from "@/lib/catalog/systems/http";
import { findSystemsPage } from "@/lib/catalog/systems/repository";
import { zSystemApiListQuery, zSystemPage } from "@/lib/catalog/systems/schemas";

// The use case validates (after authorizing against the owning team); the route only checks it is JSON.
const zAnyJson = z.unknown();

export const GET = apiRoute(async ({ request, actor, db }) => {
  authorize(actor, "catalog.read");
  return Response.json(zSystemPage.parse(await findSystemsPage(db, readQuery(request, zSystemApiListQuery))));
});

export const POST = apiRoute(async ({ request, actor, db }) => {
  authorize(actor, "catalog.create");
  const created = await createSystem(db, { actor, input: await readJsonBody(request, zAnyJson, { maxBytes: 64 * 1024 }) });
  return systemResponse(created, { status: 201, headers: { location: `/api/v1/systems/${created.slug}` } });
});
