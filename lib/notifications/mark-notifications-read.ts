import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { countUnreadNotifications, markNotificationsReadRows } from "@/lib/notifications/repository";
import { zMarkNotificationsReadInput, type MarkNotificationsReadOutput } from "@/lib/notifications/schemas";

/**
 * Marks some or all of the actor's own notifications read. Not a governed change, so it does not go through
 * runMutation and leaves no audit row (see docs/decisions/012): it touches only the actor's inbox, and which
 * ids belong to the actor is part of the update's condition, so nobody can mark someone else's.
 */
export async function markNotificationsRead(
  db: PrismaClient,
  { actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date },
): Promise<MarkNotificationsReadOutput> {
  const target = zMarkNotificationsReadInput.parse(input);
  const marked = await markNotificationsReadRows(db, actor.id, { ids: target.ids }, now);
  return { marked, unreadCount: await countUnreadNotifications(db, actor.id) };
}
