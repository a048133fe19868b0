import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueJobs } from "@/lib/jobs/enqueue-job";
import { readSmtpConfig } from "@/lib/notifications/email-config";

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

export const NOTIFICATION_EMAIL_JOB = "notification.email";

/**
 * Puts a notification in each user's in-app inbox, in the caller's transaction, and, when SMTP is configured,
 * queues one e-mail per new notification (never for disabled accounts). Answers how many were new.
 */
export async function notifyUsers(tx: Prisma.TransactionClient, request: NotificationRequest): Promise<number> {
  const userIds = [...new Set(request.userIds)];
  if (userIds.length === 0) return 0;
  const created = await tx.notification.createManyAndReturn({
    data: userIds.map((userId) => ({
      userId,
      kind: request.kind,
      title: request.title,
      body: request.body ?? null,
      href: request.href ?? null,
      dedupeKey: request.dedupeKey,
    })),
    skipDuplicates: true,
    select: { id: true, userId: true, createdAt: true },
  });
  if (created.length > 0 && readSmtpConfig()) {
    const reachable = await tx.user.findMany({ where: { id: { in: created.map((row) => row.userId) }, disabledAt: null }, select: { id: true } });
    const reachableIds = new Set(reachable.map((user) => user.id));
    await enqueueJobs(
      tx,
      created
        .filter((row) => reachableIds.has(row.userId))
        .map((row) => ({
          kind: NOTIFICATION_EMAIL_JOB,
          dedupeKey: `email:${row.id}`,
          payload: { notificationId: row.id },
          runAt: row.createdAt,
          maxAttempts: 8,
        })),
    );
  }
  return created.length;
}
