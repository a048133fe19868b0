import { authorize, NotFoundError } from "@/lib/auth/permissions";
import { apiRoute } from "@/lib/http/api-route";
import { etagOf, readIfMatch } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { findWebhookEndpoint } from "@/lib/webhooks/repository";
import { zUpdateWebhookEndpointInput } from "@/lib/webhooks/schemas";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";

export const GET = apiRoute<{ id: string }>(async ({ actor, params, db }) => {
  authorize(actor, "webhook.manage");
  const endpoint = await findWebhookEndpoint(db, params.id);
  if (!endpoint) throw new NotFoundError("The webhook endpoint");
  return Response.json(endpoint, { headers: { etag: etagOf(endpoint.updatedAt) } });
});

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params, db }) => {
  authorize(actor, "webhook.manage");
  const input = await readJsonBody(request, zUpdateWebhookEndpointInput, { maxBytes: 16_384 });
  const endpoint = await updateWebhookEndpoint(db, { actor, endpointId: params.id, input, ifMatch: readIfMatch(request) });
  return Response.json(endpoint, { headers: { etag: etagOf(endpoint.updatedAt) } });
});

export const DELETE = apiRoute<{ id: string }>(async ({ actor, params, db }) => {
  authorize(actor, "webhook.manage");
  await deleteWebhookEndpoint(db, { actor, endpointId: params.id });
  return new Response(null, { status: 204 });
});
