"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { archiveConsumer, createConsumer, updateConsumer } from "@/lib/catalog/consumers/consumer-use-cases";
import { zEtag, zRecordRef, zUseCaseInput } from "@/lib/validation/primitives";

const zExisting = z.object({ consumerId: zRecordRef, etag: zEtag, values: zUseCaseInput });

export const createConsumerAction = defineAction(zUseCaseInput, async (values, { actor, db }) => {
  const consumer = await createConsumer(db, { actor, input: values });
  revalidatePath("/catalog/consumers");
  return { message: `Consumer ${consumer.name} registered.`, value: { id: consumer.id } };
});

export const updateConsumerAction = defineAction(zExisting, async ({ consumerId, etag, values }, { actor, db }) => {
  const consumer = await updateConsumer(db, { actor, consumerId, input: values, ifMatch: [etag] });
  revalidatePath("/catalog/consumers");
  return { message: `Consumer ${consumer.name} saved.`, value: { id: consumer.id } };
});

export const archiveConsumerAction = defineAction(zExisting, async ({ consumerId, etag, values }, { actor, db }) => {
  const consumer = await archiveConsumer(db, { actor, consumerId, input: values, ifMatch: [etag] });
  revalidatePath("/catalog/consumers");
  return { message: `Consumer ${consumer.name} archived.`, value: { id: consumer.id } };
});
