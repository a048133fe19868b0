import { defineOperation } from "@/lib/http/define-operation";
import { sendTestEvent } from "@/lib/webhooks/send-test-event";
import { zWebhookDeliveryOutput, zWebhookEndpointIdParams } from "@/lib/webhooks/schemas";

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/webhooks/{id}/test",
  operationId: "sendWebhookTestEvent",
  summary: "Send a test event",
  description: "Queues a `webhook.test` event to this endpoint only, whatever it subscribes to.",
  tag: "Webhooks",
  access: "webhook.manage",
  pathParams: zWebhookEndpointIdParams,
  response: { status: 202, description: "The queued delivery.", schema: zWebhookDeliveryOutput },
  handler: ({ db, actor, params }) => sendTestEvent(db, { actor, endpointId: params.id }),
});
