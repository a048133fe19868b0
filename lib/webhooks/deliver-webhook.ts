import "server-only";
import { z } from "zod";
import type { JobHandler } from "@/lib/jobs/run-due-jobs";
import { retryDelayMs } from "@/lib/jobs/retry-backoff";
import { findDeliveryToSend, markDeliveryFailed, recordDeliveryFailure, recordDeliverySuccess } from "@/lib/webhooks/repository";
import { SIGNATURE_HEADER, signWebhook } from "@/lib/webhooks/sign-webhook";
import { webhookTargetRefusal } from "@/lib/webhooks/webhook-target";

export const WEBHOOK_TIMEOUT_MS = 10_000;

const zDeliverJobPayload = z.object({ deliveryId: z.string() });

export interface WebhookSenderOptions {
  timeoutMs?: number;
  /** Injected by tests; the platform's fetch otherwise. */
  fetch?: typeof fetch;
}

/**
 * The `webhook.deliver` job: POSTs one delivery, signed, and records the outcome on the delivery. A 2xx answer is
 * success; anything else (another status, a redirect, a timeout, a refused connection) throws so that the job is
 * retried with backoff, and marks the delivery `failed` on the job's last attempt.
 *
 * A delivery already `delivered` is never sent again, so a job run twice (a worker died between sending and
 * recording) does not deliver twice except in the instant between the receiver's answer and that record;
 * receivers drop such a duplicate by X-Interchange-Event-Id.
 */
export function createWebhookDeliveryHandler({ timeoutMs = WEBHOOK_TIMEOUT_MS, fetch: send = fetch }: WebhookSenderOptions = {}): JobHandler {
  return async ({ db, job, now }) => {
    const { deliveryId } = zDeliverJobPayload.parse(job.payload);
    const delivery = await findDeliveryToSend(db, deliveryId);
    // Deleted with its endpoint: nothing left to do.
    if (!delivery || delivery.status === "delivered") return;
    if (!delivery.endpoint.active) {
      await markDeliveryFailed(db, delivery.id, "The endpoint was disabled before this delivery was sent; redeliver it after enabling the endpoint.");
      return;
    }

    const body = JSON.stringify(delivery.payload);
    const timestamp = Math.floor(now.getTime() / 1000);
    let statusCode: number | null = null;
    let failure: string;
    // Checked again at each delivery: DNS may have changed since the endpoint was saved, or the switch been turned off.
    const refusal = await webhookTargetRefusal(delivery.endpoint.url);
    if (refusal) failure = `Not sent: ${refusal}`;
    else {
      try {
        const response = await send(delivery.endpoint.url, {
          method: "POST",
          redirect: "manual",
          signal: AbortSignal.timeout(timeoutMs),
          headers: {
            "Content-Type": "application/json",
            "User-Agent": "Interchange-Webhooks/1",
            "X-Interchange-Event-Id": delivery.eventId,
            "X-Interchange-Event-Type": delivery.eventType,
            "X-Interchange-Delivery-Id": delivery.id,
            [SIGNATURE_HEADER]: signWebhook({ secret: delivery.endpoint.secret, body, timestamp }),
          },
          body,
        });
        statusCode = response.status;
        const answer = await response.text().catch(() => "");
        if (response.status >= 200 && response.status < 300) {
          await recordDeliverySuccess(db, delivery.id, { statusCode, at: now });
          return;
        }
        failure =
          response.status >= 300 && response.status < 400
            ? `The receiver answered a redirect (${response.status}); redirects are not followed: point the endpoint at the final URL.`
            : `The receiver answered ${response.status}${answer ? `: ${answer.slice(0, 300)}` : ""}`;
      } catch (error) {
        failure = describeSendError(error, timeoutMs);
      }
    }

    const exhausted = job.attempts >= job.maxAttempts;
    await recordDeliveryFailure(db, delivery.id, {
      statusCode,
      error: failure,
      // The same backoff runDueJobs applies, so the page shows when the job will really run again.
      nextAttemptAt: exhausted ? null : new Date(now.getTime() + retryDelayMs(job.attempts, job.id)),
    });
    throw new Error(failure);
  };
}

function describeSendError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `No answer within ${timeoutMs / 1000} s.`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `Could not reach the receiver (${error instanceof Error ? error.message : String(error)}${cause}).`;
}

export const deliverWebhookJob = createWebhookDeliveryHandler();
