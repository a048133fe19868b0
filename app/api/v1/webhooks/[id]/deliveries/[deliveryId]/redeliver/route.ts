import { apiRoute } from "@/lib/http/api-route";
import { redeliverWebhook } from "@/lib/webhooks/redeliver-webhook";

export const POST = apiRoute<{ id: string; deliveryId: string }>(async ({ actor, params, db }) =>
  Response.json(await redeliverWebhook(db, { actor, endpointId: params.id, deliveryId: params.deliveryId }), { status: 202 }),
);
