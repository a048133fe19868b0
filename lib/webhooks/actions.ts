"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { zRecordRef, zUseCaseInput } from "@/lib/validation/primitives";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { redeliverWebhook } from "@/lib/webhooks/redeliver-webhook";
import { sendTestEvent } from "@/lib/webhooks/send-test-event";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";

const zEndpoint = z.object({ endpointId: zRecordRef });

/** The signing secret is answered once, to the admin who created the endpoint, and never shown again. */
export const createWebhookEndpointAction = defineAction(zUseCaseInput, async (values, { actor, db }) => {
  const { endpoint, secret } = await createWebhookEndpoint(db, { actor, input: values });
  revalidatePath("/admin/webhooks");
  return {
    message: `Endpoint “${endpoint.name}” created. Copy its secret now: it will not be shown again.`,
    value: { id: endpoint.id, name: endpoint.name, secret },
  };
});

export const updateWebhookEndpointAction = defineAction(
  zEndpoint.extend({ values: z.object({ active: z.boolean().optional() }).loose() }),
  async ({ endpointId, values }, { actor, db }) => {
    const endpoint = await updateWebhookEndpoint(db, { actor, endpointId, input: values });
    revalidatePath("/admin/webhooks");
    revalidatePath(`/admin/webhooks/${endpointId}`);
    const message =
      values.active === undefined
        ? `“${endpoint.name}” saved.`
        : endpoint.active
          ? `“${endpoint.name}” is enabled: it receives events again.`
          : `“${endpoint.name}” is disabled: it receives nothing until enabled.`;
    return { message };
  },
);

export const deleteWebhookEndpointAction = defineAction(zEndpoint, async ({ endpointId }, { actor, db }) => {
  const endpoint = await deleteWebhookEndpoint(db, { actor, endpointId });
  revalidatePath("/admin/webhooks");
  return { message: `“${endpoint.name}” and its delivery log are deleted.` };
});

export const sendTestEventAction = defineAction(zEndpoint, async ({ endpointId }, { actor, db }) => {
  await sendTestEvent(db, { actor, endpointId });
  revalidatePath(`/admin/webhooks/${endpointId}`);
  return { message: "Test event queued: it goes out at the worker's next pass (within seconds). Reload to see the delivery." };
});

export const redeliverWebhookAction = defineAction(zEndpoint.extend({ deliveryId: zRecordRef }), async ({ endpointId, deliveryId }, { actor, db }) => {
  const delivery = await redeliverWebhook(db, { actor, endpointId, deliveryId });
  revalidatePath(`/admin/webhooks/${endpointId}`);
  return { message: `${delivery.eventType} queued for redelivery.` };
});
