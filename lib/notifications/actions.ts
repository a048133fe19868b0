"use server";

import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";

export type MarkReadResult = { ok: true; message: string } | { ok: false; error: string };

async function mark(input: unknown, describe: (marked: number) => string): Promise<MarkReadResult> {
  const actor = await getActor();
  if (!actor) return { ok: false, error: "Your session has expired. Sign in again." };
  try {
    const { marked } = await markNotificationsRead(await getDb(), { actor, input });
    revalidatePath("/inbox");
    return { ok: true, message: describe(marked) };
  } catch (error) {
    if (error instanceof ZodError) return { ok: false, error: error.issues[0]?.message ?? "Nothing to mark." };
    throw error;
  }
}

export async function markNotificationReadAction(notificationId: string): Promise<MarkReadResult> {
  return mark({ ids: [notificationId] }, (marked) => (marked ? "Marked as read." : "It was already read."));
}

export async function markAllNotificationsReadAction(): Promise<MarkReadResult> {
  return mark({ all: true }, (marked) => (marked ? `${marked} notification${marked === 1 ? "" : "s"} marked as read.` : "Everything was already read."));
}
