import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueJobs } from "@/lib/jobs/enqueue-job";
import type { WebhookEventType } from "./event-types";

export interface PortalEvent {
  /** Unique per event; receivers use it (X-Interchange-Event-Id) to drop duplicates. */
  id: string;
  /** One of WEBHOOK_EVENT_TYPES, so every published type is one endpoints can subscribe to. */
  type: WebhookEventType;
  occurredAt: Date;
  data: Prisma.InputJsonObject;
}

export const WEBHOOK_DELIVER_JOB = "webhook.deliver";

/**
 * Records one delivery per active endpoint subscribed to the event, with a job to send it, in the caller's
 * transaction. The worker sends, signs and retries (lib/webhooks).
 */
export async function publishEvent(tx: Prisma.TransactionClient, event: PortalEvent): Promise<void> {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { active: true, OR: [{ events: { isEmpty: true } }, { events: { has: event.type } }] },
    select: { id: true },
  });
  if (endpoints.length === 0) return;
  const payload = { id: event.id, type: event.type, occurredAt: event.occurredAt.toISOString(), data: event.data };
  await tx.webhookDelivery.createMany({
    data: endpoints.map((endpoint) => ({ endpointId: endpoint.id, eventId: event.id, eventType: event.type, payload, nextAttemptAt: event.occurredAt })),
    skipDuplicates: true,
  });
  const deliveries = await tx.webhookDelivery.findMany({
    where: { eventId: event.id, endpointId: { in: endpoints.map((endpoint) => endpoint.id) } },
    select: { id: true },
  });
  await enqueueJobs(
    tx,
    deliveries.map((delivery) => ({
      kind: WEBHOOK_DELIVER_JOB,
      dedupeKey: `webhook-delivery:${delivery.id}`,
      payload: { deliveryId: delivery.id },
      runAt: event.occurredAt,
      maxAttempts: 10,
    })),
  );
}
