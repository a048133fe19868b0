import { authorize, NotFoundError } from "@/lib/auth/permissions";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/read-query";
import { findWebhookDeliveriesPage, findWebhookEndpoint } from "@/lib/webhooks/repository";
import { zWebhookDeliveryApiQuery } from "@/lib/webhooks/schemas";

export const GET = apiRoute<{ id: string }>(async ({ request, actor, params, db }) => {
  authorize(actor, "webhook.manage");
  const query = readQuery(request, zWebhookDeliveryApiQuery);
  if (!(await findWebhookEndpoint(db, params.id))) throw new NotFoundError("The webhook endpoint");
  return Response.json(await findWebhookDeliveriesPage(db, params.id, query));
});
