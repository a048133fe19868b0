"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/auth/permissions";
import type { getDb } from "@/lib/db";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { zRecordRef } from "@/lib/validation/primitives";

async function mark(db: Awaited<ReturnType<typeof getDb>>, actor: Actor, input: unknown) {
  const { marked } = await markNotificationsRead(db, { actor, input });
  revalidatePath("/inbox");
  return marked;
}

export const markNotificationReadAction = defineAction(z.object({ notificationId: zRecordRef }), async ({ notificationId }, { actor, db }) => {
  const marked = await mark(db, actor, { ids: [notificationId] });
  return { message: marked ? "Marked as read." : "It was already read." };
});

export const markAllNotificationsReadAction = defineAction(z.object({}), async (_input, { actor, db }) => {
  const marked = await mark(db, actor, { all: true });
  return { message: marked ? `${marked} notification${marked === 1 ? "" : "s"} marked as read.` : "Everything was already read." };
});
