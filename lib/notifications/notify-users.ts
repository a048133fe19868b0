import type { Prisma } from "@/lib/generated/prisma/client";

export interface NotificationRequest {
  userIds: readonly string[];
  /** e.g. "review.requested", "deprecation.reminder". */
  kind: string;
  title: string;
  body?: string;
  href?: string;
  /** Names the event; one notification per user and key, so replaying the event notifies nobody twice. */
  dedupeKey: string;
}

/**
 * Puts a notification in each user's in-app inbox, in the caller's transaction. Answers how many were new.
 */
export async function notifyUsers(tx: Prisma.TransactionClient, request: NotificationRequest): Promise<number> {
  const userIds = [...new Set(request.userIds)];
  if (userIds.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: userIds.map((userId) => ({
      userId,
      kind: request.kind,
      title: request.title,
      body: request.body ?? null,
      href: request.href ?? null,
      dedupeKey: request.dedupeKey,
    })),
    skipDuplicates: true,
  });
  return count;
}
