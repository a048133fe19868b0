"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { SESSION_EXPIRED, toFormError, type FormActionResult } from "@/lib/catalog/contracts/action-result";
import { archiveConsumer, createConsumer, updateConsumer } from "@/lib/catalog/consumers/consumer-use-cases";

export async function createConsumerAction(input: unknown): Promise<FormActionResult<{ id: string }>> {
  const actor = await getActor();
  if (!actor) return SESSION_EXPIRED;
  try {
    const consumer = await createConsumer(await getDb(), { actor, input });
    revalidatePath("/catalog/consumers");
    return { ok: true, message: `Consumer ${consumer.name} registered.`, value: { id: consumer.id } };
  } catch (error) {
    return toFormError(error);
  }
}

export async function updateConsumerAction(consumerId: string, etag: string, input: unknown): Promise<FormActionResult<{ id: string }>> {
  const actor = await getActor();
  if (!actor) return SESSION_EXPIRED;
  try {
    const consumer = await updateConsumer(await getDb(), { actor, consumerId, input, ifMatch: [etag] });
    revalidatePath("/catalog/consumers");
    return { ok: true, message: `Consumer ${consumer.name} saved.`, value: { id: consumer.id } };
  } catch (error) {
    return toFormError(error);
  }
}

export async function archiveConsumerAction(consumerId: string, etag: string, input: unknown): Promise<FormActionResult<{ id: string }>> {
  const actor = await getActor();
  if (!actor) return SESSION_EXPIRED;
  try {
    const consumer = await archiveConsumer(await getDb(), { actor, consumerId, input, ifMatch: [etag] });
    revalidatePath("/catalog/consumers");
    return { ok: true, message: `Consumer ${consumer.name} archived.`, value: { id: consumer.id } };
  } catch (error) {
    return toFormError(error);
  }
}
