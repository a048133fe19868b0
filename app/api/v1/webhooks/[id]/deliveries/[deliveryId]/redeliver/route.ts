import { defineOperation } from "@/lib/http/define-operation";
import { redeliverWebhook } from "@/lib/webhooks/redeliver-webhook";
import { zWebhookDeliveryIdParams, zWebhookDeliveryOutput } from "@/lib/webhooks/schemas";

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver",
  operationId: "redeliverWebhook",
  summary: "Send a delivery again",
  description: "Queues a fresh attempt (same event id, so receivers can drop a duplicate), whatever the delivery's status.",
  tag: "Webhooks",
  access: "webhook.manage",
  pathParams: zWebhookDeliveryIdParams,
  response: { status: 202, description: "The delivery, pending again.", schema: zWebhookDeliveryOutput },
  handler: ({ db, actor, params }) => redeliverWebhook(db, { actor, endpointId: params.id, deliveryId: params.deliveryId }),
});
