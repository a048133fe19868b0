import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { systemClock, type Clock } from "@/lib/jobs/clock";
import { enqueueJobs } from "@/lib/jobs/enqueue-job";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { WEBHOOK_DELIVER_JOB } from "@/lib/webhooks/publish-event";
import { findWebhookDeliveryForUpdate, resetWebhookDeliveryForRedelivery } from "@/lib/webhooks/repository";
import type { WebhookDeliveryOutput } from "@/lib/webhooks/schemas";

/**
 * Sends a delivery again on an admin's request (after fixing a receiver), delivered or not: the delivery goes back
 * to pending and a fresh job, with its own dedupe key, sends it. The same event id goes out, so receivers that
 * already processed it can drop it.
 */
export async function redeliverWebhook(
  db: PrismaClient,
  { actor, endpointId, deliveryId, clock = systemClock }: { actor: Actor; endpointId: string; deliveryId: string; clock?: Clock },
): Promise<WebhookDeliveryOutput> {
  return runMutation(db, {
    actor,
    permission: "webhook.manage",
    action: "webhook.redeliver",
    schema: z.unknown(),
    input: undefined,
    load: (tx) => findWebhookDeliveryForUpdate(tx, endpointId, deliveryId),
    write: async (tx, { resource }) => {
      const delivery = resource;
      const now = clock();
      const reset = await resetWebhookDeliveryForRedelivery(tx, delivery.id, now);
      await enqueueJobs(tx, [
        {
          kind: WEBHOOK_DELIVER_JOB,
          dedupeKey: `webhook-delivery:${delivery.id}:redeliver:${now.getTime()}`,
          payload: { deliveryId: delivery.id },
          runAt: now,
          maxAttempts: 10,
        },
      ]);
      return {
        result: reset,
        target: { type: "webhook_endpoint", id: delivery.endpointId, label: `${delivery.eventType} ${delivery.eventId}` },
        before: { status: delivery.status },
        after: { status: reset.status, deliveryId: delivery.id },
      };
    },
  });
}
