import { z } from "zod";
import { authorize } from "@/lib/auth/permissions";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { readQuery } from "@/lib/http/read-query";
import { createIntegration } from "@/lib/catalog/integrations/create-integration";
import { integrationResponse } from "@/lib/catalog/integrations/http";
import { findIntegrationsPage } from "@/lib/catalog/integrations/list-repository";
import { zIntegrationApiListQuery, zIntegrationPage } from "@/lib/catalog/integrations/schemas";

// The use case validates (after authorizing against the owning team); the route only checks it is JSON.
const zAnyJson = z.unknown();

export const GET = apiRoute(async ({ request, actor, db }) => {
  authorize(actor, "catalog.read");
  const query = readQuery(request, zIntegrationApiListQuery);
  return Response.json(zIntegrationPage.parse(await findIntegrationsPage(db, query)));
});

export const POST = apiRoute(async ({ request, actor, db }) => {
  // Refuse before reading the body: a viewer learns nothing from validation messages.
  authorize(actor, "catalog.create");
  const input = await readJsonBody(request, zAnyJson, { maxBytes: 256 * 1024 });
  const created = await createIntegration(db, { actor, input });
  return integrationResponse(created, { status: 201, headers: { location: `/api/v1/integrations/${created.key}` } });
});
