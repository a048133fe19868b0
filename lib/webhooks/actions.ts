"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { toActionFailure, type CatalogActionResult } from "@/lib/catalog/action-result";
import { getDb } from "@/lib/db";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { redeliverWebhook } from "@/lib/webhooks/redeliver-webhook";
import { sendTestEvent } from "@/lib/webhooks/send-test-event";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";

type Failure = Extract<CatalogActionResult, { ok: false }>;
export type CreateWebhookEndpointResult = { ok: true; id: string; name: string; secret: string } | Failure;
export type WebhookActionResult = { ok: true; message: string } | Failure;

const SESSION_EXPIRED: Failure = { ok: false, error: "Your session has expired. Sign in again.", fieldErrors: {} };

export async function createWebhookEndpointAction(input: { name: string; url: string; events: string[] }): Promise<CreateWebhookEndpointResult> {
  const actor = await getActor();
  if (!actor) return SESSION_EXPIRED;
  try {
    const { endpoint, secret } = await createWebhookEndpoint(await getDb(), { actor, input });
    revalidatePath("/admin/webhooks");
    return { ok: true, id: endpoint.id, name: endpoint.name, secret };
  } catch (error) {
    return toActionFailure(error) as Failure;
  }
}

export async function updateWebhookEndpointAction(endpointId: string, input: { name?: string; url?: string; events?: string[]; active?: boolean }): Promise<WebhookActionResult> {
  const actor = await getActor();
  if (!actor) return SESSION_EXPIRED;
  try {
    const endpoint = await updateWebhookEndpoint(await getDb(), { actor, endpointId, input });
    revalidatePath("/admin/webhooks");
    revalidatePath(`/admin/webhooks/${endpointId}`);
    const message =
      input.active === undefined ? `“${endpoint.name}” saved.` : endpoint.active ? `“${endpoint.name}” is enabled: it receives events again.` : `“${endpoint.name}” is disabled: it receives nothing until enabled.`;
    return { ok: true, message };
  } catch (error) {
    return toActionFailure(error) as Failure;
  }
}

export async function deleteWebhookEndpointAction(endpointId: string): Promise<WebhookActionResult> {
  const actor = await getActor();
  if (!actor) return SESSION_EXPIRED;
  try {
    const endpoint = await deleteWebhookEndpoint(await getDb(), { actor, endpointId });
    revalidatePath("/admin/webhooks");
    return { ok: true, message: `“${endpoint.name}” and its delivery log are deleted.` };
  } catch (error) {
    return toActionFailure(error) as Failure;
  }
}

export async function sendTestEventAction(endpointId: string): Promise<WebhookActionResult> {
  const actor = await getActor();
  if (!actor) return SESSION_EXPIRED;
  try {
    await sendTestEvent(await getDb(), { actor, endpointId });
    revalidatePath(`/admin/webhooks/${endpointId}`);
    return { ok: true, message: "Test event queued: it goes out at the worker's next pass (within seconds). Reload to see the delivery." };
  } catch (error) {
    return toActionFailure(error) as Failure;
  }
}

export async function redeliverWebhookAction(endpointId: string, deliveryId: string): Promise<WebhookActionResult> {
  const actor = await getActor();
  if (!actor) return SESSION_EXPIRED;
  try {
    const delivery = await redeliverWebhook(await getDb(), { actor, endpointId, deliveryId });
    revalidatePath(`/admin/webhooks/${endpointId}`);
    return { ok: true, message: `${delivery.eventType} queued for redelivery.` };
  } catch (error) {
    return toActionFailure(error) as Failure;
  }
}
