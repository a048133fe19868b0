import { NotFoundError } from "@/lib/auth/permissions";
import { defineOperation } from "@/lib/http/define-operation";
import { findWebhookDeliveriesPage, findWebhookEndpoint } from "@/lib/webhooks/repository";
import { zWebhookDeliveryApiQuery, zWebhookDeliveryPage, zWebhookEndpointIdParams } from "@/lib/webhooks/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/webhooks/{id}/deliveries",
  operationId: "listWebhookDeliveries",
  summary: "List an endpoint's deliveries",
  description: "Newest first, with status, attempts, the last status code and error, and the payload as sent.",
  tag: "Webhooks",
  access: "webhook.manage",
  pathParams: zWebhookEndpointIdParams,
  query: zWebhookDeliveryApiQuery,
  response: { status: 200, description: "A page of deliveries.", schema: zWebhookDeliveryPage },
  handler: async ({ db, params, query }) => {
    if (!(await findWebhookEndpoint(db, params.id))) throw new NotFoundError("The webhook endpoint");
    return findWebhookDeliveriesPage(db, params.id, query);
  },
});
