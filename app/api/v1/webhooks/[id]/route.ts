import { NotFoundError } from "@/lib/auth/permissions";
import { defineOperation } from "@/lib/http/define-operation";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { findWebhookEndpoint } from "@/lib/webhooks/repository";
import { WEBHOOK_BODY_BYTES, zUpdateWebhookEndpointInput, zWebhookEndpointIdParams, zWebhookEndpointOutput } from "@/lib/webhooks/schemas";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/webhooks/{id}",
  operationId: "getWebhookEndpoint",
  summary: "Read a webhook endpoint",
  tag: "Webhooks",
  access: "webhook.manage",
  pathParams: zWebhookEndpointIdParams,
  response: { status: 200, description: "The endpoint.", schema: zWebhookEndpointOutput },
  version: (endpoint) => endpoint.updatedAt,
  handler: async ({ db, params }) => {
    const endpoint = await findWebhookEndpoint(db, params.id);
    if (!endpoint) throw new NotFoundError("The webhook endpoint");
    return endpoint;
  },
});

export const PATCH = defineOperation({
  method: "PATCH",
  path: "/api/v1/webhooks/{id}",
  operationId: "updateWebhookEndpoint",
  summary: "Change a webhook endpoint",
  description:
    "Name, URL, subscribed events, or `active` to enable or disable it. A disabled endpoint receives nothing; deliveries queued meanwhile fail and can be redelivered.",
  tag: "Webhooks",
  access: "webhook.manage",
  pathParams: zWebhookEndpointIdParams,
  body: zUpdateWebhookEndpointInput,
  byteLimit: WEBHOOK_BODY_BYTES,
  response: { status: 200, description: "The endpoint as changed.", schema: zWebhookEndpointOutput },
  version: (endpoint) => endpoint.updatedAt,
  handler: ({ db, actor, params, body, ifMatch }) => updateWebhookEndpoint(db, { actor, endpointId: params.id, input: body, ifMatch }),
});

export const DELETE = defineOperation({
  method: "DELETE",
  path: "/api/v1/webhooks/{id}",
  operationId: "deleteWebhookEndpoint",
  summary: "Delete a webhook endpoint",
  description: "Deletes its delivery log too. To stop deliveries but keep the log, disable it instead.",
  tag: "Webhooks",
  access: "webhook.manage",
  pathParams: zWebhookEndpointIdParams,
  response: { status: 204, description: "Deleted.", schema: null },
  handler: async ({ db, actor, params }) => {
    await deleteWebhookEndpoint(db, { actor, endpointId: params.id });
    return new Response(null, { status: 204 });
  },
});
