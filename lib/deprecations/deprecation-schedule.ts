import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueJobs } from "@/lib/jobs/enqueue-job";
import { remindersFor } from "@/lib/deprecations/notice-policy";

export const DEPRECATION_REMINDER_JOB = "deprecation.reminder";
export const DEPRECATION_ESCALATION_JOB = "deprecation.escalation";

/**
 * Reminder keys carry the sunset they were computed for: moving the sunset enqueues a fresh set, and the stale
 * ones find a different sunset when they run and do nothing.
 */
export const reminderKey = (deprecationId: string, daysBefore: number, sunsetAt: Date) =>
  `deprecation:${deprecationId}:reminder:${daysBefore}d:${sunsetAt.getTime()}`;
export const escalationKey = (deprecationId: string, level: number) => `deprecation:${deprecationId}:escalation:${level}`;

export async function enqueueReminders(tx: Prisma.TransactionClient, { deprecationId, sunsetAt, now }: { deprecationId: string; sunsetAt: Date; now: Date }) {
  return enqueueJobs(
    tx,
    remindersFor(sunsetAt, now).map(({ daysBefore, runAt }) => ({
      kind: DEPRECATION_REMINDER_JOB,
      dedupeKey: reminderKey(deprecationId, daysBefore, sunsetAt),
      payload: { deprecationId, daysBefore, sunsetAt: sunsetAt.toISOString() },
      runAt,
    })),
  );
}

/** Escalation level n calls the n-th step of the escalation path, one acknowledgement period after level n-1. */
export async function enqueueEscalation(tx: Prisma.TransactionClient, { deprecationId, level, runAt }: { deprecationId: string; level: number; runAt: Date }) {
  return enqueueJobs(tx, [{ kind: DEPRECATION_ESCALATION_JOB, dedupeKey: escalationKey(deprecationId, level), payload: { deprecationId, level }, runAt }]);
}
