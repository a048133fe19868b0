import { defineOperation } from "@/lib/http/define-operation";
import { etagOf } from "@/lib/http/etag";
import { zCursorPageQuery } from "@/lib/pagination/cursor";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { findWebhookEndpointsPage } from "@/lib/webhooks/repository";
import { WEBHOOK_BODY_BYTES, zCreatedWebhookEndpointOutput, zCreateWebhookEndpointInput, zWebhookEndpointPage } from "@/lib/webhooks/schemas";

const SIGNING =
  'Each delivery is a POST of the event as JSON with `X-Interchange-Event-Id`, `X-Interchange-Event-Type`, `X-Interchange-Delivery-Id` and `X-Interchange-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the endpoint\'s secret>`. A 2xx answer within 10 s is success; anything else is retried with exponential backoff (30 s, 1 min, 2 min, … up to 10 attempts). Redirects are not followed.';

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/webhooks",
  operationId: "listWebhookEndpoints",
  summary: "List webhook endpoints",
  description: "Oldest first. Secrets are never listed, only their last characters.",
  tag: "Webhooks",
  access: "webhook.manage",
  query: zCursorPageQuery,
  response: { status: 200, description: "A page of endpoints.", schema: zWebhookEndpointPage },
  handler: ({ db, query }) => findWebhookEndpointsPage(db, query),
});

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/webhooks",
  operationId: "createWebhookEndpoint",
  summary: "Register a webhook endpoint",
  description: `Answers the signing secret once. \`events\` empty subscribes to every event type. ${SIGNING}`,
  tag: "Webhooks",
  // Refused before the body is read: someone who may not manage webhooks learns nothing from validation messages.
  access: "webhook.manage",
  body: zCreateWebhookEndpointInput,
  byteLimit: WEBHOOK_BODY_BYTES,
  response: { status: 201, description: "The endpoint and, this once, its secret.", schema: zCreatedWebhookEndpointOutput },
  handler: async ({ db, actor, body }) => {
    const created = await createWebhookEndpoint(db, { actor, input: body });
    return Response.json(zCreatedWebhookEndpointOutput.parse(created), {
      status: 201,
      headers: { location: `/api/v1/webhooks/${created.endpoint.id}`, etag: etagOf(created.endpoint.updatedAt), "cache-control": "no-store" },
    });
  },
});
