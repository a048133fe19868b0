import { authorize } from "@/lib/auth/permissions";
import { apiRoute } from "@/lib/http/api-route";
import { etagOf } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";
import { readQuery } from "@/lib/http/read-query";
import { zCursorPageQuery } from "@/lib/pagination/cursor";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { findWebhookEndpointsPage } from "@/lib/webhooks/repository";
import { zCreateWebhookEndpointInput } from "@/lib/webhooks/schemas";

export const GET = apiRoute(async ({ request, actor, db }) => {
  authorize(actor, "webhook.manage");
  return Response.json(await findWebhookEndpointsPage(db, readQuery(request, zCursorPageQuery)));
});

export const POST = apiRoute(async ({ request, actor, db }) => {
  // Refuse before reading the body: someone who may not manage webhooks learns nothing from validation messages.
  authorize(actor, "webhook.manage");
  const input = await readJsonBody(request, zCreateWebhookEndpointInput, { maxBytes: 16_384 });
  const created = await createWebhookEndpoint(db, { actor, input });
  return Response.json(created, {
    status: 201,
    headers: { location: `/api/v1/webhooks/${created.endpoint.id}`, etag: etagOf(created.endpoint.updatedAt), "cache-control": "no-store" },
  });
});
