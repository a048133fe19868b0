import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { systemClock, type Clock } from "@/lib/jobs/clock";
import { enqueueJobs } from "@/lib/jobs/enqueue-job";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { WEBHOOK_TEST_EVENT_TYPE } from "@/lib/webhooks/event-types";
import { WEBHOOK_DELIVER_JOB } from "@/lib/webhooks/publish-event";
import { findWebhookEndpoint, insertWebhookDelivery } from "@/lib/webhooks/repository";
import type { WebhookDeliveryOutput } from "@/lib/webhooks/schemas";

/**
 * Queues a `webhook.test` event for one endpoint, whatever event types it subscribes to, so an admin can check the
 * receiver. A disabled endpoint's test fails with that reason, like any delivery to it.
 */
export async function sendTestEvent(
  db: PrismaClient,
  { actor, endpointId, clock = systemClock }: { actor: Actor; endpointId: string; clock?: Clock },
): Promise<WebhookDeliveryOutput> {
  return runMutation(db, {
    actor,
    permission: "webhook.manage",
    action: "webhook.test_sent",
    schema: z.unknown(),
    input: undefined,
    load: (tx) => findWebhookEndpoint(tx, endpointId),
    write: async (tx, { resource }) => {
      const endpoint = resource;
      const now = clock();
      const eventId = `test_${randomUUID()}`;
      const payload = {
        id: eventId,
        type: WEBHOOK_TEST_EVENT_TYPE,
        occurredAt: now.toISOString(),
        data: { endpointId: endpoint.id, message: `A test event sent by ${actor.name} from Interchange.` },
      };
      const delivery = await insertWebhookDelivery(tx, { endpointId: endpoint.id, eventId, eventType: WEBHOOK_TEST_EVENT_TYPE, payload, nextAttemptAt: now });
      // A test is worth a few tries, not a day of them.
      await enqueueJobs(tx, [
        { kind: WEBHOOK_DELIVER_JOB, dedupeKey: `webhook-delivery:${delivery.id}`, payload: { deliveryId: delivery.id }, runAt: now, maxAttempts: 3 },
      ]);
      return { result: delivery, target: { type: "webhook_endpoint", id: endpoint.id, label: endpoint.name }, after: { eventId } };
    },
  });
}
