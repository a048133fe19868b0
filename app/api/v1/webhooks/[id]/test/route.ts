import { apiRoute } from "@/lib/http/api-route";
import { sendTestEvent } from "@/lib/webhooks/send-test-event";

export const POST = apiRoute<{ id: string }>(async ({ actor, params, db }) =>
  Response.json(await sendTestEvent(db, { actor, endpointId: params.id }), { status: 202 }),
);
